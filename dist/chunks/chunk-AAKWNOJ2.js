import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/load/histogram.ts
var SUB_BUCKET_BITS = 11;
var SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
var HALF = SUB_BUCKETS >> 1;
var MAX_VALUE = 2 ** 32 - 1;
function bucketOf(value) {
  const v = Math.min(MAX_VALUE, Math.max(0, Math.round(value)));
  if (v < SUB_BUCKETS) return v;
  const shift = 32 - Math.clz32(v) - SUB_BUCKET_BITS;
  return SUB_BUCKETS + (shift - 1) * HALF + ((v >>> shift) - HALF);
}
function highestValueOf(index) {
  if (index < SUB_BUCKETS) return index;
  const shift = Math.floor((index - SUB_BUCKETS) / HALF) + 1;
  const mantissa = (index - SUB_BUCKETS) % HALF + HALF;
  return (mantissa + 1) * 2 ** shift - 1;
}
var Histogram = class _Histogram {
  counts = /* @__PURE__ */ new Map();
  total = 0;
  /** Records one value in microseconds. */
  record(micros) {
    const index = bucketOf(micros);
    this.counts.set(index, (this.counts.get(index) ?? 0) + 1);
    this.total++;
  }
  add(other) {
    const pairs = other instanceof _Histogram ? other.toJSON() : other;
    for (const [index, count] of pairs) {
      this.counts.set(index, (this.counts.get(index) ?? 0) + count);
      this.total += count;
    }
    return this;
  }
  /** The value at a percentile (0–100), in microseconds; 0 for an empty histogram. */
  percentile(p) {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil(p / 100 * this.total));
    let seen = 0;
    for (const [index, count] of this.toJSON()) {
      seen += count;
      if (seen >= rank) return highestValueOf(index);
    }
    return 0;
  }
  toJSON() {
    return [...this.counts.entries()].sort((a, b) => a[0] - b[0]);
  }
  static from(pairs) {
    return new _Histogram().add(pairs);
  }
};

