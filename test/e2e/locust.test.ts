/**
 * The exported locustfile run by the real Locust (Debian's python3-locust), standalone and distributed (a master
 * and two workers on 127.0.0.1), against a counting server: the arrival rate and the caps are measured where they
 * land, at the server, and the workers' results are judged by primetime's own merge.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { judgeLoad } from '../../src/load/judge.js';
import { sumRows } from '../../src/load/result.js';
import { constant, nodeServer, type TestServer } from '../fixtures/load-server.js';
import { exportFor, locust, results } from '../fixtures/locust.js';
import { tempDir } from '../fixtures/sites.js';
import { createPki } from '../fixtures/tls.js';

/** Page requests the server received in each whole second from the first one. */
function perSecond(server: TestServer, pagePath: string): number[] {
  const pages = server.seen.filter((s) => s.path === pagePath).map((s) => s.at);
  const counts: number[] = [];
  for (const at of pages) counts[Math.floor((at - pages[0]!) / 1_000)] = (counts[Math.floor((at - pages[0]!) / 1_000)] ?? 0) + 1;
  return Array.from(counts, (n) => n ?? 0);
}

/**
 * The whole shot within 3 % of the plan at the server, and each whole second inside it too (or within one request,
 * at low rates). The first and last seconds are left out of the per-second test: the server counts from the first
 * page it sees, so a sender that began a few ms late moves a few arrivals across that edge, not the rate.
 */
function assertRate(server: TestServer, pagePath: string, rate: number, seconds: number) {
  const counts = perSecond(server, pagePath);
  const total = counts.reduce((sum, n) => sum + n, 0);
  assert.ok(Math.abs(total - rate * seconds) <= rate * seconds * 0.03, `${total} pages received, ${rate * seconds} planned`);
  for (const [second, n] of counts.slice(1, seconds - 1).entries())
    assert.ok(Math.abs(n - rate) <= Math.max(1, rate * 0.03), `second ${second + 1}: ${n} pages received, ${rate} planned (${counts.join(', ')})`);
}

const load = (site: string, extra: Record<string, unknown>) => ({
  site: { baseUrl: site },
  load: { allowHosts: ['127.0.0.1'], timeout: '4s', budgets: { p95: '3s', p99: '3s' }, requests: [{ url: '/page', subresources: true }], ...extra },
});

