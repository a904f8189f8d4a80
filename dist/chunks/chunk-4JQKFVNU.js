import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  OUTCOME_HEADINGS,
  countsLine,
  leadTimeText,
  planHighlights,
  summaryIsNews,
  timeLeftText,
  verdictReason
} from "./chunk-LZIHSDK5.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/report/render/terminal.ts
function createStyle(enabled) {
  const wrap = (open, close) => (text) => enabled ? `\x1B[${open}m${text}\x1B[${close}m` : text;
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
function colorWanted(stream, env = process.env) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY) && env.TERM !== "dumb";
}
var MARKS = { blocker: "\u2717", warning: "!", passed: "\u2713", skipped: "-" };
function mark(outcome, style) {
  const paint = { blocker: style.red, warning: style.yellow, passed: style.green, skipped: style.dim }[outcome];
  return paint(MARKS[outcome]);
}
function renderProgress(event, style) {
  if (event.type === "start") return void 0;
  if (event.type === "note" || event.type === "step") return style.dim(`    ${event.id}: ${event.message}`);
  const { result } = event;
  return `  ${mark(result.outcome, style)} ${result.id.padEnd(18)} ${result.summary} ${style.dim(`(${formatDuration(result.durationMs)})`)}`;
}
var MAX_EVIDENCE = 8;
function renderCheck(check, style) {
  const lines = [`  ${mark(check.outcome, style)} ${style.bold(check.id)}: ${check.title}`, ...summaryIsNews(check) ? [`    ${check.summary}`] : []];
  if (check.outcome === "blocker" || check.outcome === "warning") {
    const shown = check.evidence.filter((e) => e.level === "fail" || e.level === "warn");
    for (const evidence of shown.slice(0, MAX_EVIDENCE)) {
      lines.push(
        `    ${evidence.level === "fail" ? style.red("\u2022") : style.yellow("\u2022")} ${evidence.message}${evidence.target ? style.dim(`  ${evidence.target}`) : ""}`
      );
    }
    if (shown.length > MAX_EVIDENCE) lines.push(style.dim(`    \u2026 and ${shown.length - MAX_EVIDENCE} more in the full report`));
    for (const fix of check.remediation) {
      lines.push(`    \u2192 ${fix.action}`);
      if (fix.command) lines.push(`      $ ${fix.command}`);
      const lead = leadTimeText(fix);
      if (lead) lines.push(`      ${fix.tooLate ? style.red(lead) : style.dim(lead)}`);
    }
  }
  return lines;
}
function renderTerminal(report, style, reportPath) {
  const lines = [];
  const when = timeLeftText(report);
  lines.push("", style.bold(`primetime ${report.tool.version} \xB7 ${report.event.name}${when ? ` \xB7 ${when}` : ""}`));
  lines.push(style.dim(`Plan: ${planHighlights(report)}`));
  for (const label of report.simulated) lines.push(style.yellow(`SIMULATED: ${label}`));
  for (const outcome of ["blocker", "warning", "passed", "skipped"]) {
    const group = report.checks.filter((c) => c.outcome === outcome);
    if (group.length === 0) continue;
    lines.push("", style.bold(`${OUTCOME_HEADINGS[outcome]} (${group.length})`));
    for (const check of group) lines.push(...outcome === "passed" ? [`  ${mark(outcome, style)} ${check.id}: ${check.summary}`] : renderCheck(check, style));
  }
  lines.push("", renderVerdict(report, style).trimEnd());
  if (reportPath) lines.push(style.dim(`Report: ${reportPath}`));
  return lines.join("\n") + "\n";
}
function renderVerdict(report, style) {
  const verdict = report.verdict === "GO" ? style.green(style.bold("GO")) : style.red(style.bold("NO-GO"));
  return `${verdict}: ${verdictReason(report)}. ${style.dim(countsLine(report))}
`;
}

export {
  createStyle,
  colorWanted,
  renderProgress,
  renderTerminal,
  renderVerdict
};
