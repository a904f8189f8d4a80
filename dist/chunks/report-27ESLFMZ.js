import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  TimelineError,
  readTimeline,
  renderAfterShowHtml,
  renderAfterShowMarkdown,
  summarizeWatch
} from "./chunk-PDOJVLU6.js";
import "./chunk-XEWZKPAK.js";
import {
  parse
} from "./chunk-PDZFRAXD.js";
import "./chunk-2YIFXMSJ.js";
import "./chunk-VVVPXMTQ.js";
import {
  loadConfig
} from "./chunk-D43J44T6.js";
import {
  EXIT,
  UsageError
} from "./chunk-5JCOLP2K.js";
import "./chunk-C65WBHE4.js";
import "./chunk-LZIHSDK5.js";
import "./chunk-LROFLYEO.js";
import "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import "./chunk-KHW7QP7J.js";
import "./chunk-QQOOINLC.js";
import "./chunk-DWOR55PJ.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/cli/commands/report.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
async function reportCommand(argv, io) {
  const { values } = parse(argv, { show: { type: "boolean" }, timeline: { type: "string" }, out: { type: "string", short: "o" } });
  if (!values.show) throw new UsageError("give --show: the after-show report, from the timeline primetime watch kept.");
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const file = path.resolve(io.cwd, values.timeline ?? path.join(loaded.config.watch.out, "timeline.jsonl"));
  const shown = path.relative(io.cwd, file);
  const rows = await readTimeline(file, shown, (note) => io.stderr.write(`primetime: ${note}
`)).catch((error) => {
    if (error instanceof TimelineError) throw new UsageError(error.message);
    if (error.code === "ENOENT") throw new UsageError(`no timeline at ${shown}: run primetime watch during the show (or give --timeline).`);
    throw error;
  });
  if (rows.length === 0) throw new UsageError(`${shown} is empty: the watch made no look.`);
  const summary = summarizeWatch(loaded.config.event.name, rows, loaded.config.event.airtime);
  const outDir = path.resolve(io.cwd, values.out ?? loaded.config.watch.out);
  const markdown = renderAfterShowMarkdown(summary);
  await writeFile(path.join(outDir, "after-show.md"), markdown);
  await writeFile(path.join(outDir, "after-show.html"), renderAfterShowHtml(summary));
  io.stdout.write(markdown);
  io.stderr.write(`Wrote ${path.relative(io.cwd, path.join(outDir, "after-show.md"))} and after-show.html.
`);
  return EXIT.go;
}
export {
  reportCommand
};
