/**
 * After the show, what the team posts: from the watch's timeline, the peak of traffic against the plan, the 5xx
 * share, how long each page was ok, to watch or to act and how long it showed the site's own error page (plan B),
 * each live figure's peak and time in act; as Markdown and as an HTML page with charts, airtime marked.
 */
import type { Chart } from '../report/model.js';
import { escapeHtml } from '../report/render/escape.js';
import { renderSvgChart } from '../report/render/svg-chart.js';
import { formatNumber } from '../report/text.js';
import { clockTime, zoneName } from '../report/time.js';
import { formatDuration } from '../util/duration.js';
import { figureValue, type Figure } from './figures.js';
import type { WatchState } from './probe.js';
import type { WatchRow } from './watch.js';

type StateTimes = Record<WatchState, number>;

export interface PageSummary {
  name: string;
  url: string;
  looks: number;
  /** Time spent in each state (each look holds until the next one). */
  ms: StateTimes;
  p95Ms?: number;
  maxMs?: number;
  /** Looks answered 5xx, and answered with a page that was not the site's own. */
  errors5xx: number;
  notOwn: number;
  /** Time it answered an error with the site's own page: the plan-B page doing its job. */
  planBMs: number;
  /** When it was first and last in "act". */
  firstAct?: string;
  lastAct?: string;
}

export interface FigureSummary {
  name: string;
  /** The figure at its peak (for the unit and what it is held against). */
  peak?: Figure;
  peakAt?: string;
  ms: StateTimes;
}

export interface AfterShow {
  event: string;
  airtime?: string;
  from: string;
  to: string;
  looks: number;
  ms: StateTimes;
  /** The highest requests/s CloudWatch saw (at the CDN when there is one, else summed over the load balancers). */
  traffic?: { peak: number; at: string; planned?: number; where: string };
  /** 5xx answers over all requests at the load balancers, weighted by their traffic, in %. */
  errorShare?: number;
  pages: PageSummary[];
  figures: FigureSummary[];
  charts: Chart[];
}

const zero = (): StateTimes => ({ ok: 0, watch: 0, act: 0 });

function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Requests/s of one read: the CDN's total when there is one (every request), else the load balancers'. */
function trafficOf(figures: Figure[]): { rate: number; planned?: number; where: string } | undefined {
  for (const [kind, where] of [
    ['cdn-requests', 'at the CDN'],
    ['requests', 'at the load balancers'],
  ] as const) {
    const found = figures.filter((f) => f.kind === kind);
    if (found.length) return { rate: found.reduce((sum, f) => sum + (f.value ?? 0), 0), planned: found[0]!.planned, where };
  }
  return undefined;
}

type PageTally = PageSummary & { totals: number[] };

/** One look's probe of a page, counted for `ms` (until the next look). */
function tallyProbe(pages: Map<string, PageTally>, probe: WatchRow['probes'][number], ms: number, at: string) {
  let page = pages.get(probe.name);
  if (!page) pages.set(probe.name, (page = { name: probe.name, url: probe.url, looks: 0, ms: zero(), errors5xx: 0, notOwn: 0, planBMs: 0, totals: [] }));
  page.looks++;
  page.ms[probe.state] += ms;
  if (probe.totalMs !== undefined) page.totals.push(probe.totalMs);
  if ((probe.status ?? 0) >= 500) page.errors5xx++;
  if ((probe.status ?? 0) >= 500 && probe.own) page.planBMs += ms;
  if (probe.own === false) page.notOwn++;
  if (probe.state === 'act') [page.firstAct, page.lastAct] = [page.firstAct ?? at, at];
}

/** A figure's state counted for `ms`; its peak kept when it was read at this look (`readAt`). */
function tallyFigure(figures: Map<string, FigureSummary>, figure: Figure, ms: number, readAt: string | undefined) {
  let summary = figures.get(figure.name);
  if (!summary) figures.set(figure.name, (summary = { name: figure.name, ms: zero() }));
  summary.ms[figure.state] += ms;
  if (readAt && figure.value !== undefined && (summary.peak?.value === undefined || figure.value > summary.peak.value))
    [summary.peak, summary.peakAt] = [figure, readAt];
}

