/**
 * The load engine: splits this shard's arrivals over worker threads, gathers their per-second rows (progress.ts),
 * stops early when the error rate over a sliding window passes load.abort.errorRate, and returns the result.
 */
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageRoot } from '../util/package-root.js';
import { LoadProgress, type LiveSecond } from './progress.js';
import { RESULT_VERSION, type LoadResult } from './result.js';
import { requestedPerSecond } from './schedule.js';
import type { LoadSettings } from './settings.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';

export type { LiveSecond } from './progress.js';

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

/** Workers start together this far ahead (or at load.startAt), so each counts from the same instant. */
const START_AHEAD_MS = 100;
/** A second is shown live once its slowest answers (and the next tick) are in. */
const DISPLAY_LAG_MS = 1_600;
/** How often the abort rule is read and the live display advanced. */
const MONITOR_TICK_MS = 200;

export async function runLoad(settings: LoadSettings, options: RunLoadOptions = {}): Promise<LoadResult> {
  const { shard } = settings;
  const requested = options.closedLoopMs === undefined ? requestedPerSecond(settings.schedule, shard.index - 1, shard.count, settings.maxRequests) : [];
  const progress = new LoadProgress(requested, settings.capped);
  const threads = workerSetups(settings, options.closedLoopMs).map(startWorker);
  const send = (message: ToWorker) => threads.forEach((t) => t.postMessage(message));
  const stop = (reason: string) => {
    progress.aborted ??= reason;
    send({ type: 'stop' });
  };
  const { finished } = await started(threads, progress);

  const startAt = Math.max(Date.now() + START_AHEAD_MS, settings.startAt ?? 0);
  send({ type: 'start', startAt });
  const onAbort = () => stop('interrupted');
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  const show = (upTo: number) => progress.newSeconds(upTo).forEach((live) => options.onSecond?.(live));
  const monitor = setInterval(() => {
    const reason = progress.aborted ? undefined : progress.abortReason(performance.now(), settings.abort);
    if (reason) stop(reason);
    show(Math.floor((Date.now() - startAt - DISPLAY_LAG_MS) / 1_000));
  }, MONITOR_TICK_MS);
  try {
    await finished;
    show(progress.end());
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
    capped: [...progress.capped],
    ...(progress.aborted ? { aborted: progress.aborted } : {}),
    startedAt: new Date(startAt).toISOString(),
    durationMs: Date.now() - startAt,
    workers: threads.length,
    site: settings.site,
    timeline: progress.rows(),
  };
}

/** Each worker thread's share: every (shards × workers)-th arrival, and its part of every cap. */
export function workerSetups(settings: LoadSettings, closedLoopMs?: number): WorkerSetup[] {
  const { shard, workers } = settings;
  const perWorker = (total: number, w: number) => Math.floor(total / workers) + (w < total % workers ? 1 : 0);
  return Array.from({ length: workers }, (_, w) => ({
    schedule: settings.schedule,
    offset: shard.index - 1 + shard.count * w,
    stride: shard.count * workers,
    limit: perWorker(settings.maxRequests, w),
    maxInFlight: Math.max(1, perWorker(settings.maxConcurrent, w)),
    maxRate: settings.maxRate / workers,
    requests: cumulative(settings.requests),
    assetHeaders: settings.assetHeaders,
    thinkTimeMs: settings.thinkTimeMs,
    timeoutMs: settings.timeoutMs,
    allowHosts: settings.allowHosts,
    network: settings.network,
    closedLoopMs,
  }));
}

/**
 * Wires each thread's messages into the progress and waits until every one is ready; resolves with the promise of
 * their end (wrapped: a promise resolved with a promise would wait for it). A worker that cannot start rejects here
 * rather than leaving the run waiting.
 */
async function started(threads: Worker[], progress: LoadProgress): Promise<{ finished: Promise<void> }> {
  const ready: Array<Promise<void>> = [];
  const finished = threads.map(
    (thread, w) =>
      new Promise<void>((resolve, reject) => {
        ready.push(new Promise((go, failed) => (thread.once('message', () => go()), thread.once('error', failed))));
        thread.on('message', (message: FromWorker) => {
          if (message.type === 'tick' || message.type === 'done') progress.add(message.rows, performance.now());
          if (message.type === 'tick') progress.setInFlight(w, message.inFlight);
          if (message.type === 'done') {
            message.capped.forEach((cap) => progress.capped.add(cap));
            resolve();
          }
          if (message.type === 'failed') reject(new Error(`a load worker failed: ${message.message}`));
        });
        thread.on('error', reject);
        thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a load worker stopped with code ${code}`))));
      }),
  );
  const all = Promise.all(finished).then(() => undefined);
  await Promise.race([Promise.all(ready), all]).catch(async (error: unknown) => {
    await Promise.all(threads.map((t) => t.terminate()));
    throw error;
  });
  return { finished: all };
}

/** Weights as cumulative shares, for the workers' pick. */
function cumulative(requests: LoadSettings['requests']): WorkerSetup['requests'] {
  let upTo = 0;
  return requests.map(({ url, method, headers, body, subresources, weight }) => ({ url, method, headers, body, subresources, upTo: (upTo += weight) }));
}
