import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  loadConfigOrRecommended
} from "./chunk-D43J44T6.js";
import {
  EXIT
} from "./chunk-5JCOLP2K.js";
import "./chunk-C65WBHE4.js";
import "./chunk-LROFLYEO.js";
import "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import "./chunk-KHW7QP7J.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/cli/commands/list.ts
async function listCommand(argv, io) {
  const { values } = parse(argv, {});
  const { loaded, found } = await loadConfigOrRecommended(values.config, io.cwd, io.env);
  const width = Math.max(...loaded.checks.map((c) => c.check.meta.id.length));
  io.stdout.write(`Checks (${found ? loaded.file : "recommended severities; no config found"}):

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
