import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/check/findings.ts
function findings() {
  const evidence = [];
  const remediation = [];
  const fix = (given) => {
    const remedy = typeof given === "string" ? { action: given } : given;
    if (!remediation.some((r) => r.action === remedy.action)) remediation.push(remedy);
  };
  const add = (item, remedy) => {
    evidence.push(item);
    if (remedy) fix(remedy);
  };
  const record = (level, unverified) => (message, { fix: remedy, ...details } = {}) => add({ level, message, ...details, ...unverified ? { unverified } : {} }, remedy);
  return {
    evidence,
    remediation,
    fail: record("fail"),
    warn: record("warn"),
    pass: record("pass"),
    info: record("info"),
    unverified: record("fail", true),
    add,
    fix,
    count: (level) => evidence.filter((e) => e.level === level && !e.unverified).length,
    outcome: (passSummary, extras = {}) => {
      const merged = mergeRepeats(evidence);
      return { ...sumUp(merged, passSummary), evidence: merged, remediation, ...extras };
    }
  };
}
var NAMED_TARGETS = 3;
function mergeRepeats(evidence) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of evidence) {
    const key = `${item.level}|${item.unverified ? 1 : 0}|${item.message}`;
    groups.set(key, [...groups.get(key) ?? [], item]);
  }
  return [...groups.values()].map((items) => {
    const targets = [...new Set(items.map((item) => item.target).filter((t) => t !== void 0))];
    if (targets.length < 2) return items[0];
    const named = targets.slice(0, NAMED_TARGETS).map((target) => shortTarget(target, targets[0]));
    const more = targets.length > NAMED_TARGETS ? ` and ${targets.length - NAMED_TARGETS} more` : "";
    const message = `${items[0].message.replace(/\.$/, "")} (${targets.length} times: ${named.join(", ")}${more}).`;
    return { ...items[0], message, data: { ...items[0].data, targets } };
  });
}
function shortTarget(target, first) {
  try {
    const [url, origin] = [new URL(target), new URL(first).origin];
    return url.origin === origin ? `${url.pathname}${url.search}` : target;
  } catch {
    return target;
  }
}
function sumUp(evidence, passSummary) {
  const fails = evidence.filter((e) => e.level === "fail" && !e.unverified);
  const warns = evidence.filter((e) => e.level === "warn");
  const unverified = evidence.filter((e) => e.unverified);
  const withOthers = (first, total) => first.message + (total > 1 ? ` (+${total - 1} more)` : "");
  if (fails.length === 0 && unverified.length > 0) return { status: "error", summary: withOthers(unverified[0], unverified.length) };
  if (fails.length > 0) return { status: "fail", summary: withOthers(fails[0], fails.length) };
  if (warns.length > 0) return { status: "warn", summary: withOthers(warns[0], warns.length) };
  if (!evidence.some((e) => e.level === "pass")) return { status: "skip", summary: "Nothing could be verified with this configuration." };
  return { status: "pass", summary: passSummary };
}

export {
  findings
};
