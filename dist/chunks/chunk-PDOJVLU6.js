import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  figureValue
} from "./chunk-XEWZKPAK.js";
import {
  escapeHtml,
  renderSvgChart
} from "./chunk-2YIFXMSJ.js";
import {
  callText,
  clockTime,
  whoToCall,
  zoneName
} from "./chunk-VVVPXMTQ.js";
import {
  formatNumber,
  plural
} from "./chunk-KHW7QP7J.js";
import {
  hasMarker,
  parseHtml
} from "./chunk-QQOOINLC.js";
import {
  describeNetworkError
} from "./chunk-DWOR55PJ.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/util/sleep.ts
function sleep(ms2, signal) {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = () => (clearTimeout(timer), resolve());
    const timer = setTimeout(() => (signal.removeEventListener("abort", stop), resolve()), Math.max(0, ms2));
    signal.addEventListener("abort", stop, { once: true });
  });
}

// src/watch/alerts.ts
function formatOf(target) {
  if (target.format) return target.format;
  const host = new URL(target.url).hostname;
  if (host === "hooks.slack.com") return "slack";
  if (host.endsWith(".webhook.office.com") || host.endsWith(".logic.azure.com")) return "teams";
  return "json";
}
var ICON = { ok: "\u{1F7E2}", watch: "\u{1F7E0}", act: "\u{1F534}" };
function alertText(change) {
  return `${ICON[change.subject.state]} ${change.event}: ${changeText(change)}`;
}
function changeText(change) {
  const { subject } = change;
  const what = subject.state === "ok" ? "is back to normal" : subject.why ?? subject.state;
  const where = subject.url ? ` (${subject.url})` : "unit" in subject ? ` ${figureValue(subject)},` : "";
  const call = change.call ? ` ${change.call[0].toUpperCase()}${change.call.slice(1)}.` : "";
  return `${subject.name}${where} ${what}${subject.state !== "ok" && change.fix ? `. ${change.fix}` : ""}.${call}`;
}
function alertBody(change, format) {
  const text = alertText(change);
  if (format !== "json") return { text };
  return {
    kind: "primetime-watch-alert",
    at: change.at,
    event: change.event,
    subject: change.subject.name,
    url: change.subject.url ?? null,
    from: change.from ?? null,
    to: change.subject.state,
    why: change.subject.why ?? null,
    fix: change.fix ?? null,
    text
  };
}
var ALERT_ATTEMPT_TIMEOUT_MS = 5e3;
var ALERT_RETRY_WAITS_MS = [1e3, 3e3];
async function sendAlert(http, targets, change, signal, mask = (text) => text) {
  const failures = await Promise.all(targets.map((target) => deliverTo(http, target, mask(JSON.stringify(alertBody(change, formatOf(target)))), signal)));
  return failures.filter((failure) => failure !== void 0);
}
async function deliverTo(http, target, body, signal) {
  const host = new URL(target.url).host;
  let failure = "";
  let attempts = 0;
  for (const wait of [0, ...ALERT_RETRY_WAITS_MS]) {
    await sleep(wait, signal);
    if (signal.aborted) break;
    attempts++;
    try {
      const response = await http.request(target.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        timeoutMs: ALERT_ATTEMPT_TIMEOUT_MS,
        signal
      });
      if (response.status < 300) return void 0;
      failure = `${host} answered ${response.status}`;
      if (response.status !== 429 && response.status < 500) break;
    } catch (error) {
      failure = `${host}: ${error.message}`;
    }
  }
  return `${failure || `${host}: the watch stopped before the alert went out`} (${plural(attempts, "attempt")})`;
}

// src/watch/watch.ts
import { appendFile, mkdir, readFile, rename, stat, truncate } from "node:fs/promises";
import path from "node:path";

