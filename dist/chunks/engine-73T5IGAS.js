import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-2C7HXIN7.js";
import {
  formatNumber
} from "./chunk-KHW7QP7J.js";
import {
  Histogram,
  RESULT_VERSION,
  addCounts,
  emptyCounts,
  errorCount
} from "./chunk-AAKWNOJ2.js";
import {
  requestedPerSecond
} from "./chunk-35Z2W6AO.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/load/engine.ts
import { Worker } from "node:worker_threads";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/load/progress.ts
var LoadProgress = class {
  timeline = /* @__PURE__ */ new Map();
  capped;
  aborted;
  completions = [];
  inFlightBy = /* @__PURE__ */ new Map();
  shown = -1;
  /** `requested`: the arrivals this shard's schedule asks for, per second. */
  constructor(requested, capped) {
    requested.forEach((n, second) => this.timeline.set(second, { second, ...emptyCounts(), requested: n }));
    this.capped = new Set(capped);
  }
  /** A worker's rows: added to their seconds, their completions noted at `now`. */
  add(rows, now) {
    for (const [second, counts] of rows) {
      const row = this.timeline.get(second) ?? { second, ...emptyCounts() };
      this.timeline.set(second, { ...addCounts(row, counts), second });
    }
    const total = (count) => rows.reduce((sum, [, c]) => sum + count(c), 0);
    this.completions.push([now, total((c) => c.completed), total(errorCount)]);
  }
  setInFlight(worker, open) {
    this.inFlightBy.set(worker, open);
  }
  /** Why the run must stop at `now` by the abort rule, if it must; completions older than the rule reads are dropped. */
  abortReason(now, rule) {
    const { failing, keepFrom } = failingShare(this.completions, now, rule);
    this.completions = this.completions.slice(keepFrom);
    if (!failing) return void 0;
    return `${formatNumber(failing.share * 100)} % of the last ${formatNumber(failing.completed)} requests failed, over ${formatNumber(Math.round(failing.overMs / 100) / 10)} s (load.abort.errorRate: ${formatNumber(rule.errorRate * 100)} %)`;
  }
  /** The seconds up to `upTo` not shown yet, as the live display shows them. */
  newSeconds(upTo) {
    const live = [];
    const inFlight = [...this.inFlightBy.values()].reduce((a, b) => a + b, 0);
    for (let second = this.shown + 1; second <= upTo; second++) {
      const row = this.timeline.get(second);
      if (row)
        live.push({
          second,
          requested: row.requested,
          answered: row.answered,
          errors: errorCount(row),
          p95Ms: Histogram.from(row.histogram).percentile(95) / 1e3,
          inFlight
        });
    }
    this.shown = Math.max(this.shown, upTo);
    return live;
  }
  /** The last second a row was sent in: a run stopped early ends there, the seconds it never reached left out. */
  end() {
    const last = Math.max(-1, ...[...this.timeline.values()].filter((row) => !this.aborted || row.sent + row.dropped > 0).map((row) => row.second));
    for (const second of this.timeline.keys()) if (second > last) this.timeline.delete(second);
    return last;
  }
  rows() {
    return [...this.timeline.values()].sort((a, b) => a.second - b.second);
  }
};
function failingShare(completions, now, rule) {
  let [completed, failed, oldest, keepFrom] = [0, 0, now, 0];
  for (let i = completions.length - 1; i >= 0; i--) {
    const [at, done, failures] = completions[i];
    if (at < now - rule.window && completed >= rule.minRequests) {
      keepFrom = i + 1;
      break;
    }
    [completed, failed, oldest] = [completed + done, failed + failures, at];
  }
  if (completed < rule.minRequests || failed / completed <= rule.errorRate) return { keepFrom };
  return { failing: { share: failed / completed, completed, overMs: now - oldest }, keepFrom };
}

