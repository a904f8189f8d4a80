/**
 * After the show, what the team posts: from the watch's timeline, how long each page was ok, to watch or to act,
 * its response times, its errors and when things went wrong; as Markdown and as an HTML page with a chart.
 */
import type { Chart } from '../report/model.js';
import { escapeHtml } from '../report/render/escape.js';
import { renderSvgChart } from '../report/render/svg-chart.js';
import { formatNumber } from '../report/text.js';
import { formatDuration } from '../util/duration.js';
import type { WatchState } from './probe.js';
import type { WatchRow } from './watch.js';

export interface PageSummary {
  name: string;
  url: string;
  looks: number;
  /** Time spent in each state (each look holds until the next one). */
  ms: Record<WatchState, number>;
  p95Ms?: number;
  maxMs?: number;
  /** Looks answered 5xx, and answered with a page that was not the site's own. */
  errors5xx: number;
  notOwn: number;
  /** When it was first and last in "act". */
  firstAct?: string;
  lastAct?: string;
}

export interface AfterShow {
  event: string;
  from: string;
  to: string;
  looks: number;
  ms: Record<WatchState, number>;
  pages: PageSummary[];
  chart: Chart;
}

const zero = (): Record<WatchState, number> => ({ ok: 0, watch: 0, act: 0 });

function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarizeWatch(event: string, rows: WatchRow[]): AfterShow {
  if (rows.length === 0) throw new Error('the timeline is empty: run primetime watch first');
  const times = rows.map((row) => Date.parse(row.at));
  // Each look holds until the next; the last one for the usual gap between looks.
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  const usual = percentile(gaps, 50) ?? 0;
  const span = (i: number) => gaps[i] ?? usual;
  const ms = zero();
  const pages = new Map<string, PageSummary & { totals: number[] }>();
  rows.forEach((row, i) => {
    ms[row.state] += span(i);
    for (const probe of row.probes) {
      let page = pages.get(probe.name);
      if (!page) pages.set(probe.name, (page = { name: probe.name, url: probe.url, looks: 0, ms: zero(), errors5xx: 0, notOwn: 0, totals: [] }));
      page.looks++;
      page.ms[probe.state] += span(i);
      if (probe.totalMs !== undefined) page.totals.push(probe.totalMs);
      if ((probe.status ?? 0) >= 500) page.errors5xx++;
      if (probe.own === false) page.notOwn++;
      if (probe.state === 'act') [page.firstAct, page.lastAct] = [page.firstAct ?? row.at, row.at];
    }
  });
  const chart: Chart = {
    title: 'Response time of each page during the watch',
    unit: 'ms',
    x: 'look',
    series: [...pages.values()].map((page) => ({
      name: page.name,
      values: rows.map((row) => row.probes.find((p) => p.name === page.name)?.totalMs ?? null),
    })),
  };
  return {
    event,
    from: rows[0]!.at,
    to: rows.at(-1)!.at,
    looks: rows.length,
    ms,
    pages: [...pages.values()].map(({ totals, ...page }) => ({
      ...page,
      p95Ms: percentile(totals, 95),
      maxMs: totals.length ? Math.max(...totals) : undefined,
    })),
    chart,
  };
}

const minutes = (ms: number) => (ms === 0 ? '0' : formatDuration(ms));
const ms = (value: number | undefined) => (value === undefined ? '—' : `${formatNumber(value)} ms`);

export function renderAfterShowMarkdown(s: AfterShow): string {
  return [
    `## After the show: ${s.event}`,
    '',
    `Watched from ${s.from} to ${s.to} (${s.looks} looks): ok ${minutes(s.ms.ok)}, watch ${minutes(s.ms.watch)}, act ${minutes(s.ms.act)}.`,
    '',
    '| page | ok | watch | act | p95 | slowest | 5xx | not the site’s page | act from – to |',
    '|---|---|---|---|---|---|---|---|---|',
    ...s.pages.map(
      (p) =>
        `| ${p.name} (${p.url}) | ${minutes(p.ms.ok)} | ${minutes(p.ms.watch)} | ${minutes(p.ms.act)} | ${ms(p.p95Ms)} | ${ms(p.maxMs)} | ${p.errors5xx} | ${p.notOwn} | ${p.firstAct ? `${p.firstAct} – ${p.lastAct}` : '—'} |`,
    ),
    '',
  ].join('\n');
}

export function renderAfterShowHtml(s: AfterShow): string {
  const rows = s.pages
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.name)}<br><small>${escapeHtml(p.url)}</small></td><td>${minutes(p.ms.ok)}</td><td>${minutes(p.ms.watch)}</td><td>${minutes(p.ms.act)}</td><td>${ms(p.p95Ms)}</td><td>${ms(p.maxMs)}</td><td>${p.errors5xx}</td><td>${p.notOwn}</td><td>${p.firstAct ? `${escapeHtml(p.firstAct)} – ${escapeHtml(p.lastAct!)}` : '—'}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(`After the show: ${s.event}`)}</title>
<style>:root{color-scheme:light dark}body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:0 auto;padding:24px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #8884;padding:4px 8px;text-align:left;vertical-align:top}.wrap{overflow-x:auto}svg.chart{width:100%;height:auto;background:#fff}</style></head>
<body><h1>After the show: ${escapeHtml(s.event)}</h1>
<p>Watched from ${escapeHtml(s.from)} to ${escapeHtml(s.to)} (${s.looks} looks): ok ${minutes(s.ms.ok)}, watch ${minutes(s.ms.watch)}, act ${minutes(s.ms.act)}.</p>
<div class="wrap"><table><tr><th>Page</th><th>ok</th><th>watch</th><th>act</th><th>p95</th><th>slowest</th><th>5xx</th><th>not the site’s page</th><th>act from – to</th></tr>${rows}</table></div>
${renderSvgChart(s.chart)}
</body></html>
`;
}
