import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  colorWanted,
  createStyle,
  renderProgress,
  renderTerminal,
  renderVerdict
} from "./chunk-4JQKFVNU.js";
import {
  escapeHtml,
  renderSvgChart
} from "./chunk-2YIFXMSJ.js";
import {
  localTime
} from "./chunk-VVVPXMTQ.js";
import {
  openReportFolder,
  writeFailure
} from "./chunk-AFBGHGHA.js";
import {
  createLogger,
  notRunIds,
  runChecks,
  selectChecks
} from "./chunk-ZIB7JR6H.js";
import {
  createMasker
} from "./chunk-5R2BGNFJ.js";
import {
  EXIT,
  UsageError
} from "./chunk-5JCOLP2K.js";
import {
  ensurePackages
} from "./chunk-2W5G6BIE.js";
import {
  OUTCOME_HEADINGS,
  STATUS_LABEL,
  countsLine,
  leadTimeText,
  planHighlights,
  summaryIsNews,
  timeLeftText,
  verdictReason
} from "./chunk-LZIHSDK5.js";
import {
  formatNumber,
  plural
} from "./chunk-KHW7QP7J.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/run/github.ts
import { appendFile } from "node:fs/promises";
import path from "node:path";

// src/report/render/markdown.ts
var STEP_SUMMARY_LIMIT = 1024 * 1024;
var ICONS = { blocker: "\u274C", warning: "\u26A0\uFE0F", passed: "\u2705", skipped: "\u23ED\uFE0F" };
function cell(text) {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function checkSection(check, maxEvidence) {
  const lines = [`### ${ICONS[check.outcome]} \`${check.id}\`: ${cell(check.title)}`, "", ...summaryIsNews(check) ? [cell(check.summary), ""] : []];
  const shown = check.evidence.filter((e) => e.level !== "pass");
  for (const evidence of shown.slice(0, maxEvidence)) {
    lines.push(`- **${evidence.level}** ${cell(evidence.message)}${evidence.target ? ` \u2014 \`${evidence.target.replace(/`/g, "'")}\`` : ""}`);
  }
  if (shown.length > maxEvidence) lines.push(`- \u2026 and ${shown.length - maxEvidence} more in the full report`);
  if (check.remediation.length > 0) {
    lines.push("", "**Fix**", "");
    for (const fix of check.remediation) {
      lines.push(`- ${cell(fix.action)}`);
      if (fix.command) lines.push("", "  ```sh", `  ${fix.command}`, "  ```");
      const lead = leadTimeText(fix);
      if (lead) lines.push(`  ${fix.tooLate ? "\u{1F6A8} " : ""}_${lead}_`);
    }
  }
  return lines.join("\n") + "\n";
}
function renderMarkdown(report, options = {}) {
  const maxBytes = options.maxBytes ?? STEP_SUMMARY_LIMIT;
  const maxEvidence = options.maxEvidence ?? 20;
  const when = timeLeftText(report);
  const title = [
    `## ${report.verdict === "GO" ? "\u{1F7E2} GO" : "\u{1F534} NO-GO"}: ${cell(report.event.name)}`,
    "",
    `${verdictReason(report)}. ${countsLine(report)}.${when ? ` ${cell(when)}.` : ""}`,
    ...report.simulated.map((label) => `
> [!WARNING]
> Simulated: ${cell(label)}`),
    "",
    "| | Check | Result |",
    "|---|---|---|"
  ].join("\n");
  const rows = report.checks.map((c, i) => `| ${ICONS[c.outcome]} | \`${c.id}\` | ${cell(c.summary)} |${i === report.checks.length - 1 ? "\n" : ""}`);
  const sections = report.checks.filter((c) => c.outcome === "blocker" || c.outcome === "warning").map((c) => checkSection(c, maxEvidence));
  const plan = [
    "<details><summary>Event plan: the figures behind the thresholds</summary>",
    "",
    "| Figure | Value | How |",
    "|---|---|---|",
    ...report.plan.figures.map((f) => `| ${cell(f.label)} | ${formatNumber(f.value)} ${f.unit} | ${cell(f.formula)} |`),
    ...report.plan.notes.map((note2) => `
${cell(note2)}`),
    "",
    "</details>",
    ""
  ].join("\n");
  const blocks = [
    title,
    ...rows,
    ...sections.length ? [`### ${OUTCOME_HEADINGS.blocker} and ${OUTCOME_HEADINGS.warning.toLowerCase()}
`] : [],
    ...sections,
    plan
  ];
  const bytes = (text) => Buffer.byteLength(text, "utf8");
  const note = (left) => `
> **Truncated:** ${plural(left, "more section")} did not fit. The full report: ${options.fullReport ?? "report.html in the report folder"}.
`;
  const hardCut = (text) => Buffer.from(text, "utf8").subarray(0, maxBytes - 5).toString("utf8").replace(/\uFFFD+$/, "") + "\n\u2026\n";
  let out = "";
  for (const [index, block] of blocks.entries()) {
    const left = blocks.length - index;
    if (bytes(out) + bytes(block) + (left > 1 ? bytes(note(left)) : 0) > maxBytes) {
      const truncated = (index === 0 ? block : out) + note(left);
      return bytes(truncated) <= maxBytes ? truncated : hardCut(truncated);
    }
    out += block + "\n";
  }
  return out;
}

