/**
 * One way for every check to collect what it found and the fixes, and to sum them up:
 *
 *   const found = findings();
 *   found.fail('No 503 page is configured', { target: url, fix: 'Set site.errorPages.serviceUnavailable.' });
 *   return found.outcome('Error pages are branded.');
 *
 * Any fail fails, else any warn warns, else it passes, but only when something was positively verified: no pass
 * proves nothing, a skip. A point the check could not read (`unverified`) makes it an error, "could not verify",
 * unless a proven failure stands beside it. Each fix is listed once, however many findings call for it, and each
 * defect is one finding however many places show it: the same message on 51 files is one line with its count and
 * a few of its targets (data.targets lists them all).
 */
import type { CheckOutcome, Evidence, Remediation } from './contract.js';

export interface FindingDetails {
  target?: string;
  data?: Record<string, unknown>;
  artifact?: string;
  /** The fix this finding calls for: an action, or an action with its command and lead time. */
  fix?: string | Remediation;
}

export type Extras = Pick<CheckOutcome, 'artifacts' | 'charts' | 'gauges'>;

export interface Findings {
  readonly evidence: Evidence[];
  readonly remediation: Remediation[];
  fail(message: string, details?: FindingDetails): void;
  warn(message: string, details?: FindingDetails): void;
  pass(message: string, details?: FindingDetails): void;
  info(message: string, details?: FindingDetails): void;
  /** A point that could not be read (an API that did not answer, a denied permission): not proven either way. */
  unverified(message: string, details?: FindingDetails): void;
  /** Adds evidence already shaped (from a judge), with its fix. */
  add(evidence: Evidence, fix?: string | Remediation): void;
  fix(remediation: string | Remediation): void;
  count(level: Evidence['level']): number;
  /** The sum: `passSummary` when nothing failed or warned and something passed. */
  outcome(passSummary: string, extras?: Extras): CheckOutcome;
}

export function findings(): Findings {
  const evidence: Evidence[] = [];
  const remediation: Remediation[] = [];
  const fix = (given: string | Remediation) => {
    const remedy = typeof given === 'string' ? { action: given } : given;
    if (!remediation.some((r) => r.action === remedy.action)) remediation.push(remedy);
  };
  const add = (item: Evidence, remedy?: string | Remediation) => {
    evidence.push(item);
    if (remedy) fix(remedy);
  };
  const record =
    (level: Evidence['level'], unverified?: true) =>
    (message: string, { fix: remedy, ...details }: FindingDetails = {}) =>
      add({ level, message, ...details, ...(unverified ? { unverified } : {}) }, remedy);
  return {
    evidence,
    remediation,
    fail: record('fail'),
    warn: record('warn'),
    pass: record('pass'),
    info: record('info'),
    unverified: record('fail', true),
    add,
    fix,
    count: (level) => evidence.filter((e) => e.level === level && !e.unverified).length,
    outcome: (passSummary, extras = {}) => {
      const merged = mergeRepeats(evidence);
      return { ...sumUp(merged, passSummary), evidence: merged, remediation, ...extras };
    },
  };
}

/** How many of a repeated finding's targets its message names. */
const NAMED_TARGETS = 3;

/** Findings that say the same thing of several targets, as one finding each, in the order first seen. */
export function mergeRepeats(evidence: Evidence[]): Evidence[] {
  const groups = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const key = `${item.level}|${item.unverified ? 1 : 0}|${item.message}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].map((items) => {
    const targets = [...new Set(items.map((item) => item.target).filter((t): t is string => t !== undefined))];
    if (targets.length < 2) return items[0]!;
    const named = targets.slice(0, NAMED_TARGETS).map((target) => shortTarget(target, targets[0]!));
    const more = targets.length > NAMED_TARGETS ? ` and ${targets.length - NAMED_TARGETS} more` : '';
    const message = `${items[0]!.message.replace(/\.$/, '')} (${targets.length} times: ${named.join(', ')}${more}).`;
    return { ...items[0]!, message, data: { ...items[0]!.data, targets } };
  });
}

/** A URL on the first target's origin as its path: the list stays short enough to read. */
function shortTarget(target: string, first: string): string {
  try {
    const [url, origin] = [new URL(target), new URL(first).origin];
    return url.origin === origin ? `${url.pathname}${url.search}` : target;
  } catch {
    return target;
  }
}

function sumUp(evidence: Evidence[], passSummary: string): Pick<CheckOutcome, 'status' | 'summary'> {
  const fails = evidence.filter((e) => e.level === 'fail' && !e.unverified);
  const warns = evidence.filter((e) => e.level === 'warn');
  const unverified = evidence.filter((e) => e.unverified);
  const withOthers = (first: Evidence, total: number) => first.message + (total > 1 ? ` (+${total - 1} more)` : '');
  if (fails.length === 0 && unverified.length > 0) return { status: 'error', summary: withOthers(unverified[0]!, unverified.length) };
  if (fails.length > 0) return { status: 'fail', summary: withOthers(fails[0]!, fails.length) };
  if (warns.length > 0) return { status: 'warn', summary: withOthers(warns[0]!, warns.length) };
  if (!evidence.some((e) => e.level === 'pass')) return { status: 'skip', summary: 'Nothing could be verified with this configuration.' };
  return { status: 'pass', summary: passSummary };
}
