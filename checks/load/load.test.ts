/**
 * The load engine against real local servers: nginx, and a small Node server with injected latency and errors.
 * Every run is bounded by its schedule and caps (a few seconds) and sends to 127.0.0.1 only.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { runLoad } from '../../src/load/engine.js';
import { Histogram } from '../../src/load/histogram.js';
import { sumRows, type LoadResult } from '../../src/load/result.js';
import { resettingServer, silentServer } from '../../test/fixtures/bad-servers.js';
import { runCheck } from '../../test/fixtures/run-check.js';
import { freePort, startNginx, tempDir, type Served } from '../../test/fixtures/sites.js';
import { createPki } from '../../test/fixtures/tls.js';
import { constant, nodeServer, settingsFor, type TestServer } from '../../test/fixtures/load-server.js';

const totals = (result: LoadResult) => sumRows(result.timeline);

describe('load engine', () => {
  let nginx: Served;
  let node: TestServer;
  let other: TestServer;
  before(async () => {
    [nginx, other] = await Promise.all([startNginx('clean'), nodeServer()]);
    node = await nodeServer(0, other.url.replace('127.0.0.1', 'localhost'));
  });
  after(() => Promise.all([nginx.close(), node.close(), other.close()]));

  it('holds the requested rate within ±5 % against nginx, second by second, with two workers', async () => {
    const result = await runLoad(await settingsFor(nginx.url, { ...constant(200, '4s'), workers: 2 }));
    const t = totals(result);
    assert.equal(t.requested, 800);
    assert.ok(Math.abs(t.answered - 800) <= 40, `answered ${t.answered} of 800`);
    for (const row of result.timeline.slice(0, 4)) assert.ok(Math.abs(row.answered - 200) <= 10, `second ${row.second}: ${row.answered} answered`);
    assert.equal(result.workers, 2);
  });

  it('delivers the rate to the server second by second, as the server counts them (±5 %)', async () => {
    const counted = await nodeServer();
    try {
      await runLoad(await settingsFor(counted.url, { ...constant(200, '4s'), workers: 2 }));
      const first = counted.seen[0]!.at;
      const perSecond = [0, 1, 2, 3].map((s) => counted.seen.filter((r) => r.at - first >= s * 1_000 && r.at - first < (s + 1) * 1_000).length);
      for (const n of perSecond) assert.ok(Math.abs(n - 200) <= 10, `the server received ${perSecond.join(', ')} requests per second`);
    } finally {
      await counted.close();
    }
  });

  it('keeps the rate when every answer takes 150 ms: arrivals do not wait for answers (open model)', async () => {
    const slow = await nodeServer(150);
    try {
      const result = await runLoad(await settingsFor(slow.url, constant(100, '3s')));
      const t = totals(result);
      assert.ok(Math.abs(t.answered - 300) <= 15, `answered ${t.answered} of 300`);
      assert.ok(slow.maxOpen >= 10, `about 15 requests are open at once at 100 req/s × 150 ms, saw ${slow.maxOpen}`);
      assert.ok(Histogram.from(t.histogram).percentile(50) >= 150_000);
    } finally {
      await slow.close();
    }
  });

  it('counts a stall against every arrival it delays, not only the open connections (no coordinated omission)', async () => {
    // 40 req/s: the 40 arrivals of the first second wait for the stall to end, 0.5 to 1.5 s each. A closed-loop
    // tool with 4 connections would have sent 4 requests in that second and measured 4 slow ones.
    const result = await runLoad(await settingsFor(node.url, { ...constant(40, '2s'), requests: [{ url: '/stall' }] }));
    const first = Histogram.from(result.timeline[0]!.histogram);
    assert.equal(first.total, 40);
    assert.ok(first.percentile(5) >= 450_000, `the fastest of the stalled second took ${first.percentile(5)} µs`);
    assert.ok(Histogram.from(result.timeline[1]!.histogram).percentile(50) < 100_000, 'the next second is fast');
  });

  it('drops arrivals beyond maxConcurrent, counts them, and never opens more', async () => {
    const slow = await nodeServer(400);
    try {
      const result = await runLoad(await settingsFor(slow.url, { ...constant(20, '2s'), caps: { maxConcurrent: 4 } }));
      const t = totals(result);
      assert.ok(slow.maxOpen <= 4, `at most 4 open requests, the server saw ${slow.maxOpen}`);
      assert.ok(t.dropped >= 15, `about 30 of 40 arrivals find 4 requests open, ${t.dropped} dropped`);
      assert.equal(t.sent + t.dropped, t.requested);
    } finally {
      await slow.close();
    }
  });

  it('keeps a visitor slot busy for the think time after each answer', async () => {
    // 20 arrivals/s that each hold a slot 300 ms need 6 slots: with 4, some arrivals find none; without think time, all do.
    const settings = { ...constant(20, '2s'), caps: { maxConcurrent: 4 } };
    const thinking = totals(await runLoad(await settingsFor(node.url, { ...settings, thinkTime: '300ms' })));
    const quick = totals(await runLoad(await settingsFor(node.url, settings)));
    assert.ok(thinking.dropped >= 5, `with think time, ${thinking.dropped} arrivals dropped`);
    assert.equal(quick.dropped, 0);
  });

  it('never exceeds maxRate, maxRequests or maxDuration', async () => {
    const capped = await runLoad(await settingsFor(node.url, { ...constant(400, '2s'), caps: { maxRate: 100 } }));
    assert.deepEqual(capped.capped, ['maxRate']);
    assert.ok(
      capped.timeline.every((r) => r.sent <= 101),
      capped.timeline.map((r) => r.sent).join(' '),
    );

    const few = await runLoad(await settingsFor(node.url, { ...constant(100, '3s'), caps: { maxRequests: 50 } }));
    assert.ok(few.capped.includes('maxRequests'));
    assert.equal(totals(few).sent, 50);

    const started = performance.now();
    const short = await runLoad(await settingsFor(node.url, { ...constant(20, '30s'), caps: { maxDuration: '2s' } }));
    assert.ok(short.capped.includes('maxDuration'));
    assert.ok(performance.now() - started < 10_000, 'a 30 s schedule cut to 2 s ends in seconds');
    assert.ok(short.timeline.length <= 2);
  });

  it('stops by itself when the error rate over the window passes the abort threshold', async () => {
    const started = performance.now();
    const result = await runLoad(
      await settingsFor(node.url, { ...constant(100, '20s'), requests: [{ url: '/status/503' }], abort: { errorRate: '50%', window: '1s', minRequests: 20 } }),
    );
    assert.match(result.aborted ?? '', /100 % of the last \d+ requests failed, over [\d.]+ s/);
    assert.ok(performance.now() - started < 8_000, 'the 20 s schedule stopped early');
    assert.ok(totals(result).sent < 800);
  });

  it('classifies errors: 5xx, 4xx, timeout, refused, reset', async () => {
    const [reset, silent] = await Promise.all([resettingServer(), silentServer()]);
    const closedPort = await freePort();
    try {
      const result = await runLoad(
        await settingsFor(node.url, {
          ...constant(50, '2s'),
          timeout: '300ms',
          abort: { errorRate: 1 },
          requests: [
            { url: '/status/502' },
            { url: '/status/429' },
            { url: `${silent.url}/` },
            { url: `http://127.0.0.1:${closedPort}/` },
            { url: `${reset.url}/` },
            { url: '/' },
          ],
        }),
      );
      const { errors, sent, answered } = totals(result);
      assert.equal(sent, 100);
      for (const kind of ['5xx', '4xx', 'timeout', 'refused', 'reset'] as const)
        assert.ok(errors[kind] >= 10, `${kind}: ${errors[kind]} (${JSON.stringify(errors)})`);
      assert.equal(errors.other, 0, JSON.stringify(errors));
      assert.equal(answered, errors['5xx'] + errors['4xx'] + (100 - Object.values(errors).reduce((a, b) => a + b, 0)));
    } finally {
      await Promise.all([reset.close(), silent.close()]);
    }
  });

  it('sends POST bodies and headers, and fetches subresources on allowed hosts only', async () => {
    const before = node.seen.length;
    const otherBefore = other.seen.length;
    const result = await runLoad(
      await settingsFor(node.url, {
        ...constant(20, '1s'),
        requests: [
          { url: '/page', subresources: true, headers: { 'x-page-only': '1' } },
          { url: '/souscription', method: 'POST', body: 'offre=verte', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        ],
      }),
    );
    const seen = node.seen.slice(before);
    const posts = seen.filter((s) => s.method === 'POST');
    assert.ok(posts.length > 0 && posts.every((p) => p.body === 'offre=verte' && p.headers['content-type'] === 'application/x-www-form-urlencoded'));
    const pages = seen.filter((s) => s.path === '/page').length;
    assert.equal(seen.filter((s) => s.path === '/style.css').length, pages);
    assert.equal(seen.filter((s) => s.path === '/logo.png').length, pages);
    const assets = seen.filter((s) => s.path === '/style.css' || s.path === '/logo.png');
    assert.ok(
      assets.every((a) => a.headers['user-agent'] === 'primetime (load)' && !('x-page-only' in a.headers)),
      "files carry the site's headers, not the page's",
    );
    assert.equal(other.seen.length - otherBefore, 0, 'localhost is not in allowHosts: its stylesheet is never fetched');
    assert.equal(totals(result).completed, 20 + 2 * pages);
  });

  it('runs as the load check: a report with its charts and its result file', async () => {
    const result = await runCheck('load', { baseUrl: nginx.url }, {}, { load: { allowHosts: ['127.0.0.1'], ...constant(50, '2s') } });
    assert.equal(result.status, 'pass', result.summary);
    assert.equal(result.charts?.length, 2);
    assert.ok(result.artifacts.some((a) => a.kind === 'data' && a.path === 'load/result-1-of-1.json'));
  });

  it('fails the check when the site misses the rate: a slow server and a small concurrency cap', async () => {
    const slow = await nodeServer(300);
    try {
      const result = await runCheck(
        'load',
        { baseUrl: slow.url },
        {},
        { load: { allowHosts: ['127.0.0.1'], ...constant(40, '2s'), caps: { maxConcurrent: 4 } } },
      );
      assert.equal(result.status, 'fail');
      assert.ok(result.evidence.some((e) => e.level === 'fail' && /arrivals were not sent because load.caps.maxConcurrent/.test(e.message)));
      assert.ok(result.remediation.length > 0);
    } finally {
      await slow.close();
    }
  });

  it('sends to a pinned name (network.resolve), over HTTP and over HTTPS with a private CA: the production name on a test address', async () => {
    const pki = createPki(await tempDir());
    const leaf = pki.leaf('www', { days: 30, altNames: ['www.elan.test'] });
    let received = 0;
    const answer = (_req: http.IncomingMessage, res: http.ServerResponse) => (received++, res.end('ok'));
    const servers = [http.createServer(answer), https.createServer({ key: readFileSync(leaf.key), cert: readFileSync(leaf.fullChain) }, answer)];
    try {
      for (const [scheme, server] of [
        ['http', servers[0]!],
        ['https', servers[1]!],
      ] as const) {
        received = 0;
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        const port = (server.address() as AddressInfo).port;
        const result = await runCheck(
          'load',
          { baseUrl: `${scheme}://www.elan.test:${port}` },
          {},
          { network: { resolve: { 'www.elan.test': '127.0.0.1' }, ca: [pki.rootPem] }, load: { allowHosts: ['www.elan.test'], ...constant(20, '1s') } },
        );
        // The shot reached the pinned address (a busy machine may still call its timing inconclusive).
        assert.doesNotMatch(result.summary, /could not complete|could not be cloned/, `${scheme}: ${result.summary}`);
        assert.ok(received >= 18, `${scheme}: the server received ${received} of the 20 requests`);
      }
    } finally {
      for (const server of servers) server.close();
    }
  });
});