// src/run/github.ts
var ANNOTATION_CAP = 10;
function planAnnotations(report, cap = ANNOTATION_CAP) {
  const toAnnotation = (level) => (check) => {
    const top = check.evidence.filter((e) => e.level === "fail" || e.level === "warn").slice(0, 3);
    const fix = check.remediation[0]?.action;
    return {
      level,
      title: `${check.id}: ${check.title}`,
      message: [check.summary, ...top.map((e) => `- ${e.message}${e.target ? ` (${e.target})` : ""}`), ...fix ? [`Fix: ${fix}`] : []].join("\n")
    };
  };
  const errors = report.checks.filter((c) => c.outcome === "blocker").map(toAnnotation("error"));
  const warnings = report.checks.filter((c) => c.outcome === "warning").map(toAnnotation("warning"));
  return {
    annotations: [...errors.slice(0, cap), ...warnings.slice(0, cap)],
    omitted: { errors: Math.max(0, errors.length - cap), warnings: Math.max(0, warnings.length - cap) }
  };
}
function omittedNote({ omitted }) {
  const parts = [omitted.errors ? plural(omitted.errors, "more blocker") : "", omitted.warnings ? plural(omitted.warnings, "more warning") : ""].filter(
    Boolean
  );
  return parts.length ? `GitHub shows ${ANNOTATION_CAP} annotations of each kind per step: ${parts.join(" and ")} are in this summary and the report, not as annotations.` : void 0;
}
function jobSummary(report, plan, fullReport, appendix = "") {
  const note = omittedNote(plan);
  const markdown = renderMarkdown(report, { maxBytes: STEP_SUMMARY_LIMIT - 1024 - Buffer.byteLength(appendix), fullReport });
  return (note ? `${markdown}
> ${note}
` : markdown) + appendix;
}
var escapeData = (text) => text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
var escapeProperty = (text) => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
async function reportToGithub(report, io, written, commands, appendix = "") {
  if (io.env.GITHUB_ACTIONS !== "true") return;
  const plan = planAnnotations(report);
  for (const { level, title, message } of plan.annotations) commands.write(`::${level} title=${escapeProperty(title)}::${escapeData(message)}
`);
  const html = written.html ?? written.json;
  const fullReport = html ? `${path.relative(io.cwd, html)} on the runner` : "the terminal log of this step";
  if (io.env.GITHUB_STEP_SUMMARY) await appendFile(io.env.GITHUB_STEP_SUMMARY, jobSummary(report, plan, fullReport, appendix));
}

// src/run/run-and-report.ts
import { readFileSync } from "node:fs";
import path3 from "node:path";

// src/report/render/json.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}

