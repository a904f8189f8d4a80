import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  Histogram,
  emptyCounts
} from "./chunks/chunk-AAKWNOJ2.js";
import {
  hostAllowed
} from "./chunks/chunk-VPNDTBFQ.js";
import {
  arrivalTimes,
  requestedPerSecond
} from "./chunks/chunk-35Z2W6AO.js";
import {
  require_undici
} from "./chunks/chunk-EE3XFI3I.js";
import {
  createLookup
} from "./chunks/chunk-GL2DH5J2.js";
import {
  parseHtml,
  subresources
} from "./chunks/chunk-QQOOINLC.js";
import {
  classifyNetworkError
} from "./chunks/chunk-DWOR55PJ.js";
import "./chunks/chunk-WLZ2LAD6.js";
import "./chunks/chunk-Z3WXVZH6.js";
import {
  __toESM
} from "./chunks/chunk-5VS2FEJU.js";

// src/load/worker.ts
var import_undici = __toESM(require_undici(), 1);
import { parentPort, workerData } from "node:worker_threads";
import tls from "node:tls";
import { setTimeout as sleep } from "node:timers/promises";

// src/load/gate.ts
var Gate = class {
  /** `scheduled(second)`: the arrivals this worker's schedule puts in that second. */
  constructor(caps, scheduled) {
    this.caps = caps;
    this.scheduled = scheduled;
  }
  caps;
  scheduled;
  /** Requests open now. */
  open = 0;
  /** Arrivals in progress: their request, their files, their think time (a visitor's slot). */
  visitors = 0;
  /** Requests sent so far. */
  spent = 0;
  /** The caps that held a request back at least once. */
  bitten = /* @__PURE__ */ new Set();
  filesIn = /* @__PURE__ */ new Map();
  waiting = [];
  closed = false;
  /** An arrival may start now: a visitor slot and an open request, taken together. */
  admitArrival() {
    if (this.spent >= this.caps.maxRequests) return this.refuse("spent");
    if (this.visitors >= this.caps.maxOpen || this.open >= this.caps.maxOpen) return "busy";
    this.visitors++;
    this.open++;
    this.spent++;
    return void 0;
  }
  /** A file may be fetched in `second` (from the run's start): waits for an open slot; refused beyond the budget or the rate. */
  async admitFile(second) {
    if (this.spent >= this.caps.maxRequests) return this.refuse("spent");
    const files = this.filesIn.get(second) ?? 0;
    if (this.scheduled(second) + files + 1 > this.caps.maxPerSecond) return this.refuse("rate");
    this.filesIn.set(second, files + 1);
    this.spent++;
    while (this.open >= this.caps.maxOpen) {
      if (this.closed || !await new Promise((resolve) => this.waiting.push(resolve))) return "busy";
    }
    this.open++;
    return void 0;
  }
  /** A request ended: its slot goes to the first file waiting. */
  release() {
    this.open--;
    this.waiting.shift()?.(true);
  }
  /** An arrival ended: its visitor slot is free. */
  leave() {
    this.visitors--;
  }
  /** The run stops: files still waiting are not sent. */
  close() {
    this.closed = true;
    for (const resolve of this.waiting.splice(0)) resolve(false);
  }
  refuse(reason) {
    this.bitten.add(reason === "spent" ? "maxRequests" : "maxRate");
    return reason;
  }
};

