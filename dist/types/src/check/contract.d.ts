/**
 * The check contract, as zod schemas: the types are inferred from them, and the same schemas validate a plugin's
 * `meta` when the config loads and every check's outcome when it returns. A check is data (`meta`) plus one
 * function (`run`), like a Lighthouse audit or an ESLint rule. Severity is not here: it belongs to the config.
 */
import { z } from 'zod';
import type { Config } from '../config/schema.js';
import type { Problem } from '../config/problems.js';
import type { CheckContext } from './context.js';
import type { CheckReport } from '../report/model.js';
export declare const RequirementSchema: z.ZodEnum<{
    aws: "aws";
    network: "network";
    browser: "browser";
}>;
export declare const CheckMetaSchema: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodString;
    failureTitle: z.ZodString;
    description: z.ZodString;
    docs: z.ZodOptional<z.ZodString>;
    options: z.ZodCustom<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>, z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
    recommended: z.ZodOptional<z.ZodEnum<{
        error: "error";
        warn: "warn";
    }>>;
    requires: z.ZodReadonly<z.ZodArray<z.ZodEnum<{
        aws: "aws";
        network: "network";
        browser: "browser";
    }>>>;
    packages: z.ZodOptional<z.ZodReadonly<z.ZodArray<z.ZodString>>>;
    permissions: z.ZodOptional<z.ZodReadonly<z.ZodArray<z.ZodString>>>;
    section: z.ZodOptional<z.ZodEnum<{
        load: "load";
    }>>;
    exclusive: z.ZodOptional<z.ZodBoolean>;
    timeout: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
/**
 * What a check hands back. `error`: it ran but could not verify (an inconclusive measurement), neither a pass nor a
 * failure blamed on the site. The runner alone gives `not-run` (interrupted).
 */
