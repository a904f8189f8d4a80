/** The terminal: a line per check as it ends, then the verdict with blockers first. Honours NO_COLOR and non-TTY output. */
import type { ProgressEvent } from '../../check/index.js';
import { formatDuration } from '../../util/duration.js';
import type { CheckReport, Outcome, Report } from '../model.js';
import { countsLine, leadTimeText, OUTCOME_HEADINGS, planHighlights, summaryIsNews, timeLeftText, verdictReason } from '../text.js';

export interface Style {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export function createStyle(enabled: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

/** Colour when writing to a terminal, unless NO_COLOR is set; FORCE_COLOR forces it. */
export function colorWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const MARKS: Record<Outcome, string> = { blocker: '✗', warning: '!', passed: '✓', skipped: '-' };

function mark(outcome: Outcome, style: Style): string {
  const paint = { blocker: style.red, warning: style.yellow, passed: style.green, skipped: style.dim }[outcome];
  return paint(MARKS[outcome]);
}

export function renderProgress(event: ProgressEvent, style: Style): string | undefined {
  if (event.type === 'start') return undefined;
  if (event.type === 'note' || event.type === 'step') return style.dim(`    ${event.id}: ${event.message}`);
  const { result } = event;
  return `  ${mark(result.outcome, style)} ${result.id.padEnd(18)} ${result.summary} ${style.dim(`(${formatDuration(result.durationMs)})`)}`;
}

const MAX_EVIDENCE = 8;

function renderCheck(check: CheckReport, style: Style): string[] {
  const lines = [`  ${mark(check.outcome, style)} ${style.bold(check.id)}: ${check.title}`, ...(summaryIsNews(check) ? [`    ${check.summary}`] : [])];
  if (check.outcome === 'blocker' || check.outcome === 'warning') {
    const shown = check.evidence.filter((e) => e.level === 'fail' || e.level === 'warn');
    for (const evidence of shown.slice(0, MAX_EVIDENCE)) {
      lines.push(
        `    ${evidence.level === 'fail' ? style.red('•') : style.yellow('•')} ${evidence.message}${evidence.target ? style.dim(`  ${evidence.target}`) : ''}`,
      );
    }
    if (shown.length > MAX_EVIDENCE) lines.push(style.dim(`    … and ${shown.length - MAX_EVIDENCE} more in the full report`));
    for (const fix of check.remediation) {
      lines.push(`    → ${fix.action}`);
      if (fix.command) lines.push(`      $ ${fix.command}`);
      const lead = leadTimeText(fix);
      if (lead) lines.push(`      ${fix.tooLate ? style.red(lead) : style.dim(lead)}`);
    }
  }
  return lines;
}

export function renderTerminal(report: Report, style: Style, reportPath?: string): string {
  const lines: string[] = [];
  const when = timeLeftText(report);
  lines.push('', style.bold(`primetime ${report.tool.version} · ${report.event.name}${when ? ` · ${when}` : ''}`));
  lines.push(style.dim(`Plan: ${planHighlights(report)}`));
  for (const label of report.simulated) lines.push(style.yellow(`SIMULATED: ${label}`));
  for (const outcome of ['blocker', 'warning', 'passed', 'skipped'] as const) {
    const group = report.checks.filter((c) => c.outcome === outcome);
    if (group.length === 0) continue;
    lines.push('', style.bold(`${OUTCOME_HEADINGS[outcome]} (${group.length})`));
    for (const check of group) lines.push(...(outcome === 'passed' ? [`  ${mark(outcome, style)} ${check.id}: ${check.summary}`] : renderCheck(check, style)));
  }
  lines.push('', renderVerdict(report, style).trimEnd());
  if (reportPath) lines.push(style.dim(`Report: ${reportPath}`));
  return lines.join('\n') + '\n';
}

/** The verdict line alone (all `--quiet` prints). */
export function renderVerdict(report: Report, style: Style): string {
  const verdict = report.verdict === 'GO' ? style.green(style.bold('GO')) : style.red(style.bold('NO-GO'));
  return `${verdict}: ${verdictReason(report)}. ${style.dim(countsLine(report))}\n`;
}