export function summarizeWatch(event: string, rows: WatchRow[], airtime?: string): AfterShow {
  if (rows.length === 0) throw new Error('the timeline is empty: run primetime watch first');
  const times = rows.map((row) => Date.parse(row.at));
  // Each look holds until the next; the last one for the usual gap between looks.
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  const usual = percentile(gaps, 50) ?? 0;
  const span = (i: number) => gaps[i] ?? usual;
  const ms = zero();
  const pages = new Map<string, PageTally>();
  const figures = new Map<string, FigureSummary>();
  let current: Figure[] = [];
  let traffic: AfterShow['traffic'];
  let [errors, requests] = [0, 0];
  rows.forEach((row, i) => {
    ms[row.state] += span(i);
    for (const probe of row.probes) tallyProbe(pages, probe, span(i), row.at);
    if (row.figures) {
      current = row.figures;
      const seen = trafficOf(current);
      if (seen && (!traffic || seen.rate > traffic.peak)) traffic = { peak: seen.rate, at: row.at, planned: seen.planned, where: seen.where };
      for (const share of current.filter((f) => f.kind === 'errors' && f.value !== undefined)) {
        const rate = current.find((f) => f.kind === 'requests' && f.resource === share.resource)?.value ?? 0;
        [errors, requests] = [errors + (share.value! / 100) * rate, requests + rate];
      }
    }
    // A figure holds until the next read.
    for (const figure of current) tallyFigure(figures, figure, span(i), row.figures ? row.at : undefined);
  });
  return {
    event,
    ...(airtime ? { airtime } : {}),
    from: rows[0]!.at,
    to: rows.at(-1)!.at,
    looks: rows.length,
    ms,
    ...(traffic ? { traffic } : {}),
    ...(requests > 0 ? { errorShare: (100 * errors) / requests } : {}),
    pages: [...pages.values()].map(({ totals, ...page }) => ({
      ...page,
      p95Ms: percentile(totals, 95),
      maxMs: totals.length ? Math.max(...totals) : undefined,
    })),
    figures: [...figures.values()],
    charts: watchCharts(rows, airtime),
  };
}

/** The charts of a timeline: each page's response time, and the traffic against the plan when CloudWatch was read. */
export function watchCharts(rows: WatchRow[], airtime?: string): Chart[] {
  const ends: [string, string] = [clockTime(rows[0]!.at, airtime), clockTime(rows.at(-1)!.at, airtime)];
  // Airtime at the first look at or after it.
  const airtimeAt = airtime ? rows.findIndex((row) => Date.parse(row.at) >= Date.parse(airtime)) : -1;
  const mark = airtimeAt >= 0 ? { mark: { at: airtimeAt, label: 'airtime' } } : {};
  const names = [...new Set(rows.flatMap((row) => row.probes.map((p) => p.name)))];
  const charts: Chart[] = [
    {
      title: 'Response time of each page',
      unit: 'ms',
      x: `time (${zoneName(rows[0]!.at, airtime)})`,
      ends,
      ...mark,
      series: names.map((name) => ({ name, values: rows.map((row) => row.probes.find((p) => p.name === name)?.totalMs ?? null) })),
    },
  ];
  const reads = rows.map((row) => (row.figures ? trafficOf(row.figures) : undefined));
  const planned = reads.find((read) => read?.planned)?.planned;
  if (reads.some(Boolean))
    charts.push({
      title: `Requests/s ${reads.find(Boolean)!.where}`,
      unit: 'req/s',
      x: `time (${zoneName(rows[0]!.at, airtime)})`,
      ends,
      ...mark,
      series: [{ name: 'requests/s', values: heldBetweenReads(rows, (figures) => trafficOf(figures)?.rate) }],
      ...(planned ? { limit: { value: planned, label: 'plan' } } : {}),
    });
  return charts;
}

/**
 * A value of the live figures at each look: the one its latest read gave, held until the next read (CloudWatch's
 * points are a minute apart, the looks seconds); null before the first read, or when the read had no point.
 */
export function heldBetweenReads(rows: WatchRow[], pick: (figures: Figure[]) => number | undefined): (number | null)[] {
  let held: number | null = null;
  return rows.map((row) => (row.figures ? (held = pick(row.figures) ?? null) : held));
}

const minutes = (ms: number) => (ms === 0 ? '0' : formatDuration(ms));
const ms = (value: number | undefined) => (value === undefined ? '—' : `${formatNumber(value)} ms`);

