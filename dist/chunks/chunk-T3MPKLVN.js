import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parseDuration
} from "./chunk-Z3WXVZH6.js";

// src/runbook/runbook.ts
var RELATIVE = /^T\s*([+-])\s*(.+)$/;
function stepTime(at, airtime) {
  const relative = RELATIVE.exec(at.trim());
  if (relative) {
    if (!airtime) throw new Error(`"${at}" is relative to airtime: set event.airtime, or give the step an absolute time`);
    const offset = relative[2] === "0" ? 0 : parseDuration(relative[2]);
    return new Date(airtime.getTime() + (relative[1] === "-" ? -offset : offset));
  }
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(at.trim())) return new Date(at.trim());
  throw new Error(`"${at}" is not a time: write T-3d, T-30m, T+45m (relative to airtime) or an ISO 8601 date with offset`);
}
function stepState(step, when, now, last) {
  if (!step.check) return "manual";
  if (last?.checks.some((c) => c.id === step.check && c.status === "pass")) return "done";
  if (last?.checks.some((c) => c.id === step.check && c.status === "skip")) return "skipped";
  return when.getTime() <= now.getTime() ? "late" : "due";
}
function timeline(steps, airtime, now, last) {
  return steps.map((step) => {
    const when = stepTime(step.at, airtime);
    return { ...step, when, state: stepState(step, when, now, last) };
  }).sort((a, b) => a.when.getTime() - b.when.getTime());
}
function derivedSteps(enabled) {
  const on = (id) => enabled.includes(id);
  return [
    ...on("service-quotas") ? [{ at: "T-3d", title: "Raise the account quotas the plan needs (AWS answers within days)", owner: "ops", check: "service-quotas" }] : [],
    ...on("tls") ? [{ at: "T-1d", title: "Renew any certificate that would expire before the show", owner: "ops", check: "tls" }] : [],
    ...on("lb-prewarm") ? [{ at: "T-4h", title: "Reserve the load balancers\u2019 capacity (LCU reservation)", owner: "ops", check: "lb-prewarm" }] : [],
    ...on("targets") ? [{ at: "T-30m", title: "Scale out to the planned instance count (scheduled action)", owner: "ops", check: "targets" }] : [],
    { at: "T-15m", title: "Warm the caches", owner: "ops", command: "primetime warm" },
    { at: "T-10m", title: "Final check: GO or NO-GO", owner: "lead", command: "primetime check" },
    ...on("peak-mode") ? [{ at: "T-5m", title: "Switch peak mode on (the heavy pages light)", owner: "ops" }] : [],
    { at: "T-0", title: "Eyes on the screens: the TV, the analytics, the servers\u2019 curves; answer the chat and social networks", owner: "support" },
    ...on("peak-mode") ? [{ at: "T+1h", title: "Switch peak mode off", owner: "ops" }] : [],
    ...on("lb-prewarm") ? [{ at: "T+1h", title: "Reset the LCU reservation (it is billed while it lasts)", owner: "ops" }] : []
  ];
}

export {
  stepTime,
  timeline,
  derivedSteps
};
