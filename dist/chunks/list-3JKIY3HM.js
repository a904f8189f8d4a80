import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-OBW7CL74.js";
import {
  loadConfigOrRecommended
} from "./chunk-VKE45FIT.js";
import {
  EXIT
} from "./chunk-5JCOLP2K.js";
import "./chunk-E6KGUHQN.js";
import "./chunk-AWQ5I7IU.js";
import "./chunk-QZDF5RV2.js";
import "./chunk-JCBWU32H.js";
import "./chunk-JAT56SSN.js";
import "./chunk-QL2N4FKT.js";
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
