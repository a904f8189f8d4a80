/**
 * The report model: one zod schema, from which the TypeScript types and schema/report.schema.json come.
 * Renderers are pure functions of a Report. Bump REPORT_SCHEMA_VERSION on any breaking change.
 */
import { z } from 'zod';

export const REPORT_SCHEMA_VERSION = 1;

export const EvidenceSchema = z.object({
  level: z.enum(['fail', 'warn', 'pass', 'info']),
  message: z.string(),
  target: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  artifact: z.string().optional(),
  /** Set on a `fail` the check could not read (an unreachable API, a denied permission): not proven either way. */
  unverified: z.boolean().optional(),
});

export const RemediationSchema = z.object({
  action: z.string(),
  command: z.string().optional(),
  leadTimeMs: z.number().nonnegative().optional(),
  /** Set by the runner: the fix takes longer than the time left before airtime. */
  tooLate: z.boolean().optional(),
});

export const ArtifactSchema = z.object({
  kind: z.enum(['screenshot', 'report', 'data']),
  path: z.string(),
  title: z.string(),
  grid: z.object({ row: z.string(), column: z.string(), marks: z.array(z.string()).optional() }).optional(),
});

/** A line chart over time (the load timeline): the HTML report draws it as inline SVG. */
export const ChartSchema = z.object({
  title: z.string(),
  unit: z.string(),
  /** Label of the x axis; point i is at x = i. */
  x: z.string(),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()), dashed: z.boolean().optional() })),
  /** A shaded span of x, such as the peak window. */
  band: z.object({ from: z.number(), to: z.number(), label: z.string() }).optional(),
  /** A horizontal line, such as a budget. */
  limit: z.object({ value: z.number(), label: z.string() }).optional(),
  /** A vertical line at x, such as airtime. */
  mark: z.object({ at: z.number(), label: z.string() }).optional(),
  /** Labels of the first and last x (times of day), instead of 0 and the last index. */
  ends: z.tuple([z.string(), z.string()]).optional(),
});

/**
 * A score from 0 to 1 (a Lighthouse category): the HTML report draws it as a gauge, with the spread of the runs
 * and the threshold.
 */
export const GaugeSchema = z.object({
  label: z.string(),
  /** The score judged (the median of the runs). */
  value: z.number().min(0).max(1),
  min: z.number().min(0).max(1).optional(),
  max: z.number().min(0).max(1).optional(),
  threshold: z.number().min(0).max(1).optional(),
});

/** A check's status. The check kit's outcome uses the same enum, without `not-run` (the runner's alone). */
export const CheckStatusSchema = z.enum(['pass', 'fail', 'warn', 'skip', 'error', 'not-run']);
export const OUTCOMES = ['blocker', 'warning', 'passed', 'skipped'] as const;

export const CheckReportSchema = z.object({
  id: z.string(),
  /** The check's title when it passed, its failureTitle otherwise. */
  title: z.string(),
  description: z.string(),
  docs: z.string().optional(),
  severity: z.enum(['warn', 'error']),
  status: CheckStatusSchema,
  outcome: z.enum(OUTCOMES),
  summary: z.string(),
  evidence: z.array(EvidenceSchema),
  remediation: z.array(RemediationSchema),
  artifacts: z.array(ArtifactSchema),
  charts: z.array(ChartSchema).optional(),
  gauges: z.array(GaugeSchema).optional(),
  durationMs: z.number().nonnegative(),
});

export const FigureSchema = z.object({ id: z.string(), label: z.string(), value: z.number(), unit: z.string(), formula: z.string() });

export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('primetime'), version: z.string() }),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number().nonnegative(),
  event: z.object({ name: z.string(), airtime: z.string().optional(), timeLeftMs: z.number().optional() }),
  site: z.object({ baseUrl: z.string() }),
  plan: z.object({ figures: z.array(FigureSchema), notes: z.array(z.string()) }),
  verdict: z.enum(['GO', 'NO-GO']),
  failOn: z.enum(['error', 'warn']),
  /** Interrupted (Ctrl-C): some checks did not run, so the verdict cannot be GO. */
  incomplete: z.boolean(),
  /** Labels of simulated parts (the demo's simulated AWS account), shown on every rendering. */
  simulated: z.array(z.string()),
  /** The config's enabled checks this run left out (--only, --skip): a partial run proves nothing of them. */
  notRun: z.array(z.string()),
  counts: z.object({ blockers: z.number(), warnings: z.number(), passed: z.number(), skipped: z.number() }),
  /** Blockers first, then warnings, passes and skips. */
  checks: z.array(CheckReportSchema),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Remediation = z.infer<typeof RemediationSchema>;
export type Artifact = z.infer<typeof ArtifactSchema>;
export type Chart = z.infer<typeof ChartSchema>;
export type Gauge = z.infer<typeof GaugeSchema>;
export type CheckReport = z.infer<typeof CheckReportSchema>;
export type Outcome = CheckReport['outcome'];
export type Report = z.infer<typeof ReportSchema>;

const OUTCOME_ORDER: Record<Outcome, number> = { blocker: 0, warning: 1, passed: 2, skipped: 3 };

export function byOutcome(a: CheckReport, b: CheckReport): number {
  return OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome];
}

/** How a check's status and its configured severity combine. */
export function outcomeOf(status: CheckReport['status'], severity: CheckReport['severity']): Outcome {
  switch (status) {
    case 'pass':
      return 'passed';
    case 'skip':
    case 'not-run':
      return 'skipped';
    case 'warn':
      return 'warning';
    case 'fail':
    case 'error':
      return severity === 'error' ? 'blocker' : 'warning';
  }
}

export function verdictOf(counts: Report['counts'], failOn: Report['failOn'], incomplete: boolean): Report['verdict'] {
  // Fail closed: a run in which nothing passed proved nothing, whatever was skipped.
  if (incomplete || counts.blockers > 0 || counts.passed === 0) return 'NO-GO';
  return failOn === 'warn' && counts.warnings > 0 ? 'NO-GO' : 'GO';
}
