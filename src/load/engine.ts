/**
 * The load engine: splits this shard's arrivals over worker threads, gathers their per-second rows, stops early
 * when the error rate over a sliding window passes load.abort.errorRate, and returns the result.
 */
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageRoot } from '../util/package-root.js';
import { formatNumber } from '../report/text.js';
import { addCounts, emptyCounts, errorCount, RESULT_VERSION, type LoadResult, type SecondCounts, type TimelineRow } from './result.js';
import { requestedPerSecond } from './schedule.js';
import type { LoadSettings } from './settings.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';
import { Histogram } from './histogram.js';

export interface LiveSecond {
  second: number;
  requested: number;
  answered: number;
  errors: number;
  p95Ms: number;
  inFlight: number;
}

export interface RunLoadOptions {
  signal?: AbortSignal;
  /** Called about once a second with the last complete second. */
  onSecond?: (live: LiveSecond) => void;
  /** The benchmark's closed loop: this long, maxConcurrent requests back to back, no schedule. */
  closedLoopMs?: number;
}

/** The bundled worker in dist/; from the TypeScript sources (tests, benchmarks), the source through tsx. */
function startWorker(setup: WorkerSetup): Worker {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return new Worker(path.join(packageRoot(import.meta.url), 'dist', 'load-worker.js'), { workerData: setup });
  const source = pathToFileURL(path.join(path.dirname(here), 'worker.ts')).href;
  // Loader hooks do not reach worker threads on Node 20: register tsx inside the worker first.
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, {
    eval: true,
    workerData: setup,
  });
}

