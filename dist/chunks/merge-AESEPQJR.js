import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  OUTPUT_FLAGS,
  outputOptionsFrom
} from "./chunk-KWPXU5IY.js";
import {
  parse
} from "./chunk-ASTO3WCX.js";
import {
  judgeLoad
} from "./chunk-Q37ZODCA.js";
import {
  loadInputs,
  resolveLoadSettings
} from "./chunk-5IKBLYBO.js";
import {
  presentReport
} from "./chunk-BTCEGEBC.js";
import "./chunk-AOJJASOP.js";
import "./chunk-YFO52K2B.js";
import "./chunk-EEM5ON2X.js";
import "./chunk-BS2EFUJS.js";
import {
  assembleReport,
  finish
} from "./chunk-7ZGTWIFA.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-5DILKYNR.js";
import "./chunk-AKCM3LXW.js";
import {
  loadBuiltinCheck,
  loadConfig
} from "./chunk-LC345LO5.js";
import "./chunk-BJDSE63I.js";
import "./chunk-2C7HXIN7.js";
import {
  buildPlan
} from "./chunk-3YKHSKX6.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-AFBGHGHA.js";
import "./chunk-EE3ER6H6.js";
import {
  UsageError
} from "./chunk-5JCOLP2K.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-XPF4HFRX.js";
import {
  Histogram,
  LoadResultSchema,
  MergeError,
  RESULT_VERSION,
  emptyCounts,
  mergeResults
} from "./chunk-H3ZYAL5Y.js";
import "./chunk-VPNDTBFQ.js";
import {
  requestedPerSecond
} from "./chunk-35Z2W6AO.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-M7RBXVCL.js";
import "./chunk-D3JRSC5Z.js";
import "./chunk-REAIEUUL.js";
import "./chunk-6W3QMVYH.js";
import "./chunk-WNC67Y56.js";
import "./chunk-JCBWU32H.js";
import {
  plural
} from "./chunk-A4IQABW7.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-4X7KNQ4N.js";
import "./chunk-UIC6HRKK.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";

// src/cli/commands/merge.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

// src/load/k6-stream.ts
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
var K6StreamError = class extends Error {
};
function errorClass(status, errorCode) {
  if (status >= 500) return "5xx";
  if (status >= 400) return "4xx";
  if (status > 0) return void 0;
  if (errorCode === 1050 || errorCode === 1211) return "timeout";
  if (errorCode === 1212) return "refused";
  if (errorCode === 1220) return "reset";
  return "other";
}
var WANTED = /* @__PURE__ */ new Set(["http_req_duration", "iterations", "dropped_iterations"]);
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
  if (entry.type !== "Point" || !WANTED.has(entry.metric ?? "")) return void 0;
  const time = Date.parse(entry.data?.time ?? "");
  if (!Number.isFinite(time) || typeof entry.data?.value !== "number") throw new K6StreamError(`${where}: a k6 point without a time or a value.`);
  const tags = entry.data.tags ?? {};
  return { metric: entry.metric, time, value: entry.data.value, status: Number(tags.status ?? 0), errorCode: Number(tags.error_code ?? 0) };
}
function csvPoint(cells, columns, where) {
  const cell = (name) => cells[columns.indexOf(name)] ?? "";
  const metric = cell("metric_name");
  if (!WANTED.has(metric)) return void 0;
  const raw = cell("timestamp");
  const numeric = Number(raw);
  const time = Number.isFinite(numeric) ? numeric < 1e11 ? numeric * 1e3 : numeric < 1e14 ? numeric : numeric / 1e3 : Date.parse(raw);
  const value = Number(cell("metric_value"));
  if (!Number.isFinite(time) || !Number.isFinite(value)) throw new K6StreamError(`${where}: a k6 row without a time or a value.`);
  return { metric, time, value, status: Number(cell("status") || 0), errorCode: Number(cell("error_code") || 0) };
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
      const point2 = jsonPoint(line, where);
      if (point2) yield point2;
      continue;
    }
    const cells = line.split(",");
    if (!columns) {
      if (!["metric_name", "timestamp", "metric_value"].every((c) => cells.includes(c)))
        throw new K6StreamError(`${file}: neither k6's --out json nor its --out csv (whose header names metric_name, timestamp, metric_value).`);
      columns = cells;
      continue;
    }
    const point = csvPoint(cells, columns, where);
    if (point) yield point;
  }
}
async function resultFromK6(files, settings) {
  const seconds = /* @__PURE__ */ new Map();
  let [start, end, requests] = [Infinity, -Infinity, 0];
  for (const file of files)
    for await (const point of pointsOf(file)) {
      [start, end] = [Math.min(start, point.time), Math.max(end, point.time)];
      const second = Math.floor(point.time / 1e3);
      let row = seconds.get(second);
      if (!row) seconds.set(second, row = { counts: emptyCounts(), histogram: new Histogram() });
      const { counts } = row;
      if (point.metric === "dropped_iterations") counts.dropped += point.value;
      else if (point.metric === "iterations") counts.sent += point.value;
      else {
        requests++;
        counts.completed++;
        if (point.status > 0) counts.answered++;
        const error = errorClass(point.status, point.errorCode);
        if (error) counts.errors[error]++;
        row.histogram.record(Math.max(1, Math.round(point.value * 1e3)));
      }
    }
  if (requests === 0)
    throw new K6StreamError(`no http_req_duration point in ${files.join(", ")}: give k6's raw stream (--out json=\u2026 or --out csv=\u2026), not its summary.`);
  const first = Math.floor(start / 1e3);
  const planned = requestedPerSecond(settings.schedule);
  for (let second = 0; second < planned.length; second++)
    if (!seconds.has(first + second)) seconds.set(first + second, { counts: emptyCounts(), histogram: new Histogram() });
  for (const [second, { counts }] of seconds) counts.requested = planned[second - first] ?? 0;
  return {
    kind: "primetime-load-result",
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
    timeline: [...seconds].sort(([a], [b]) => a - b).map(([second, { counts, histogram }]) => ({ ...counts, histogram: histogram.toJSON(), second: second - first }))
  };
}

