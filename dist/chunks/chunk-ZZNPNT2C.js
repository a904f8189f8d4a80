import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  parseFailOn,
  reportToGithub,
  runAndReport
} from "./chunk-BMPNUGUQ.js";
import {
  runbookSection
} from "./chunk-CHZUMQXZ.js";
import {
  list
} from "./chunk-KLMOQB4K.js";
import {
  loadConfig
} from "./chunk-D43J44T6.js";
import {
  UsageError
} from "./chunk-5JCOLP2K.js";

// src/cli/commands/check.ts
var FORMATS = ["terminal", "json", "html", "markdown", "junit"];
function parseFormats(value, fallback) {
  const formats = value === void 0 ? fallback : list(value);
  const unknown = formats.filter((f) => !FORMATS.includes(f));
  if (unknown.length > 0) throw new UsageError(`unknown format ${unknown.join(", ")}: choose from ${FORMATS.join(", ")}.`);
  return formats;
}
var OUTPUT_FLAGS = {
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  out: { type: "string", short: "o" },
  format: { type: "string" }
};
var RUN_FLAGS = {
  ...OUTPUT_FLAGS,
  only: { type: "string", multiple: true },
  skip: { type: "string", multiple: true }
};
function outputOptionsFrom(values, fallback) {
  if (values.out === "-") throw new UsageError("--out takes a folder; to write the JSON report to stdout, use --json.");
  return {
    outDir: values.out ?? fallback.out,
    outChosen: values.out !== void 0,
    formats: parseFormats(values.format, fallback.formats),
    json: values.json,
    quiet: values.quiet
  };
}
function runOptionsFrom(values, loaded) {
  return {
    ...outputOptionsFrom(values, loaded.config.report),
    only: list(values.only),
    skip: list(values.skip),
    verbose: values.verbose
  };
}
async function checkCommand(argv, io) {
  const { values } = parse(argv, { ...RUN_FLAGS, "fail-on": { type: "string" } });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const options = runOptionsFrom(values, loaded);
  const { report, written, exitCode } = await runAndReport({ loaded, io, ...options, failOn: parseFailOn(values["fail-on"]) });
  await reportToGithub(report, io, written, options.json ? io.stderr : io.stdout, runbookSection(loaded, report));
  return exitCode;
}

export {
  FORMATS,
  parseFormats,
  OUTPUT_FLAGS,
  RUN_FLAGS,
  outputOptionsFrom,
  runOptionsFrom,
  checkCommand
};