export async function runLoad(settings: LoadSettings, options: RunLoadOptions = {}): Promise<LoadResult> {
  const { shard, workers: workerCount } = settings;
  const timeline = new Map<number, TimelineRow>();
  const requested = requestedPerSecond(settings.schedule, shard.index - 1, shard.count, settings.maxRequests);
  requested.forEach((n, second) => timeline.set(second, { second, ...emptyCounts(), requested: n }));
  if (options.closedLoopMs !== undefined) timeline.clear();
  const merge = (rows: Array<[number, SecondCounts]>) => {
    for (const [second, counts] of rows) {
      const row = timeline.get(second) ?? { second, ...emptyCounts() };
      timeline.set(second, { ...addCounts(row, counts), second });
    }
  };

  // Completions for the abort rule, [time, completed, failed] per tick, oldest first.
  const window: Array<[number, number, number]> = [];
  let aborted: string | undefined;
  const capped = new Set(settings.capped);
  const inFlightBy = new Map<number, number>();

  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const perWorker = (total: number, w: number) => Math.floor(total / workerCount) + (w < total % workerCount ? 1 : 0);
  const threads = Array.from({ length: workerCount }, (_, w) => {
    const setup: WorkerSetup = {
      schedule: settings.schedule,
      offset: shard.index - 1 + shard.count * w,
      stride: shard.count * workerCount,
      limit: perWorker(settings.maxRequests, w),
      maxInFlight: Math.max(1, perWorker(settings.maxConcurrent, w)),
      maxRate: settings.maxRate / workerCount,
      requests: cumulative(settings.requests),
      assetHeaders: settings.assetHeaders,
      thinkTimeMs: settings.thinkTimeMs,
      timeoutMs: settings.timeoutMs,
      allowHosts: settings.allowHosts,
      network: settings.network,
      closedLoopMs: options.closedLoopMs,
    };
    return startWorker(setup);
  });
  const send = (message: ToWorker) => threads.forEach((t) => t.postMessage(message));
  const stop = (reason: string) => {
    aborted ??= reason;
    send({ type: 'stop' });
  };

  const ready: Array<Promise<void>> = [];
  const finished = threads.map(
    (thread, w) =>
      new Promise<void>((resolve, reject) => {
        ready.push(new Promise((started, failed) => (thread.once('message', () => started()), thread.once('error', failed))));
        thread.on('message', (message: FromWorker) => {
          if (message.type === 'tick' || message.type === 'done') {
            merge(message.rows);
            window.push([performance.now(), sum(message.rows.map(([, c]) => c.completed)), sum(message.rows.map(([, c]) => errorCount(c)))]);
            if (message.type === 'tick') inFlightBy.set(w, message.inFlight);
          }
          if (message.type === 'done') {
            message.capped.forEach((cap) => capped.add(cap));
            resolve();
          }
          if (message.type === 'failed') reject(new Error(`a load worker failed: ${message.message}`));
        });
        thread.on('error', reject);
        thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a load worker stopped with code ${code}`))));
      }),
  );
  // A worker that cannot start rejects here rather than leaving the run waiting.
  await Promise.race([Promise.all(ready), Promise.all(finished)]).catch(async (error: unknown) => {
    await Promise.all(threads.map((t) => t.terminate()));
    throw error;
  });

  // Start together, a little ahead (or at load.startAt, for shards on several runners), so every worker counts
  // from the same instant.
  const startAt = Math.max(Date.now() + 100, settings.startAt ?? 0);
  send({ type: 'start', startAt });
  const onAbort = () => stop('interrupted');
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  let reported = -1;
  const report = (upTo: number) => {
    for (let second = reported + 1; second <= upTo; second++) {
      const row = timeline.get(second);
      if (row && options.onSecond)
        options.onSecond({
          second,
          requested: row.requested,
          answered: row.answered,
          errors: errorCount(row),
          p95Ms: Histogram.from(row.histogram).percentile(95) / 1_000,
          inFlight: sum([...inFlightBy.values()]),
        });
    }
    reported = Math.max(reported, upTo);
  };
  const monitor = setInterval(() => {
    const failing = failingShare(window, performance.now(), settings.abort);
    if (!aborted && failing)
      stop(
        `${formatNumber(failing.share * 100)} % of the last ${formatNumber(failing.completed)} requests failed, over ${formatNumber(Math.round(failing.overMs / 100) / 10)} s (load.abort.errorRate: ${formatNumber(settings.abort.errorRate * 100)} %)`,
      );
    // A second is shown once its slowest answers (and the next tick) are in.
    report(Math.floor((Date.now() - startAt - 1_600) / 1_000));
  }, 200);

  try {
    await Promise.all(finished);
    // A run stopped early ends at its last sent second: the seconds it never reached are not shown as empty.
    const last = Math.max(-1, ...[...timeline.values()].filter((row) => !aborted || row.sent + row.dropped > 0).map((row) => row.second));
    for (const second of timeline.keys()) if (second > last) timeline.delete(second);
    report(last);
  } finally {
    clearInterval(monitor);
    options.signal?.removeEventListener('abort', onAbort);
    await Promise.all(threads.map((t) => t.terminate()));
  }

  return {
    kind: 'primetime-load-result',
    version: RESULT_VERSION,
    shard,
    engine: 'primetime',
    ...(settings.runId ? { runId: settings.runId } : {}),
    target: settings.target,
    schedule: settings.schedule,
    peak: settings.peak,
    budgets: settings.budgets,
    capped: [...capped],
    ...(aborted ? { aborted } : {}),
    startedAt: new Date(startAt).toISOString(),
    durationMs: Date.now() - startAt,
    workers: workerCount,
    site: settings.site,
    timeline: [...timeline.values()].sort((a, b) => a.second - b.second),
  };
}

/**
 * The abort rule over the latest completions: the last `window` of time, stretched back until it holds
 * `minRequests` of them, so a failing site is stopped at 3 req/s as surely as at 3,000. Drops what it no longer needs.
 */
export function failingShare(
  ticks: Array<[number, number, number]>,
  now: number,
  rule: LoadSettings['abort'],
): { share: number; completed: number; overMs: number } | undefined {
  let completed = 0;
  let failed = 0;
  let oldest = now;
  for (let i = ticks.length - 1; i >= 0; i--) {
    const [at, done, failures] = ticks[i]!;
    if (at < now - rule.window && completed >= rule.minRequests) {
      ticks.splice(0, i + 1);
      break;
    }
    completed += done;
    failed += failures;
    oldest = at;
  }
  if (completed < rule.minRequests || failed / completed <= rule.errorRate) return undefined;
  return { share: failed / completed, completed, overMs: now - oldest };
}

/** Weights as cumulative shares, for the workers' pick. */
function cumulative(requests: LoadSettings['requests']): WorkerSetup['requests'] {
  let upTo = 0;
  return requests.map(({ url, method, headers, body, subresources, weight }) => ({ url, method, headers, body, subresources, upTo: (upTo += weight) }));
}
