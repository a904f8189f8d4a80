import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parseFormats
} from "./chunk-ZZNPNT2C.js";
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  loadSection,
  parseShard
} from "./chunk-P6USQ76O.js";
import {
  runAndReport
} from "./chunk-BMPNUGUQ.js";
import "./chunk-4JQKFVNU.js";
import "./chunk-2YIFXMSJ.js";
import "./chunk-CHZUMQXZ.js";
import "./chunk-VVVPXMTQ.js";
import "./chunk-AFBGHGHA.js";
import "./chunk-T3MPKLVN.js";
import "./chunk-ZIB7JR6H.js";
import "./chunk-5R2BGNFJ.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-EE3ER6H6.js";
import "./chunk-4I4NR6DS.js";
import {
  loadConfig
} from "./chunk-D43J44T6.js";
import {
  UsageError
} from "./chunk-5JCOLP2K.js";
import "./chunk-KREMGFCU.js";
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
import "./chunk-KHW7QP7J.js";
import "./chunk-VPNDTBFQ.js";
import "./chunk-35Z2W6AO.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-QQOOINLC.js";
import "./chunk-DWOR55PJ.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/cli/commands/load.ts
import path from "node:path";
async function loadCommand(argv, io) {
  const { values } = parse(argv, {
    shard: { type: "string" },
    "start-at": { type: "string" },
    "run-id": { type: "string" },
    format: { type: "string" },
    out: { type: "string", short: "o" }
  });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const load = loadSection(loaded.file, loaded.config);
  if (values.shard !== void 0) {
    const shard = parseShard(values.shard);
    if (typeof shard === "string") throw new UsageError(`--shard: ${shard}.`);
    load.shard = values.shard;
  }
  if (values["start-at"] !== void 0) {
    const at = Date.parse(values["start-at"]);
    if (Number.isNaN(at) || !/T/.test(values["start-at"]))
      throw new UsageError(`--start-at takes an ISO date and time such as 2027-03-11T20:30:00Z, not "${values["start-at"]}".`);
    load.startAt = new Date(at).toISOString();
  }
  load.runId = values["run-id"] ?? load.runId ?? runIdFrom(io.env);
  const outcome = await runAndReport({
    loaded,
    io,
    outDir: values.out ?? loaded.config.report.out,
    outChosen: values.out !== void 0,
    formats: parseFormats(values.format, loaded.config.report.formats),
    only: ["load"],
    verbose: values.verbose
  });
  const data = outcome.report.checks[0]?.artifacts.find((a) => a.kind === "data");
  if (data && load.shard)
    io.stderr.write(`Shard result: ${path.relative(io.cwd, path.join(outcome.folder, data.path))} (primetime merge combines the shards' results)
`);
  return outcome.exitCode;
}
function runIdFrom(env) {
  if (env.PRIMETIME_RUN_ID) return env.PRIMETIME_RUN_ID;
  return env.GITHUB_RUN_ID ? `github-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}` : void 0;
}
export {
  loadCommand
};
