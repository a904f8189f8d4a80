/** Wording shared by every renderer, so the terminal, Markdown, HTML and JUnit say the same thing. */
import { formatDuration } from '../util/duration.js';
import { formatNumber, plural } from '../util/words.js';

export { formatNumber, plural } from '../util/words.js';
import type { CheckReport, Outcome, Remediation, Report } from './model.js';

export const OUTCOME_HEADINGS: Record<Outcome, string> = { blocker: 'Blockers', warning: 'Warnings', passed: 'Passed', skipped: 'Skipped' };

export function countsLine(report: Report): string {
  const { blockers, warnings, passed, skipped } = report.counts;
  return [plural(blockers, 'blocker'), plural(warnings, 'warning'), `${passed} passed`, `${skipped} skipped`].join(', ');
}

/** The summary is worth a line of its own, unless it only repeats the first finding listed under it. */
export function summaryIsNews(check: CheckReport): boolean {
  const first = check.evidence.find((e) => e.level === 'fail' || e.level === 'warn');
  return !first || (check.summary !== first.message && !check.summary.startsWith(`${first.message} (+`));
}

export function verdictReason(report: Report): string {
  if (report.incomplete) return 'the run was interrupted: not every check ran';
  const reason = fullRunReason(report);
  return report.notRun.length > 0 ? `${reason}; a partial run: ${notRunText(report.notRun)}` : reason;
}

/** "3 of the config's checks not run: caching, lighthouse, load". */
export function notRunText(notRun: string[]): string {
  const shown = notRun.length > 6 ? `${notRun.slice(0, 6).join(', ')}…` : notRun.join(', ');
  return `${formatNumber(notRun.length)} of the config's checks not run (${shown})`;
}

function fullRunReason(report: Report): string {
  const unverified = report.checks.filter((c) => c.outcome === 'blocker' && c.status === 'error').length;
  if (unverified > 0 && unverified === report.counts.blockers)
    return `${plural(unverified, 'check')} could not verify ${unverified === 1 ? 'its' : 'their'} point: nothing is proven broken, nothing proven ready`;
  if (report.counts.blockers > 0) return `${plural(report.counts.blockers, 'blocker')} to fix before airtime`;
  if (report.counts.passed === 0) return 'no check passed: nothing was proven';
  if (report.verdict === 'NO-GO') return 'warnings block the verdict (--fail-on warn)';
  const ran =
    report.notRun.length === 0
      ? 'every check passed'
      : report.checks.length === 1
        ? 'the one check run passed'
        : `all ${report.checks.length} checks run passed`;
  return report.counts.skipped > 0 ? `every check that ran passed; ${report.counts.skipped} skipped (see why below)` : ran;
}

export function timeLeftText(report: Report): string | undefined {
  const { airtime, timeLeftMs } = report.event;
  if (!airtime || timeLeftMs === undefined) return undefined;
  return timeLeftMs >= 0 ? `airtime ${airtime}, T-minus ${formatDuration(timeLeftMs)}` : `airtime ${airtime}, passed ${formatDuration(-timeLeftMs)} ago`;
}

/** The handful of plan figures people look for first. */
export function planHighlights(report: Report): string {
  const wanted = ['visitors', 'peakArrivalsPerSecond', 'originRequestsPerSecond', 'lcus', 'vcpus'];
  return report.plan.figures
    .filter((figure) => wanted.includes(figure.id))
    .map((figure) => `${formatNumber(figure.value)} ${figure.unit}`)
    .join(' · ');
}

export function leadTimeText(remediation: Remediation): string | undefined {
  if (remediation.leadTimeMs === undefined) return undefined;
  const takes = `takes about ${formatDuration(remediation.leadTimeMs)}`;
  if (remediation.tooLate === true) return `${takes}: longer than the time left before airtime. Escalate now.`;
  if (remediation.tooLate === false) return `${takes}: there is still time.`;
  return takes;
}

export const STATUS_LABEL: Record<CheckReport['status'], string> = {
  pass: 'pass',
  fail: 'fail',
  warn: 'warn',
  skip: 'skip',
  error: 'error',
  'not-run': 'not run',
};

/** "a stylesheet", "an icon", "an image". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
