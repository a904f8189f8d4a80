import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  Histogram,
  RESULT_VERSION,
  emptyCounts
} from "./chunk-AAKWNOJ2.js";
import {
  requestedPerSecond
} from "./chunk-35Z2W6AO.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/load/k6-stream.ts
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
var K6StreamError = class extends Error {
};
var K6_TAGS = { kind: "primetime", runners: "primetime_runners", instance: "instance_id", testRun: "testrun_name" };
var SAME_K6_RUN_MS = 5e3;
function errorClass(status, errorCode) {
  if (status >= 500) return "5xx";
  if (status >= 400) return "4xx";
  if (status > 0) return void 0;
  if (errorCode === 1050 || errorCode === 1211) return "timeout";
  if (errorCode === 1212) return "refused";
  if (errorCode === 1220) return "reset";
  return "other";
}
var COUNTED = /* @__PURE__ */ new Set(["http_req_duration", "iterations", "dropped_iterations"]);
function lines(file) {
  let input = createReadStream(file);
  if (file.endsWith(".gz")) input = input.pipe(createGunzip());
  return createInterface({ input, crlfDelay: Infinity });
}
function jsonPoint(line, where) {
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    throw new K6StreamError(`${where}: not a line of k6's --out json (not JSON).`);
  }
  if (entry.type !== "Point") return void 0;
  const time = Date.parse(entry.data?.time ?? "");
  if (!Number.isFinite(time) || typeof entry.data?.value !== "number") throw new K6StreamError(`${where}: a k6 point without a time or a value.`);
  return { metric: entry.metric ?? "", time, value: entry.data.value, tags: entry.data.tags ?? {} };
}
function csvCells(line) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
function csvTime(raw) {
  if (!/^\d+(\.\d+)?$/.test(raw.trim())) return Date.parse(raw);
  const n = Number(raw);
  return n < 1e11 ? n * 1e3 : n < 1e14 ? n : n < 1e17 ? n / 1e3 : n / 1e6;
}
function csvPoint(cells, columns, where) {
  const cell = (name) => cells[columns.indexOf(name)] ?? "";
  const time = csvTime(cell("timestamp"));
  const value = Number(cell("metric_value"));
  if (!Number.isFinite(time) || !Number.isFinite(value)) throw new K6StreamError(`${where}: a k6 row without a time or a value.`);
  const tags = Object.fromEntries(new URLSearchParams(cell("extra_tags")));
  for (const name of ["status", "error_code"]) if (cell(name)) tags[name] = cell(name);
  return { metric: cell("metric_name"), time, value, tags };
}
async function* pointsOf(file) {
  let columns;
  let json;
  let number = 0;
  for await (const line of lines(file)) {
    number++;
    if (!line.trim()) continue;
    const where = `${file}:${number}`;
    json ??= line.startsWith("{");
    if (json) {
      const point = jsonPoint(line, where);
      if (point) yield point;
    } else if (!columns) {
      columns = csvCells(line);
      if (!["metric_name", "timestamp", "metric_value"].every((c) => columns.includes(c)))
        throw new K6StreamError(`${file}: neither k6's --out json nor its --out csv (whose header names metric_name, timestamp, metric_value).`);
    } else yield csvPoint(csvCells(line), columns, where);
  }
}
function record(row, point) {
  const { counts } = row;
  if (point.metric === "dropped_iterations") counts.dropped += point.value;
  else if (point.metric === "iterations") counts.sent += point.value;
  else {
    counts.completed++;
    const status = Number(point.tags.status ?? 0);
    const error = errorClass(status, Number(point.tags.error_code ?? 0));
    if (error) counts.errors[error]++;
    if (point.tags[K6_TAGS.kind] === "file") return false;
    if (status > 0) counts.answered++;
    row.histogram.record(Math.max(1, Math.round(point.value * 1e3)));
    return true;
  }
  return false;
}
function sameRun(streams) {
  const [first] = streams;
  const planned = Number(first.runners ?? 1);
  if (streams.some((s) => s.instance === void 0)) {
    if (streams.length > 1)
      throw new K6StreamError(`${streams.length} streams without k6-operator's instance_id tag: give one k6 run's stream, or every runner's of one TestRun.`);
    return;
  }
  const byInstance = /* @__PURE__ */ new Map();
  for (const stream of streams) {
    const other = byInstance.get(stream.instance);
    if (other) throw new K6StreamError(`${stream.file} and ${other} are both runner ${stream.instance} (instance_id): give each runner's stream once.`);
    byInstance.set(stream.instance, stream.file);
    if (stream.testRun !== first.testRun)
      throw new K6StreamError(`${stream.file} comes from TestRun ${stream.testRun}, ${first.file} from ${first.testRun}: merge one run's streams.`);
    const apart = stream.start - first.start;
    if (Math.abs(apart) > SAME_K6_RUN_MS)
      throw new K6StreamError(
        `${stream.file} began ${formatDuration(Math.abs(apart))} ${apart > 0 ? "after" : "before"} ${first.file}: the runners of one TestRun start together, so it comes from another run.`
      );
  }
  const missing = Array.from({ length: planned }, (_, i) => String(i + 1)).filter((i) => !byInstance.has(i));
  if (missing.length > 0)
    throw new K6StreamError(
      `runner ${missing.join(", ")} of ${planned} missing (instance_id): merge needs every runner's stream, as the TestRun's parallelism is ${planned}.`
    );
}
async function resultFromK6(files, settings) {
  const seconds = /* @__PURE__ */ new Map();
  const rowAt = (second) => seconds.get(second) ?? seconds.set(second, { counts: emptyCounts(), histogram: new Histogram() }).get(second);
  const streams = [];
  let [end, pages] = [-Infinity, 0];
  for (const file of files) {
    const stream = { file, start: Infinity };
    for await (const point of pointsOf(file)) {
      [stream.start, end] = [Math.min(stream.start, point.time), Math.max(end, point.time)];
      stream.instance ??= point.tags[K6_TAGS.instance];
      stream.runners ??= point.tags[K6_TAGS.runners];
      stream.testRun ??= point.tags[K6_TAGS.testRun];
      if (COUNTED.has(point.metric) && record(rowAt(Math.floor(point.time / 1e3)), point)) pages++;
    }
    streams.push(stream);
  }
  if (pages === 0)
    throw new K6StreamError(
      `no page request's http_req_duration point in ${files.join(", ")}: give k6's raw stream (--out json=\u2026 or --out csv=\u2026), not its summary.`
    );
  sameRun(streams);
  const start = Math.min(...streams.map((s) => s.start));
  const first = Math.floor(start / 1e3);
  const planned = requestedPerSecond(settings.schedule);
  for (let second = 0; second < planned.length; second++) rowAt(first + second);
  for (const [second, { counts }] of seconds) counts.requested = planned[second - first] ?? 0;
  return {
    kind: "primetime-load-result",
    version: RESULT_VERSION,
    shard: { index: 1, count: 1 },
    engine: "k6",
    target: settings.target,
    schedule: settings.schedule,
    peak: settings.peak,
    budgets: settings.budgets,
    capped: [],
    startedAt: new Date(start).toISOString(),
    durationMs: end - start + 1,
    workers: files.length,
    site: settings.site,
    timeline: [...seconds].sort(([a], [b]) => a - b).map(([second, { counts, histogram }]) => ({ ...counts, histogram: histogram.toJSON(), second: second - first }))
  };
}

export {
  K6StreamError,
  K6_TAGS,
  resultFromK6
};