// src/report/write.ts
import { mkdir, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/report/render/svg-gauge.ts
var R = 44;
var CX = 60;
var CY = 56;
function at(score, radius = R) {
  const angle = Math.PI * (1 - Math.min(1, Math.max(0, score)));
  return [CX + radius * Math.cos(angle), CY - radius * Math.sin(angle)];
}
function arc(from, to, radius = R) {
  const [x1, y1] = at(from, radius);
  const [x2, y2] = at(to, radius);
  return `M${x1.toFixed(1)} ${y1.toFixed(1)} A${radius} ${radius} 0 0 1 ${x2.toFixed(1)} ${y2.toFixed(1)}`;
}
var scoreColour = (score) => score >= 0.9 ? "#0c6e2f" : score >= 0.5 ? "#b35900" : "#c62828";
function renderSvgGauge(gauge) {
  const colour = scoreColour(gauge.value);
  const spread = gauge.min !== void 0 && gauge.max !== void 0 && gauge.max > gauge.min;
  const tick = gauge.threshold === void 0 ? "" : (() => {
    const [x1, y1] = at(gauge.threshold, R - 9);
    const [x2, y2] = at(gauge.threshold, R + 9);
    return `<line class="threshold" x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke-width="2"/>`;
  })();
  const title = `${gauge.label}: ${gauge.value.toFixed(2)}${spread ? ` (runs ${gauge.min.toFixed(2)} to ${gauge.max.toFixed(2)})` : ""}${gauge.threshold !== void 0 ? `, threshold ${gauge.threshold.toFixed(2)}` : ""}`;
  return `<figure class="gauge"><svg viewBox="0 0 120 70" width="120" height="70" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>
<path class="track" d="${arc(0, 1)}" fill="none" stroke-width="8"/>
<path d="${arc(0, gauge.value)}" fill="none" stroke="${colour}" stroke-width="8"/>
${spread ? `<path class="spread" d="${arc(gauge.min, gauge.max, R + 7)}" fill="none" stroke="${colour}" stroke-width="3"/>` : ""}${tick}
<text x="${CX}" y="${CY - 4}" text-anchor="middle" font-size="18" font-weight="700" fill="${colour}">${Math.round(gauge.value * 100)}</text>
</svg><figcaption>${escapeHtml(gauge.label)}${spread ? `<br><small>runs ${Math.round(gauge.min * 100)}\u2013${Math.round(gauge.max * 100)}</small>` : ""}</figcaption></figure>`;
}

// src/report/render/html.ts
function prose(text) {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}
function safeHref(path4) {
  if (/^https?:\/\//i.test(path4)) return path4;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path4) || path4.startsWith("/") || path4.split("/").includes("..")) return void 0;
  return path4;
}
var CSS = `
:root{color-scheme:light dark;--red:#c62828;--amber:#b26a00;--green:#2e7d32;--grey:#5f6368;--bg:#fafafa;--fg:#1b1b1b;--card:#fff;--line:#ddd;--code:#f3f3f3;--tag:#eee}
@media (prefers-color-scheme:dark){:root{--red:#ef6b6b;--amber:#f0a340;--green:#5cc06a;--grey:#a0a4a8;--bg:#121416;--fg:#e6e6e6;--card:#1d2023;--line:#3a3f44;--code:#26292d;--tag:#2f3336}}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:var(--fg);background:var(--bg)}
a{color:inherit}main{max-width:1100px;margin:0 auto;padding:24px}
header.verdict{padding:20px 24px;border-radius:10px;color:#fff;margin-bottom:16px}
header.GO{background:#2e7d32}header.NO-GO{background:#c62828}
header h1{margin:0;font-size:32px}header p{margin:4px 0 0}
.simulated{background:#fff3cd;color:#1b1b1b;border:1px solid #e0b000;padding:8px 12px;border-radius:6px;margin:8px 0}
section{margin:24px 0}h2{border-bottom:2px solid var(--line);padding-bottom:4px}
details.check{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--grey);border-radius:6px;margin:8px 0;padding:8px 12px}
details.blocker{border-left-color:var(--red)}details.warning{border-left-color:var(--amber)}details.passed{border-left-color:var(--green)}
details.check summary{cursor:pointer;font-weight:600}
.tag{display:inline-block;font-size:12px;padding:1px 6px;border-radius:4px;background:var(--tag);margin-right:6px;font-weight:600;white-space:nowrap}
.tag.fail,.tag.error{color:var(--red)}.tag.warn{color:var(--amber)}.tag.pass{color:var(--green)}
ul.evidence{padding-left:18px}ul.evidence li{margin:2px 0;overflow-wrap:anywhere}code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
code{overflow-wrap:anywhere}pre{background:var(--code);padding:8px;border-radius:4px;overflow-x:auto}
.late{color:var(--red);font-weight:600}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;background:var(--card)}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}
table.overview td:first-child,table.overview td:nth-child(3){white-space:nowrap}
.shots{display:flex;flex-wrap:wrap;gap:12px}.shots figure{margin:0;width:200px}
.shots img,.grid img{width:100%;min-width:160px;border:1px solid var(--line);display:block}
.grid-wrap{overflow-x:auto}table.grid{width:auto}.grid td{min-width:176px;width:176px}.grid figure{margin:0}.grid figcaption,.shots figcaption{font-size:12px;color:var(--grey);overflow-wrap:anywhere}
.mark{color:var(--red);font-size:12px}
.gauges{display:flex;flex-wrap:wrap;gap:8px}.gauge{margin:0;width:140px;text-align:center;font-size:12px}.gauge svg{display:block;margin:0 auto}
.gauge .track{stroke:var(--line)}.gauge .threshold{stroke:var(--fg)}
svg.chart{width:100%;max-width:720px;height:auto;display:block;background:#fff;border:1px solid var(--line);margin:8px 0}
details.more>summary,details.group>summary{cursor:pointer;color:var(--grey);font-weight:normal}details.group>summary h2{display:inline;border:0}
@media (max-width:600px){
main{padding:12px}header h1{font-size:26px}
.table-wrap table,.table-wrap tbody,.table-wrap tr,.table-wrap td{display:block;border:0}.table-wrap th{display:none}
.table-wrap tr{border-bottom:1px solid var(--line);padding:4px 0}.table-wrap td{padding:0 4px}
table.overview td{display:inline}table.overview td:last-child{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;font-size:13px;color:var(--grey)}
td.num{text-align:left}table.overview tr.passed td:last-child{display:none}
.grid-wrap table.grid,.grid tbody{display:block}.grid tr:first-child{display:none}.grid tr{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:8px}
.grid th{width:100%;text-align:left;border:0}.grid td{width:calc(50% - 4px);min-width:0;border:0;padding:0}
.shots{gap:8px}.shots figure{width:calc(50% - 4px)}.gauge{width:104px}.gauge svg{width:96px;height:auto}
}
`;
var SHOWN = 5;
function foldAfter(items, open, noun, shown = SHOWN) {
  if (items.length <= shown) return items.length ? open(items) : "";
  const rest = items.slice(shown);
  return `${open(items.slice(0, shown))}<details class="more"><summary>${rest.length} more ${noun}</summary>${open(rest)}</details>`;
}
function evidenceItem(e) {
  const target = e.target ? ` <code>${escapeHtml(e.target)}</code>` : "";
  const href = e.artifact ? safeHref(e.artifact) : void 0;
  const link = href ? ` <a href="${escapeHtml(href)}">view</a>` : "";
  return `<li><span class="tag ${e.level}">${e.level}</span>${prose(e.message)}${target}${link}</li>`;
}
function evidenceList(check) {
  const problems = check.evidence.filter((e) => e.level !== "pass");
  const passed = check.evidence.filter((e) => e.level === "pass");
  const list = (items) => `<ul class="evidence">${items.join("")}</ul>`;
  const folded = passed.length ? `<details class="passed-evidence"><summary>${passed.length} passed</summary>${list(passed.map(evidenceItem))}</details>` : "";
  return foldAfter(problems.map(evidenceItem), list, "findings") + folded;
}
function remediationList(check) {
  if (check.remediation.length === 0) return "";
  const items = check.remediation.map((fix) => {
    const lead = leadTimeText(fix);
    return `<li>${prose(fix.action)}${fix.command ? `<pre>${escapeHtml(fix.command)}</pre>` : ""}${lead ? `<div class="${fix.tooLate ? "late" : ""}">${escapeHtml(lead)}</div>` : ""}</li>`;
  });
  return `<h4>Fix</h4><ul>${items.join("")}</ul>`;
}
function figure(artifact) {
  const href = safeHref(artifact.path);
  if (!href) return "";
  const body = artifact.kind === "screenshot" ? `<a href="${escapeHtml(href)}"><img loading="lazy" src="${escapeHtml(href)}" alt="${escapeHtml(artifact.title)}"></a>` : `<a href="${escapeHtml(href)}">${escapeHtml(artifact.title)}</a>`;
  const marks = artifact.grid?.marks?.length ? `<div class="mark">${artifact.grid.marks.map(escapeHtml).join("<br>")}</div>` : "";
  return `<figure>${body}<figcaption>${escapeHtml(artifact.title)}</figcaption>${marks}</figure>`;
}
function artifactsBlock(check) {
  const gridded = check.artifacts.filter((a) => a.grid);
  const loose = check.artifacts.filter((a) => !a.grid);
  let html = "";
  if (gridded.length > 0) {
    const rows = [...new Set(gridded.map((a) => a.grid.row))];
    const columns = [...new Set(gridded.map((a) => a.grid.column))];
    const at2 = (row, column) => gridded.find((a) => a.grid.row === row && a.grid.column === column);
    html += `<div class="grid-wrap"><table class="grid"><tr><th></th>${columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr>`;
    html += rows.map(
      (row) => `<tr><th>${escapeHtml(row)}</th>${columns.map(
        (column) => `<td>${(() => {
          const a = at2(row, column);
          return a ? figure(a) : "";
        })()}</td>`
      ).join("")}</tr>`
    ).join("");
    html += "</table></div>";
  }
  if (loose.length > 0) html += foldAfter(loose.map(figure), (items) => `<div class="shots">${items.join("")}</div>`, "screenshots", 4);
  return html;
}
function checkBlock(check) {
  const open = check.outcome === "passed" && !check.charts?.length ? "" : " open";
  return `<details class="check ${check.outcome}"${open} id="check-${escapeHtml(check.id)}"><summary><span class="tag ${check.status}">${STATUS_LABEL[check.status]}</span>${escapeHtml(check.id)}: ${escapeHtml(check.title)}</summary>
${summaryIsNews(check) ? `<p>${escapeHtml(check.summary)}</p>` : ""}<details class="more"><summary>What it checks</summary><p class="description">${escapeHtml(check.description)}${check.docs && safeHref(check.docs) ? ` <a href="${escapeHtml(check.docs)}">Docs</a>` : ""}</p></details>
${check.gauges?.length ? `<div class="gauges">${check.gauges.map(renderSvgGauge).join("")}</div>` : ""}${(check.charts ?? []).map(renderSvgChart).join("")}${evidenceList(check)}${remediationList(check)}${artifactsBlock(check)}
<p><small>severity ${check.severity} \xB7 ${Math.round(check.durationMs)} ms</small></p></details>`;
}
function renderHtml(report) {
  const when = timeLeftText(report);
  const groups = ["blocker", "warning", "passed", "skipped"].map((outcome) => ({ outcome, checks: report.checks.filter((c) => c.outcome === outcome) })).filter((g) => g.checks.length > 0).map((g) => {
    const heading = `<h2>${OUTCOME_HEADINGS[g.outcome]} (${g.checks.length})</h2>`;
    const blocks = g.checks.map(checkBlock).join("\n");
    return `<section>${g.outcome === "passed" ? `<details class="group"><summary>${heading}</summary>${blocks}</details>` : heading + blocks}</section>`;
  });
  const overview = `<section><h2>Checks</h2><div class="table-wrap"><table class="overview"><tr><th>Status</th><th>Check</th><th>Time</th><th>Summary</th></tr>${report.checks.map(
    (c) => `<tr class="${c.outcome}"><td><span class="tag ${c.status}">${STATUS_LABEL[c.status]}</span></td><td><a href="#check-${escapeHtml(c.id)}">${escapeHtml(c.id)}</a></td><td class="num">${escapeHtml(formatDuration(c.durationMs))}</td><td>${escapeHtml(c.summary)}</td></tr>`
  ).join("")}</table></div></section>`;
  const plan = `<section><details class="group"><summary><h2>Event plan</h2> ${escapeHtml(planHighlights(report))}</summary><div class="table-wrap"><table><tr><th>Figure</th><th>Value</th><th>How it is computed</th></tr>${report.plan.figures.map(
    (f) => `<tr><td>${escapeHtml(f.label)}</td><td class="num">${escapeHtml(formatNumber(f.value))} ${escapeHtml(f.unit)}</td><td>${escapeHtml(f.formula)}</td></tr>`
  ).join("")}</table></div>${report.plan.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join("")}</details></section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`${report.verdict}: ${report.event.name} (primetime)`)}</title><style>${CSS}</style></head>
<body><main>
<header class="verdict ${report.verdict}"><h1>${report.verdict}</h1><p>${escapeHtml(report.event.name)} \xB7 ${escapeHtml(verdictReason(report))}</p><p>${escapeHtml(countsLine(report))}${when ? ` \xB7 ${escapeHtml(when)}` : ""}</p></header>
${report.simulated.map((label) => `<div class="simulated"><strong>Simulated:</strong> ${escapeHtml(label)}</div>`).join("")}
<p>Site <code>${escapeHtml(report.site.baseUrl)}</code> \xB7 checked <time datetime="${escapeHtml(report.finishedAt)}">${escapeHtml(localTime(report.finishedAt, report.event.airtime))}</time> in ${Math.round(report.durationMs / 100) / 10} s \xB7 primetime ${escapeHtml(report.tool.version)}${report.incomplete ? " \xB7 <strong>incomplete: interrupted</strong>" : ""}</p>
${overview}
${groups.join("\n")}
${plan}
</main></body></html>
`;
}

// src/report/render/junit.ts
function escapeXml(text) {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}
function details(check) {
  const evidence = check.evidence.filter((e) => e.level !== "pass" && e.level !== "info").map((e) => `- ${e.message}${e.target ? ` (${e.target})` : ""}`);
  const fixes = check.remediation.map((r) => `Fix: ${r.action}${r.command ? `
  $ ${r.command}` : ""}`);
  return escapeXml([check.summary, ...evidence, ...fixes].join("\n"));
}
function caseKind(check, failOn) {
  const blocks = check.outcome === "blocker" || check.outcome === "warning" && failOn === "warn";
  if (blocks) return check.status === "error" ? "error" : "failure";
  return check.outcome === "skipped" ? "skipped" : check.outcome === "warning" ? "warning" : "pass";
}
function testcase(check, kind) {
  const open = `    <testcase classname="primetime.${escapeXml(check.id)}" name="${escapeXml(check.title)}" time="${(check.durationMs / 1e3).toFixed(3)}"`;
  const message = escapeXml(check.summary);
  switch (kind) {
    case "error":
    case "failure":
      return `${open}>
      <${kind} message="${message}" type="${check.status}">${details(check)}</${kind}>
    </testcase>`;
    case "skipped":
      return `${open}>
      <skipped message="${message}"/>
    </testcase>`;
    case "warning":
      return `${open}>
      <system-out>Warning: ${details(check)}</system-out>
    </testcase>`;
    case "pass":
      return `${open}/>`;
  }
}
function renderJunit(report) {
  const kinds = report.checks.map((c) => caseKind(c, report.failOn));
  const count = (kind) => kinds.filter((k) => k === kind).length;
  const attrs = `tests="${report.checks.length}" failures="${count("failure")}" errors="${count("error")}" skipped="${count("skipped")}" time="${(report.durationMs / 1e3).toFixed(3)}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="primetime" ${attrs}>
  <testsuite name="${escapeXml(`primetime: ${report.event.name}`)}" ${attrs} timestamp="${escapeXml(report.startedAt)}">
${report.checks.map((c, i) => testcase(c, kinds[i])).join("\n")}
  </testsuite>
</testsuites>
`;
}

// src/report/write.ts
var FILE_FORMATS = {
  json: { file: "report.json", render: renderJson },
  html: { file: "report.html", render: renderHtml },
  markdown: { file: "report.md", render: (report) => renderMarkdown(report, { fullReport: "report.html beside this file" }) },
  junit: { file: "junit.xml", render: renderJunit }
};
async function writeReports(report, outDir, formats) {
  await mkdir(outDir, { recursive: true });
  const written = {};
  for (const format of formats) {
    if (!(format in FILE_FORMATS)) continue;
    const { file, render } = FILE_FORMATS[format];
    const target = path2.join(outDir, file);
    await writeFile(target, render(report));
    written[format] = target;
  }
  return written;
}

// src/run/live-line.ts
var CLEAR_LINE = "\r\x1B[2K";
var STEP_EVERY_MS = 1e4;
function progressWriter(out, { quiet = false, verbose = false, now = Date.now } = {}) {
  let live = false;
  let lastWritten = now();
  const plain = (text) => {
    out.write(text + "\n");
    lastWritten = now();
  };
  const clear = () => {
    if (live) out.write(CLEAR_LINE);
    live = false;
  };
  return {
    line(text) {
      if (quiet) return;
      clear();
      plain(text);
    },
    step(text) {
      if (quiet) return;
      if (!out.isTTY) return verbose || now() - lastWritten >= STEP_EVERY_MS ? plain(text) : void 0;
      const width = Math.max(20, (out.columns ?? 80) - 1);
      out.write(CLEAR_LINE + (text.length > width ? `${text.slice(0, width - 1)}\u2026` : text));
      live = true;
    },
    done: clear
  };
}

// src/run/run-and-report.ts
async function runAndReport(options) {
  const { io, loaded } = options;
  const errStyle = createStyle(colorWanted(io.stderr, io.env));
  const log = createLogger(Boolean(options.verbose), (line) => io.stderr.write(line + "\n"));
  const selected = selectChecks(loaded, options.only, options.skip);
  const folder = await openReportFolder(reportFolderFor(path3.resolve(io.cwd, options.outDir), notRunIds(loaded, selected), options));
  const mask = createMasker(loaded.secrets);
  const live = progressWriter(io.stderr, options);
  const progress = (line) => live.line(mask(line));
  progress(errStyle.dim(`primetime: checking ${loaded.config.site.baseUrl} (${path3.relative(io.cwd, loaded.file) || loaded.file})`));
  const packages = selected.flatMap(({ check }) => check.meta.packages ?? []);
  const install = options.install ?? ((wanted) => ensurePackages(wanted, (line) => progress(errStyle.dim(line)), io.env));
  await install(packages).catch(async (error) => {
    await folder.discard();
    throw error;
  });
  io.interrupt.addEventListener("abort", () => io.stderr.write("\nInterrupted: stopping the checks and writing the partial report\u2026\n"), { once: true });
  const report = await runChecks({
    loaded,
    selected,
    mask,
    outDir: folder.staging,
    failOn: options.failOn,
    signal: io.interrupt,
    log,
    simulated: options.simulated,
    onProgress: (event) => {
      const line = renderProgress(event, errStyle);
      if (line && event.type === "step") live.step(mask(line));
      else if (line) progress(line);
    }
  });
  live.done();
  return presentReport(report, io, folder, options.formats, options);
}
function reportFolderFor(outDir, notRun, options) {
  if (notRun.length === 0 || options.outChosen || !holdsFullReport(outDir)) return outDir;
  const only = options.only ?? [];
  return path3.join(outDir, only.length > 0 ? only.join("+") : `skip-${(options.skip ?? []).join("+")}`);
}
function holdsFullReport(outDir) {
  try {
    const earlier = JSON.parse(readFileSync(path3.join(outDir, "report.json"), "utf8"));
    return earlier.notRun?.length === 0 && earlier.incomplete === false;
  } catch {
    return false;
  }
}
function parseFailOn(value) {
  if (value === void 0 || value === "error" || value === "warn") return value ?? "error";
  throw new UsageError(`--fail-on takes error or warn, not "${value}".`);
}
async function writeIntoFolder(report, folder, formats) {
  try {
    const staged = await writeReports(report, folder.staging, formats);
    await folder.commit();
    return {
      written: Object.fromEntries(Object.entries(staged).map(([format, file]) => [format, path3.join(folder.final, path3.relative(folder.staging, file))]))
    };
  } catch (error) {
    await folder.discard().catch(() => void 0);
    return {
      written: {},
      failure: `the report could not be written to ${folder.final} (${writeFailure(error)}); an earlier report there is left as it was. Free some space or choose another folder with --out.`
    };
  }
}
function onlyUnverified(report) {
  const blockers = report.checks.filter((c) => c.outcome === "blocker");
  return report.verdict === "NO-GO" && blockers.length > 0 && blockers.every((c) => c.status === "error");
}
async function presentReport(report, io, out, formats, shown = {}) {
  const terminal = shown.json ? io.stderr : io.stdout;
  const outStyle = createStyle(colorWanted(terminal, io.env));
  const folder = typeof out === "string" ? await openReportFolder(path3.resolve(io.cwd, out)) : out;
  const { written, failure } = await writeIntoFolder(report, folder, formats);
  const main = written.html ?? written.json ?? Object.values(written)[0];
  if (formats.includes("terminal"))
    terminal.write(shown.quiet ? renderVerdict(report, outStyle) : renderTerminal(report, outStyle, main && path3.relative(io.cwd, main)));
  else if (main && !shown.quiet) io.stderr.write(`Report: ${path3.relative(io.cwd, main)}
`);
  if (shown.json) io.stdout.write(renderJson(report));
  if (failure) io.stderr.write(`primetime: ${failure}
`);
  const exitCode = failure || report.incomplete || onlyUnverified(report) ? EXIT.toolError : report.verdict === "GO" ? EXIT.go : EXIT.noGo;
  return { report, written, folder: folder.final, exitCode };
}

export {
  renderMarkdown,
  ANNOTATION_CAP,
  planAnnotations,
  jobSummary,
  reportToGithub,
  runAndReport,
  parseFailOn,
  presentReport
};
