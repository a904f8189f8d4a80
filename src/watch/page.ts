/**
 * The watch as a web page (`primetime watch --serve`): the state now, each page and live figure, the last changes,
 * and a chart of each figure with airtime marked. No script, no external file or font: it refreshes itself with
 * a meta refresh, and its Content-Security-Policy forbids anything else.
 */
import type { Chart } from '../report/model.js';
import { escapeHtml } from '../report/render/escape.js';
import { renderSvgChart } from '../report/render/svg-chart.js';
import { clockTime, zoneName } from '../report/time.js';
import { changeText } from './alerts.js';
import { heldBetweenReads, WATCH_STYLE, watchCharts } from './after-show.js';
import { figureValue, heldAgainst } from './figures.js';
import type { WatchState } from './probe.js';
import { warRoomLines, type Subject } from '../runbook/war-room.js';
import { callFor, fromAirtime, nextSteps, watchNow, type WatchView } from './view.js';
import type { WatchRow } from './watch.js';

export const WATCH_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const BADGE_STYLE =
  '.state{display:inline-block;padding:0 8px;border-radius:4px;font-weight:600;color:#fff}.ok{background:#2e7d32}.watch{background:#ef6c00}.act{background:#c62828}.big{font-size:28px;padding:2px 14px}.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(360px,1fr));gap:8px}';

const badge = (state: WatchState, big = false) => `<span class="state ${state}${big ? ' big' : ''}">${state}</span>`;

/** One chart a figure: its value at each look (held between reads), the plan or limit; airtime and the times from `base`. */
function figureCharts(rows: WatchRow[], base: Chart): Chart[] {
  const names = [...new Set(rows.flatMap((row) => (row.figures ?? []).filter((f) => f.unit).map((f) => f.name)))];
  return names.map((name) => {
    const values = heldBetweenReads(rows, (figures) => figures.find((f) => f.name === name)?.value);
    const figure = rows.findLast((row) => row.figures?.some((f) => f.name === name))!.figures!.find((f) => f.name === name)!;
    const { unit, planned } = figure;
    const label = heldAgainst(figure);
    return {
      ...base,
      title: name,
      unit,
      series: [{ name, values }],
      ...(planned === undefined ? {} : { limit: { value: planned, label } }),
    };
  });
}

/** Who to call for a page or figure in act, in bold under its why. */
function calling(view: WatchView, subject: Subject, state: WatchState): string {
  const call = callFor(view, subject, state);
  return call ? `<br><strong>${escapeHtml(call)}</strong>` : '';
}

export function renderWatchPage(view: WatchView, now: number): string {
  const current = watchNow(view);
  const at = (iso: string) => clockTime(iso, view.airtime);
  const zone = zoneName(new Date(now).toISOString(), view.airtime);
  const relative = fromAirtime(view.airtime, now);
  const refresh = Math.max(2, Math.round(view.intervalMs / 1_000));
  const cells = (values: string[]) => values.map((value) => `<td>${value}</td>`).join('');
  const pages = current.pages
    .map(
      (p) =>
        `<tr>${cells([`${escapeHtml(p.name)}<br><small>${escapeHtml(p.url)}</small>`, badge(p.state), String(p.status ?? '—'), p.totalMs === undefined ? '—' : `${p.totalMs} ms`, escapeHtml(p.why ?? '') + calling(view, { kind: 'page', name: p.name }, p.state)])}</tr>`,
    )
    .join('');
  const figures = current.figures
    .map(
      (f) =>
        `<tr>${cells([escapeHtml(f.name), badge(f.state), escapeHtml(figureValue(f)), escapeHtml(f.why ?? '') + calling(view, { kind: 'figure', name: f.name }, f.state), escapeHtml(f.fix && f.state !== 'ok' ? f.fix : '')])}</tr>`,
    )
    .join('');
  const next = nextSteps(view.steps ?? [], now);
  const [timing, ...more] = view.rows.length ? watchCharts(view.rows, view.airtime) : [];
  const charts = timing ? [timing, ...more, ...figureCharts(view.rows, timing)] : [];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="${refresh}"><title>${escapeHtml(`${current.state ?? 'waiting'} · ${view.event} · primetime watch`)}</title>
<style>${WATCH_STYLE}${BADGE_STYLE}</style></head>
<body><h1>${escapeHtml(view.event)} ${current.state ? badge(current.state, true) : '<span class="state">waiting</span>'}</h1>
<p>${relative ? `<strong>${escapeHtml(relative)}</strong> · ` : ''}${current.at ? `last look ${escapeHtml(at(current.at))}` : 'no look yet'} · until ${escapeHtml(at(new Date(view.until).toISOString()))} (${escapeHtml(zone)}) · every ${refresh} s · timeline in <code>${escapeHtml(view.timeline)}</code></p>
<h2>Pages</h2>
<div class="wrap"><table><tr><th>Page</th><th>State</th><th>Status</th><th>Time</th><th>Why</th></tr>${pages}</table></div>
${figures ? `<h2>Live figures${current.figuresAt ? ` (${escapeHtml(at(current.figuresAt))})` : ''}</h2><div class="wrap"><table><tr><th>Figure</th><th>State</th><th>Now</th><th>Why</th><th>Fix</th></tr>${figures}</table></div>` : ''}
${
  view.warRoom
    ? `<h2>War room</h2><ul>${warRoomLines(view.warRoom)
        .map((line) => `<li>${escapeHtml(line)}</li>`)
        .join('')}</ul>`
    : ''
}
${next.length ? `<h2>Next in the run of show</h2><div class="wrap"><table><tr><th>At</th><th>When</th><th>Step</th><th>Owner</th></tr>${next.map(({ step, in: when }) => `<tr>${cells([escapeHtml(step.at), escapeHtml(when), `${escapeHtml(step.title)}${step.command ? `<br><code>${escapeHtml(step.command)}</code>` : ''}`, escapeHtml(step.owner)])}</tr>`).join('')}</table></div>` : ''}
<h2>Changes</h2>
${current.changes.length ? `<ul>${current.changes.map((c) => `<li>${escapeHtml(at(c.at))} ${badge(c.subject.state)} ${escapeHtml(changeText(c))}</li>`).join('')}</ul>` : '<p>None yet.</p>'}
<div class="charts">${charts.map(renderSvgChart).join('\n')}</div>
</body></html>
`;
}
