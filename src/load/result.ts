/**
 * A load run's result: one row per second of intended start, each with its own latency histogram. Everything
 * else (totals, the peak window, a merge of shards) is computed from the rows by adding counts and histograms,
 * so a merged result is exactly the result one machine would have recorded.
 */
import { z } from 'zod';
import { formatDuration } from '../util/duration.js';
import { Histogram } from './histogram.js';

export const ERROR_CLASSES = ['5xx', '4xx', 'timeout', 'refused', 'reset', 'other'] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

const Sparse = z.array(z.tuple([z.number().int().nonnegative(), z.number().int().positive()]));

const Counts = z.strictObject({
  /** Arrivals the schedule asked for in this second. */
  requested: z.number().int().nonnegative(),
  /** Requests sent. */
  sent: z.number().int().nonnegative(),
  /** Requests that got an HTTP answer, whatever its status. */
  answered: z.number().int().nonnegative(),
  /** Arrivals not sent because load.caps.maxConcurrent requests were already open. */
  dropped: z.number().int().nonnegative(),
  /** Requests finished, the scheduled ones and the files they pull in (subresources): what the error rate divides. */
  completed: z.number().int().nonnegative(),
  /** Requests still open when the run stopped (abort or end). */
  cancelled: z.number().int().nonnegative(),
  /** Files (subresources) not fetched because load.caps.maxRate or maxRequests left no room for them. */
  capped: z.number().int().nonnegative(),
  errors: z.strictObject(Object.fromEntries(ERROR_CLASSES.map((c) => [c, z.number().int().nonnegative()])) as Record<ErrorClass, z.ZodNumber>),
  /** Sparse latency histogram in µs, from each request's intended start. */
  histogram: Sparse,
  /** Sparse histogram in µs of each scheduled request's send lag: when it left, after its intended start. */
  lag: Sparse,
});
export type SecondCounts = z.infer<typeof Counts>;

export const RESULT_VERSION = 3;

/** The engines whose runs primetime judges, and what each one's latencies are timed from. */
export const ENGINES = {
  primetime: "timed from each request's intended start",
  locust: "timed from each request's intended start (primetime's locustfile)",
  k6: 'timed from when k6 sent each request (k6 records no intended start: a generator that fell behind hides its lag)',
} as const;
export type Engine = keyof typeof ENGINES;

/** Shards of one run started within this of each other (a shared start time makes it 0). */
export const SAME_RUN_START_MS = 1_000;

export const LoadResultSchema = z.strictObject({
  kind: z.literal('primetime-load-result'),
  version: z.literal(RESULT_VERSION, { error: `expected version ${RESULT_VERSION}: merge the results of one primetime version` }),
  shard: z.strictObject({ index: z.number().int().positive(), count: z.number().int().positive() }),
  engine: z.enum(Object.keys(ENGINES) as [Engine, ...Engine[]]),
  /** The run this shard belongs to (--run-id, PRIMETIME_RUN_ID, or the CI run), when one was named. */
  runId: z.string().optional(),
  /** Requests/s the whole run (all shards) must reach over the peak window, and where the figure comes from. */
  target: z.strictObject({ rate: z.number().nonnegative(), source: z.string() }),
  schedule: z.strictObject({ startRate: z.number(), stages: z.array(z.strictObject({ durationMs: z.number(), target: z.number() })) }),
  peak: z.strictObject({ from: z.number().int().nonnegative(), to: z.number().int().positive() }),
  budgets: z.strictObject({ p95Ms: z.number(), p99Ms: z.number(), errorRate: z.number(), rate: z.number() }),
  /** Caps that changed the schedule or stopped the run: maxRate, maxDuration, maxRequests. */
  capped: z.array(z.string()),
  aborted: z.string().optional(),
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
  workers: z.number().int().positive(),
  site: z.string(),
  timeline: z.array(Counts.extend({ second: z.number().int().nonnegative() })),
});
export type LoadResult = z.infer<typeof LoadResultSchema>;
export type TimelineRow = LoadResult['timeline'][number];

export const emptyCounts = (): SecondCounts => ({
  requested: 0,
  sent: 0,
  answered: 0,
  dropped: 0,
  completed: 0,
  cancelled: 0,
  capped: 0,
  errors: { '5xx': 0, '4xx': 0, timeout: 0, refused: 0, reset: 0, other: 0 },
  histogram: [],
  lag: [],
});

