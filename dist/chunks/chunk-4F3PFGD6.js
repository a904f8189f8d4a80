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
    outcome: (passSummary, extras = {}) => ({ ...sumUp(evidence, passSummary), evidence, remediation, ...extras })
  };
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
