import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  figureValue
} from "./chunk-OHD2U4DS.js";
import {
  clockTime,
  escapeHtml,
  renderSvgChart,
  zoneName
} from "./chunk-IIZUP3W3.js";
import {
  formatNumber
} from "./chunk-4HDGWI6M.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

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
    for (const probe of row.probes) {
      let page = pages.get(probe.name);
      if (!page) pages.set(probe.name, page = { name: probe.name, url: probe.url, looks: 0, ms: zero(), errors5xx: 0, notOwn: 0, planBMs: 0, totals: [] });
      page.looks++;
      page.ms[probe.state] += span(i);
      if (probe.totalMs !== void 0) page.totals.push(probe.totalMs);
      if ((probe.status ?? 0) >= 500) page.errors5xx++;
      if ((probe.status ?? 0) >= 500 && probe.own) page.planBMs += span(i);
      if (probe.own === false) page.notOwn++;
      if (probe.state === "act") [page.firstAct, page.lastAct] = [page.firstAct ?? row.at, row.at];
    }
    if (row.figures) {
      current = row.figures;
      const seen = trafficOf(current);
      if (seen && (!traffic || seen.rate > traffic.peak)) traffic = { peak: seen.rate, at: row.at, planned: seen.planned, where: seen.where };
      for (const share of current.filter((f) => f.kind === "errors" && f.value !== void 0)) {
        const rate = current.find((f) => f.kind === "requests" && f.resource === share.resource)?.value ?? 0;
        [errors, requests] = [errors + share.value / 100 * rate, requests + rate];
      }
    }
    for (const figure of current) {
      let summary = figures.get(figure.name);
      if (!summary) figures.set(figure.name, summary = { name: figure.name, ms: zero() });
      summary.ms[figure.state] += span(i);
      if (row.figures && figure.value !== void 0 && (summary.peak?.value === void 0 || figure.value > summary.peak.value))
        [summary.peak, summary.peakAt] = [figure, row.at];
    }
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
      // Between reads the line is drawn through: CloudWatch's points are a minute apart.
      series: [{ name: "requests/s", values: fillForward(reads.map((read) => read?.rate ?? null)) }],
      ...planned ? { limit: { value: planned, label: "plan" } } : {}
    });
  return charts;
}
function fillForward(values) {
  let last = null;
  return values.map((value) => last = value ?? last);
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
  summarizeWatch,
  renderAfterShowMarkdown,
  renderAfterShowHtml
};
