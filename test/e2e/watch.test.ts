/**
 * primetime watch against a local site whose answers change from one look to the next (a 503 stock page, a slow
 * phase, back to normal), with local webhooks that count what they receive: one alert per change, the timeline
 * file, a resume, the test alert. Everything on 127.0.0.1, bounded by --duration.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../fixtures/cli.js';
import { freePort, tempDir } from '../fixtures/sites.js';

const PAGE = '<!doctype html><html lang="fr"><title>Élan Énergie</title><h1>Élan Énergie</h1><p>Bienvenue</p></html>';
const STOCK_503 =
  '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>';

// A time spent in a state depends on when each look landed: on a slow machine one look's worth can read 999 ms, not 1 s.
const SPENT = String.raw`[\d.,]+ (?:ms|s)`;

/** The home page by look: fine, down (nginx's stock 503) twice, slow, then fine again. */
function homeAnswer(look: number): { status: number; body: string; delayMs: number } {
  if (look === 1) return { status: 200, body: PAGE, delayMs: 0 };
  if (look <= 3) return { status: 503, body: STOCK_503, delayMs: 0 };
  if (look === 4) return { status: 200, body: PAGE, delayMs: 450 };
  return { status: 200, body: PAGE, delayMs: 0 };
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('primetime watch', () => {
  let site: http.Server;
  let hooks: http.Server;
  let siteUrl: string;
  let hookUrl: string;
  let homeLooks = 0;
  const received: { path: string; body: Record<string, unknown> }[] = [];
  const methods = new Set<string>();

  before(async () => {
    site = http.createServer((request, response) => {
      methods.add(request.method!);
      if (request.url === '/') {
        const { status, body, delayMs } = homeAnswer(++homeLooks);
        setTimeout(() => (response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }), response.end(body)), delayMs);
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    });
    hooks = http.createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        received.push({ path: request.url!, body: JSON.parse(raw) });
        response.writeHead(request.url === '/broken' ? 500 : 200);
        response.end('ok');
      });
    });
    [siteUrl, hookUrl] = await Promise.all([listen(site), listen(hooks)]);
  });
  const hooksPort = () => (hooks.address() as AddressInfo).port;
  after(() => {
    site?.close();
    hooks?.close();
  });

  async function configDir(alerts: string) {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event:\n  name: Capital\n  audience: 2300000\n  reach: 10%\n  airtime: "${new Date(Date.now() + 3_600_000).toISOString()}"\n` +
        `site:\n  baseUrl: ${siteUrl}\n  marker: Élan Énergie\n  funnel: [/souscription/]\n  errorPages:\n    overflow: /plan-b/\n` +
        `watch:\n  slow: 300ms\n  timeout: 2s\n  out: watch-out\n  alerts: ${alerts}\n`,
    );
    return dir;
  }

  it('looks every interval, states each page, alerts once per change, and keeps the timeline; --resume continues it', async () => {
    const dir = await configDir(`[{ url: "${hookUrl}/json", format: json }, { url: "${hookUrl}/slack", format: slack }]`);
    const result = await runCli(['watch', '--duration', '4500ms', '--interval', '1s'], { cwd: dir, timeoutMs: 30_000 });
    assert.equal(result.code, 0, result.stderr);
    const rows = (await readFile(path.join(dir, 'watch-out/timeline.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const home = rows.map((row) => row.probes.find((p: { name: string }) => p.name === 'home').state);
    assert.deepEqual(home, ['ok', 'act', 'act', 'watch', 'ok']);
    assert.deepEqual(
      rows.map((row) => row.probes.map((p: { name: string }) => p.name)),
      rows.map(() => ['home', 'funnel', 'plan-b']),
    );
    assert.match(rows[1].probes[0].why, /answered 503 with a page that is not the site’s own/);
    // One alert per change of the home page (down, slow, back), to each webhook; none for the pages that held.
    const json = received.filter((r) => r.path === '/json').map((r) => [r.body.subject, r.body.from, r.body.to]);
    assert.deepEqual(json, [
      ['home', 'ok', 'act'],
      ['home', 'act', 'watch'],
      ['home', 'watch', 'ok'],
    ]);
    const slack = received.filter((r) => r.path === '/slack').map((r) => r.body.text as string);
    assert.equal(slack.length, 3);
    assert.match(slack[0]!, /^🔴 Capital: home \(http:\/\/127\.0\.0\.1:\d+\/\) answered 503 .*\. Open the plan-B page, or scale out\.$/);
    assert.match(slack[2]!, /^🟢 Capital: home .* is back to normal\.$/);
    assert.match(result.stdout, /Watch ended: 5 looks, 3 changes of state/);
    assert.deepEqual([...methods], ['GET'], 'a watch only reads the site');

    received.length = 0;
    const resumed = await runCli(['watch', '--duration', '500ms', '--interval', '1s', '--resume'], { cwd: dir, timeoutMs: 20_000 });
    assert.equal(resumed.code, 0, resumed.stderr);
    const all = (await readFile(path.join(dir, 'watch-out/timeline.jsonl'), 'utf8')).trim().split('\n');
    assert.equal(all.length, rows.length + 1);
    assert.deepEqual(received, [], 'still fine after the resume: no alert');

    // After the show: the timeline summed up, per page.
    const report = await runCli(['report', '--show'], { cwd: dir });
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stdout, /^## After the show: Capital$/m);
    const ms = String.raw`[\d,]+ ms`;
    const ofLooks = String.raw`^Watched from \d\d:\d\d:\d\d to \d\d:\d\d:\d\d \(UTC[+-]\d\d:\d\d, 6 looks\)`;
    assert.match(report.stdout, new RegExp(`${ofLooks}: ok ${SPENT}, watch ${SPENT}, act ${SPENT}\\.$`, 'm'));
    const homeRow = String.raw`^\| home \(http:\/\/127\.0\.0\.1:\d+\/\) \| ${SPENT} \| ${SPENT} \| ${SPENT} \| ${ms} \| ${ms} \| 2 \| 2 \| 0 \| \d\d:\d\d:\d\d – \d\d:\d\d:\d\d \|$`;
    assert.match(report.stdout, new RegExp(homeRow, 'm'));
    assert.match(report.stdout, new RegExp(String.raw`^\| plan-b \(.*\) \| ${SPENT} \| 0 \| 0 \| ${ms} \| ${ms} \| 0 \| 0 \| 0 \| — \|$`, 'm'));
    assert.match(await readFile(path.join(dir, 'watch-out/after-show.html'), 'utf8'), /<svg[^>]*class="chart"/);
  });

  it('--test-alert sends one message to each webhook, and says which one failed (exit 2)', async () => {
    received.length = 0;
    const fine = await runCli(['watch', '--test-alert'], { cwd: await configDir(`[{ url: "${hookUrl}/slack" }]`) });
    assert.equal(fine.code, 0, fine.stderr);
    assert.equal(received.length, 1);
    assert.match(received[0]!.body.text as string, /test alert from primetime watch/);
    const closed = await freePort();
    const broken = await runCli(['watch', '--test-alert'], {
      cwd: await configDir(`[{ url: "${hookUrl}/broken" }, { url: "http://127.0.0.1:${closed}/hook" }]`),
    });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /alert not delivered: 127\.0\.0\.1:\d+ answered 500/);
    assert.match(broken.stderr, new RegExp(`alert not delivered: 127\\.0\\.0\\.1:${closed}:`));
    assert.match(broken.stdout, /Sent a test alert to 0 of 2 webhooks\./);
  });

  it('--serve: the watch page on 127.0.0.1, no script and nothing from outside, GET only; no secret in it or in the timeline', async () => {
    const dir = await configDir('[]');
    const config = await readFile(path.join(dir, 'primetime.yml'), 'utf8');
    await writeFile(path.join(dir, 'primetime.yml'), config.replace('funnel: [/souscription/]', 'funnel: ["/souscription/?cle=${PREVIEW_KEY}"]'));
    const port = await freePort();
    const page = `http://127.0.0.1:${port}/`;
    const running = runCli(['watch', '--duration', '4s', '--interval', '1s', '--serve', '--port', String(port)], {
      cwd: dir,
      env: { PREVIEW_KEY: 'hunter2-preview-0042' },
      timeoutMs: 30_000,
    });
    // The page, once it has a look to show (bounded: 100 tries, 100 ms apart).
    let html = '';
    let response: Response | undefined;
    for (let attempt = 0; attempt < 100 && !html.includes('<svg'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      response = await fetch(page).catch(() => undefined);
      html = response?.ok ? await response.text() : '';
    }
    assert.match(html, /<h1>Capital <span class="state (ok|watch|act) big">/);
    assert.match(html, /<meta http-equiv="refresh" content="2">/);
    // Any state: a look the machine slowed past watch.slow (300 ms) is "watch", as a slow answer is.
    assert.match(html, /<td>home<br><small>http:\/\/127\.0\.0\.1:\d+\/<\/small><\/td><td><span class="state (ok|watch|act)">/);
    assert.match(html, /<svg[^>]*class="chart"/);
    assert.match(html, /<h2>Next in the run of show<\/h2>.*<td>T-\d+m<\/td><td>in \d+ min/s, 'the run of show primetime derives, airtime being an hour away');
    assert.doesNotMatch(html, /<script|<link|<img|@import|url\(/i, 'nothing to fetch: no script, stylesheet, image or font');
    assert.equal(response!.headers.get('content-security-policy'), "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    assert.equal(response!.headers.get('cache-control'), 'no-store');
    const timelineJson = await (await fetch(`${page}timeline.json`)).text();
    assert.ok(JSON.parse(timelineJson).length >= 1);
    assert.equal((await fetch(page, { method: 'POST', body: 'x' })).status, 405);
    assert.equal((await fetch(`${page}nothing`)).status, 404);
    // Not on any other address of this machine.
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (outside) await assert.rejects(fetch(`http://${outside.address}:${port}/`), 'the page listens on 127.0.0.1 only');
    assert.doesNotMatch(html + timelineJson, /hunter2/);

    const result = await running;
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`The watch page: http://127\\.0\\.0\\.1:${port}/ \\(this machine only\\)\\.`));
    const timeline = await readFile(path.join(dir, 'watch-out/timeline.jsonl'), 'utf8');
    assert.match(timeline, /souscription\/\?cle=/);
    assert.doesNotMatch(timeline + result.stdout, /hunter2/);
    await assert.rejects(fetch(page), 'the page closes with the watch');

    const env = { PREVIEW_KEY: 'hunter2-preview-0042' };
    const taken = await runCli(['watch', '--duration', '2s', '--serve', '--port', String(hooksPort())], { cwd: dir, env });
    assert.equal(taken.code, 2);
    assert.match(taken.stderr, /--port \d+: already in use on 127\.0\.0\.1\. Give another port, or 0 for a free one\./);
    const alone = await runCli(['watch', '--duration', '2s', '--port', '8080'], { cwd: dir, env });
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /--port goes with --serve/);
  });

  it('demo --watch: the scripted incident shows as act, then back to ok, and the after-show summary follows', async () => {
    const dir = await tempDir();
    const result = await runCli(['demo', '--watch', '--duration', '6s'], { cwd: dir, timeoutMs: 30_000 });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /→ 🔴 Capital \(M6\), demo: home \(http:\/\/127\.0\.0\.1:\d+\/\) answered 503/);
    assert.match(result.stdout, /→ 🟢 Capital \(M6\), demo: home .* is back to normal\./);
    assert.match(result.stdout, /The watch page: http:\/\/127\.0\.0\.1:\d+\/ \(this machine only\)\./);
    assert.match(result.stdout, /Live figures of 9 AWS resources from CloudWatch, every 1 s\./);
    assert.match(result.stdout, /figures: \d+ ok · elan-web 5xx share act 8 % \(limit 1 %\): five times the error budget/, 'the incident in the figures too');
    assert.match(result.stdout, /elan-db database connections watch 207 connections \(plan 180 connections\): above the plan/, 'and behind the load balancer');
    assert.match(result.stdout, /elan-5xx alarm act ALARM: in ALARM: Threshold Crossed/, 'and the alarm that fires');
    assert.match(result.stdout, /· peak mode ok 200 \d+ ms \(peak mode off\)/, 'and which mode the heavy page is in, as visitors get it');
    assert.match(
      result.stdout,
      /home \(http:\/\/127\.0\.0\.1:\d+\/\) answered 503 .* Call Camille \(incident lead, \+33 6 00 00 00 01\)\./,
      'with who to call',
    );
    assert.match(result.stdout, /^## After the show: Capital \(M6\), demo$/m);
    assert.match(result.stdout, /^Peak: [\d,]+ req\/s at the CDN at \d\d:\d\d:\d\d, \d+ % of the plan's 3,833\.$/m);
    assert.match(result.stdout, new RegExp(String.raw`^\| home \(.*\) \| ${SPENT} \| 0 \| ${SPENT} \|`, 'm'));
    const tooLong = await runCli(['demo', '--watch', '--duration', '2h'], { cwd: dir });
    assert.equal(tooLong.code, 2);
    assert.match(tooLong.stderr, /--duration 2h: give the demo watch between 3s and 10m/);
  });

  it('refuses a watch faster than once a second', async () => {
    const dir = await configDir('[]');
    const fast = await runCli(['watch', '--duration', '10s', '--interval', '200ms'], { cwd: dir });
    assert.equal(fast.code, 2);
    assert.match(fast.stderr, /a watch looks at most once a second \(it is not a load test\)/);
  });
});
