import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  findConfigFile,
  loadConfig,
  resolveConfig
} from "./chunk-JBZK54L5.js";
import {
  EXIT,
  parse
} from "./chunk-3I2ZA3OJ.js";
import "./chunk-EPYZZOLA.js";
import "./chunk-3GMY742K.js";
import "./chunk-5VS2FEJU.js";

// src/cli/commands/list.ts
import { existsSync } from "node:fs";
async function listCommand(argv, io) {
  const { values } = parse(argv, {});
  const file = values.config ?? findConfigFile(io.cwd);
  const loaded = file && (values.config || existsSync(file)) ? await loadConfig(file, io.cwd, io.env) : await resolveConfig({ event: { name: "placeholder", audience: 1, reach: 1 }, site: { baseUrl: "https://example.invalid" } }, { file: "(recommended)" });
  const width = Math.max(...loaded.checks.map((c) => c.check.meta.id.length));
  io.stdout.write(`Checks (${file ? loaded.file : "recommended severities; no config found"}):

`);
  for (const { check, severity } of loaded.checks) {
    io.stdout.write(
      `  ${check.meta.id.padEnd(width)}  ${severity.padEnd(5)}  needs ${check.meta.requires.join(", ") || "nothing"}${check.meta.exclusive ? ", runs alone" : ""}
  ${" ".repeat(width)}  ${check.meta.title}
`
    );
  }
  return EXIT.go;
}
export {
  listCommand
};