function headline(s: AfterShow): string[] {
  const at = (iso: string) => clockTime(iso, s.airtime);
  return [
    `Watched from ${at(s.from)} to ${at(s.to)} (${zoneName(s.from, s.airtime)}, ${s.looks} looks): ok ${minutes(s.ms.ok)}, watch ${minutes(s.ms.watch)}, act ${minutes(s.ms.act)}.`,
    ...(s.traffic
      ? [
          `Peak: ${formatNumber(s.traffic.peak)} req/s ${s.traffic.where} at ${at(s.traffic.at)}${s.traffic.planned ? `, ${formatNumber(Math.round((100 * s.traffic.peak) / s.traffic.planned))} % of the plan's ${formatNumber(s.traffic.planned)}` : ''}.`,
        ]
      : []),
    ...(s.errorShare !== undefined ? [`5xx share at the load balancers: ${formatNumber(Math.round(s.errorShare * 100) / 100)} %.`] : []),
  ];
}

const PAGE_HEADER = ['page', 'ok', 'watch', 'act', 'p95', 'slowest', '5xx', 'not the site’s page', 'plan-B page shown', 'act from – to'];
const FIGURE_HEADER = ['live figure', 'peak', 'at', 'ok', 'watch', 'act'];

function pageCells(p: PageSummary, airtime: string | undefined): string[] {
  return [
    minutes(p.ms.ok),
    minutes(p.ms.watch),
    minutes(p.ms.act),
    ms(p.p95Ms),
    ms(p.maxMs),
    String(p.errors5xx),
    String(p.notOwn),
    minutes(p.planBMs),
    p.firstAct ? `${clockTime(p.firstAct, airtime)} – ${clockTime(p.lastAct!, airtime)}` : '—',
  ];
}

function figureCells(f: FigureSummary, airtime: string | undefined): string[] {
  return [f.peak ? figureValue(f.peak) : '—', f.peakAt ? clockTime(f.peakAt, airtime) : '—', minutes(f.ms.ok), minutes(f.ms.watch), minutes(f.ms.act)];
}

export function renderAfterShowMarkdown(s: AfterShow): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `## After the show: ${s.event}`,
    '',
    ...headline(s),
    '',
    row(PAGE_HEADER),
    row(PAGE_HEADER.map(() => '---')),
    ...s.pages.map((p) => row([`${p.name} (${p.url})`, ...pageCells(p, s.airtime)])),
    ...(s.figures.length
      ? ['', row(FIGURE_HEADER), row(FIGURE_HEADER.map(() => '---')), ...s.figures.map((f) => row([f.name, ...figureCells(f, s.airtime)]))]
      : []),
    '',
  ].join('\n');
}

export function renderAfterShowHtml(s: AfterShow): string {
  const head = (cells: string[]) => `<tr>${cells.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
  const cells = (values: string[]) => values.map((c) => `<td>${escapeHtml(c)}</td>`).join('');
  const pages = s.pages.map((p) => `<tr><td>${escapeHtml(p.name)}<br><small>${escapeHtml(p.url)}</small></td>${cells(pageCells(p, s.airtime))}</tr>`).join('');
  const figures = s.figures.map((f) => `<tr><td>${escapeHtml(f.name)}</td>${cells(figureCells(f, s.airtime))}</tr>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(`After the show: ${s.event}`)}</title>
<style>${WATCH_STYLE}</style></head>
<body><h1>After the show: ${escapeHtml(s.event)}</h1>
${headline(s)
  .map((line) => `<p>${escapeHtml(line)}</p>`)
  .join('\n')}
<div class="wrap"><table>${head(PAGE_HEADER)}${pages}</table></div>
${figures ? `<div class="wrap"><table>${head(FIGURE_HEADER)}${figures}</table></div>` : ''}
${s.charts.map(renderSvgChart).join('\n')}
</body></html>
`;
}

/** The watch pages' look (after-show and live): one small stylesheet, light and dark, no external font. */
export const WATCH_STYLE =
  ':root{color-scheme:light dark}body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:0 auto;padding:24px}table{border-collapse:collapse;width:100%;margin:12px 0}th,td{border:1px solid #8884;padding:4px 8px;text-align:left;vertical-align:top}.wrap{overflow-x:auto}svg.chart{width:100%;height:auto;background:#fff;margin:8px 0}';
