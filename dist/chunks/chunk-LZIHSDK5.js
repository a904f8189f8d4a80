import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  formatNumber,
  plural
} from "./chunk-KHW7QP7J.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/report/text.ts
var OUTCOME_HEADINGS = { blocker: "Blockers", warning: "Warnings", passed: "Passed", skipped: "Skipped" };
function countsLine(report) {
  const { blockers, warnings, passed, skipped } = report.counts;
  return [plural(blockers, "blocker"), plural(warnings, "warning"), `${passed} passed`, `${skipped} skipped`].join(", ");
}
function summaryIsNews(check) {
  const first = check.evidence.find((e) => e.level === "fail" || e.level === "warn");
  return !first || check.summary !== first.message && !check.summary.startsWith(`${first.message} (+`);
}
function verdictReason(report) {
  if (report.incomplete) return "the run was interrupted: not every check ran";
  const reason = fullRunReason(report);
  return report.notRun.length > 0 ? `${reason}; a partial run: ${notRunText(report.notRun)}` : reason;
}
function notRunText(notRun) {
  const shown = notRun.length > 6 ? `${notRun.slice(0, 6).join(", ")}\u2026` : notRun.join(", ");
  return `${formatNumber(notRun.length)} of the config's checks not run (${shown})`;
}
function fullRunReason(report) {
  const unverified = report.checks.filter((c) => c.outcome === "blocker" && c.status === "error").length;
  if (unverified > 0 && unverified === report.counts.blockers)
    return `${plural(unverified, "check")} could not verify ${unverified === 1 ? "its" : "their"} point: nothing is proven broken, nothing proven ready`;
  if (report.counts.blockers > 0) return `${plural(report.counts.blockers, "blocker")} to fix before airtime`;
  if (report.counts.passed === 0) return "no check passed: nothing was proven";
  if (report.verdict === "NO-GO") return "warnings block the verdict (--fail-on warn)";
  const ran = report.notRun.length === 0 ? "every check passed" : report.checks.length === 1 ? "the one check run passed" : `all ${report.checks.length} checks run passed`;
  return report.counts.skipped > 0 ? `every check that ran passed; ${report.counts.skipped} skipped (see why below)` : ran;
}
function timeLeftText(report) {
  const { airtime, timeLeftMs } = report.event;
  if (!airtime || timeLeftMs === void 0) return void 0;
  return timeLeftMs >= 0 ? `airtime ${airtime}, T-minus ${formatDuration(timeLeftMs)}` : `airtime ${airtime}, passed ${formatDuration(-timeLeftMs)} ago`;
}
function planHighlights(report) {
  const wanted = ["visitors", "peakArrivalsPerSecond", "originRequestsPerSecond", "lcus", "vcpus"];
  return report.plan.figures.filter((figure) => wanted.includes(figure.id)).map((figure) => `${formatNumber(figure.value)} ${figure.unit}`).join(" \xB7 ");
}
function leadTimeText(remediation) {
  if (remediation.leadTimeMs === void 0) return void 0;
  const takes = `takes about ${formatDuration(remediation.leadTimeMs)}`;
  if (remediation.tooLate === true) return `${takes}: longer than the time left before airtime. Escalate now.`;
  if (remediation.tooLate === false) return `${takes}: there is still time.`;
  return takes;
}
var STATUS_LABEL = {
  pass: "pass",
  fail: "fail",
  warn: "warn",
  skip: "skip",
  error: "error",
  "not-run": "not run"
};
function withArticle(noun) {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export {
  OUTCOME_HEADINGS,
  countsLine,
  summaryIsNews,
  verdictReason,
  timeLeftText,
  planHighlights,
  leadTimeText,
  STATUS_LABEL,
  withArticle,
  capitalise
};
