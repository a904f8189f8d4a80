/**
 * A self-contained HTML page: inline CSS, no script at all, screenshots referenced from the report folder
 * (relative paths, so the folder can be zipped and opened anywhere). Blockers first; grids for device shots.
 */
import type { Artifact, CheckReport, Report } from '../model.js';
import { escapeHtml } from './escape.js';
import { localTime } from '../time.js';
import { renderSvgChart } from './svg-chart.js';
import { renderSvgGauge } from './svg-gauge.js';
import { formatDuration } from '../../util/duration.js';
import { countsLine, formatNumber, leadTimeText, OUTCOME_HEADINGS, planHighlights, STATUS_LABEL, summaryIsNews, timeLeftText, verdictReason } from '../text.js';

/** Escapes, then shows `code` spans (remediation text uses them for config lines and commands). */
function prose(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Only relative paths inside the report folder, or http(s) links, become links. */
function safeHref(path: string): string | undefined {
  if (/^https?:\/\//i.test(path)) return path;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.split('/').includes('..')) return undefined;
  return path;
}

const CSS = `
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

/** Problems shown before the others fold: enough to see what kind of defect, few enough to scroll past on a phone. */
const SHOWN = 5;

/** The first `shown` items, then the rest folded under their count. */
function foldAfter(items: string[], open: (items: string[]) => string, noun: string, shown = SHOWN): string {
  if (items.length <= shown) return items.length ? open(items) : '';
  const rest = items.slice(shown);
  return `${open(items.slice(0, shown))}<details class="more"><summary>${rest.length} more ${noun}</summary>${open(rest)}</details>`;
}

function evidenceItem(e: CheckReport['evidence'][number]): string {
  const target = e.target ? ` <code>${escapeHtml(e.target)}</code>` : '';
  const href = e.artifact ? safeHref(e.artifact) : undefined;
  const link = href ? ` <a href="${escapeHtml(href)}">view</a>` : '';
  return `<li><span class="tag ${e.level}">${e.level}</span>${prose(e.message)}${target}${link}</li>`;
}

/** The first problems open, the others and what passed folded under their counts, so long matrices stay readable. */
function evidenceList(check: CheckReport): string {
  const problems = check.evidence.filter((e) => e.level !== 'pass');
  const passed = check.evidence.filter((e) => e.level === 'pass');
  const list = (items: string[]) => `<ul class="evidence">${items.join('')}</ul>`;
  const folded = passed.length ? `<details class="passed-evidence"><summary>${passed.length} passed</summary>${list(passed.map(evidenceItem))}</details>` : '';
  return foldAfter(problems.map(evidenceItem), list, 'findings') + folded;
}

function remediationList(check: CheckReport): string {
  if (check.remediation.length === 0) return '';
  const items = check.remediation.map((fix) => {
    const lead = leadTimeText(fix);
    return `<li>${prose(fix.action)}${fix.command ? `<pre>${escapeHtml(fix.command)}</pre>` : ''}${lead ? `<div class="${fix.tooLate ? 'late' : ''}">${escapeHtml(lead)}</div>` : ''}</li>`;
  });
  return `<h4>Fix</h4><ul>${items.join('')}</ul>`;
}

function figure(artifact: Artifact): string {
  const href = safeHref(artifact.path);
  if (!href) return '';
  const body =
    artifact.kind === 'screenshot'
      ? `<a href="${escapeHtml(href)}"><img loading="lazy" src="${escapeHtml(href)}" alt="${escapeHtml(artifact.title)}"></a>`
      : `<a href="${escapeHtml(href)}">${escapeHtml(artifact.title)}</a>`;
  const marks = artifact.grid?.marks?.length ? `<div class="mark">${artifact.grid.marks.map(escapeHtml).join('<br>')}</div>` : '';
  return `<figure>${body}<figcaption>${escapeHtml(artifact.title)}</figcaption>${marks}</figure>`;
}

/** Artifacts with grid positions become a rows × columns table (pages × devices); the others a strip. */
function artifactsBlock(check: CheckReport): string {
  const gridded = check.artifacts.filter((a) => a.grid);
  const loose = check.artifacts.filter((a) => !a.grid);
  let html = '';
  if (gridded.length > 0) {
    const rows = [...new Set(gridded.map((a) => a.grid!.row))];
    const columns = [...new Set(gridded.map((a) => a.grid!.column))];
    const at = (row: string, column: string) => gridded.find((a) => a.grid!.row === row && a.grid!.column === column);
    html += `<div class="grid-wrap"><table class="grid"><tr><th></th>${columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
    html += rows
      .map(
        (row) =>
          `<tr><th>${escapeHtml(row)}</th>${columns
            .map(
              (column) =>
                `<td>${(() => {
                  const a = at(row, column);
                  return a ? figure(a) : '';
                })()}</td>`,
            )
            .join('')}</tr>`,
      )
      .join('');
    html += '</table></div>';
  }
  // Each finding links its own screenshot: the strip beyond the first two rows (on a phone) is folded.
  if (loose.length > 0) html += foldAfter(loose.map(figure), (items) => `<div class="shots">${items.join('')}</div>`, 'screenshots', 4);
  return html;
}

function checkBlock(check: CheckReport): string {
  // Blockers and warnings to act on, and skips whose reason must be read; passes stay folded, unless they have a
  // chart (the load timeline is worth a look even when it held).
  const open = check.outcome === 'passed' && !check.charts?.length ? '' : ' open';
  return `<details class="check ${check.outcome}"${open} id="check-${escapeHtml(check.id)}"><summary><span class="tag ${check.status}">${STATUS_LABEL[check.status]}</span>${escapeHtml(check.id)}: ${escapeHtml(check.title)}</summary>
${summaryIsNews(check) ? `<p>${escapeHtml(check.summary)}</p>` : ''}<details class="more"><summary>What it checks</summary><p class="description">${escapeHtml(check.description)}${check.docs && safeHref(check.docs) ? ` <a href="${escapeHtml(check.docs)}">Docs</a>` : ''}</p></details>
${check.gauges?.length ? `<div class="gauges">${check.gauges.map(renderSvgGauge).join('')}</div>` : ''}${(check.charts ?? []).map(renderSvgChart).join('')}${evidenceList(check)}${remediationList(check)}${artifactsBlock(check)}
<p><small>severity ${check.severity} · ${Math.round(check.durationMs)} ms</small></p></details>`;
}

export function renderHtml(report: Report): string {
  const when = timeLeftText(report);
  const groups = (['blocker', 'warning', 'passed', 'skipped'] as const)
    .map((outcome) => ({ outcome, checks: report.checks.filter((c) => c.outcome === outcome) }))
    .filter((g) => g.checks.length > 0)
    .map((g) => {
      const heading = `<h2>${OUTCOME_HEADINGS[g.outcome]} (${g.checks.length})</h2>`;
      const blocks = g.checks.map(checkBlock).join('\n');
      // What passed is in the overview already: its blocks fold as one.
      return `<section>${g.outcome === 'passed' ? `<details class="group"><summary>${heading}</summary>${blocks}</details>` : heading + blocks}</section>`;
    });
  const overview = `<section><h2>Checks</h2><div class="table-wrap"><table class="overview"><tr><th>Status</th><th>Check</th><th>Time</th><th>Summary</th></tr>${report.checks
    .map(
      (c) =>
        `<tr class="${c.outcome}"><td><span class="tag ${c.status}">${STATUS_LABEL[c.status]}</span></td><td><a href="#check-${escapeHtml(c.id)}">${escapeHtml(c.id)}</a></td><td class="num">${escapeHtml(formatDuration(c.durationMs))}</td><td>${escapeHtml(c.summary)}</td></tr>`,
    )
    .join('')}</table></div></section>`;
  const plan = `<section><details class="group"><summary><h2>Event plan</h2> ${escapeHtml(planHighlights(report))}</summary><div class="table-wrap"><table><tr><th>Figure</th><th>Value</th><th>How it is computed</th></tr>${report.plan.figures
    .map(
      (f) =>
        `<tr><td>${escapeHtml(f.label)}</td><td class="num">${escapeHtml(formatNumber(f.value))} ${escapeHtml(f.unit)}</td><td>${escapeHtml(f.formula)}</td></tr>`,
    )
    .join('')}</table></div>${report.plan.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}</details></section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`${report.verdict}: ${report.event.name} (primetime)`)}</title><style>${CSS}</style></head>
<body><main>
<header class="verdict ${report.verdict}"><h1>${report.verdict}</h1><p>${escapeHtml(report.event.name)} · ${escapeHtml(verdictReason(report))}</p><p>${escapeHtml(countsLine(report))}${when ? ` · ${escapeHtml(when)}` : ''}</p></header>
${report.simulated.map((label) => `<div class="simulated"><strong>Simulated:</strong> ${escapeHtml(label)}</div>`).join('')}
<p>Site <code>${escapeHtml(report.site.baseUrl)}</code> · checked <time datetime="${escapeHtml(report.finishedAt)}">${escapeHtml(localTime(report.finishedAt, report.event.airtime))}</time> in ${Math.round(report.durationMs / 100) / 10} s · primetime ${escapeHtml(report.tool.version)}${report.incomplete ? ' · <strong>incomplete: interrupted</strong>' : ''}</p>
${overview}
${groups.join('\n')}
${plan}
</main></body></html>
`;
}
