import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  dateTime,
  warRoomLines
} from "./chunk-VVVPXMTQ.js";
import {
  derivedSteps,
  timeline
} from "./chunk-T3MPKLVN.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/runbook/render.ts
import { createHash } from "node:crypto";
var MARK = { done: "\u2713", late: "\u2717", due: "\xB7", skipped: "-", manual: "\u25CB" };
function relative(when, now) {
  const ms = when.getTime() - now.getTime();
  return Math.abs(ms) < 6e4 ? "now" : ms > 0 ? `in ${formatDuration(ms)}` : `${formatDuration(-ms)} ago`;
}
var proof = (step) => step.check ? `check ${step.check}` : step.command ? `\`${step.command}\`` : "by hand";
function renderRunbookText(steps, now, airtime) {
  const width = Math.max(...steps.map((s) => s.at.length));
  return steps.map(
    (s) => `  ${MARK[s.state]} ${s.at.padEnd(width)}  ${dateTime(s.when.toISOString(), airtime)}  ${relative(s.when, now).padEnd(14)}  ${s.state.padEnd(7)}  ${s.title} (${s.owner}; ${proof(s)})
`
  ).join("");
}
var cell = (text) => text.replaceAll("|", "\\|");
function renderWarRoomText(warRoom) {
  return warRoom ? `
War room
${warRoomLines(warRoom).map((line) => `  ${line}
`).join("")}` : "";
}
function renderWarRoomMarkdown(warRoom) {
  return warRoom ? `

### War room

${warRoomLines(warRoom).map((line) => `- ${line}`).join("\n")}` : "";
}
function renderRunbookMarkdown(steps, now, airtime) {
  return [
    "| | when | time | state | step | owner | proved by |",
    "|---|---|---|---|---|---|---|",
    ...steps.map(
      (s) => `| ${MARK[s.state]} | ${cell(s.at)} | ${dateTime(s.when.toISOString(), airtime)} (${relative(s.when, now)}) | ${s.state} | ${cell(s.title)} | ${cell(s.owner)} | ${cell(proof(s))} |`
    )
  ].join("\n");
}
var icsText = (text) => text.replaceAll("\\", "\\\\").replaceAll(";", "\\;").replaceAll(",", "\\,").replaceAll("\n", "\\n");
var icsTime = (when) => when.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
function fold(line) {
  const parts = [];
  let current = "";
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + char) > limit) {
      parts.push(current);
      current = "";
    }
    current += char;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
var slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
function uidOf(step, index, steps) {
  const same = steps.slice(0, index).filter((s) => s.at === step.at && s.title === step.title).length;
  const hash = createHash("sha256").update(`${step.at}
${step.title}`).digest("hex").slice(0, 16);
  return `primetime-${hash}${same ? `-${same + 1}` : ""}`;
}
function renderRunbookIcs(steps, event, now, warRoom) {
  const room = warRoom ? `

War room
${warRoomLines(warRoom).join("\n")}` : "";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//primetime//run of show//EN",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${icsText(`${event}: run of show`)}`
  ];
  steps.forEach((step, index) => {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uidOf(step, index, steps)}@${icsText(slug(event))}`,
      `DTSTAMP:${icsTime(now)}`,
      `DTSTART:${icsTime(step.when)}`,
      `DTEND:${icsTime(new Date(step.when.getTime() + 15 * 6e4))}`,
      `SUMMARY:${icsText(`${step.at} ${step.title}`)}`,
      `DESCRIPTION:${icsText(`Owner: ${step.owner}
Proved by: ${proof(step)}
${event}${room}`)}`,
      "END:VEVENT"
    );
  });
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}

// src/run/runbook.ts
function runbookFor(loaded, now, last) {
  const { config } = loaded;
  const enabled = loaded.checks.filter((c) => c.severity !== "off").map((c) => c.check.meta.id);
  const airtime = config.event.airtime ? new Date(config.event.airtime) : void 0;
  return { steps: timeline(config.runbook ?? derivedSteps(enabled), airtime, now, last), derived: config.runbook === void 0 };
}
function runbookSection(loaded, report, now = /* @__PURE__ */ new Date()) {
  if (!loaded.config.event.airtime && !loaded.config.runbook) return void 0;
  const steps = runbookFor(loaded, now, report).steps;
  return `
## Run of show

${renderRunbookMarkdown(steps, now, loaded.config.event.airtime)}${renderWarRoomMarkdown(loaded.config.warRoom)}
`;
}

export {
  renderRunbookText,
  renderWarRoomText,
  renderWarRoomMarkdown,
  renderRunbookMarkdown,
  renderRunbookIcs,
  runbookFor,
  runbookSection
};
