/**
 * Faults during the show: a webhook that never answers, a signal, a timeline cut by a crash. The looks keep their
 * interval whatever the chat does; a stopped watch says so (exit 2, a stop mark last in the timeline); a cut last
 * line is left out and named, never the whole file refused.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';

const PAGE = '<!doctype html><html lang="fr"><title>Élan Énergie</title><h1>Élan Énergie</h1></html>';

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const lines = async (file: string) =>
  (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { at: string; stopped?: string; probes?: unknown[] });

describe('faults: the watch', () => {
  let site: http.Server;
  let hook: http.Server;
  let siteUrl = '';
  let hookUrl = '';
  let looks = 0;
  let alertsReceived = 0;
  before(async () => {
    // Fine at the first look, down from the second: a change to alert at once.
    site = http.createServer((_req, res) => {
      looks++;
      res.writeHead(looks === 1 ? 200 : 503, { 'content-type': 'text/html; charset=utf-8' }).end(looks === 1 ? PAGE : '<h1>503</h1>');
    });
    // Accepts the alert, reads it, and never answers.
    hook = http.createServer((req) => req.on('data', () => {}).on('end', () => alertsReceived++));
    [siteUrl, hookUrl] = await Promise.all([listen(site), listen(hook)]);
  });
  after(() => {
    site.closeAllConnections();
    site.close();
    hook.closeAllConnections();
    hook.close();
  });

  async function configDir(alerts = '[]') {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event: { name: Capital, audience: 2300000, reach: 10% }\nsite: { baseUrl: "${siteUrl}", marker: Élan Énergie }\nwatch: { out: watch-out, timeout: 2s, alerts: ${alerts} }\n`,
    );
    return dir;
  }

  it('a webhook that accepts and never answers: the looks keep their interval, and the alert is said undelivered', async () => {
    looks = 0;
    const dir = await configDir(`[{ url: "${hookUrl}/hang", format: json }]`);
    const result = await runCli(['watch', '--duration', '6s', '--interval', '1s'], { cwd: dir, timeoutMs: 40_000 });
    assert.equal(result.code, 0, result.stderr);
    const rows = await lines(path.join(dir, 'watch-out/timeline.jsonl'));
    assert.ok(rows.length >= 6, `${rows.length} looks in 6 s at 1 s`);
    const gaps = rows.slice(1).map((row, i) => Date.parse(row.at) - Date.parse(rows[i]!.at));
    assert.ok(Math.max(...gaps) < 1_600, `looks ${gaps.join(', ')} ms apart`);
    assert.ok(alertsReceived >= 1, 'the alert reached the webhook');
    assert.match(result.stderr, /alert not delivered: 127\.0\.0\.1:\d+: .*\(\d attempts?\)/);
  });

  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const)
    it(`${signal} ends the watch with exit 2 and a last timeline row marking the stop`, async () => {
      const dir = await configDir();
      const result = await runCli(['watch', '--duration', '60s', '--interval', '1s'], {
        cwd: dir,
        timeoutMs: 30_000,
        onStart: (child) => setTimeout(() => child.kill(signal), 2_500),
      });
      assert.equal(result.code, 2, result.stdout + result.stderr);
      assert.match(result.stdout, new RegExp(`Watch stopped \\(${signal}\\): \\d+ looks?`));
      const rows = await lines(path.join(dir, 'watch-out/timeline.jsonl'));
      assert.ok(rows.length >= 2);
      assert.deepEqual(Object.keys(rows.at(-1)!).sort(), ['at', 'stopped']);
      assert.equal(rows.at(-1)!.stopped, signal);
    });

  it('a last line cut by a crash: report --show and --resume leave it out and name it; a broken line inside is refused', async () => {
    const dir = await configDir();
    const first = await runCli(['watch', '--duration', '2500ms', '--interval', '1s'], { cwd: dir, timeoutMs: 20_000 });
    assert.equal(first.code, 0, first.stderr);
    const file = path.join(dir, 'watch-out/timeline.jsonl');
    const whole = await readFile(file, 'utf8');
    const kept = whole.trim().split('\n').length;
    await writeFile(file, whole + '{"at":"2026-12-02T20:00:00.000Z","state":"ok","probes":[{"name":"ho');

    const report = await runCli(['report', '--show'], { cwd: dir });
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stderr, new RegExp(`timeline\\.jsonl:${kept + 1}: the last line was cut short .*: left out\\.`));
    assert.match(report.stdout, new RegExp(`${kept} looks\\)`));

    const resumed = await runCli(['watch', '--duration', '1500ms', '--interval', '1s', '--resume'], { cwd: dir, timeoutMs: 20_000 });
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stdout, /the last line was cut short/);
    const after = await lines(file);
    assert.ok(after.length > kept, 'the resumed looks follow the good lines, each on its own line');

    await writeFile(file, whole.replace('\n', '\n{"at":\n'));
    const broken = await runCli(['report', '--show'], { cwd: dir });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /timeline\.jsonl:2: not a line of a watch timeline/);
  });
});
