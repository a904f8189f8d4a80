import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  watchPermissions,
  watchedResources
} from "./chunk-3P2HG4E5.js";
import "./chunk-XEWZKPAK.js";
import {
  parse
} from "./chunk-PDZFRAXD.js";
import "./chunk-AHO7S2CE.js";
import "./chunk-SM2HUKKK.js";
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
import "./chunk-K56BJ7AD.js";
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

// src/aws/policy.ts
function iamPolicy(checks, more = []) {
  const actions = [.../* @__PURE__ */ new Set([...checks.flatMap((c) => c.meta.permissions ?? []), ...more])].sort();
  return { Version: "2012-10-17", Statement: actions.length ? [{ Sid: "PrimetimeReadOnly", Effect: "Allow", Action: actions, Resource: "*" }] : [] };
}

// src/cli/commands/iam-policy.ts
async function iamPolicyCommand(argv, io) {
  const { values } = parse(argv, { only: { type: "string", multiple: true }, skip: { type: "string", multiple: true } });
  const { loaded } = await loadConfigOrRecommended(values.config, io.cwd, io.env);
  const checks = selectChecks(loaded, list(values.only), list(values.skip)).map((s) => s.check);
  const watch = watchPermissions(watchedResources(loaded));
  io.stdout.write(JSON.stringify(iamPolicy(checks, watch), null, 2) + "\n");
  return EXIT.go;
}
export {
  iamPolicyCommand
};
