/**
 * The event plan: every threshold primetime applies is derived here from `event`, and each figure
 * keeps the formula and inputs that produced it so a person can redo it by hand.
 */
import type { EventConfig } from '../config/schema.js';
export interface Figure {
    id: string;
    label: string;
    value: number;
    unit: string;
    formula: string;
}
/** The plan's figures a check reads: every one the event gives; instances and vCPUs with event.capacity. */
export interface PlanTargets {
    visitors: number;
    arrivalsPerSecond: number;
    peakArrivalsPerSecond: number;
    pageViewsPerSecond: number;
    requestsPerSecond: number;
    originRequestsPerSecond: number;
    newConnectionsPerSecond: number;
    lcus: number;
    instances?: number;
    vcpus?: number;
    /** With event.peakModeShare: the origin's requests/s with peak mode on. */
    originRequestsPeakMode?: number;
    /** With event.backend: the funnel's completions, emails and database work at the peak. */
    conversionsPerSecond?: number;
    emailsPerSecond?: number;
    emailsPerDay?: number;
    writesPerSecond?: number;
    readsPerSecond?: number;
    /** With event.backend.poolPerInstance and event.capacity: the connections the app opens at the peak, a deploy's included. */
    databaseConnections?: number;
}
export interface EventPlan {
    figures: Figure[];
    /** The figures by id, typed, for checks: plan.targets.lcus, plan.targets.vcpus (when the capacity gives it)… */
    targets: PlanTargets;
    notes: string[];
}
/** One ALB LCU: 25 new connections/s, 3,000 active connections (per minute), 1 GB/h processed. */
export declare const LCU: {
    readonly newConnectionsPerSecond: 25;
    readonly activeConnections: 3000;
    readonly bytesPerHour: 1000000000;
};
export declare function buildPlan(event: EventConfig): EventPlan;