// src/load/result.ts
var ERROR_CLASSES = ["5xx", "4xx", "timeout", "refused", "reset", "other"];
var Sparse = external_exports.array(external_exports.tuple([external_exports.number().int().nonnegative(), external_exports.number().int().positive()]));
var Counts = external_exports.strictObject({
  /** Arrivals the schedule asked for in this second. */
  requested: external_exports.number().int().nonnegative(),
  /** Requests sent. */
  sent: external_exports.number().int().nonnegative(),
  /** Requests that got an HTTP answer, whatever its status. */
  answered: external_exports.number().int().nonnegative(),
  /** Arrivals not sent because load.caps.maxConcurrent requests were already open. */
  dropped: external_exports.number().int().nonnegative(),
  /** Requests finished, the scheduled ones and the files they pull in (subresources): what the error rate divides. */
  completed: external_exports.number().int().nonnegative(),
  /** Requests still open when the run stopped (abort or end). */
  cancelled: external_exports.number().int().nonnegative(),
  /** Files (subresources) not fetched because load.caps.maxRate or maxRequests left no room for them. */
  capped: external_exports.number().int().nonnegative(),
  errors: external_exports.strictObject(Object.fromEntries(ERROR_CLASSES.map((c) => [c, external_exports.number().int().nonnegative()]))),
  /** Sparse latency histogram in µs, from each request's intended start. */
  histogram: Sparse,
  /** Sparse histogram in µs of each scheduled request's send lag: when it left, after its intended start. */
  lag: Sparse
});
var RESULT_VERSION = 3;
var ENGINES = {
  primetime: "timed from each request's intended start",
  locust: "timed from each request's intended start (primetime's locustfile)",
  k6: "timed from when k6 sent each request (k6 records no intended start: a generator that fell behind hides its lag)"
};
var SAME_RUN_START_MS = 1e3;
var LoadResultSchema = external_exports.strictObject({
  kind: external_exports.literal("primetime-load-result"),
  version: external_exports.literal(RESULT_VERSION, { error: `expected version ${RESULT_VERSION}: merge the results of one primetime version` }),
  shard: external_exports.strictObject({ index: external_exports.number().int().positive(), count: external_exports.number().int().positive() }),
  engine: external_exports.enum(Object.keys(ENGINES)),
  /** The run this shard belongs to (--run-id, PRIMETIME_RUN_ID, or the CI run), when one was named. */
  runId: external_exports.string().optional(),
  /** Requests/s the whole run (all shards) must reach over the peak window, and where the figure comes from. */
  target: external_exports.strictObject({ rate: external_exports.number().nonnegative(), source: external_exports.string() }),
  schedule: external_exports.strictObject({ startRate: external_exports.number(), stages: external_exports.array(external_exports.strictObject({ durationMs: external_exports.number(), target: external_exports.number() })) }),
  peak: external_exports.strictObject({ from: external_exports.number().int().nonnegative(), to: external_exports.number().int().positive() }),
  budgets: external_exports.strictObject({ p95Ms: external_exports.number(), p99Ms: external_exports.number(), errorRate: external_exports.number(), rate: external_exports.number() }),
  /** Caps that changed the schedule or stopped the run: maxRate, maxDuration, maxRequests. */
  capped: external_exports.array(external_exports.string()),
  aborted: external_exports.string().optional(),
  startedAt: external_exports.string(),
  durationMs: external_exports.number().nonnegative(),
  workers: external_exports.number().int().positive(),
  site: external_exports.string(),
  timeline: external_exports.array(Counts.extend({ second: external_exports.number().int().nonnegative() }))
});
var emptyCounts = () => ({
  requested: 0,
  sent: 0,
  answered: 0,
  dropped: 0,
  completed: 0,
  cancelled: 0,
  capped: 0,
  errors: { "5xx": 0, "4xx": 0, timeout: 0, refused: 0, reset: 0, other: 0 },
  histogram: [],
  lag: []
});
var COUNTS = ["requested", "sent", "answered", "dropped", "completed", "cancelled", "capped"];
var HISTOGRAMS = ["histogram", "lag"];
function addCounts(into, from) {
  for (const key of COUNTS) into[key] += from[key];
  for (const c of ERROR_CLASSES) into.errors[c] += from.errors[c];
  for (const key of HISTOGRAMS) if (from[key].length > 0) into[key] = Histogram.from(into[key]).add(from[key]).toJSON();
  return into;
}
var errorCount = (counts) => ERROR_CLASSES.reduce((sum, c) => sum + counts.errors[c], 0);
function sumRows(rows, from = 0, to = Infinity) {
  const total = emptyCounts();
  const histograms = { histogram: new Histogram(), lag: new Histogram() };
  for (const row of rows) {
    if (row.second < from || row.second >= to) continue;
    addCounts(total, { ...row, histogram: [], lag: [] });
    for (const key of HISTOGRAMS) histograms[key].add(row[key]);
  }
  for (const key of HISTOGRAMS) total[key] = histograms[key].toJSON();
  return total;
}
var MergeError = class extends Error {
};
function foreignRun(result, first) {
  const { runId } = first.result;
  if (result.runId !== runId) return `run ${result.runId ?? "(none named)"}, where ${first.file} is of run ${runId ?? "(none named)"}.`;
  const apart = Date.parse(result.startedAt) - Date.parse(first.result.startedAt);
  if (Math.abs(apart) <= SAME_RUN_START_MS) return void 0;
  return `it started ${formatDuration(Math.abs(apart))} ${apart > 0 ? "after" : "before"} ${first.file}. Shards of one run start together: give them the same --start-at.`;
}
function mergeResults(results) {
  if (results.length === 0) throw new MergeError("no result files to merge.");
  const [first] = results;
  const { count } = first.result.shard;
  const same = (r) => JSON.stringify([r.schedule, r.target, r.budgets, r.peak, r.shard.count, r.engine]) === JSON.stringify([first.result.schedule, first.result.target, first.result.budgets, first.result.peak, count, first.result.engine]);
  const seen = /* @__PURE__ */ new Map();
  for (const { file, result } of results) {
    if (!same(result))
      throw new MergeError(`${file} comes from a different run (its schedule, target, budgets, shard count or engine differ from ${first.file}'s).`);
    const foreign = foreignRun(result, first);
    if (foreign) throw new MergeError(`${file} comes from a different run: ${foreign}`);
    const other = seen.get(result.shard.index);
    if (other) throw new MergeError(`${file} and ${other} are both shard ${result.shard.index}/${count}.`);
    seen.set(result.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new MergeError(`shard ${missing.map((i) => `${i}/${count}`).join(", ")} missing: merge needs every shard's result.`);
  const bySecond = /* @__PURE__ */ new Map();
  for (const { result } of results)
    for (const row of result.timeline) {
      const into = bySecond.get(row.second) ?? { second: row.second, ...emptyCounts() };
      bySecond.set(row.second, { ...addCounts(into, row), second: row.second });
    }
  const starts = results.map((r) => Date.parse(r.result.startedAt));
  const ends = results.map((r) => Date.parse(r.result.startedAt) + r.result.durationMs);
  const aborted = results.filter((r) => r.result.aborted).map((r) => `shard ${r.result.shard.index}: ${r.result.aborted}`);
  return {
    ...first.result,
    shard: { index: 1, count: 1 },
    capped: [...new Set(results.flatMap((r) => r.result.capped))],
    aborted: aborted.length > 0 ? aborted.join("; ") : void 0,
    startedAt: new Date(Math.min(...starts)).toISOString(),
    durationMs: Math.max(...ends) - Math.min(...starts),
    workers: results.reduce((sum, r) => sum + r.result.workers, 0),
    timeline: [...bySecond.values()].sort((a, b) => a.second - b.second)
  };
}

export {
  Histogram,
  ERROR_CLASSES,
  RESULT_VERSION,
  ENGINES,
  LoadResultSchema,
  emptyCounts,
  addCounts,
  errorCount,
  sumRows,
  MergeError,
  mergeResults
};