// src/load/engine.ts
function startWorker(setup) {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith(".ts")) return new Worker(path.join(packageRoot(import.meta.url), "dist", "load-worker.js"), { workerData: setup });
  const source = pathToFileURL(path.join(path.dirname(here), "worker.ts")).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, {
    eval: true,
    workerData: setup
  });
}
var START_AHEAD_MS = 100;
var DISPLAY_LAG_MS = 1600;
var MONITOR_TICK_MS = 200;
async function runLoad(settings, options = {}) {
  const { shard } = settings;
  const requested = options.closedLoopMs === void 0 ? requestedPerSecond(settings.schedule, shard.index - 1, shard.count, settings.maxRequests) : [];
  const progress = new LoadProgress(requested, settings.capped);
  const threads = workerSetups(settings, options.closedLoopMs).map(startWorker);
  const send = (message) => threads.forEach((t) => t.postMessage(message));
  const stop = (reason) => {
    progress.aborted ??= reason;
    send({ type: "stop" });
  };
  const { finished } = await started(threads, progress);
  const startAt = Math.max(Date.now() + START_AHEAD_MS, settings.startAt ?? 0);
  send({ type: "start", startAt });
  const onAbort = () => stop("interrupted");
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener("abort", onAbort, { once: true });
  const show = (upTo) => progress.newSeconds(upTo).forEach((live) => options.onSecond?.(live));
  const monitor = setInterval(() => {
    const reason = progress.aborted ? void 0 : progress.abortReason(performance.now(), settings.abort);
    if (reason) stop(reason);
    show(Math.floor((Date.now() - startAt - DISPLAY_LAG_MS) / 1e3));
  }, MONITOR_TICK_MS);
  try {
    await finished;
    show(progress.end());
  } finally {
    clearInterval(monitor);
    options.signal?.removeEventListener("abort", onAbort);
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return {
    kind: "primetime-load-result",
    version: RESULT_VERSION,
    shard,
    engine: "primetime",
    ...settings.runId ? { runId: settings.runId } : {},
    target: settings.target,
    schedule: settings.schedule,
    peak: settings.peak,
    budgets: settings.budgets,
    capped: [...progress.capped],
    ...progress.aborted ? { aborted: progress.aborted } : {},
    startedAt: new Date(startAt).toISOString(),
    durationMs: Date.now() - startAt,
    workers: threads.length,
    site: settings.site,
    timeline: progress.rows()
  };
}
function workerSetups(settings, closedLoopMs) {
  const { shard, workers } = settings;
  const perWorker = (total, w) => Math.floor(total / workers) + (w < total % workers ? 1 : 0);
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
    closedLoopMs
  }));
}
async function started(threads, progress) {
  const ready = [];
  const finished = threads.map(
    (thread, w) => new Promise((resolve, reject) => {
      ready.push(new Promise((go, failed) => (thread.once("message", () => go()), thread.once("error", failed))));
      thread.on("message", (message) => {
        if (message.type === "tick" || message.type === "done") progress.add(message.rows, performance.now());
        if (message.type === "tick") progress.setInFlight(w, message.inFlight);
        if (message.type === "done") {
          message.capped.forEach((cap) => progress.capped.add(cap));
          resolve();
        }
        if (message.type === "failed") reject(new Error(`a load worker failed: ${message.message}`));
      });
      thread.on("error", reject);
      thread.on("exit", (code) => code === 0 ? resolve() : reject(new Error(`a load worker stopped with code ${code}`)));
    })
  );
  const all = Promise.all(finished).then(() => void 0);
  await Promise.race([Promise.all(ready), all]).catch(async (error) => {
    await Promise.all(threads.map((t) => t.terminate()));
    throw error;
  });
  return { finished: all };
}
function cumulative(requests) {
  let upTo = 0;
  return requests.map(({ url, method, headers, body, subresources, weight }) => ({ url, method, headers, body, subresources, upTo: upTo += weight }));
}
export {
  runLoad,
  workerSetups
};
