import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  renderRunbookIcs,
  renderRunbookMarkdown,
  renderRunbookText,
  renderWarRoomMarkdown,
  renderWarRoomText,
  runbookFor
} from "./chunk-CHZUMQXZ.js";
import "./chunk-VVVPXMTQ.js";
import "./chunk-T3MPKLVN.js";
import {
  loadConfig
} from "./chunk-D43J44T6.js";
import {
  EXIT,
  UsageError
} from "./chunk-5JCOLP2K.js";
import "./chunk-C65WBHE4.js";
import "./chunk-LROFLYEO.js";
import "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import "./chunk-KHW7QP7J.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/cli/commands/runbook.ts
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
async function runbookCommand(argv, io) {
  const { values } = parse(argv, { ics: { type: "string" }, markdown: { type: "string" }, report: { type: "string" } });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const reportFile = path.resolve(io.cwd, values.report ?? loaded.config.report.out, "report.json");
  const last = existsSync(reportFile) ? JSON.parse(await readFile(reportFile, "utf8")) : void 0;
  if (!loaded.config.event.airtime && !loaded.config.runbook)
    throw new UsageError("the run of show is placed relative to airtime: set event.airtime in the config (or write a runbook section with ISO 8601 times).");
  const now = /* @__PURE__ */ new Date();
  const { steps, derived } = runbookFor(loaded, now, last);
  const airtime = loaded.config.event.airtime;
  const { warRoom } = loaded.config;
  io.stdout.write(
    `Run of show: ${loaded.config.event.name}${airtime ? ` \xB7 airtime ${airtime}` : ""}

${renderRunbookText(steps, now, airtime)}${renderWarRoomText(warRoom)}
`
  );
  io.stdout.write(
    `${last ? `States from the report of ${last.finishedAt} (${path.relative(io.cwd, reportFile)}).` : `No report yet (${path.relative(io.cwd, reportFile)}): run primetime check to mark the steps it proves done.`}
`
  );
  if (derived)
    io.stdout.write(
      "These are the steps primetime derives from the enabled checks: add a runbook section to primetime.yml to make it yours (primetime init writes one).\n"
    );
  for (const [flag, file, text] of [
    ["--markdown", values.markdown, () => renderRunbookMarkdown(steps, now, airtime) + renderWarRoomMarkdown(warRoom) + "\n"],
    ["--ics", values.ics, () => renderRunbookIcs(steps, loaded.config.event.name, now, warRoom)]
  ]) {
    if (!file) continue;
    const target = path.resolve(io.cwd, file);
    await writeFile(target, text()).catch((error) => {
      throw new UsageError(`${flag} ${file}: cannot write it (${error.code ?? error.message}).`);
    });
    io.stderr.write(`Wrote ${path.relative(io.cwd, target)}.
`);
  }
  return EXIT.go;
}
export {
  runbookCommand
};
