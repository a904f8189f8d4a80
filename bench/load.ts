/**
 * The load engine's maximum throughput against autocannon's and wrk's, in one invocation, against the same nginx on
 * 127.0.0.1 with the same connection count; then how precisely it holds a scheduled rate at 80 % of that maximum.
 * Every run is bounded (a few seconds) and local.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { runLoad } from '../src/load/engine.js';
import { Histogram } from '../src/load/histogram.js';
import { judgeLoad } from '../src/load/judge.js';
import { sumRows } from '../src/load/result.js';
import type { LoadSettings } from '../src/load/settings.js';
import { startNginx } from '../test/fixtures/sites.js';
import { median } from './stats.js';

const CONNECTIONS = 64;
const SECONDS = 10;
// nginx runs on this machine too: the load generators leave it a core (primetime's workers, wrk's threads).
const THREADS = Math.max(1, availableParallelism() - 1);

function settings(url: string, rate: number, seconds: number): LoadSettings {
  return {
    schedule: { startRate: rate, stages: [{ durationMs: seconds * 1_000, target: rate }] },
    capped: [],
    target: { rate, source: 'bench' },
    peak: { from: 0, to: seconds },
    budgets: { p95Ms: 1_000, p99Ms: 2_500, errorRate: 0.01, rate: 0.95 },
    shard: { index: 1, count: 1 },
    requests: [{ url, name: '/', weight: 1, method: 'GET', headers: { 'user-agent': 'primetime (load)' }, subresources: false }],
    assetHeaders: { 'user-agent': 'primetime (load)' },
    thinkTimeMs: 0,
    timeoutMs: 10_000,
    workers: THREADS,
    maxConcurrent: CONNECTIONS,
    maxRequests: 10_000_000,
    maxRate: 10_000_000,
    abort: { errorRate: 1, window: 5_000, minRequests: 1_000_000 },
    allowHosts: ['127.0.0.1'],
    network: { resolve: {}, dnsServers: [], ca: [] },
    site: url,
  };
}

async function primetime(url: string): Promise<number> {
  const result = await runLoad(settings(url, 1, SECONDS), { closedLoopMs: SECONDS * 1_000 });
  return sumRows(result.timeline).answered / SECONDS;
}

function autocannon(url: string): number {
  const bin = path.resolve('node_modules/autocannon/autocannon.js');
  const out = execFileSync(process.execPath, [bin, '-c', String(CONNECTIONS), '-d', String(SECONDS), '-j', url], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const json = JSON.parse(out) as { requests: { total: number }; duration: number };
  return json.requests.total / json.duration;
}

function wrk(url: string): number {
  const out = execFileSync('wrk', ['-t', String(THREADS), '-c', String(CONNECTIONS), '-d', `${SECONDS}s`, url], { encoding: 'utf8' });
  return Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
}

export async function benchLoad(rounds = 3): Promise<void> {
  const nginx = await startNginx('clean');
  const url = `${nginx.url}/`;
  try {
    const runs: Record<string, number[]> = { primetime: [], autocannon: [], wrk: [] };
    await primetime(url); // warm-up: worker start, connection pools
    for (let round = 0; round < rounds; round++) {
      runs.primetime!.push(await primetime(url));
      runs.autocannon!.push(autocannon(url));
      runs.wrk!.push(wrk(url));
    }
    const best = Object.fromEntries(Object.entries(runs).map(([name, values]) => [name, median(values)])) as Record<string, number>;
    console.log(
      `\nMaximum throughput, ${CONNECTIONS} connections, ${SECONDS} s runs, nginx (1 worker) on 127.0.0.1, ${availableParallelism()} cores: ${THREADS} primetime worker(s) and wrk thread(s), autocannon as it comes (median of ${rounds})`,
    );
    for (const [name, values] of Object.entries(runs))
      console.log(
        `  ${name.padEnd(12)} ${best[name]!.toFixed(0).padStart(7)} req/s   primetime ×${(best.primetime! / best[name]!).toFixed(2)}   (runs: ${values.map((v) => v.toFixed(0)).join(', ')})`,
      );

    // The open model: schedule 80 % of the maximum and see how much of it is sent and answered on time.
    const rate = Math.round(best.primetime! * 0.8);
    const held = await runLoad({ ...settings(url, rate, SECONDS), maxConcurrent: 1_000 });
    const total = sumRows(held.timeline);
    const histogram = Histogram.from(total.histogram);
    const lag = Histogram.from(total.lag);
    const verdict = judgeLoad(held);
    console.log(
      `\nScheduled rate at 80 % of that maximum: ${rate} req/s for ${SECONDS} s → ${(total.answered / SECONDS).toFixed(0)} req/s answered (×${(total.answered / total.requested).toFixed(3)} of requested), ${total.dropped} dropped, p50 ${(histogram.percentile(50) / 1_000).toFixed(1)} ms, p99 ${(histogram.percentile(99) / 1_000).toFixed(1)} ms from the intended start; send lag p50 ${(lag.percentile(50) / 1_000).toFixed(1)} ms, p95 ${(lag.percentile(95) / 1_000).toFixed(1)} ms → verdict ${verdict.status}: ${verdict.summary}`,
    );
  } finally {
    await nginx.close();
  }
}
