/** The usual way a check sums up its evidence: any fail fails, else any warn warns, else it passes. */
import type { CheckOutcome, Evidence, Remediation } from './check.js';

export function failOrPass(evidence: Evidence[], remediation: Remediation[], passSummary: string): CheckOutcome {
  const worst = (level: Evidence['level']) => evidence.filter((e) => e.level === level);
  const [fails, warns] = [worst('fail'), worst('warn')];
  const first = fails[0] ?? warns[0];
  if (!first) return { status: 'pass', summary: passSummary, evidence, remediation };
  const others = (fails.length || warns.length) - 1;
  return { status: fails.length ? 'fail' : 'warn', summary: first.message + (others > 0 ? ` (+${others} more)` : ''), evidence, remediation };
}
