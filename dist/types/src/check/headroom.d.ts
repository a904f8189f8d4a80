/** A need held against a capacity, as the checks behind the load balancer judge them (connections, units, emails/s). */
import type { FindingDetails, Findings } from './findings.js';
export interface Headroom {
    need: number;
    capacity: number;
    /** The share of the capacity the peak may use: the rest is headroom. */
    maxShare: number;
    /** "elan-db: 180 connections at the peak of max_connections 1,000": the share is added. */
    said: string;
    /** What happens past 100 %: "the peak would be refused". */
    over: string;
    target: string;
    /** The fix, given the capacity that keeps the need under maxShare. */
    fix: (wanted: number) => FindingDetails['fix'];
}
/** Pass up to maxShare, warn past it, fail past 100 %, with the fix sized to bring the need back under maxShare. */
export declare function judgeHeadroom(found: Findings, { need, capacity, maxShare, said, over, target, fix }: Headroom): void;
