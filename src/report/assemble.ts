/**
 * From check outcomes to the report: each check's result headed, sorted and judged against its severity, then the
 * report around them (counts, verdict, blockers first). Shared by the runner and `primetime merge`.
 */
import type { Check, CheckOutcome } from '../check/index.js';
import { VERSION } from '../util/version.js';
import { byOutcome, outcomeOf, REPORT_SCHEMA_VERSION, verdictOf, type CheckReport, type Report } from './model.js';

/** What needs acting on first. */
const EVIDENCE_ORDER = { fail: 0, warn: 1, info: 2, pass: 3 } as const;

/** One check's result as the report shows it: headed by what it proved, findings first, fixes flagged when too late. */
export function finish(
  base: Pick<CheckReport, 'id' | 'description' | 'docs' | 'severity'>,
  meta: Pick<Check['meta'], 'title' | 'failureTitle'>,
  outcome: CheckOutcome | { status: 'not-run'; summary: string },
  durationMs: number,
  timeLeftMs: number | undefined,
): CheckReport {
  const full = outcome as CheckOutcome;
  // A check that could not run proved nothing either way: it is headed as unverified, never as the failure it names.
  const couldNotRun = outcome.status === 'error';
  return {
    ...base,
    title: couldNotRun ? `Could not verify: ${meta.title}` : outcome.status === 'pass' || outcome.status === 'skip' ? meta.title : meta.failureTitle,
    status: outcome.status,
    outcome: outcomeOf(outcome.status, base.severity),
    summary: outcome.summary,
    evidence: [...(full.evidence ?? [])].sort((a, b) => EVIDENCE_ORDER[a.level] - EVIDENCE_ORDER[b.level]),
    remediation: (full.remediation?.length ? full.remediation : couldNotRun ? [{ action: COULD_NOT_RUN_FIX }] : []).map((r) => ({
      ...r,
      ...(r.leadTimeMs !== undefined && timeLeftMs !== undefined ? { tooLate: r.leadTimeMs > timeLeftMs } : {}),
    })),
    artifacts: full.artifacts ?? [],
    ...(full.charts?.length ? { charts: full.charts } : {}),
    ...(full.gauges?.length ? { gauges: full.gauges } : {}),
    durationMs,
  };
}

const COULD_NOT_RUN_FIX = 'Remove what kept the check from running (its cause is above), then run it again: until then this point is not proven.';

/** The report around check results: counts, verdict, blockers first. */
export function assembleReport(
  results: CheckReport[],
  parts: Pick<Report, 'event' | 'site' | 'plan' | 'failOn' | 'incomplete' | 'simulated'> & { started: Date; finished: Date; notRun?: string[] },
): Report {
  const { started, finished, notRun = [], ...rest } = parts;
  const counts = {
    blockers: results.filter((r) => r.outcome === 'blocker').length,
    warnings: results.filter((r) => r.outcome === 'warning').length,
    passed: results.filter((r) => r.outcome === 'passed').length,
    skipped: results.filter((r) => r.outcome === 'skipped').length,
  };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'primetime', version: VERSION },
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    ...rest,
    notRun,
    verdict: verdictOf(counts, rest.failOn, rest.incomplete),
    counts,
    checks: results.sort(byOutcome),
  };
}