describe('the locustfile on the real Locust', () => {
  it('standalone: an open model, 50 req/s held at the server against pages that answer in 2.3 s, files fetched, judged by merge', async () => {
    const server = await nodeServer(2_300);
    try {
      const dir = await exportFor(load(server.url, constant(50, '4s')));
      const run = await locust(dir, ['--headless']);
      assert.equal(run.code, 0, run.output);
      // A closed model sent 25 req/s here (each user waiting 2.3 s for its answer): the arrivals do not wait.
      assertRate(server, '/page', 50, 4);
      assert.equal(server.seen.filter((s) => s.path === '/style.css').length, 200, 'each page pulls in its own files');
      assert.equal(server.seen.filter((s) => s.path === '/other.css').length, 0, 'never a host outside load.allowHosts');
      const result = await results(dir);
      assert.equal(result.engine, 'locust');
      const outcome = judgeLoad(result);
      assert.equal(outcome.status, 'pass', outcome.summary);
      const p95 = outcome.evidence!.find((e) => /^p95 latency/.test(e.message))!.message;
      assert.match(p95, /: 2,3\d\d ms .*timed from each request's intended start/);
    } finally {
      await server.close();
    }
  });

  it('distributed: a master and two workers (Debian reports no Locust version) share the shot and its run; merge judges both', async () => {
    const server = await nodeServer(100);
    try {
      // 60 pages/s and 2 files each: 180 req/s, two workers at load.caps.maxRate 100.
      const dir = await exportFor(load(server.url, { ...constant(60, '4s'), caps: { maxRate: 100 } }), 2);
      assert.match(await readFile(path.join(dir, 'locustfile.py'), 'utf8'), /--expect-workers 2$/m);
      const workers = [locust(dir, ['--worker']), locust(dir, ['--worker'])];
      const master = await locust(dir, ['--headless', '--master', '--expect-workers', '2']);
      assert.equal(master.code, 0, master.output);
      assert.doesNotMatch(master.output, /old \(pre 2\.0\) worker/);
      for (const worker of await Promise.all(workers)) assert.equal(worker.code, 0, worker.output);
      assertRate(server, '/page', 60, 4);
      const folder = await readdir(path.join(dir, 'results'));
      assert.deepEqual(folder.sort(), ['result-1-of-2.json', 'result-2-of-2.json']);
      const merged = await results(dir);
      assert.equal(sumRows(merged.timeline).sent, 240);
      assert.equal(judgeLoad(merged).status, 'pass', judgeLoad(merged).summary);
      // Each worker sent its half, files included, under its 100 req/s.
      assert.deepEqual(merged.capped, []);
    } finally {
      await server.close();
    }
  });

  it('refuses to start with fewer workers than the shot needs, and says how many, sending nothing', async () => {
    const server = await nodeServer(0);
    try {
      const dir = await exportFor(load(server.url, { ...constant(60, '2s'), caps: { maxRate: 100 } }), 2);
      const worker = locust(dir, ['--worker']);
      const master = await locust(dir, ['--headless', '--master', '--expect-workers', '1']);
      await worker;
      assert.equal(master.code, 2, master.output);
      assert.match(master.output, /this shot needs 2 Locust workers, each under load\.caps\.maxRate: run the master with --expect-workers 2/);
      assert.equal(server.seen.length, 0);
    } finally {
      await server.close();
    }
  });

  it('carries the caps: maxConcurrent drops arrivals, maxRate holds back files, maxRequests ends the shot; the server sees no more', async () => {
    const server = await nodeServer(300);
    try {
      // 50 pages/s for 3 s, 20 files each (/heavy), at 10 open requests, 80 req/s and 100 requests in all: the runners
      // are planned for the pages alone, so the files meet the caps.
      const caps = { maxConcurrent: 10, maxRate: 80, maxRequests: 100 };
      const dir = await exportFor(load(server.url, { ...constant(50, '3s'), requests: [{ url: '/heavy', subresources: true }], caps }));
      assert.equal((await locust(dir, ['--headless'])).code, 0);
      const result = await results(dir);
      assert.ok(server.maxOpen <= 10, `the server saw ${server.maxOpen} requests open at once`);
      assert.ok(sumRows(result.timeline).dropped > 0, 'arrivals beyond 10 open requests are dropped, never queued');
      assert.ok(server.seen.length <= 100, `the server received ${server.seen.length} requests, maxRequests 100`);
      const bySecond: number[] = [];
      for (const { at } of server.seen)
        bySecond[Math.floor((at - server.seen[0]!.at) / 1_000)] = (bySecond[Math.floor((at - server.seen[0]!.at) / 1_000)] ?? 0) + 1;
      const busiest = Math.max(...bySecond.map((n) => n ?? 0));
      assert.ok(busiest <= 80 * 1.1, `the server's busiest second had ${busiest} requests, maxRate 80`);
      assert.deepEqual(result.capped.sort(), ['maxRate', 'maxRequests']);
    } finally {
      await server.close();
    }
  });

  it('stops on the abort rule, and sends to a pinned name over HTTPS with a private CA (network.resolve, network.ca)', async () => {
    const pki = createPki(await tempDir());
    const leaf = pki.leaf('www', { days: 30, altNames: ['www.elan.test'] });
    const seen: string[] = [];
    const server = https.createServer(
      { key: await readFile(leaf.key), cert: await readFile(leaf.fullChain) },
      (req: http.IncomingMessage, res: http.ServerResponse) => {
        seen.push(req.headers.host ?? '');
        res.writeHead(503).end('down');
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const dir = await exportFor({
        site: { baseUrl: `https://www.elan.test:${port}` },
        network: { resolve: { 'www.elan.test': '127.0.0.1' }, ca: [pki.rootPem] },
        load: { allowHosts: ['www.elan.test'], ...constant(40, '4s'), abort: { errorRate: 0.5, window: '1s', minRequests: 20 } },
      });
      // Locust's own exit code says requests failed; the verdict is merge's.
      assert.equal((await locust(dir, ['--headless'])).code, 1);
      const result = await results(dir);
      assert.match(result.aborted ?? '', /requests failed \(load\.abort\.errorRate: 50 %\)/);
      assert.ok(seen.length >= 20 && seen.length < 100, `${seen.length} requests reached the pinned address before the abort, of 160 planned`);
      assert.equal(seen[0], `www.elan.test:${port}`);
      assert.equal(judgeLoad(result).status, 'fail');
    } finally {
      server.close();
    }
  });
});
