/**
 * Faults: clean stops. Ctrl-C or SIGTERM while Lighthouse, a Playwright check or the load shot runs ends with
 * exit 2 and a partial report marked incomplete, never with a browser left running; `primetime load` shows no
 * empty seconds after the stop. The CLI runs as a user runs it (dist/cli.js), against servers on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, type CliResult } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';
import { browsersLeft, browsersWith } from '../fixtures/leaks.js';

async function noBrowserLeft(marker: string) {
  assert.deepEqual(await browsersLeft(marker), [], 'no Chromium of the run is left');
}

describe('faults: clean stops', () => {
  let server: http.Server;
  let url = '';
  before(async () => {
    // /boucle never finishes loading (a script loops forever); /lent answers after 60 s; anything else: a small page.
    server = http.createServer((req, res) => {
      if (req.url === '/lent') return void setTimeout(() => res.end('<html lang="fr"><title>Lent</title></html>'), 60_000).unref();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        req.url === '/boucle'
          ? '<html lang="fr"><title>Boucle</title><body><script>for (;;) {}</script></body></html>'
          : '<html lang="fr"><title>Accueil</title><body><h1>Bonjour</h1></body></html>',
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))));

  /**
   * A config whose browser carries a marker on its command line, run with `args`, and stopped by `signal` `afterMs`
   * after the moment `when` says the work is under way (a browser of the run is up, or stderr shows a line).
   */
  async function stopDuring(
    args: string[],
    signal: NodeJS.Signals,
    when: 'browser' | RegExp,
    afterMs: number,
    yaml: string,
  ): Promise<CliResult & { dir: string; marker: string }> {
    const dir = await tempDir();
    const marker = `--primetime-test-run=${randomUUID()}`;
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event: { name: Capital, audience: 2300000, reach: 10% }\nsite: { baseUrl: ${url} }\nbrowser: { args: ["${marker}"] }\n${yaml}`,
    );
    const result = await runCli(args, {
      cwd: dir,
      onStart: (child) => {
        let stderr = '';
        child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
        let timer: NodeJS.Timeout | undefined;
        const poll = setInterval(() => {
          if (when === 'browser' ? browsersWith(marker).length === 0 : !when.test(stderr)) return;
          clearInterval(poll);
          timer = setTimeout(() => child.kill(signal), afterMs);
        }, 100);
        child.once('close', () => (clearInterval(poll), clearTimeout(timer)));
      },
    });
    return { ...result, dir, marker };
  }

  const partialReport = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'primetime-report/report.json'), 'utf8'));

  for (const { name, id, signal, afterMs, options } of [
    { name: 'SIGTERM during Lighthouse', id: 'lighthouse', signal: 'SIGTERM', afterMs: 3_000, options: '{ pages: [/boucle], runs: 3 }' },
    { name: 'Ctrl-C during a Playwright check', id: 'mobile-rendering', signal: 'SIGINT', afterMs: 1_000, options: '{ pages: [/lent] }' },
  ] as const)
    it(`${name}: exit 2, a partial report marked incomplete, no Chromium left`, async () => {
      const run = await stopDuring(['check', '--only', id, '--format', 'json'], signal, 'browser', afterMs, `checks:\n  ${id}: [error, ${options}]\n`);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /Interrupted: stopping the checks and writing the partial report/);
      const report = await partialReport(run.dir);
      assert.equal(report.incomplete, true);
      assert.equal(report.checks.find((c: { id: string }) => c.id === id).status, 'not-run');
      await noBrowserLeft(run.marker);
    });

  it('Ctrl-C during primetime load: exit 2, the report, and no empty seconds printed after the stop', async () => {
    const started = performance.now();
    const run = await stopDuring(
      ['load', '--format', 'json'],
      'SIGINT',
      /req\/s answered/,
      1_000,
      'load:\n  allowHosts: [127.0.0.1]\n  stages: [{ duration: 1ms, target: 20 }, { duration: 20s, target: 20 }]\n',
    );
    const elapsed = (performance.now() - started) / 1_000;
    assert.equal(run.code, 2, run.stderr);
    assert.ok(elapsed < 10, `stopped after ${elapsed.toFixed(1)} s of a 20 s schedule`);
    const seconds = [...run.stderr.matchAll(/load:\s+(\d+) s\s+([\d,]+)\/([\d,]+) req\/s answered/g)].map((m) => ({
      second: Number(m[1]),
      answered: Number(m[2]),
    }));
    assert.ok(seconds.length >= 1, run.stderr);
    assert.ok(seconds.length <= Math.ceil(elapsed), `${seconds.length} seconds printed after ${elapsed.toFixed(1)} s:\n${run.stderr}`);
    assert.ok(
      seconds.every((s) => s.answered > 0 || s.second === seconds.length),
      `an empty second was printed:\n${run.stderr}`,
    );
    assert.doesNotMatch(run.stderr.slice(run.stderr.indexOf('Interrupted before it finished')), /req\/s answered/, 'nothing printed once the check ended');
    assert.equal((await partialReport(run.dir)).incomplete, true);
  });
});
