/** primetime load, merge and export as a user runs them: the built CLI, its worker threads, nginx on 127.0.0.1. */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { after, before, describe, it } from 'node:test';
import { Histogram } from '../../src/load/histogram.js';
import { LoadResultSchema, sumRows } from '../../src/load/result.js';
import { ReportSchema } from '../../src/report/model.js';
import { formatNumber } from '../../src/report/text.js';
import { runCli } from '../fixtures/cli.js';
import { nodeServer } from '../fixtures/load-server.js';
import { startNginx, tempDir, type Served } from '../fixtures/sites.js';

async function configDir(yaml: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'primetime.yml'), yaml);
  return dir;
}

const event = 'event: { name: Capital, audience: 2300000, reach: 10%, arrivalWindow: 1s }\n';

describe('primetime load, merge and export', () => {
  let nginx: Served;
  let bystander: http.Server;
  let bystanderHits = 0;
  let bystanderUrl = '';
  before(async () => {
    nginx = await startNginx('clean');
    bystander = http.createServer((_, res) => (bystanderHits++, res.end('ok')));
    await new Promise<void>((resolve) => bystander.listen(0, '127.0.0.1', resolve));
    bystanderUrl = `http://localhost:${(bystander.address() as net.AddressInfo).port}`;
  });
  after(async () => {
    await nginx.close();
    await new Promise((resolve) => bystander.close(resolve));
  });

  it('refuses to run without load.allowHosts, or toward a host outside it, with exit code 2 and nothing sent', async () => {
    const none = await configDir(`${event}site: { baseUrl: ${nginx.url} }\n`);
    for (const args of [['load'], ['check', '--only', 'load']]) {
      const result = await runCli(args, { cwd: none });
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, /load\.allowHosts: .*load section/);
      assert.doesNotMatch(result.stderr, /^\s+at /m);
    }
    const elsewhere = await configDir(`${event}site: { baseUrl: ${nginx.url} }\nload:\n  allowHosts: [127.0.0.1]\n  requests: [{ url: ${bystanderUrl}/ }]\n`);
    const refused = await runCli(['load'], { cwd: elsewhere });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /line \d+, load\.requests\[0\]\.url: localhost:\d+ is not in load\.allowHosts \(127\.0\.0\.1\)/);
    assert.equal(bystanderHits, 0);
  });

  it('runs two shards at once with live progress, and merge gives one verdict from the exact sum of their histograms', async () => {
    const dir = await configDir(
      // Two CLIs share the machine's cores: a p95 budget of 5 s lets their send lag reach 50 ms (1 %) before the
      // generator counts as lagging, which a busy 2-core CI machine reached at 10 ms. The merge, not the pace, is tested.
      `${event}site: { baseUrl: ${nginx.url} }\nload:\n  allowHosts: [127.0.0.1]\n  target: 200\n  caps: { maxDuration: 4s }\n  budgets: { p95: 5s }\n  requests: [{ url: /, weight: 2 }, { url: /offres.html }]\n`,
    );
    const badShard = await runCli(['load', '--shard', '3/2'], { cwd: dir });
    assert.equal(badShard.code, 2);
    assert.match(badShard.stderr, /--shard: expected i\/N with 1 ≤ i ≤ N/);
    // Both start at the same instant, as runners of a matrix job do with --start-at: far enough ahead for two CLIs
    // to start on a slow machine (CI's took over 4 s).
    const startAt = new Date(Math.ceil((Date.now() + 10_000) / 1_000) * 1_000).toISOString();
    const [one, two] = await Promise.all(
      ['1/2', '2/2'].map((shard, i) => runCli(['load', '--shard', shard, '--start-at', startAt, '--out', `shard-${i + 1}`, '--format', 'json'], { cwd: dir })),
    );
    for (const shard of [one!, two!]) {
      assert.equal(shard.code, 0, shard.stderr);
      assert.match(shard.stderr, /load: +2 s +\d+\/\d+ req\/s answered {2}p95 [\d.]+ ms/);
      assert.match(shard.stderr, /load: +4 s +\d+\/\d+ req\/s answered/, 'the last second is shown too');
      assert.match(shard.stderr, /waiting until .* to start with the other shards/);
      assert.match(shard.stderr, /Shard result: shard-\d\/load\/result-\d-of-2\.json/);
    }
    const results = await Promise.all(
      [1, 2].map(async (i) => LoadResultSchema.parse(JSON.parse(await readFile(path.join(dir, `shard-${i}`, 'load', `result-${i}-of-2.json`), 'utf8')))),
    );
    assert.deepEqual(
      results.map((r) => r.startedAt),
      [startAt, startAt],
    );
    assert.deepEqual(
      results.map((r) => r.shard),
      [
        { index: 1, count: 2 },
        { index: 2, count: 2 },
      ],
    );

    const merged = await runCli(['merge', 'shard-1', 'shard-2', '--out', 'merged', '--format', 'json,html,terminal'], { cwd: dir });
    assert.equal(merged.code, 0, merged.stderr + merged.stdout);
    assert.match(merged.stdout, /GO/);
    const report = ReportSchema.parse(JSON.parse(await readFile(path.join(dir, 'merged', 'report.json'), 'utf8')));
    const load = report.checks[0]!;
    assert.equal(load.id, 'load');
    assert.equal(load.status, 'pass', load.summary);
    const rate = load.evidence.find((e) => /answered/.test(e.message))!;
    assert.equal((rate.data as { targetRate: number }).targetRate, 200);
    assert.ok((rate.data as { achievedRate: number }).achievedRate >= 190, rate.message);

    // The merged histogram is the sum of the shards', bucket for bucket.
    const shardTotals = results.map((r) => sumRows(r.timeline, r.peak.from, r.peak.to));
    const sum = Histogram.from(shardTotals[0]!.histogram).add(shardTotals[1]!.histogram);
    const latency = load.evidence.find((e) => /^p95 latency/.test(e.message))!;
    assert.ok(latency.message.startsWith(`p95 latency over the peak window: ${formatNumber(Math.round(sum.percentile(95) / 100) / 10)} ms`), latency.message);
    const html = await readFile(path.join(dir, 'merged', 'report.html'), 'utf8');
    assert.equal((html.match(/<svg class="chart"/g) ?? []).length, 2);
    assert.doesNotMatch(html, /<script/);

    const alone = await runCli(['merge', 'shard-1'], { cwd: dir });
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /cannot merge: shard 2\/2 missing/);
  });

  it('export writes a k6 script and a locustfile, and asks for exactly one engine', async () => {
    const dir = await configDir(`${event}site: { baseUrl: ${nginx.url} }\nload:\n  allowHosts: [127.0.0.1]\n  target: 50\n`);
    const k6 = await runCli(['export', '--k6'], { cwd: dir });
    assert.equal(k6.code, 0, k6.stderr);
    assert.match(k6.stdout, /"executor": "ramping-arrival-rate"/);
    const locust = await runCli(['export', '--locust', '--out', 'locustfile.py'], { cwd: dir });
    assert.equal(locust.code, 0, locust.stderr);
    assert.match(await readFile(path.join(dir, 'locustfile.py'), 'utf8'), /class Schedule\(LoadTestShape\)/);
    assert.match(
      locust.stderr,
      /Distributed: locust -f locustfile\.py --headless --master --expect-workers 1, and PRIMETIME_RESULTS=results locust -f locustfile\.py --worker/,
    );
    const neither = await runCli(['export'], { cwd: dir });
    assert.equal(neither.code, 2);
    assert.match(neither.stderr, /choose one engine: --k6 or --locust/);

    // To a file, the k6 script comes with its k6-operator TestRun beside it.
    const k6File = await runCli(['export', '--k6', '--out', 'load.js'], { cwd: dir });
    assert.equal(k6File.code, 0, k6File.stderr);
    const testRun = parseAllDocuments(await readFile(path.join(dir, 'load.k6-operator.yaml'), 'utf8'))
      .map((d) => d.toJS())
      .find((d) => d.kind === 'TestRun');
    assert.deepEqual([testRun.kind, testRun.spec.parallelism, testRun.spec.script.configMap.file], ['TestRun', 1, 'load.js']);
  });

  it('export plans its runners for the pages and their files: a home page with twenty files reads once, with a GET', async () => {
    const site = await nodeServer();
    try {
      const config = (subresources: boolean) =>
        `${event}site: { baseUrl: ${site.url} }\nload:\n  allowHosts: [127.0.0.1]\n  target: 60\n  caps: { maxRate: 100 }\n  requests: [{ url: /heavy, subresources: ${subresources} }]\n`;
      const runners = async (dir: string) => {
        const run = await runCli(['export', '--locust', '--out', 'locustfile.py'], { cwd: dir });
        assert.equal(run.code, 0, run.stderr);
        return Number(/--expect-workers (\d+)/.exec(run.stderr)![1]);
      };
      assert.equal(await runners(await configDir(config(false))), 1, '60 pages/s under 100 req/s');
      assert.equal(await runners(await configDir(config(true))), 13, '60 × 21 requests/s over 100 req/s a runner');
      assert.deepEqual(
        site.seen.map((s) => `${s.method} ${s.path}`),
        ['GET /heavy'],
        'the page read once to count its files, nothing else',
      );
    } finally {
      await site.close();
    }
  });

  it('merge --k6 judges k6’s raw stream against the config’s plan, needing none of its ${VAR} values, and refuses its summary', async () => {
    // The config reads a key from the environment, unset here: merge sends nothing, so it does not need it.
    const dir = await configDir(
      `${event}site: { baseUrl: ${nginx.url}, headers: { X-Preview: '\${PREVIEW_KEY}' } }\nload:\n  allowHosts: [127.0.0.1]\n  target: 50\n`,
    );
    const start = Date.parse('2027-03-11T20:59:00Z');
    // k6's --out json lines: 50 answered requests a second over the whole schedule, one of them a 503 each second.
    const lines = Array.from({ length: 90 * 50 }, (_, i) => {
      const time = new Date(start + i * 20).toISOString();
      const status = i % 50 === 0 ? '503' : '200';
      return `{"type":"Point","data":{"time":"${time}","value":12.5,"tags":{"method":"GET","status":"${status}","scenario":"primetime"}},"metric":"http_req_duration"}`;
    });
    await writeFile(path.join(dir, 'k6.json'), lines.join('\n') + '\n');
    const merged = await runCli(['merge', '--k6', 'k6.json', '--format', 'json', '--out', 'merged'], { cwd: dir });
    assert.equal(merged.code, 1, merged.stderr);
    assert.match(merged.stderr, /primetime: merged 1 k6 stream of /);
    const check = JSON.parse(await readFile(path.join(dir, 'merged/report.json'), 'utf8')).checks[0];
    assert.ok(
      check.evidence.some((e: { level: string; message: string }) => e.level === 'fail' && /Error rate over the peak window: 2 %/.test(e.message)),
      JSON.stringify(check.evidence),
    );

    await writeFile(path.join(dir, 'summary.json'), '{"metrics":{"http_req_duration":{"p(95)":12}}}\n');
    const summary = await runCli(['merge', '--k6', 'summary.json'], { cwd: dir });
    assert.equal(summary.code, 2);
    assert.match(summary.stderr, /no page request's http_req_duration point in .*summary\.json: give k6's raw stream/);
    // Sending is another matter: the shot itself still asks for the key.
    const load = await runCli(['load'], { cwd: dir });
    assert.equal(load.code, 2);
    assert.match(load.stderr, /environment variable PREVIEW_KEY is not set/);
  });
});
