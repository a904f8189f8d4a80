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
export declare function findings(): Findings;
/** Findings that say the same thing of several targets, as one finding each, in the order first seen. */
export declare function mergeRepeats(evidence: Evidence[]): Evidence[];
