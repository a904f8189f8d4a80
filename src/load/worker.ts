/**
 * A load worker thread: sends its share of the arrivals at their intended times, never before, over pooled
 * keep-alive connections (undici), within its share of the caps (gate.ts). It records each latency from the
 * intended start, so a slow server cannot slow the schedule down and hide its own slowness (no coordinated
 * omission), and each send lag, so a generator that cannot keep up knows it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import tls from 'node:tls';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, type Dispatcher } from 'undici';
import { classifyNetworkError } from '../web/http.js';
import { createLookup } from '../web/lookup.js';
import { parseHtml, subresources } from '../web/html.js';
import { hostAllowed } from './allow.js';
import { Histogram } from './histogram.js';
import { Gate } from './gate.js';
import { arrivalTimes, requestedPerSecond } from './schedule.js';
import { emptyCounts, type ErrorClass, type SecondCounts } from './result.js';
import type { FromWorker, ToWorker, WorkerRequest, WorkerSetup } from './worker-protocol.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);

const lookup = createLookup({ resolve: setup.network.resolve, dnsServers: setup.network.dnsServers });
const agent = new Agent({
  connections: setup.maxInFlight,
  pipelining: 1,
  keepAliveTimeout: 10_000,
  headersTimeout: setup.timeoutMs,
  bodyTimeout: setup.timeoutMs,
  connect: {
    timeout: setup.timeoutMs,
    ...(lookup ? { lookup } : {}),
    ...(setup.network.ca.length > 0 ? { ca: [...tls.rootCertificates, ...setup.network.ca] } : {}),
  },
});

interface Bucket {
  counts: SecondCounts;
  histogram: Histogram;
  lag: Histogram;
}
let buckets = new Map<number, Bucket>();
const bucket = (second: number) => {
  let found = buckets.get(second);
  if (!found) buckets.set(second, (found = { counts: emptyCounts(), histogram: new Histogram(), lag: new Histogram() }));
  return found;
};
const drain = (): Array<[number, SecondCounts]> => {
  const rows = [...buckets.entries()].map(([second, b]): [number, SecondCounts] => [
    second,
    { ...b.counts, histogram: b.histogram.toJSON(), lag: b.lag.toJSON() },
  ]);
  buckets = new Map();
  return rows;
};

let stopping = false;
const stopped = new AbortController();
let startPerf = 0;
/** The files each page uses, read from its first HTML answer. */
const assetsOf = new Map<string, string[]>();

const closedLoop = setup.closedLoopMs !== undefined;
const scheduledPerSecond = closedLoop ? [] : requestedPerSecond(setup.schedule, setup.offset, setup.stride, setup.limit);
const gate = new Gate(
  // The benchmark's closed loop measures the generator's own maximum: no rate to hold.
  { maxOpen: setup.maxInFlight, maxRequests: setup.limit, maxPerSecond: closedLoop ? Infinity : setup.maxRate },
  (second) => scheduledPerSecond[second] ?? 0,
);
const secondNow = () => Math.floor((performance.now() - startPerf) / 1_000);

const PICK_STEP = (Math.sqrt(5) - 1) / 2;
/** Arrival k's request: the golden-ratio sequence spreads the weights evenly and the same way on every worker. */
const pick = (k: number): WorkerRequest => {
  const u = (k * PICK_STEP) % 1;
  return setup.requests.find((r) => u < r.upTo) ?? setup.requests[setup.requests.length - 1]!;
};

function classify(status: number | undefined, error: unknown): ErrorClass | undefined {
  if (status !== undefined) return status >= 500 ? '5xx' : status >= 400 ? '4xx' : undefined;
  const kind = classifyNetworkError(error);
  if (kind === 'slow-body') return 'timeout';
  return kind === 'timeout' || kind === 'refused' || kind === 'reset' ? kind : 'other';
}

interface Sent {
  status?: number;
  error?: ErrorClass;
  html?: string;
  cancelled?: boolean;
}

/** Each URL parsed once: the hot path sends the same few URLs thousands of times a second. */
const targets = new Map<string, { origin: string; path: string }>();
const targetOf = (url: string) => {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    targets.set(url, (target = { origin: parsed.origin, path: parsed.pathname + parsed.search }));
  }
  return target;
};

const isHtml = (rawHeaders: Buffer[]) => {
  for (let i = 0; i < rawHeaders.length; i += 2)
    if (rawHeaders[i]!.length === 12 && rawHeaders[i]!.toString('latin1').toLowerCase() === 'content-type')
      return /html/i.test(rawHeaders[i + 1]!.toString('latin1'));
  return false;
};

/**
 * Sends one request through undici's dispatcher with a bare handler: no response stream is built and the body is
 * dropped as it arrives (kept only when the HTML is wanted for its subresources). This is the engine's hot path.
 */
function send(url: string, request: Pick<WorkerRequest, 'method' | 'headers' | 'body'>, readHtml: boolean): Promise<Sent> {
  const { origin, path } = targetOf(url);
  return new Promise((resolve) => {
    let status: number | undefined;
    let chunks: Buffer[] | undefined;
    agent.dispatch({ origin, path, method: request.method as Dispatcher.HttpMethod, headers: request.headers, body: request.body }, {
      onConnect() {},
      onHeaders(statusCode: number, rawHeaders: Buffer[]) {
        status = statusCode;
        if (readHtml && isHtml(rawHeaders)) chunks = [];
        return true;
      },
      onData(chunk: Buffer) {
        chunks?.push(chunk);
        return true;
      },
      onComplete() {
        resolve({ status, error: classify(status, undefined), html: chunks && Buffer.concat(chunks).toString('utf8') });
      },
      onError(error: Error) {
        resolve(stopping ? { cancelled: true } : { status: undefined, error: classify(undefined, error) });
      },
    } as unknown as Dispatcher.DispatchHandler);
  });
}

