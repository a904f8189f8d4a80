import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  selectChecks
} from "./chunk-F66LQZS7.js";
import "./chunk-BCTH4F5V.js";
import "./chunk-3YKHSKX6.js";
import {
  loadConfigOrRecommended
} from "./chunk-SUFGO6HK.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-DUNUUX6P.js";
import "./chunk-TIJF4MO7.js";
import {
  EXIT,
  list,
  parse
} from "./chunk-3I2ZA3OJ.js";
import "./chunk-I3JAVQMW.js";
import "./chunk-567A6W4J.js";
import "./chunk-EPYZZOLA.js";
import "./chunk-6SRV4RQS.js";
import "./chunk-3GMY742K.js";
import "./chunk-5VS2FEJU.js";

// src/aws/policy.ts
function iamPolicy(checks) {
  const actions = [...new Set(checks.flatMap((c) => c.meta.permissions ?? []))].sort();
  return { Version: "2012-10-17", Statement: actions.length ? [{ Sid: "PrimetimeReadOnly", Effect: "Allow", Action: actions, Resource: "*" }] : [] };
}

// src/cli/commands/iam-policy.ts
async function iamPolicyCommand(argv, io) {
  const { values } = parse(argv, { only: { type: "string", multiple: true }, skip: { type: "string", multiple: true } });
  const { loaded } = await loadConfigOrRecommended(values.config, io.cwd, io.env);
  const checks = selectChecks(loaded, list(values.only), list(values.skip)).map((s) => s.check);
  io.stdout.write(JSON.stringify(iamPolicy(checks), null, 2) + "\n");
  return EXIT.go;
}
export {
  iamPolicyCommand
};
