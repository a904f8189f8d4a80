import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parseFormats
} from "./chunk-ZZNPNT2C.js";
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  writeWordsFile
} from "./chunk-GJSBYY5C.js";
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
  EXIT
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
import "./chunk-GL2DH5J2.js";
import "./chunk-QQOOINLC.js";
import "./chunk-DWOR55PJ.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/cli/commands/spelling.ts
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
async function spellingCommand(argv, io) {
  const { values } = parse(argv, { baseline: { type: "boolean" }, format: { type: "string" }, out: { type: "string", short: "o" } });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const scratch = values.baseline && values.out === void 0 ? await mkdtemp(path.join(os.tmpdir(), "primetime-baseline-")) : void 0;
  try {
    const outcome = await runAndReport({
      loaded,
      io,
      outDir: scratch ?? values.out ?? loaded.config.report.out,
      outChosen: values.out !== void 0 || scratch !== void 0,
      formats: scratch ? ["terminal"] : parseFormats(values.format, loaded.config.report.formats),
      only: ["spelling"],
      verbose: values.verbose
    });
    return values.baseline ? await writeBaseline(outcome, io) : outcome.exitCode;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
async function writeBaseline({ report, folder }, io) {
  const check = report.checks.find((c) => c.id === "spelling");
  const data = check.artifacts.find((a) => a.kind === "data");
  if (!data || check.status === "error" || check.status === "not-run") {
    io.stderr.write(`primetime: no baseline written: the spelling check could not read the site (${check.summary})
`);
    return EXIT.toolError;
  }
  const { wordsFile, groups } = JSON.parse(await readFile(path.join(folder, data.path), "utf8"));
  const existing = existsSync(wordsFile) ? await readFile(wordsFile, "utf8") : void 0;
  const written = await writeWordsFile(wordsFile, groups, existing);
  io.stderr.write(
    `Baseline: ${written.unknown} unknown words and ${written.typos} likely typos added to ${path.relative(io.cwd, wordsFile) || wordsFile}. Review it once (fix the typos on the site rather than keep them); later runs flag only new words.
`
  );
  return EXIT.go;
}
export {
  spellingCommand
};
