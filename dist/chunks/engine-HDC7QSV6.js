import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-2C7HXIN7.js";
import {
  Histogram,
  RESULT_VERSION,
  addCounts,
  emptyCounts,
  errorCount
} from "./chunk-QW7IVTFB.js";
import {
  requestedPerSecond
} from "./chunk-35Z2W6AO.js";
import "./chunk-RGJMILNN.js";
import {
  formatNumber
} from "./chunk-JAT56SSN.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/load/engine.ts
import { Worker } from "node:worker_threads";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
function startWorker(setup) {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith(".ts")) return new Worker(path.join(packageRoot(import.meta.url), "dist", "load-worker.js"), { workerData: setup });
  const source = pathToFileURL(path.join(path.dirname(here), "worker.ts")).href;
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, {
    eval: true,
    workerData: setup
  });
}
async function runLoad(settings, options = {}) {
  const { shard, workers: workerCount } = settings;
  const timeline = /* @__PURE__ */ new Map();
  const requested = requestedPerSecond(settings.schedule, shard.index - 1, shard.count, settings.maxRequests);
  requested.forEach((n, second) => timeline.set(second, { second, ...emptyCounts(), requested: n }));
  if (options.closedLoopMs !== void 0) timeline.clear();
  const merge = (rows) => {
    for (const [second, counts] of rows) {
      const row = timeline.get(second) ?? { second, ...emptyCounts() };
      timeline.set(second, { ...addCounts(row, counts), second });
    }
  };
  const window = [];
  let aborted;
  const capped = new Set(settings.capped);
  const inFlightBy = /* @__PURE__ */ new Map();
  const sum = (list) => list.reduce((a, b) => a + b, 0);
  const perWorker = (total, w) => Math.floor(total / workerCount) + (w < total % workerCount ? 1 : 0);
  const threads = Array.from({ length: workerCount }, (_, w) => {
    const setup = {
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
      closedLoopMs: options.closedLoopMs
    };
    return startWorker(setup);
  });
  const send = (message) => threads.forEach((t) => t.postMessage(message));
  const stop = (reason) => {
    aborted ??= reason;
    send({ type: "stop" });
  };
  const ready = [];
  const finished = threads.map(
    (thread, w) => new Promise((resolve, reject) => {
      ready.push(new Promise((started, failed) => (thread.once("message", () => started()), thread.once("error", failed))));
      thread.on("message", (message) => {
        if (message.type === "tick" || message.type === "done") {
          merge(message.rows);
          window.push([performance.now(), sum(message.rows.map(([, c]) => c.completed)), sum(message.rows.map(([, c]) => errorCount(c)))]);
          if (message.type === "tick") inFlightBy.set(w, message.inFlight);
        }
        if (message.type === "done") {
          message.capped.forEach((cap) => capped.add(cap));
          resolve();
        }
        if (message.type === "failed") reject(new Error(`a load worker failed: ${message.message}`));
      });
      thread.on("error", reject);
      thread.on("exit", (code) => code === 0 ? resolve() : reject(new Error(`a load worker stopped with code ${code}`)));
    })
  );
  await Promise.race([Promise.all(ready), Promise.all(finished)]).catch(async (error) => {
    await Promise.all(threads.map((t) => t.terminate()));
    throw error;
  });
  const startAt = Math.max(Date.now() + 100, settings.startAt ?? 0);
  send({ type: "start", startAt });
  const onAbort = () => stop("interrupted");
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener("abort", onAbort, { once: true });
  let reported = -1;
  const report = (upTo) => {
    for (let second = reported + 1; second <= upTo; second++) {
      const row = timeline.get(second);
      if (row && options.onSecond)
        options.onSecond({
          second,
          requested: row.requested,
          answered: row.answered,
          errors: errorCount(row),
          p95Ms: Histogram.from(row.histogram).percentile(95) / 1e3,
          inFlight: sum([...inFlightBy.values()])
        });
    }
    reported = Math.max(reported, upTo);
  };
  const monitor = setInterval(() => {
    const failing = failingShare(window, performance.now(), settings.abort);
    if (!aborted && failing)
      stop(
        `${formatNumber(failing.share * 100)} % of the last ${formatNumber(failing.completed)} requests failed, over ${formatNumber(Math.round(failing.overMs / 100) / 10)} s (load.abort.errorRate: ${formatNumber(settings.abort.errorRate * 100)} %)`
      );
    report(Math.floor((Date.now() - startAt - 1600) / 1e3));
  }, 200);
  try {
    await Promise.all(finished);
    const last = Math.max(-1, ...[...timeline.values()].filter((row) => !aborted || row.sent + row.dropped > 0).map((row) => row.second));
    for (const second of timeline.keys()) if (second > last) timeline.delete(second);
    report(last);
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
    capped: [...capped],
    ...aborted ? { aborted } : {},
    startedAt: new Date(startAt).toISOString(),
    durationMs: Date.now() - startAt,
    workers: workerCount,
    site: settings.site,
    timeline: [...timeline.values()].sort((a, b) => a.second - b.second)
  };
}
function failingShare(ticks, now, rule) {
  let completed = 0;
  let failed = 0;
  let oldest = now;
  for (let i = ticks.length - 1; i >= 0; i--) {
    const [at, done, failures] = ticks[i];
    if (at < now - rule.window && completed >= rule.minRequests) {
      ticks.splice(0, i + 1);
      break;
    }
    completed += done;
    failed += failures;
    oldest = at;
  }
  if (completed < rule.minRequests || failed / completed <= rule.errorRate) return void 0;
  return { share: failed / completed, completed, overMs: now - oldest };
}
function cumulative(requests) {
  let upTo = 0;
  return requests.map(({ url, method, headers, body, subresources, weight }) => ({ url, method, headers, body, subresources, upTo: upTo += weight }));
}
export {
  failingShare,
  runLoad
};
