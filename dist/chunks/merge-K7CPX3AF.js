import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  K6StreamError,
  resultFromK6
} from "./chunk-4VCM7T7K.js";
import {
  OUTPUT_FLAGS,
  outputOptionsFrom
} from "./chunk-ZZNPNT2C.js";
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  judgeLoad
} from "./chunk-ZZXVN5LC.js";
import {
  loadInputs,
  resolveWholeShot
} from "./chunk-P6USQ76O.js";
import {
  presentReport
} from "./chunk-BMPNUGUQ.js";
import "./chunk-4JQKFVNU.js";
import "./chunk-2YIFXMSJ.js";
import "./chunk-CHZUMQXZ.js";
import "./chunk-VVVPXMTQ.js";
import "./chunk-AFBGHGHA.js";
import "./chunk-T3MPKLVN.js";
import {
  assembleReport,
  finish
} from "./chunk-ZIB7JR6H.js";
import "./chunk-5R2BGNFJ.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-EE3ER6H6.js";
import "./chunk-4I4NR6DS.js";
import {
  loadBuiltinCheck,
  loadConfig
} from "./chunk-D43J44T6.js";
import {
  UsageError
} from "./chunk-5JCOLP2K.js";
import {
  buildPlan
} from "./chunk-KREMGFCU.js";
import "./chunk-C65WBHE4.js";
import "./chunk-2W5G6BIE.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-2C7HXIN7.js";
import "./chunk-DIYW534B.js";
import "./chunk-LZIHSDK5.js";
import "./chunk-D3JRSC5Z.js";
import "./chunk-REAIEUUL.js";
import "./chunk-FTILTXDE.js";
import "./chunk-LROFLYEO.js";
import "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import {
  plural
} from "./chunk-KHW7QP7J.js";
import {
  LoadResultSchema,
  MergeError,
  mergeResults
} from "./chunk-AAKWNOJ2.js";
import "./chunk-VPNDTBFQ.js";
import "./chunk-35Z2W6AO.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-QQOOINLC.js";
import "./chunk-DWOR55PJ.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
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
  const { values, positionals } = parse(argv, { ...OUTPUT_FLAGS, k6: { type: "boolean" } }, true);
  if (positionals.length === 0)
    throw new UsageError("give the shards' result files, or the folders that hold them: primetime merge shards/ (or k6's raw streams with --k6)");
  const started = /* @__PURE__ */ new Date();
  const loaded = values.config || values.k6 ? await loadConfig(values.config, io.cwd, io.env, { keepUnset: true }) : void 0;
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
  const settings = resolveWholeShot(loaded.file, loadInputs(loaded.config), buildPlan(loaded.config.event));
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