// src/cli/commands/merge.ts
var RESULT_FILE = /^result-\d+-of-\d+\.json$/;
async function resultFiles(paths, cwd) {
  const files = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => void 0);
    if (!info) throw new UsageError(`${given}: no such file or folder.`);
    if (info.isFile()) files.push(absolute);
    else {
      const found = (await readdir(absolute, { recursive: true })).filter((f) => RESULT_FILE.test(path.basename(f)));
      if (found.length === 0) throw new UsageError(`${given}: no result-i-of-N.json file in this folder.`);
      files.push(...found.map((f) => path.join(absolute, f)));
    }
  }
  return files;
}
async function readResult(file, cwd) {
  const name = path.relative(cwd, file) || file;
  let raw;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`${name}: not a JSON file (${error.message}).`);
  }
  const parsed = LoadResultSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${name}: not a primetime load result (${issue.path.join(".") || "root"}: ${issue.message}).`);
  }
  return { file: name, result: parsed.data };
}
async function mergeCommand(argv, io) {
  const { values, positionals } = parse(argv, { ...OUTPUT_FLAGS, k6: { type: "boolean" } }, true);
  if (positionals.length === 0)
    throw new UsageError("give the shards' result files, or the folders that hold them: primetime merge shards/ (or k6's raw streams with --k6)");
  const started = /* @__PURE__ */ new Date();
  const loaded = values.config || values.k6 ? await loadConfig(values.config, io.cwd, io.env) : void 0;
  const { merged, sources } = values.k6 ? await fromK6(positionals, loaded, io) : await mergeShards(positionals, io);
  const plan = loaded ? buildPlan(loaded.config.event) : void 0;
  const { meta } = await loadBuiltinCheck("load");
  const outcome = judgeLoad(merged);
  const check = finish({ id: meta.id, description: meta.description, docs: meta.docs, severity: "error" }, meta, outcome, merged.durationMs, void 0);
  const shown = outputOptionsFrom(values, {
    out: loaded?.config.report.out ?? "primetime-report",
    formats: loaded?.config.report.formats ?? ["terminal", "json", "html"]
  });
  if (!shown.quiet) io.stderr.write(`primetime: merged ${plural(sources, values.k6 ? "k6 stream" : "shard result")} of ${merged.site}
`);
  const report = assembleReport([check], {
    started,
    finished: /* @__PURE__ */ new Date(),
    event: { name: loaded?.config.event.name ?? `Load shot on ${merged.site}`, airtime: loaded?.config.event.airtime },
    site: { baseUrl: merged.site },
    plan: { figures: plan?.figures ?? [], notes: plan?.notes ?? [] },
    failOn: "error",
    incomplete: false,
    simulated: []
  });
  return (await presentReport(report, io, shown.outDir, shown.formats, shown)).exitCode;
}
async function mergeShards(paths, io) {
  const results = await Promise.all((await resultFiles(paths, io.cwd)).map((f) => readResult(f, io.cwd)));
  try {
    return { merged: mergeResults(results), sources: results.length };
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(`cannot merge: ${error.message}`);
    throw error;
  }
}
async function fromK6(paths, loaded, io) {
  const settings = resolveLoadSettings(loaded.file, loadInputs(loaded.config), buildPlan(loaded.config.event));
  try {
    const merged = await resultFromK6(
      paths.map((p) => path.resolve(io.cwd, p)),
      settings
    );
    return { merged, sources: paths.length };
  } catch (error) {
    if (error instanceof K6StreamError) throw new UsageError(error.message);
    if (error.code === "ENOENT") throw new UsageError(`${error.path}: no such file.`);
    throw error;
  }
}
export {
  mergeCommand
};
