import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  selectChecks
} from "./chunk-ZIB7JR6H.js";
import "./chunk-5R2BGNFJ.js";
import {
  list
} from "./chunk-KLMOQB4K.js";
import "./chunk-EE3ER6H6.js";
import "./chunk-4I4NR6DS.js";
import {
  loadConfigOrRecommended
} from "./chunk-D43J44T6.js";
import {
  EXIT
} from "./chunk-5JCOLP2K.js";
import "./chunk-KREMGFCU.js";
import "./chunk-C65WBHE4.js";
import {
  installGroups,
  missingGroups,
  onDemandGroups
} from "./chunk-2W5G6BIE.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-2C7HXIN7.js";
import "./chunk-DIYW534B.js";
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
