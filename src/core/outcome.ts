/**
 * The usual way a check sums up its evidence: any fail fails, else any warn warns, else it passes, but only when
 * something was positively verified. No evidence of a pass means nothing was proven: a skip, never a pass. Points
 * the check could not read (`unverified`) make it an error, "could not verify", unless a proven failure stands.
 */
import type { CheckOutcome, Evidence, Remediation } from './check.js';

export function failOrPass(evidence: Evidence[], remediation: Remediation[], passSummary: string): CheckOutcome {
  const worst = (level: Evidence['level']) => evidence.filter((e) => e.level === level);
  const [fails, warns] = [worst('fail').filter((e) => !e.unverified), worst('warn')];
  const unverified = evidence.filter((e) => e.unverified);
  if (fails.length === 0 && unverified.length > 0)
    return { status: 'error', summary: unverified[0]!.message + (unverified.length > 1 ? ` (+${unverified.length - 1} more)` : ''), evidence, remediation };
  const first = fails[0] ?? warns[0];
  if (!first) {
    if (!evidence.some((e) => e.level === 'pass'))
      return { status: 'skip', summary: 'Nothing could be verified with this configuration.', evidence, remediation };
    return { status: 'pass', summary: passSummary, evidence, remediation };
  }
  const others = (fails.length || warns.length) - 1;
  return { status: fails.length ? 'fail' : 'warn', summary: first.message + (others > 0 ? ` (+${others} more)` : ''), evidence, remediation };
}

/** The fixes a check collects: each action once, however many findings call for it. */
export function remediationList(): { items: Remediation[]; add(remediation: Remediation | string): void } {
  const items: Remediation[] = [];
  return {
    items,
    add(remediation) {
      const fix = typeof remediation === 'string' ? { action: remediation } : remediation;
      if (!items.some((r) => r.action === fix.action)) items.push(fix);
    },
  };
}
