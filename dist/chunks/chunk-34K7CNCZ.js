import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-OO6PZ7YY.js";
import {
  parseFailOn,
  runAndReport
} from "./chunk-AY55FQMH.js";
import {
  list
} from "./chunk-KLMOQB4K.js";
import {
  loadConfig
} from "./chunk-V3CCAPRH.js";
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
var RUN_FLAGS = {
  only: { type: "string", multiple: true },
  skip: { type: "string", multiple: true },
  format: { type: "string" },
  out: { type: "string", short: "o" }
};
function runOptionsFrom(values, loaded) {
  return {
    outDir: values.out ?? loaded.config.report.out,
    formats: parseFormats(values.format, loaded.config.report.formats),
    only: list(values.only),
    skip: list(values.skip),
    verbose: values.verbose
  };
}
async function checkCommand(argv, io) {
  const { values } = parse(argv, { ...RUN_FLAGS, "fail-on": { type: "string" } });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  return (await runAndReport({ loaded, io, ...runOptionsFrom(values, loaded), failOn: parseFailOn(values["fail-on"]) })).exitCode;
}

export {
  FORMATS,
  parseFormats,
  RUN_FLAGS,
  runOptionsFrom,
  checkCommand
};