export declare const CheckOutcomeSchema: z.ZodObject<{
    status: z.ZodEnum<{
        error: "error";
        warn: "warn";
        fail: "fail";
        pass: "pass";
        skip: "skip";
    }>;
    summary: z.ZodString;
    evidence: z.ZodOptional<z.ZodArray<z.ZodObject<{
        level: z.ZodEnum<{
            warn: "warn";
            fail: "fail";
            pass: "pass";
            info: "info";
        }>;
        message: z.ZodString;
        target: z.ZodOptional<z.ZodString>;
        data: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        artifact: z.ZodOptional<z.ZodString>;
        unverified: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>>;
    remediation: z.ZodOptional<z.ZodArray<z.ZodObject<{
        command: z.ZodOptional<z.ZodString>;
        action: z.ZodString;
        leadTimeMs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>>;
    artifacts: z.ZodOptional<z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            report: "report";
            data: "data";
            screenshot: "screenshot";
        }>;
        path: z.ZodString;
        title: z.ZodString;
        grid: z.ZodOptional<z.ZodObject<{
            row: z.ZodString;
            column: z.ZodString;
            marks: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strip>>;
    }, z.core.$strip>>>;
    charts: z.ZodOptional<z.ZodArray<z.ZodObject<{
        title: z.ZodString;
        unit: z.ZodString;
        x: z.ZodString;
        series: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            values: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
            dashed: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
        band: z.ZodOptional<z.ZodObject<{
            from: z.ZodNumber;
            to: z.ZodNumber;
            label: z.ZodString;
        }, z.core.$strip>>;
        limit: z.ZodOptional<z.ZodObject<{
            value: z.ZodNumber;
            label: z.ZodString;
        }, z.core.$strip>>;
        mark: z.ZodOptional<z.ZodObject<{
            at: z.ZodNumber;
            label: z.ZodString;
        }, z.core.$strip>>;
        ends: z.ZodOptional<z.ZodTuple<[z.ZodString, z.ZodString], null>>;
    }, z.core.$strip>>>;
    gauges: z.ZodOptional<z.ZodArray<z.ZodObject<{
        label: z.ZodString;
        value: z.ZodNumber;
        min: z.ZodOptional<z.ZodNumber>;
        max: z.ZodOptional<z.ZodNumber>;
        threshold: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type CheckMeta<Options extends z.ZodType = z.ZodType> = Omit<z.infer<typeof CheckMetaSchema>, 'options'> & {
    options: Options;
};
export type CheckOutcome = z.infer<typeof CheckOutcomeSchema>;
export type CheckStatus = CheckOutcome['status'];
export type Remediation = NonNullable<CheckOutcome['remediation']>[number];
export type { Evidence, Artifact, Chart, Gauge } from '../report/model.js';
export interface Check<Options extends z.ZodType = z.ZodType> {
    meta: CheckMeta<Options>;
    /**
     * Problems with the rest of the config this check reads (the load check's `load` section) if it runs: read once,
     * when the config loads; config errors before anything runs when the check is on, or when --only names it.
     */
    validate?(config: Config): Problem[];
    /**
     * What `primetime watch` reads live of this check's options during the show (typed: renaming an option breaks
     * this declaration at compile time, never the watch in silence). Read whether or not the check is on.
     */
    watched?(options: z.output<Options>): WatchedByCheck;
    /**
     * An exclusive check's preparation, started as the run begins so that it overlaps the checks before it: loading
     * its modules, never reading the site or measuring. `run` must not depend on it (it may not be finished, or may
     * have failed: run then meets the same failure and reports it).
     */
    warmUp?(): Promise<void>;
    run(ctx: CheckContext<z.output<Options>>): Promise<CheckOutcome>;
}
/** The AWS resources a check names for the watch, and the limits their live figures are judged against. */
export interface WatchedByCheck {
    loadBalancers?: string[];
    targetGroups?: string[];
    distributions?: string[];
    autoScalingGroups?: string[];
    dbInstances?: string[];
    dbClusters?: string[];
    tables?: string[];
    cacheGroups?: string[];
    /** The account's SES sending, in each region read. */
    email?: boolean;
    /** CloudWatch alarms by name, and by name prefix: their state on the watch. */
    alarms?: string[];
    alarmPrefixes?: string[];
    /** A heavy page and the text only its light version holds: the watch says which mode is live. */
    peakMode?: {
        page: string;
        lightMarker: string;
    };
    /** The LCUs reserved, when the check sets them instead of the plan's. */
    lcus?: number;
    /** Healthy targets each target group needs. */
    minHealthy?: number;
}
/** A plugin's export, checked when the config loads. */
export declare const CheckSchema: z.ZodObject<{
    meta: z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        failureTitle: z.ZodString;
        description: z.ZodString;
        docs: z.ZodOptional<z.ZodString>;
        options: z.ZodCustom<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>, z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
        recommended: z.ZodOptional<z.ZodEnum<{
            error: "error";
            warn: "warn";
        }>>;
        requires: z.ZodReadonly<z.ZodArray<z.ZodEnum<{
            aws: "aws";
            network: "network";
            browser: "browser";
        }>>>;
        packages: z.ZodOptional<z.ZodReadonly<z.ZodArray<z.ZodString>>>;
        permissions: z.ZodOptional<z.ZodReadonly<z.ZodArray<z.ZodString>>>;
        section: z.ZodOptional<z.ZodEnum<{
            load: "load";
        }>>;
        exclusive: z.ZodOptional<z.ZodBoolean>;
        timeout: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
    run: z.ZodCustom<(ctx: CheckContext<unknown>) => Promise<CheckOutcome>, (ctx: CheckContext<unknown>) => Promise<CheckOutcome>>;
}, z.core.$strip>;
/** Identity, for inference: `export default defineCheck({ meta: { options: z.object(…) }, run(ctx) { ctx.options… } })`. */
export declare function defineCheck<Options extends z.ZodType>(check: Check<Options>): Check<Options>;
/** What the runner tells as the run goes: a check starts, notes its progress, ends with its result. */
export type ProgressEvent = {
    type: 'start';
    id: string;
    title: string;
} | {
    type: 'note';
    id: string;
    message: string;
}
/** Where a long check is ("run 2/3 on / (mobile)"): a terminal shows the latest on one line, updated in place. */
 | {
    type: 'step';
    id: string;
    message: string;
} | {
    type: 'end';
    result: CheckReport;
};
