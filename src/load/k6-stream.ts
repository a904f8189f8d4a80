/**
 * A k6 run judged by primetime: k6's raw metric stream (`--out json=…` or `--out csv=…`, gzipped or not, one point
 * per request), never its end-of-test summary, whose percentiles cannot be added up. Each page request's
 * `http_req_duration` point goes into the second it is stamped with, in that second's histogram, exactly as
 * `primetime load` records its own requests; the verdict over the peak window is then primetime's.
 *
 * The exported script tags each request as a page or a file (files count in the error rate, never as answered
 * pages) and each point with the runner count it was planned for; k6-operator tags each runner's points with its
 * instance. The streams of one run are all there, once each, and started together, or the merge is refused.
 *
 * What was asked of each second is the config's schedule, which the exported k6 script follows: a run that fell
 * short is judged against the plan. What k6 does not record is left out rather than guessed: the send lag (k6 has
 * no intended start per request). Its `iterations` count as sent, its `dropped_iterations` as arrivals dropped.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { formatDuration } from '../util/duration.js';
import { Histogram } from './histogram.js';
import { emptyCounts, RESULT_VERSION, type ErrorClass, type LoadResult, type SecondCounts } from './result.js';
import { requestedPerSecond } from './schedule.js';
import type { LoadSettings } from './settings.js';

export class K6StreamError extends Error {}

/** The tags the exported script and k6-operator put on every point. */
export const K6_TAGS = { kind: 'primetime', runners: 'primetime_runners', instance: 'instance_id', testRun: 'testrun_name' } as const;

/** k6-operator starts its runners together; their streams begin within this of each other. */
const SAME_K6_RUN_MS = 5_000;

interface K6Point {
  metric: string;
  /** ms since the epoch. */
  time: number;
  value: number;
  tags: Record<string, string>;
}

/** k6's error codes (k6 docs, "Error codes"): those that are a timeout, a refusal or a reset. */
function errorClass(status: number, errorCode: number): ErrorClass | undefined {
  if (status >= 500) return '5xx';
  if (status >= 400) return '4xx';
  if (status > 0) return undefined;
  if (errorCode === 1050 || errorCode === 1211) return 'timeout';
  if (errorCode === 1212) return 'refused';
  if (errorCode === 1220) return 'reset';
  return 'other';
}

const COUNTED = new Set(['http_req_duration', 'iterations', 'dropped_iterations']);

function lines(file: string): AsyncIterable<string> {
  let input: Readable = createReadStream(file);
  if (file.endsWith('.gz')) input = input.pipe(createGunzip());
  return createInterface({ input, crlfDelay: Infinity });
}

/** A `--out json` line: "Point" lines carry the samples. */
function jsonPoint(line: string, where: string): K6Point | undefined {
  let entry: { type?: string; metric?: string; data?: { time?: string; value?: number; tags?: Record<string, string> | null } };
  try {
    entry = JSON.parse(line);
  } catch {
    throw new K6StreamError(`${where}: not a line of k6's --out json (not JSON).`);
  }
  if (entry.type !== 'Point') return undefined;
  const time = Date.parse(entry.data?.time ?? '');
  if (!Number.isFinite(time) || typeof entry.data?.value !== 'number') throw new K6StreamError(`${where}: a k6 point without a time or a value.`);
  return { metric: entry.metric ?? '', time, value: entry.data.value, tags: entry.data.tags ?? {} };
}

/** One CSV line's cells, with k6's quoting (RFC 4180: a quoted cell may hold commas and doubled quotes). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** A CSV timestamp in every K6_CSV_TIME_FORMAT: unix (s), unix_milli, unix_micro, unix_nano, rfc3339(_nano); in ms. */
export function csvTime(raw: string): number {
  if (!/^\d+(\.\d+)?$/.test(raw.trim())) return Date.parse(raw);
  const n = Number(raw);
  // Told apart by size: today is about 1.8e9 s, 1.8e12 ms, 1.8e15 µs, 1.8e18 ns.
  return n < 1e11 ? n * 1_000 : n < 1e14 ? n : n < 1e17 ? n / 1_000 : n / 1e6;
}

/** A `--out csv` row, read through its header; tags from their columns and from extra_tags ("a=1&b=2"). */
function csvPoint(cells: string[], columns: string[], where: string): K6Point {
  const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
  const time = csvTime(cell('timestamp'));
  const value = Number(cell('metric_value'));
  if (!Number.isFinite(time) || !Number.isFinite(value)) throw new K6StreamError(`${where}: a k6 row without a time or a value.`);
  const tags: Record<string, string> = Object.fromEntries(new URLSearchParams(cell('extra_tags')));
  for (const name of ['status', 'error_code']) if (cell(name)) tags[name] = cell(name);
  return { metric: cell('metric_name'), time, value, tags };
}

/**
 * The points of one k6 output file, JSON or CSV, gzipped or not: k6 names both `results.gz` when compressed, so
 * the first line tells them apart.
 */
async function* pointsOf(file: string): AsyncGenerator<K6Point> {
  let columns: string[] | undefined;
  let json: boolean | undefined;
  let number = 0;
  for await (const line of lines(file)) {
    number++;
    if (!line.trim()) continue;
    const where = `${file}:${number}`;
    json ??= line.startsWith('{');
    if (json) {
      const point = jsonPoint(line, where);
      if (point) yield point;
    } else if (!columns) {
      columns = csvCells(line);
      if (!['metric_name', 'timestamp', 'metric_value'].every((c) => columns!.includes(c)))
        throw new K6StreamError(`${file}: neither k6's --out json nor its --out csv (whose header names metric_name, timestamp, metric_value).`);
    } else yield csvPoint(csvCells(line), columns, where);
  }
}