const COUNTS = ['requested', 'sent', 'answered', 'dropped', 'completed', 'cancelled', 'capped'] as const;
const HISTOGRAMS = ['histogram', 'lag'] as const;

/** Adds `from` into `into` (counts and histograms). */
export function addCounts(into: SecondCounts, from: SecondCounts): SecondCounts {
  for (const key of COUNTS) into[key] += from[key];
  for (const c of ERROR_CLASSES) into.errors[c] += from.errors[c];
  for (const key of HISTOGRAMS) if (from[key].length > 0) into[key] = Histogram.from(into[key]).add(from[key]).toJSON();
  return into;
}

export const errorCount = (counts: SecondCounts) => ERROR_CLASSES.reduce((sum, c) => sum + counts.errors[c], 0);

/** The sum of the rows whose second lies in [from, to). */
export function sumRows(rows: TimelineRow[], from = 0, to = Infinity): SecondCounts {
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

export class MergeError extends Error {}

/**
 * Why a shard is not of the same run as the first one, if it is not: another run id, or a start apart from the
 * others (shards merged second by second must have sent together, or the site never saw the merged rate).
 */
function foreignRun(result: LoadResult, first: { file: string; result: LoadResult }): string | undefined {
  const { runId } = first.result;
  if (result.runId !== runId) return `run ${result.runId ?? '(none named)'}, where ${first.file} is of run ${runId ?? '(none named)'}.`;
  const apart = Date.parse(result.startedAt) - Date.parse(first.result.startedAt);
  if (Math.abs(apart) <= SAME_RUN_START_MS) return undefined;
  return `it started ${formatDuration(Math.abs(apart))} ${apart > 0 ? 'after' : 'before'} ${first.file}. Shards of one run start together: give them the same --start-at.`;
}

/** Merges the shards of one run: same schedule, target and budgets, the same run started together, each shard once. */
export function mergeResults(results: Array<{ file: string; result: LoadResult }>): LoadResult {
  if (results.length === 0) throw new MergeError('no result files to merge.');
  const [first] = results;
  const { count } = first!.result.shard;
  const same = (r: LoadResult) =>
    JSON.stringify([r.schedule, r.target, r.budgets, r.peak, r.shard.count, r.engine]) ===
    JSON.stringify([first!.result.schedule, first!.result.target, first!.result.budgets, first!.result.peak, count, first!.result.engine]);
  const seen = new Map<number, string>();
  for (const { file, result } of results) {
    if (!same(result))
      throw new MergeError(`${file} comes from a different run (its schedule, target, budgets, shard count or engine differ from ${first!.file}'s).`);
    const foreign = foreignRun(result, first!);
    if (foreign) throw new MergeError(`${file} comes from a different run: ${foreign}`);
    const other = seen.get(result.shard.index);
    if (other) throw new MergeError(`${file} and ${other} are both shard ${result.shard.index}/${count}.`);
    seen.set(result.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new MergeError(`shard ${missing.map((i) => `${i}/${count}`).join(', ')} missing: merge needs every shard's result.`);

  const bySecond = new Map<number, TimelineRow>();
  for (const { result } of results)
    for (const row of result.timeline) {
      const into = bySecond.get(row.second) ?? { second: row.second, ...emptyCounts() };
      bySecond.set(row.second, { ...addCounts(into, row), second: row.second });
    }
  const starts = results.map((r) => Date.parse(r.result.startedAt));
  const ends = results.map((r) => Date.parse(r.result.startedAt) + r.result.durationMs);
  const aborted = results.filter((r) => r.result.aborted).map((r) => `shard ${r.result.shard.index}: ${r.result.aborted}`);
  return {
    ...first!.result,
    shard: { index: 1, count: 1 },
    capped: [...new Set(results.flatMap((r) => r.result.capped))],
    aborted: aborted.length > 0 ? aborted.join('; ') : undefined,
    startedAt: new Date(Math.min(...starts)).toISOString(),
    durationMs: Math.max(...ends) - Math.min(...starts),
    workers: results.reduce((sum, r) => sum + r.result.workers, 0),
    timeline: [...bySecond.values()].sort((a, b) => a.second - b.second),
  };
}
