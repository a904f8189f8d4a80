import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/core/outcome.ts
function failOrPass(evidence, remediation, passSummary) {
  const worst = (level) => evidence.filter((e) => e.level === level);
  const [fails, warns] = [worst("fail").filter((e) => !e.unverified), worst("warn")];
  const unverified = evidence.filter((e) => e.unverified);
  if (fails.length === 0 && unverified.length > 0)
    return { status: "error", summary: unverified[0].message + (unverified.length > 1 ? ` (+${unverified.length - 1} more)` : ""), evidence, remediation };
  const first = fails[0] ?? warns[0];
  if (!first) {
    if (!evidence.some((e) => e.level === "pass"))
      return { status: "skip", summary: "Nothing could be verified with this configuration.", evidence, remediation };
    return { status: "pass", summary: passSummary, evidence, remediation };
  }
  const others = (fails.length || warns.length) - 1;
  return { status: fails.length ? "fail" : "warn", summary: first.message + (others > 0 ? ` (+${others} more)` : ""), evidence, remediation };
}
function remediationList() {
  const items = [];
  return {
    items,
    add(remediation) {
      const fix = typeof remediation === "string" ? { action: remediation } : remediation;
      if (!items.some((r) => r.action === fix.action)) items.push(fix);
    }
  };
}

export {
  failOrPass,
  remediationList
};
