/**
 * A k6 run judged by primetime: k6's raw metric stream (`--out json=…` or `--out csv=…`, gzipped or not, one point
 * per request), never its end-of-test summary, whose percentiles cannot be added up. Each request's
 * `http_req_duration` point goes into the second it is stamped with, in that second's histogram, exactly as
 * `primetime load` records its own requests; the verdict over the peak window is then primetime's.
 *
 * What was asked of each second is the config's schedule, which the exported k6 script follows: a run that fell
 * short is judged against the plan. What k6 does not record is left out rather than guessed: the send lag (k6 has
 * no intended start per request). Its `iterations` count as sent, its `dropped_iterations` as arrivals dropped.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Histogram } from './histogram.js';
import { emptyCounts, RESULT_VERSION, type ErrorClass, type LoadResult, type SecondCounts } from './result.js';
import { requestedPerSecond } from './schedule.js';
import type { LoadSettings } from './settings.js';

export class K6StreamError extends Error {}

interface K6Point {
  metric: string;
  /** ms since the epoch. */
  time: number;
  value: number;
  status: number;
  errorCode: number;
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

const WANTED = new Set(['http_req_duration', 'iterations', 'dropped_iterations']);

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
  if (entry.type !== 'Point' || !WANTED.has(entry.metric ?? '')) return undefined;
  const time = Date.parse(entry.data?.time ?? '');
  if (!Number.isFinite(time) || typeof entry.data?.value !== 'number') throw new K6StreamError(`${where}: a k6 point without a time or a value.`);
  const tags = entry.data.tags ?? {};
  return { metric: entry.metric!, time, value: entry.data.value, status: Number(tags.status ?? 0), errorCode: Number(tags.error_code ?? 0) };
}

/** A `--out csv` row, read through its header; the timestamp in s, ms or µs (K6_CSV_TIME_FORMAT) or RFC 3339. */
function csvPoint(cells: string[], columns: string[], where: string): K6Point | undefined {
  const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
  const metric = cell('metric_name');
  if (!WANTED.has(metric)) return undefined;
  const raw = cell('timestamp');
  const numeric = Number(raw);
  // Seconds, milliseconds or microseconds since the epoch, told apart by size; otherwise RFC 3339.
  const time = Number.isFinite(numeric) ? (numeric < 1e11 ? numeric * 1_000 : numeric < 1e14 ? numeric : numeric / 1_000) : Date.parse(raw);
  const value = Number(cell('metric_value'));
  if (!Number.isFinite(time) || !Number.isFinite(value)) throw new K6StreamError(`${where}: a k6 row without a time or a value.`);
  return { metric, time, value, status: Number(cell('status') || 0), errorCode: Number(cell('error_code') || 0) };
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
      continue;
    }
    // k6 quotes none of the columns read here (metric, time, value, status, error code): a plain split is exact.
    const cells = line.split(',');
    if (!columns) {
      if (!['metric_name', 'timestamp', 'metric_value'].every((c) => cells.includes(c)))
        throw new K6StreamError(`${file}: neither k6's --out json nor its --out csv (whose header names metric_name, timestamp, metric_value).`);
      columns = cells;
      continue;
    }
    const point = csvPoint(cells, columns, where);
    if (point) yield point;
  }
}

/**
 * One result from the raw streams of every k6 runner of a run (k6-operator's parallelism), aligned on the clock:
 * second 0 is the earliest point of any of them. The schedule, peak window and budgets are the config's.
 */
export async function resultFromK6(files: string[], settings: LoadSettings): Promise<LoadResult> {
  // Rows by second since the epoch, shifted at the end: one pass, whatever the size of the stream.
  const seconds = new Map<number, { counts: SecondCounts; histogram: Histogram }>();
  let [start, end, requests] = [Infinity, -Infinity, 0];
  for (const file of files)
    for await (const point of pointsOf(file)) {
      [start, end] = [Math.min(start, point.time), Math.max(end, point.time)];
      const second = Math.floor(point.time / 1_000);
      let row = seconds.get(second);
      if (!row) seconds.set(second, (row = { counts: emptyCounts(), histogram: new Histogram() }));
      const { counts } = row;
      if (point.metric === 'dropped_iterations') counts.dropped += point.value;
      else if (point.metric === 'iterations') counts.sent += point.value;
      else {
        requests++;
        counts.completed++;
        if (point.status > 0) counts.answered++;
        const error = errorClass(point.status, point.errorCode);
        if (error) counts.errors[error]++;
        row.histogram.record(Math.max(1, Math.round(point.value * 1_000)));
      }
    }
  if (requests === 0)
    throw new K6StreamError(`no http_req_duration point in ${files.join(', ')}: give k6's raw stream (--out json=… or --out csv=…), not its summary.`);
  // What was asked is the schedule's (the k6 script follows it): a run that fell short is judged against the plan,
  // not against what it managed to send. A second of the schedule with no point at all answered nothing.
  const first = Math.floor(start / 1_000);
  const planned = requestedPerSecond(settings.schedule);
  for (let second = 0; second < planned.length; second++)
    if (!seconds.has(first + second)) seconds.set(first + second, { counts: emptyCounts(), histogram: new Histogram() });
  for (const [second, { counts }] of seconds) counts.requested = planned[second - first] ?? 0;
  return {
    kind: 'primetime-load-result',
    version: RESULT_VERSION,
    shard: { index: 1, count: 1 },
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