// src/load/worker.ts
var setup = workerData;
var port = parentPort;
var post = (message) => port.postMessage(message);
var lookup = createLookup({ resolve: setup.network.resolve, dnsServers: setup.network.dnsServers });
var agent = new import_undici.Agent({
  connections: setup.maxInFlight,
  pipelining: 1,
  keepAliveTimeout: 1e4,
  headersTimeout: setup.timeoutMs,
  bodyTimeout: setup.timeoutMs,
  connect: {
    timeout: setup.timeoutMs,
    ...lookup ? { lookup } : {},
    ...setup.network.ca.length > 0 ? { ca: [...tls.rootCertificates, ...setup.network.ca] } : {}
  }
});
var buckets = /* @__PURE__ */ new Map();
var bucket = (second) => {
  let found = buckets.get(second);
  if (!found) buckets.set(second, found = { counts: emptyCounts(), histogram: new Histogram(), lag: new Histogram() });
  return found;
};
var drain = () => {
  const rows = [...buckets.entries()].map(([second, b]) => [
    second,
    { ...b.counts, histogram: b.histogram.toJSON(), lag: b.lag.toJSON() }
  ]);
  buckets = /* @__PURE__ */ new Map();
  return rows;
};
var stopping = false;
var stopped = new AbortController();
var startPerf = 0;
var assetsOf = /* @__PURE__ */ new Map();
var closedLoop = setup.closedLoopMs !== void 0;
var scheduledPerSecond = closedLoop ? [] : requestedPerSecond(setup.schedule, setup.offset, setup.stride, setup.limit);
var gate = new Gate(
  // The benchmark's closed loop measures the generator's own maximum: no rate to hold.
  { maxOpen: setup.maxInFlight, maxRequests: setup.limit, maxPerSecond: closedLoop ? Infinity : setup.maxRate },
  (second) => scheduledPerSecond[second] ?? 0
);
var secondNow = () => Math.floor((performance.now() - startPerf) / 1e3);
var PICK_STEP = (Math.sqrt(5) - 1) / 2;
var pick = (k) => {
  const u = k * PICK_STEP % 1;
  return setup.requests.find((r) => u < r.upTo) ?? setup.requests[setup.requests.length - 1];
};
function classify(status, error) {
  if (status !== void 0) return status >= 500 ? "5xx" : status >= 400 ? "4xx" : void 0;
  const kind = classifyNetworkError(error);
  if (kind === "slow-body") return "timeout";
  return kind === "timeout" || kind === "refused" || kind === "reset" ? kind : "other";
}
var targets = /* @__PURE__ */ new Map();
var targetOf = (url) => {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    targets.set(url, target = { origin: parsed.origin, path: parsed.pathname + parsed.search });
  }
  return target;
};
var isHtml = (rawHeaders) => {
  for (let i = 0; i < rawHeaders.length; i += 2)
    if (rawHeaders[i].length === 12 && rawHeaders[i].toString("latin1").toLowerCase() === "content-type")
      return /html/i.test(rawHeaders[i + 1].toString("latin1"));
  return false;
};
function send(url, request, readHtml) {
  const { origin, path } = targetOf(url);
  return new Promise((resolve) => {
    let status;
    let chunks;
    agent.dispatch({ origin, path, method: request.method, headers: request.headers, body: request.body }, {
      onConnect() {
      },
      onHeaders(statusCode, rawHeaders) {
        status = statusCode;
        if (readHtml && isHtml(rawHeaders)) chunks = [];
        return true;
      },
      onData(chunk) {
        chunks?.push(chunk);
        return true;
      },
      onComplete() {
        resolve({ status, error: classify(status, void 0), html: chunks && Buffer.concat(chunks).toString("utf8") });
      },
      onError(error) {
        resolve(stopping ? { cancelled: true } : { status: void 0, error: classify(void 0, error) });
      }
    });
  });
}
async function fetchAssets(pageUrl, html, second) {
  let urls = assetsOf.get(pageUrl);
  if (!urls && html !== void 0) {
    urls = subresources(parseHtml(html), pageUrl).map((s) => s.url).filter((u) => hostAllowed(u, setup.allowHosts));
    assetsOf.set(pageUrl, urls);
  }
  const queue = [...urls ?? []];
  await Promise.all(
    Array.from({ length: Math.min(6, queue.length) }, async () => {
      for (let next = queue.shift(); next && !stopping; next = queue.shift()) {
        const refusal = await gate.admitFile(secondNow());
        if (refusal === "busy") return;
        if (refusal) {
          bucket(second).counts.capped++;
          continue;
        }
        const { error } = await send(next, { method: "GET", headers: setup.assetHeaders }, false);
        gate.release();
        const counts = bucket(second).counts;
        if (!stopping) counts.completed++;
        if (error) counts.errors[error]++;
      }
    })
  );
}
async function iterate(k, intended) {
  const second = Math.floor(intended / 1e3);
  const request = pick(k);
  const sentAt = performance.now();
  const b = bucket(second);
  b.counts.sent++;
  b.lag.record(Math.max(0, sentAt - (startPerf + intended)) * 1e3);
  const wantAssets = request.subresources && !stopping;
  const outcome = await send(request.url, request, wantAssets && !assetsOf.has(request.url));
  gate.release();
  const after = bucket(second);
  if (outcome.cancelled) after.counts.cancelled++;
  else {
    after.histogram.record((performance.now() - (startPerf + intended)) * 1e3);
    after.counts.completed++;
    if (outcome.status !== void 0) after.counts.answered++;
    if (outcome.error) after.counts.errors[outcome.error]++;
    if (wantAssets && outcome.status !== void 0 && outcome.status < 400) await fetchAssets(request.url, outcome.html, second);
  }
  if (setup.thinkTimeMs > 0 && !stopping) await sleep(setup.thinkTimeMs, void 0, { signal: stopped.signal }).catch(() => void 0);
}
async function until(at) {
  for (let wait = at - performance.now(); wait > 0 && !stopping; wait = at - performance.now()) {
    if (wait > 2) await sleep(wait - 2, void 0, { signal: stopped.signal }).catch(() => void 0);
    else await new Promise(setImmediate);
  }
}
function start(index, intended) {
  const refusal = gate.admitArrival();
  if (refusal === "spent") return false;
  if (refusal === "busy") bucket(Math.floor(intended / 1e3)).counts.dropped++;
  else void iterate(index, intended).finally(() => gate.leave());
  return true;
}
async function runSchedule() {
  let k = 0;
  let sinceYield = 0;
  for (const intended of arrivalTimes(setup.schedule, setup.offset, setup.stride, setup.limit)) {
    if (stopping) break;
    if (startPerf + intended > performance.now()) {
      await until(startPerf + intended);
      sinceYield = 0;
    } else if (++sinceYield >= 32) {
      await new Promise(setImmediate);
      sinceYield = 0;
    }
    if (stopping || !start(setup.offset + k++ * setup.stride, intended)) break;
  }
}
async function runClosedLoop(durationMs) {
  const end = startPerf + durationMs;
  let k = 0;
  await Promise.all(
    Array.from({ length: setup.maxInFlight }, async () => {
      while (!stopping && performance.now() < end && !gate.admitArrival()) {
        await iterate(k++, Math.max(0, performance.now() - startPerf)).finally(() => gate.leave());
      }
    })
  );
}
port.on("message", (message) => {
  if (message.type === "stop") {
    stopping = true;
    stopped.abort();
    gate.close();
    void agent.destroy().catch(() => void 0);
    return;
  }
  startPerf = performance.now() + (message.startAt - Date.now());
  const ticker = setInterval(() => post({ type: "tick", rows: drain(), inFlight: gate.open }), 250);
  void (async () => {
    try {
      const wait = startPerf - performance.now();
      if (wait > 0) await sleep(wait);
      await (setup.closedLoopMs !== void 0 ? runClosedLoop(setup.closedLoopMs) : runSchedule());
      while (gate.visitors > 0) await sleep(5);
      clearInterval(ticker);
      post({ type: "done", rows: drain(), capped: [...gate.bitten] });
      await agent.close().catch(() => void 0);
    } catch (error) {
      clearInterval(ticker);
      post({ type: "failed", message: error?.message ?? String(error) });
    }
  })();
});
post({ type: "ready" });