interface Row {
  counts: SecondCounts;
  histogram: Histogram;
}

/** Adds a counted point into its second's row; true for a page request's answer or failure. */
function record(row: Row, point: K6Point): boolean {
  const { counts } = row;
  if (point.metric === 'dropped_iterations') counts.dropped += point.value;
  else if (point.metric === 'iterations') counts.sent += point.value;
  else {
    counts.completed++;
    const status = Number(point.tags.status ?? 0);
    const error = errorClass(status, Number(point.tags.error_code ?? 0));
    if (error) counts.errors[error]++;
    // A file counts in the error rate, never as a page answered, and its latency is not the page's.
    if (point.tags[K6_TAGS.kind] === 'file') return false;
    if (status > 0) counts.answered++;
    row.histogram.record(Math.max(1, Math.round(point.value * 1_000)));
    return true;
  }
  return false;
}

/** One stream's identity: when it began (its first point of any metric), and the tags naming its run and runner. */
interface Stream {
  file: string;
  start: number;
  instance?: string;
  runners?: string;
  testRun?: string;
}

/** The streams are one run's, each runner once, all there, started together; else why not. */
function sameRun(streams: Stream[]): void {
  const [first] = streams;
  const planned = Number(first!.runners ?? 1);
  if (streams.some((s) => s.instance === undefined)) {
    if (streams.length > 1)
      throw new K6StreamError(`${streams.length} streams without k6-operator's instance_id tag: give one k6 run's stream, or every runner's of one TestRun.`);
    return;
  }
  const byInstance = new Map<string, string>();
  for (const stream of streams) {
    const other = byInstance.get(stream.instance!);
    if (other) throw new K6StreamError(`${stream.file} and ${other} are both runner ${stream.instance} (instance_id): give each runner's stream once.`);
    byInstance.set(stream.instance!, stream.file);
    if (stream.testRun !== first!.testRun)
      throw new K6StreamError(`${stream.file} comes from TestRun ${stream.testRun}, ${first!.file} from ${first!.testRun}: merge one run's streams.`);
    const apart = stream.start - first!.start;
    if (Math.abs(apart) > SAME_K6_RUN_MS)
      throw new K6StreamError(
        `${stream.file} began ${formatDuration(Math.abs(apart))} ${apart > 0 ? 'after' : 'before'} ${first!.file}: the runners of one TestRun start together, so it comes from another run.`,
      );
  }
  const missing = Array.from({ length: planned }, (_, i) => String(i + 1)).filter((i) => !byInstance.has(i));
  if (missing.length > 0)
    throw new K6StreamError(
      `runner ${missing.join(', ')} of ${planned} missing (instance_id): merge needs every runner's stream, as the TestRun's parallelism is ${planned}.`,
    );
}

/**
 * One result from the raw streams of every k6 runner of a run (k6-operator's parallelism), aligned on the clock:
 * second 0 is the earliest point of any of them. The schedule, peak window and budgets are the config's.
 */
export async function resultFromK6(files: string[], settings: LoadSettings): Promise<LoadResult> {
  // Rows by second since the epoch, shifted at the end: one pass, whatever the size of the stream.
  const seconds = new Map<number, Row>();
  const rowAt = (second: number) => seconds.get(second) ?? seconds.set(second, { counts: emptyCounts(), histogram: new Histogram() }).get(second)!;
  const streams: Stream[] = [];
  let [end, pages] = [-Infinity, 0];
  for (const file of files) {
    const stream: Stream = { file, start: Infinity };
    for await (const point of pointsOf(file)) {
      [stream.start, end] = [Math.min(stream.start, point.time), Math.max(end, point.time)];
      stream.instance ??= point.tags[K6_TAGS.instance];
      stream.runners ??= point.tags[K6_TAGS.runners];
      stream.testRun ??= point.tags[K6_TAGS.testRun];
      if (COUNTED.has(point.metric) && record(rowAt(Math.floor(point.time / 1_000)), point)) pages++;
    }
    streams.push(stream);
  }
  if (pages === 0)
    throw new K6StreamError(
      `no page request's http_req_duration point in ${files.join(', ')}: give k6's raw stream (--out json=… or --out csv=…), not its summary.`,
    );
  sameRun(streams);
  const start = Math.min(...streams.map((s) => s.start));
  // What was asked is the schedule's (the k6 script follows it): a run that fell short is judged against the plan,
  // not against what it managed to send. A second of the schedule with no point at all answered nothing.
  const first = Math.floor(start / 1_000);
  const planned = requestedPerSecond(settings.schedule);
  for (let second = 0; second < planned.length; second++) rowAt(first + second);
  for (const [second, { counts }] of seconds) counts.requested = planned[second - first] ?? 0;
  return {
    kind: 'primetime-load-result',
    version: RESULT_VERSION,
    shard: { index: 1, count: 1 },
    engine: 'k6',
    target: settings.target,
    schedule: settings.schedule,
    peak: settings.peak,
    budgets: settings.budgets,
    capped: [],
    startedAt: new Date(start).toISOString(),
    durationMs: end - start + 1,
    workers: files.length,
    site: settings.site,
    timeline: [...seconds]
      .sort(([a], [b]) => a - b)
      .map(([second, { counts, histogram }]) => ({ ...counts, histogram: histogram.toJSON(), second: second - first })),
  };
}
