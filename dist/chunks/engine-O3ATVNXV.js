import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-2C7HXIN7.js";
import {
  Histogram,
  addCounts,
  emptyCounts,
  errorCount
} from "./chunk-G4ZVECAH.js";
import {
  requestedPerSecond
} from "./chunk-35Z2W6AO.js";
import {
  formatNumber
} from "./chunk-PXAIZIJY.js";
import "./chunk-5SYBXWWO.js";
import "./chunk-QL2N4FKT.js";
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
        if (message.type === "done") resolve();
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
    const now = performance.now();
    while (window.length > 0 && window[0][0] < now - settings.abort.window) window.shift();
    const done = sum(window.map((w) => w[1]));
    const failed = sum(window.map((w) => w[2]));
    if (!aborted && done >= settings.abort.minRequests && failed / done > settings.abort.errorRate)
      stop(
        `${formatNumber(failed / done * 100)} % of the ${formatNumber(done)} requests of the last ${settings.abort.window / 1e3} s failed (load.abort.errorRate: ${formatNumber(settings.abort.errorRate * 100)} %)`
      );
    report(Math.floor((Date.now() - startAt - 1600) / 1e3));
  }, 200);
  try {
    await Promise.all(finished);
    report(Math.max(-1, ...timeline.keys()));
  } finally {
    clearInterval(monitor);
    options.signal?.removeEventListener("abort", onAbort);
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return {
    kind: "primetime-load-result",
    version: 1,
    shard,
    target: settings.target,
    schedule: settings.schedule,
    peak: settings.peak,
    budgets: settings.budgets,
    capped: settings.capped,
    ...aborted ? { aborted } : {},
    startedAt: new Date(startAt).toISOString(),
    durationMs: Date.now() - startAt,
    workers: workerCount,
    site: settings.site,
    timeline: [...timeline.values()].sort((a, b) => a.second - b.second)
  };
}
function cumulative(requests) {
  let upTo = 0;
  return requests.map(({ url, method, headers, body, subresources, weight }) => ({ url, method, headers, body, subresources, upTo: upTo += weight }));
}
export {
  runLoad
};