// src/watch/probe.ts
async function probe(http, target, marker, limits, signal) {
  const base = { name: target.name, url: target.url };
  try {
    const response = await http.request(target.url, { timeoutMs: limits.timeoutMs, signal, maxBytes: 2e6 });
    const own = marker ? hasMarker(parseHtml(response.body), marker) : void 0;
    const seen = { ...base, status: response.status, totalMs: Math.round(response.timeMs), ...own === void 0 ? {} : { own } };
    if (response.status >= 500)
      return { ...seen, state: "act", why: `answered ${response.status}${own === false ? " with a page that is not the site\u2019s own" : ""}` };
    if (own === false) return { ...seen, state: "act", why: `answered ${response.status} with a page that is not the site\u2019s own (no "${marker}")` };
    if (response.status >= 400) return { ...seen, state: "act", why: `answered ${response.status}` };
    if (response.timeMs > limits.slowMs) return { ...seen, state: "watch", why: `slow: ${Math.round(response.timeMs)} ms (over ${limits.slowMs} ms)` };
    if (target.lightMarker) return { ...seen, state: "ok", why: response.body.includes(target.lightMarker) ? "peak mode on" : "peak mode off" };
    return { ...seen, state: "ok" };
  } catch (error) {
    return { ...base, state: "act", why: describeNetworkError(error) };
  }
}
var worst = (states) => states.includes("act") ? "act" : states.includes("watch") ? "watch" : "ok";

// src/watch/watch.ts
var realClock = { now: () => Date.now(), sleep };
async function readTimeline(file, shown = file, warn = () => {
}) {
  const { rows, cut } = parseTimeline(await readFile(file, "utf8"), shown);
  if (cut) warn(cut.message);
  return rows;
}
function parseTimeline(text, shown) {
  const lines = text.split("\n");
  const last = lines.findLastIndex((line) => line.trim() !== "");
  const rows = [];
  let offset = 0;
  for (const [index, line] of lines.entries()) {
    const start = offset;
    offset += Buffer.byteLength(line) + 1;
    if (!line.trim()) continue;
    let row;
    try {
      row = JSON.parse(line);
    } catch {
      if (index === last)
        return { rows, cut: { message: `${shown}:${index + 1}: the last line was cut short (the watch stopped while writing it): left out.`, from: start } };
      throw new TimelineError(`${shown}:${index + 1}: not a line of a watch timeline.`);
    }
    if (!("stopped" in row)) rows.push(row);
  }
  return { rows };
}
var TimelineError = class extends Error {
};
async function openTimeline(file, resume, warn) {
  await mkdir(path.dirname(file), { recursive: true });
  const existing = await stat(file).catch(() => void 0);
  if (!existing) return /* @__PURE__ */ new Map();
  if (!resume) {
    await rename(file, file.replace(/\.jsonl$/, `-${existing.mtime.toISOString().replace(/[:.]/g, "-")}.jsonl`));
    return /* @__PURE__ */ new Map();
  }
  const { rows, cut } = parseTimeline(await readFile(file, "utf8"), file);
  if (cut) {
    warn(cut.message);
    await truncate(file, cut.from);
  }
  const lastFigures = rows.findLast((row) => row.figures)?.figures ?? [];
  return new Map([...lastFigures, ...rows.at(-1)?.probes ?? []].map((p) => [p.name, p.state]));
}
function held(states, pending, subject, confirm) {
  const before = states.get(subject.name);
  if (before === subject.state || before === void 0 && subject.state === "ok") {
    states.set(subject.name, subject.state);
    pending.delete(subject.name);
    return false;
  }
  const seen = pending.get(subject.name);
  const looks = seen?.state === subject.state ? seen.looks + 1 : 1;
  if (looks < confirm) {
    pending.set(subject.name, { state: subject.state, looks });
    return false;
  }
  pending.delete(subject.name);
  states.set(subject.name, subject.state);
  return true;
}
async function runWatch(o) {
  const states = await openTimeline(o.file, o.resume, o.onNote);
  let rows = 0;
  let alerts = 0;
  let figures = [];
  let figuresDue = 0;
  const pending = /* @__PURE__ */ new Map();
  const deliveries = /* @__PURE__ */ new Set();
  const alerting = new AbortController();
  const stopAlerts = () => alerting.abort(o.signal.reason);
  o.signal.addEventListener("abort", stopAlerts, { once: true });
  if (o.clock.now() < o.from) {
    o.onWait(o.from);
    await o.clock.sleep(o.from - o.clock.now(), o.signal);
  }
  while (!o.signal.aborted && o.clock.now() < o.until) {
    const started = o.clock.now();
    const probes = await Promise.all(o.targets.map((target) => probe(o.http, target, o.marker, o.limits, o.signal)));
    const fresh = o.figures && started >= figuresDue ? await o.figures.read(started) : void 0;
    if (o.signal.aborted) break;
    if (fresh) [figures, figuresDue] = [fresh, started + o.figures.everyMs];
    const row = {
      at: new Date(started).toISOString(),
      state: worst([...probes, ...figures].map((p) => p.state)),
      probes,
      ...fresh ? { figures: fresh } : {}
    };
    await appendFile(o.file, o.mask(JSON.stringify(row)) + "\n");
    rows++;
    o.onRow(row);
    for (const subject of [...probes, ...fresh ?? []]) {
      const before = states.get(subject.name);
      if (!held(states, pending, subject, o.confirm)) continue;
      const fix = "fix" in subject ? subject.fix : o.targets.find((t) => t.name === subject.name)?.fix;
      const call = o.warRoom && subject.state === "act" ? callText(whoToCall(o.warRoom, { kind: "url" in subject ? "page" : "figure", name: subject.name })) : void 0;
      const change = { at: row.at, event: o.event, subject, from: before, fix, ...call ? { call } : {} };
      o.onAlert(change);
      alerts++;
      if (o.alerts.length > 0) deliver(deliveries, sendAlert(o.alertHttp, o.alerts, change, alerting.signal, o.mask), o.onUndelivered);
    }
    await o.clock.sleep(started + o.intervalMs - o.clock.now(), o.signal);
  }
  if (o.signal.aborted)
    await appendFile(o.file, JSON.stringify({ at: new Date(o.clock.now()).toISOString(), stopped: stopReason(o.signal) }) + "\n");
  if (deliveries.size > 0) await Promise.race([Promise.allSettled(deliveries), sleep(ALERT_ATTEMPT_TIMEOUT_MS, alerting.signal)]);
  alerting.abort();
  await Promise.allSettled(deliveries);
  o.signal.removeEventListener("abort", stopAlerts);
  return { rows, alerts };
}
function deliver(deliveries, sending, onUndelivered) {
  const delivery = sending.then((failures) => void (failures.length > 0 && onUndelivered(failures))).finally(() => deliveries.delete(delivery));
  deliveries.add(delivery);
}
function stopReason(signal) {
  return signal.reason instanceof Error ? signal.reason.message : "interrupted";
}

