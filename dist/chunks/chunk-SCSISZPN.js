import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  escapeHtml,
  renderSvgChart
} from "./chunk-J6B42ROH.js";
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
function summarizeWatch(event, rows) {
  if (rows.length === 0) throw new Error("the timeline is empty: run primetime watch first");
  const times = rows.map((row) => Date.parse(row.at));
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  const usual = percentile(gaps, 50) ?? 0;
  const span = (i) => gaps[i] ?? usual;
  const ms2 = zero();
  const pages = /* @__PURE__ */ new Map();
  rows.forEach((row, i) => {
    ms2[row.state] += span(i);
    for (const probe of row.probes) {
      let page = pages.get(probe.name);
      if (!page) pages.set(probe.name, page = { name: probe.name, url: probe.url, looks: 0, ms: zero(), errors5xx: 0, notOwn: 0, totals: [] });
      page.looks++;
      page.ms[probe.state] += span(i);
      if (probe.totalMs !== void 0) page.totals.push(probe.totalMs);
      if ((probe.status ?? 0) >= 500) page.errors5xx++;
      if (probe.own === false) page.notOwn++;
      if (probe.state === "act") [page.firstAct, page.lastAct] = [page.firstAct ?? row.at, row.at];
    }
  });
  const chart = {
    title: "Response time of each page during the watch",
    unit: "ms",
    x: "look",
    series: [...pages.values()].map((page) => ({
      name: page.name,
      values: rows.map((row) => row.probes.find((p) => p.name === page.name)?.totalMs ?? null)
    }))
  };
  return {
    event,
    from: rows[0].at,
    to: rows.at(-1).at,
    looks: rows.length,
    ms: ms2,
    pages: [...pages.values()].map(({ totals, ...page }) => ({
      ...page,
      p95Ms: percentile(totals, 95),
      maxMs: totals.length ? Math.max(...totals) : void 0
    })),
    chart
  };
}
var minutes = (ms2) => ms2 === 0 ? "0" : formatDuration(ms2);
var ms = (value) => value === void 0 ? "\u2014" : `${formatNumber(value)} ms`;
function renderAfterShowMarkdown(s) {
  return [
    `## After the show: ${s.event}`,
    "",
    `Watched from ${s.from} to ${s.to} (${s.looks} looks): ok ${minutes(s.ms.ok)}, watch ${minutes(s.ms.watch)}, act ${minutes(s.ms.act)}.`,
    "",
    "| page | ok | watch | act | p95 | slowest | 5xx | not the site\u2019s page | act from \u2013 to |",
    "|---|---|---|---|---|---|---|---|---|",
    ...s.pages.map(
      (p) => `| ${p.name} (${p.url}) | ${minutes(p.ms.ok)} | ${minutes(p.ms.watch)} | ${minutes(p.ms.act)} | ${ms(p.p95Ms)} | ${ms(p.maxMs)} | ${p.errors5xx} | ${p.notOwn} | ${p.firstAct ? `${p.firstAct} \u2013 ${p.lastAct}` : "\u2014"} |`
    ),
    ""
  ].join("\n");
}
function renderAfterShowHtml(s) {
  const rows = s.pages.map(
    (p) => `<tr><td>${escapeHtml(p.name)}<br><small>${escapeHtml(p.url)}</small></td><td>${minutes(p.ms.ok)}</td><td>${minutes(p.ms.watch)}</td><td>${minutes(p.ms.act)}</td><td>${ms(p.p95Ms)}</td><td>${ms(p.maxMs)}</td><td>${p.errors5xx}</td><td>${p.notOwn}</td><td>${p.firstAct ? `${escapeHtml(p.firstAct)} \u2013 ${escapeHtml(p.lastAct)}` : "\u2014"}</td></tr>`
  ).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(`After the show: ${s.event}`)}</title>
<style>:root{color-scheme:light dark}body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:0 auto;padding:24px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #8884;padding:4px 8px;text-align:left;vertical-align:top}.wrap{overflow-x:auto}svg.chart{width:100%;height:auto;background:#fff}</style></head>
<body><h1>After the show: ${escapeHtml(s.event)}</h1>
<p>Watched from ${escapeHtml(s.from)} to ${escapeHtml(s.to)} (${s.looks} looks): ok ${minutes(s.ms.ok)}, watch ${minutes(s.ms.watch)}, act ${minutes(s.ms.act)}.</p>
<div class="wrap"><table><tr><th>Page</th><th>ok</th><th>watch</th><th>act</th><th>p95</th><th>slowest</th><th>5xx</th><th>not the site\u2019s page</th><th>act from \u2013 to</th></tr>${rows}</table></div>
${renderSvgChart(s.chart)}
</body></html>
`;
}

export {
  summarizeWatch,
  renderAfterShowMarkdown,
  renderAfterShowHtml
};
