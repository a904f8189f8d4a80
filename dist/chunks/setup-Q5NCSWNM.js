import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-OBW7CL74.js";
import {
  selectChecks
} from "./chunk-MAAKR2LR.js";
import {
  list
} from "./chunk-KLMOQB4K.js";
import "./chunk-5R2BGNFJ.js";
import "./chunk-724RYSCV.js";
import {
  loadConfigOrRecommended
} from "./chunk-VKE45FIT.js";
import "./chunk-32VRUNZY.js";
import {
  installGroups,
  missingGroups,
  onDemandGroups
} from "./chunk-BJDSE63I.js";
import "./chunk-2C7HXIN7.js";
import "./chunk-3RHL2PKT.js";
import "./chunk-D3JRSC5Z.js";
import "./chunk-REAIEUUL.js";
import "./chunk-FTILTXDE.js";
import "./chunk-EE3ER6H6.js";
import {
  EXIT
} from "./chunk-5JCOLP2K.js";
import "./chunk-E6KGUHQN.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-AWQ5I7IU.js";
import "./chunk-QZDF5RV2.js";
import "./chunk-JCBWU32H.js";
import "./chunk-JAT56SSN.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-6GKUKR3T.js";
import "./chunk-MNWXBWNB.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/cli/commands/setup.ts
async function setupCommand(argv, io) {
  const { values } = parse(argv, { checks: { type: "string", multiple: true } });
  const named = list(values.checks);
  const { loaded, found } = await loadConfigOrRecommended(values.config, io.cwd, io.env);
  const packages = named.length > 0 || found ? selectChecks(loaded, named).flatMap(({ check }) => check.meta.packages ?? []) : onDemandGroups(io.env).flatMap((group) => group.packages);
  const missing = missingGroups(packages, io.env);
  await installGroups(missing, (line) => io.stderr.write(line + "\n"), io.env);
  const wanted = onDemandGroups(io.env).filter((group) => group.packages.some((name) => packages.includes(name)));
  for (const group of wanted)
    io.stdout.write(`${group.name}: ${missing.some((m) => m.name === group.name) ? "installed" : "already there"} (${group.packages.join(", ")})
`);
  if (wanted.length === 0) io.stdout.write("Nothing to install: the selected checks load no heavy package.\n");
  return EXIT.go;
}
export {
  setupCommand
};
