import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  OUTPUT_FLAGS,
  outputOptionsFrom
} from "./chunk-THO62OJD.js";
import {
  parse
} from "./chunk-OO6PZ7YY.js";
import {
  judgeLoad
} from "./chunk-VEV3YUA3.js";
import {
  presentReport
} from "./chunk-OSNYSVIC.js";
import {
  assembleReport,
  finish
} from "./chunk-HXJPIRXC.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-7FVSUVKW.js";
import {
  loadBuiltinCheck,
  loadConfig
} from "./chunk-WCBQJZDP.js";
import "./chunk-6UAWMSLY.js";
import "./chunk-2C7HXIN7.js";
import {
  buildPlan
} from "./chunk-3YKHSKX6.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-GXG6XADU.js";
import "./chunk-EE3ER6H6.js";
import {
  UsageError
} from "./chunk-5JCOLP2K.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-B4PKGX4Z.js";
import {
  LoadResultSchema,
  MergeError,
  mergeResults
} from "./chunk-H3ZYAL5Y.js";
import "./chunk-35Z2W6AO.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-TCBRV6DQ.js";
import "./chunk-UBLAA3I5.js";
import "./chunk-REAIEUUL.js";
import "./chunk-G2XP52MB.js";
import "./chunk-EIUV5PCV.js";
import "./chunk-4F3PFGD6.js";
import {
  plural
} from "./chunk-4HDGWI6M.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-2CFVLJAK.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";

// src/cli/commands/merge.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
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
  const { values, positionals } = parse(argv, OUTPUT_FLAGS, true);
  if (positionals.length === 0) throw new UsageError("give the shards' result files, or the folders that hold them: primetime merge shards/");
  const started = /* @__PURE__ */ new Date();
  const results = await Promise.all((await resultFiles(positionals, io.cwd)).map((f) => readResult(f, io.cwd)));
  let merged;
  try {
    merged = mergeResults(results);
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(`cannot merge: ${error.message}`);
    throw error;
  }
  const loaded = values.config ? await loadConfig(values.config, io.cwd, io.env) : void 0;
  const plan = loaded ? buildPlan(loaded.config.event) : void 0;
  const { meta } = await loadBuiltinCheck("load");
  const outcome = judgeLoad(merged);
  const check = finish({ id: meta.id, description: meta.description, docs: meta.docs, severity: "error" }, meta, outcome, merged.durationMs, void 0);
  const shown = outputOptionsFrom(values, { out: loaded?.config.report.out ?? "primetime-report", formats: loaded?.config.report.formats ?? ["terminal", "json", "html"] });
  if (!shown.quiet) io.stderr.write(`primetime: merged ${plural(results.length, "shard result")} of ${merged.site}
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
export {
  mergeCommand
};
