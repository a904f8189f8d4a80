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
export interface EventPlan {
    figures: Figure[];
    /** The figures by id, for checks: plan.targets.lcus, plan.targets.vcpus… */
    targets: Record<string, number>;
    notes: string[];
}
/** One ALB LCU: 25 new connections/s, 3,000 active connections (per minute), 1 GB/h processed. */
export declare const LCU: {
    readonly newConnectionsPerSecond: 25;
    readonly activeConnections: 3000;
    readonly bytesPerHour: 1000000000;
};
export declare function buildPlan(event: EventConfig): EventPlan;
