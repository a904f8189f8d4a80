/**
 * The report model: one zod schema, from which the TypeScript types and schema/report.schema.json come.
 * Renderers are pure functions of a Report. Bump REPORT_SCHEMA_VERSION on any breaking change.
 */
import { z } from 'zod';
export declare const REPORT_SCHEMA_VERSION = 1;
export declare const EvidenceSchema: z.ZodObject<{
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
}, z.core.$strip>;
export declare const RemediationSchema: z.ZodObject<{
    action: z.ZodString;
    command: z.ZodOptional<z.ZodString>;
    leadTimeMs: z.ZodOptional<z.ZodNumber>;
    tooLate: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>;
export declare const ArtifactSchema: z.ZodObject<{
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
}, z.core.$strip>;
/** A line chart over time (the load timeline): the HTML report draws it as inline SVG. */
export declare const ChartSchema: z.ZodObject<{
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
}, z.core.$strip>;
/**
 * A score from 0 to 1 (a Lighthouse category): the HTML report draws it as a gauge, with the spread of the runs
 * and the threshold.
 */
export declare const GaugeSchema: z.ZodObject<{
    label: z.ZodString;
    value: z.ZodNumber;
    min: z.ZodOptional<z.ZodNumber>;
    max: z.ZodOptional<z.ZodNumber>;
    threshold: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
/** A check's status. The check kit's outcome uses the same enum, without `not-run` (the runner's alone). */
export declare const CheckStatusSchema: z.ZodEnum<{
    error: "error";
    warn: "warn";
    fail: "fail";
    pass: "pass";
    skip: "skip";
    "not-run": "not-run";
}>;
export declare const OUTCOMES: readonly ["blocker", "warning", "passed", "skipped"];
export declare const CheckReportSchema: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodString;
    description: z.ZodString;
    docs: z.ZodOptional<z.ZodString>;
    severity: z.ZodEnum<{
        error: "error";
        warn: "warn";
    }>;
    status: z.ZodEnum<{
        error: "error";
        warn: "warn";
        fail: "fail";
        pass: "pass";
        skip: "skip";
        "not-run": "not-run";
    }>;
    outcome: z.ZodEnum<{
        blocker: "blocker";
        warning: "warning";
        passed: "passed";
        skipped: "skipped";
    }>;
    summary: z.ZodString;
    evidence: z.ZodArray<z.ZodObject<{
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
    }, z.core.$strip>>;
    remediation: z.ZodArray<z.ZodObject<{
        action: z.ZodString;
        command: z.ZodOptional<z.ZodString>;
        leadTimeMs: z.ZodOptional<z.ZodNumber>;
        tooLate: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
    artifacts: z.ZodArray<z.ZodObject<{
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
    }, z.core.$strip>>;
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
    durationMs: z.ZodNumber;
}, z.core.$strip>;
export declare const FigureSchema: z.ZodObject<{
    id: z.ZodString;
    label: z.ZodString;
    value: z.ZodNumber;
    unit: z.ZodString;
    formula: z.ZodString;
}, z.core.$strip>;
export declare const ReportSchema: z.ZodObject<{
    schemaVersion: z.ZodLiteral<1>;
    tool: z.ZodObject<{
        name: z.ZodLiteral<"primetime">;
        version: z.ZodString;
    }, z.core.$strip>;
    startedAt: z.ZodString;
    finishedAt: z.ZodString;
    durationMs: z.ZodNumber;
    event: z.ZodObject<{
        name: z.ZodString;
        airtime: z.ZodOptional<z.ZodString>;
        timeLeftMs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>;
    site: z.ZodObject<{
        baseUrl: z.ZodString;
    }, z.core.$strip>;
    plan: z.ZodObject<{
        figures: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            label: z.ZodString;
            value: z.ZodNumber;
            unit: z.ZodString;
            formula: z.ZodString;
        }, z.core.$strip>>;
        notes: z.ZodArray<z.ZodString>;
    }, z.core.$strip>;
    verdict: z.ZodEnum<{
        GO: "GO";
        "NO-GO": "NO-GO";
    }>;
    failOn: z.ZodEnum<{
        error: "error";
        warn: "warn";
    }>;
    incomplete: z.ZodBoolean;
    simulated: z.ZodArray<z.ZodString>;
    notRun: z.ZodArray<z.ZodString>;
    counts: z.ZodObject<{
        blockers: z.ZodNumber;
        warnings: z.ZodNumber;
        passed: z.ZodNumber;
        skipped: z.ZodNumber;
    }, z.core.$strip>;
    checks: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        description: z.ZodString;
        docs: z.ZodOptional<z.ZodString>;
        severity: z.ZodEnum<{
            error: "error";
            warn: "warn";
        }>;
        status: z.ZodEnum<{
            error: "error";
            warn: "warn";
            fail: "fail";
            pass: "pass";
            skip: "skip";
            "not-run": "not-run";
        }>;
        outcome: z.ZodEnum<{
            blocker: "blocker";
            warning: "warning";
            passed: "passed";
            skipped: "skipped";
        }>;
        summary: z.ZodString;
        evidence: z.ZodArray<z.ZodObject<{
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
        }, z.core.$strip>>;
        remediation: z.ZodArray<z.ZodObject<{
            action: z.ZodString;
            command: z.ZodOptional<z.ZodString>;
            leadTimeMs: z.ZodOptional<z.ZodNumber>;
            tooLate: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
        artifacts: z.ZodArray<z.ZodObject<{
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
        }, z.core.$strip>>;
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
        durationMs: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Remediation = z.infer<typeof RemediationSchema>;
export type Artifact = z.infer<typeof ArtifactSchema>;
export type Chart = z.infer<typeof ChartSchema>;
export type Gauge = z.infer<typeof GaugeSchema>;
export type CheckReport = z.infer<typeof CheckReportSchema>;
export type Outcome = CheckReport['outcome'];
export type Report = z.infer<typeof ReportSchema>;
export declare function byOutcome(a: CheckReport, b: CheckReport): number;
/** How a check's status and its configured severity combine. */
export declare function outcomeOf(status: CheckReport['status'], severity: CheckReport['severity']): Outcome;
export declare function verdictOf(counts: Report['counts'], failOn: Report['failOn'], incomplete: boolean): Report['verdict'];