// src/watch/after-show.ts
var zero = () => ({ ok: 0, watch: 0, act: 0 });
function percentile(values, p) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
}
function trafficOf(figures) {
  for (const [kind, where] of [
    ["cdn-requests", "at the CDN"],
    ["requests", "at the load balancers"]
  ]) {
    const found = figures.filter((f) => f.kind === kind);
    if (found.length) return { rate: found.reduce((sum, f) => sum + (f.value ?? 0), 0), planned: found[0].planned, where };
  }
  return void 0;
}
function tallyProbe(pages, probe2, ms2, at) {
  let page = pages.get(probe2.name);
  if (!page) pages.set(probe2.name, page = { name: probe2.name, url: probe2.url, looks: 0, ms: zero(), errors5xx: 0, notOwn: 0, planBMs: 0, totals: [] });
  page.looks++;
  page.ms[probe2.state] += ms2;
  if (probe2.totalMs !== void 0) page.totals.push(probe2.totalMs);
  if ((probe2.status ?? 0) >= 500) page.errors5xx++;
  if ((probe2.status ?? 0) >= 500 && probe2.own) page.planBMs += ms2;
  if (probe2.own === false) page.notOwn++;
  if (probe2.state === "act") [page.firstAct, page.lastAct] = [page.firstAct ?? at, at];
}
function tallyFigure(figures, figure, ms2, readAt) {
  let summary = figures.get(figure.name);
  if (!summary) figures.set(figure.name, summary = { name: figure.name, ms: zero() });
  summary.ms[figure.state] += ms2;
  if (readAt && figure.value !== void 0 && (summary.peak?.value === void 0 || figure.value > summary.peak.value))
    [summary.peak, summary.peakAt] = [figure, readAt];
}
function summarizeWatch(event, rows, airtime) {
  if (rows.length === 0) throw new Error("the timeline is empty: run primetime watch first");
  const times = rows.map((row) => Date.parse(row.at));
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  const usual = percentile(gaps, 50) ?? 0;
  const span = (i) => gaps[i] ?? usual;
  const ms2 = zero();
  const pages = /* @__PURE__ */ new Map();
  const figures = /* @__PURE__ */ new Map();
  let current = [];
  let traffic;
  let [errors, requests] = [0, 0];
  rows.forEach((row, i) => {
    ms2[row.state] += span(i);
    for (const probe2 of row.probes) tallyProbe(pages, probe2, span(i), row.at);
    if (row.figures) {
      current = row.figures;
      const seen = trafficOf(current);
      if (seen && (!traffic || seen.rate > traffic.peak)) traffic = { peak: seen.rate, at: row.at, planned: seen.planned, where: seen.where };
      for (const share of current.filter((f) => f.kind === "errors" && f.value !== void 0)) {
        const rate = current.find((f) => f.kind === "requests" && f.resource === share.resource)?.value ?? 0;
        [errors, requests] = [errors + share.value / 100 * rate, requests + rate];
      }
    }
    for (const figure of current) tallyFigure(figures, figure, span(i), row.figures ? row.at : void 0);
  });
  return {
    event,
    ...airtime ? { airtime } : {},
    from: rows[0].at,
    to: rows.at(-1).at,
    looks: rows.length,
    ms: ms2,
    ...traffic ? { traffic } : {},
    ...requests > 0 ? { errorShare: 100 * errors / requests } : {},
    pages: [...pages.values()].map(({ totals, ...page }) => ({
      ...page,
      p95Ms: percentile(totals, 95),
      maxMs: totals.length ? Math.max(...totals) : void 0
    })),
    figures: [...figures.values()],
    charts: watchCharts(rows, airtime)
  };
}
function watchCharts(rows, airtime) {
  const ends = [clockTime(rows[0].at, airtime), clockTime(rows.at(-1).at, airtime)];
  const airtimeAt = airtime ? rows.findIndex((row) => Date.parse(row.at) >= Date.parse(airtime)) : -1;
  const mark = airtimeAt >= 0 ? { mark: { at: airtimeAt, label: "airtime" } } : {};
  const names = [...new Set(rows.flatMap((row) => row.probes.map((p) => p.name)))];
  const charts = [
    {
      title: "Response time of each page",
      unit: "ms",
      x: `time (${zoneName(rows[0].at, airtime)})`,
      ends,
      ...mark,
      series: names.map((name) => ({ name, values: rows.map((row) => row.probes.find((p) => p.name === name)?.totalMs ?? null) }))
    }
  ];
  const reads = rows.map((row) => row.figures ? trafficOf(row.figures) : void 0);
  const planned = reads.find((read) => read?.planned)?.planned;
  if (reads.some(Boolean))
    charts.push({
      title: `Requests/s ${reads.find(Boolean).where}`,
      unit: "req/s",
      x: `time (${zoneName(rows[0].at, airtime)})`,
      ends,
      ...mark,
      series: [{ name: "requests/s", values: heldBetweenReads(rows, (figures) => trafficOf(figures)?.rate) }],
      ...planned ? { limit: { value: planned, label: "plan" } } : {}
    });
  return charts;
}
function heldBetweenReads(rows, pick) {
  let held2 = null;
  return rows.map((row) => row.figures ? held2 = pick(row.figures) ?? null : held2);
}
var minutes = (ms2) => ms2 === 0 ? "0" : formatDuration(ms2);
var ms = (value) => value === void 0 ? "\u2014" : `${formatNumber(value)} ms`;
function headline(s) {
  const at = (iso) => clockTime(iso, s.airtime);
  return [
    `Watched from ${at(s.from)} to ${at(s.to)} (${zoneName(s.from, s.airtime)}, ${s.looks} looks): ok ${minutes(s.ms.ok)}, watch ${minutes(s.ms.watch)}, act ${minutes(s.ms.act)}.`,
    ...s.traffic ? [
      `Peak: ${formatNumber(s.traffic.peak)} req/s ${s.traffic.where} at ${at(s.traffic.at)}${s.traffic.planned ? `, ${formatNumber(Math.round(100 * s.traffic.peak / s.traffic.planned))} % of the plan's ${formatNumber(s.traffic.planned)}` : ""}.`
    ] : [],
    ...s.errorShare !== void 0 ? [`5xx share at the load balancers: ${formatNumber(Math.round(s.errorShare * 100) / 100)} %.`] : []
  ];
}
var PAGE_HEADER = ["page", "ok", "watch", "act", "p95", "slowest", "5xx", "not the site\u2019s page", "plan-B page shown", "act from \u2013 to"];
var FIGURE_HEADER = ["live figure", "peak", "at", "ok", "watch", "act"];
function pageCells(p, airtime) {
  return [
    minutes(p.ms.ok),
    minutes(p.ms.watch),
    minutes(p.ms.act),
    ms(p.p95Ms),
    ms(p.maxMs),
    String(p.errors5xx),
    String(p.notOwn),
    minutes(p.planBMs),
    p.firstAct ? `${clockTime(p.firstAct, airtime)} \u2013 ${clockTime(p.lastAct, airtime)}` : "\u2014"
  ];
}
function figureCells(f, airtime) {
  return [f.peak ? figureValue(f.peak) : "\u2014", f.peakAt ? clockTime(f.peakAt, airtime) : "\u2014", minutes(f.ms.ok), minutes(f.ms.watch), minutes(f.ms.act)];
}
function renderAfterShowMarkdown(s) {
  const row = (cells) => `| ${cells.join(" | ")} |`;
  return [
    `## After the show: ${s.event}`,
    "",
    ...headline(s),
    "",
    row(PAGE_HEADER),
    row(PAGE_HEADER.map(() => "---")),
    ...s.pages.map((p) => row([`${p.name} (${p.url})`, ...pageCells(p, s.airtime)])),
    ...s.figures.length ? ["", row(FIGURE_HEADER), row(FIGURE_HEADER.map(() => "---")), ...s.figures.map((f) => row([f.name, ...figureCells(f, s.airtime)]))] : [],
    ""
  ].join("\n");
}
function renderAfterShowHtml(s) {
  const head = (cells2) => `<tr>${cells2.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr>`;
  const cells = (values) => values.map((c) => `<td>${escapeHtml(c)}</td>`).join("");
  const pages = s.pages.map((p) => `<tr><td>${escapeHtml(p.name)}<br><small>${escapeHtml(p.url)}</small></td>${cells(pageCells(p, s.airtime))}</tr>`).join("");
  const figures = s.figures.map((f) => `<tr><td>${escapeHtml(f.name)}</td>${cells(figureCells(f, s.airtime))}</tr>`).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(`After the show: ${s.event}`)}</title>
<style>${WATCH_STYLE}</style></head>
<body><h1>After the show: ${escapeHtml(s.event)}</h1>
${headline(s).map((line) => `<p>${escapeHtml(line)}</p>`).join("\n")}
<div class="wrap"><table>${head(PAGE_HEADER)}${pages}</table></div>
${figures ? `<div class="wrap"><table>${head(FIGURE_HEADER)}${figures}</table></div>` : ""}
${s.charts.map(renderSvgChart).join("\n")}
</body></html>
`;
}
var WATCH_STYLE = ":root{color-scheme:light dark}body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:0 auto;padding:24px}table{border-collapse:collapse;width:100%;margin:12px 0}th,td{border:1px solid #8884;padding:4px 8px;text-align:left;vertical-align:top}.wrap{overflow-x:auto}svg.chart{width:100%;height:auto;background:#fff;margin:8px 0}";

export {
  alertText,
  changeText,
  sendAlert,
  worst,
  realClock,
  readTimeline,
  TimelineError,
  runWatch,
  stopReason,
  summarizeWatch,
  watchCharts,
  heldBetweenReads,
  renderAfterShowMarkdown,
  renderAfterShowHtml,
  WATCH_STYLE
};