async function fetchAssets(pageUrl: string, html: string | undefined, second: number) {
  let urls = assetsOf.get(pageUrl);
  if (!urls && html !== undefined) {
    urls = subresources(parseHtml(html), pageUrl)
      .map((s) => s.url)
      .filter((u) => hostAllowed(u, setup.allowHosts));
    assetsOf.set(pageUrl, urls);
  }
  // Six at a time, as a browser does per host.
  const queue = [...(urls ?? [])];
  await Promise.all(
    Array.from({ length: Math.min(6, queue.length) }, async () => {
      for (let next = queue.shift(); next && !stopping; next = queue.shift()) {
        const refusal = await gate.admitFile(secondNow());
        if (refusal === 'busy') return; // the run stopped while the file waited
        if (refusal) {
          bucket(second).counts.capped++;
          continue;
        }
        const { error } = await send(next, { method: 'GET', headers: setup.assetHeaders }, false);
        gate.release();
        // The bucket is looked up after the wait: a tick may have sent and replaced it meanwhile.
        const counts = bucket(second).counts;
        if (!stopping) counts.completed++;
        if (error) counts.errors[error]++;
      }
    }),
  );
}

/** One admitted arrival: the request (and its files), recorded against its intended start, then the think time. */
async function iterate(k: number, intended: number) {
  const second = Math.floor(intended / 1_000);
  const request = pick(k);
  const sentAt = performance.now();
  const b = bucket(second);
  b.counts.sent++;
  b.lag.record(Math.max(0, sentAt - (startPerf + intended)) * 1_000);
  const wantAssets = request.subresources && !stopping;
  const outcome = await send(request.url, request, wantAssets && !assetsOf.has(request.url));
  gate.release();
  const after = bucket(second);
  if (outcome.cancelled) after.counts.cancelled++;
  else {
    after.histogram.record((performance.now() - (startPerf + intended)) * 1_000);
    after.counts.completed++;
    if (outcome.status !== undefined) after.counts.answered++;
    if (outcome.error) after.counts.errors[outcome.error]++;
    if (wantAssets && outcome.status !== undefined && outcome.status < 400) await fetchAssets(request.url, outcome.html, second);
  }
  if (setup.thinkTimeMs > 0 && !stopping) await sleep(setup.thinkTimeMs, undefined, { signal: stopped.signal }).catch(() => undefined);
}

/** Waits until `at` (performance.now() time), never returning before it: a request is never sent early. */
async function until(at: number) {
  for (let wait = at - performance.now(); wait > 0 && !stopping; wait = at - performance.now()) {
    // Timers may fire a little early on the loop's cached clock: sleep to within 2 ms, then yield until it is time.
    if (wait > 2) await sleep(wait - 2, undefined, { signal: stopped.signal }).catch(() => undefined);
    else await new Promise(setImmediate);
  }
}

/** Starts an admitted arrival; false when the request budget is spent (the schedule ends). */
function start(index: number, intended: number): boolean {
  const refusal = gate.admitArrival();
  if (refusal === 'spent') return false;
  if (refusal === 'busy') bucket(Math.floor(intended / 1_000)).counts.dropped++;
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
      // Behind schedule: catch up, but let the answers in between.
      await new Promise(setImmediate);
      sinceYield = 0;
    }
    if (stopping || !start(setup.offset + k++ * setup.stride, intended)) break;
  }
}

/** The benchmark's maximum: maxInFlight loops, each sending the next request as soon as the last is answered. */
async function runClosedLoop(durationMs: number) {
  const end = startPerf + durationMs;
  let k = 0;
  await Promise.all(
    Array.from({ length: setup.maxInFlight }, async () => {
      while (!stopping && performance.now() < end && !gate.admitArrival()) {
        await iterate(k++, Math.max(0, performance.now() - startPerf)).finally(() => gate.leave());
      }
    }),
  );
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'stop') {
    stopping = true;
    stopped.abort();
    gate.close();
    // Open requests end at once (counted as cancelled).
    void agent.destroy().catch(() => undefined);
    return;
  }
  startPerf = performance.now() + (message.startAt - Date.now());
  const ticker = setInterval(() => post({ type: 'tick', rows: drain(), inFlight: gate.open }), 250);
  void (async () => {
    try {
      const wait = startPerf - performance.now();
      if (wait > 0) await sleep(wait);
      await (setup.closedLoopMs !== undefined ? runClosedLoop(setup.closedLoopMs) : runSchedule());
      while (gate.visitors > 0) await sleep(5);
      clearInterval(ticker);
      post({ type: 'done', rows: drain(), capped: [...gate.bitten] });
      await agent.close().catch(() => undefined);
    } catch (error) {
      clearInterval(ticker);
      post({ type: 'failed', message: (error as Error)?.message ?? String(error) });
    }
  })();
});

post({ type: 'ready' });
