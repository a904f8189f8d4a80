/**
 * The check contract, as zod schemas: the types are inferred from them, and the same schemas validate a plugin's
 * `meta` when the config loads and every check's outcome when it returns. A check is data (`meta`) plus one
 * function (`run`), like a Lighthouse audit or an ESLint rule. Severity is not here: it belongs to the config.
 */
import { z } from 'zod';
import { ArtifactSchema, ChartSchema, CheckStatusSchema, EvidenceSchema, GaugeSchema, RemediationSchema } from '../report/model.js';
import type { Config } from '../config/schema.js';
import type { Problem } from '../config/problems.js';
import type { CheckContext } from './context.js';
import type { CheckReport } from '../report/model.js';

export const RequirementSchema = z.enum(['network', 'browser', 'aws']);

export const CheckMetaSchema = z.object({
  /** kebab-case, the key under `checks:` in the config, and the check's folder name. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case id'),
  /** Said when the check passes: "Error pages are branded". */
  title: z.string().min(1),
  /** Said when it fails: "A visitor can meet a blank or stock error page". */
  failureTitle: z.string().min(1),
  description: z.string(),
  /** Link to the check's documentation. */
  docs: z.string().optional(),
  /** Options with their defaults; the config's `[severity, { … }]` is validated against it. */
  options: z.custom<z.ZodType>((value) => typeof (value as { safeParse?: unknown })?.safeParse === 'function', 'a zod schema (with safeParse)'),
  /** The severity when primetime.yml does not name the check (ESLint's `meta.docs.recommended`); off when absent. */
  recommended: z.enum(['error', 'warn']).optional(),
  requires: z.array(RequirementSchema).readonly(),
  /** npm packages `run` imports lazily (Playwright, Lighthouse, cspell): the Action installs them on first need. */
  packages: z.array(z.string()).readonly().optional(),
  /** IAM actions `run` calls (read-only): `primetime iam-policy` prints them for the enabled checks. */
  permissions: z.array(z.string()).readonly().optional(),
  /** A top-level config section the check reads besides its options (`load`, which `primetime load` and `export` read too). */
  section: z.enum(['load']).optional(),
  /** Runs alone: nothing else runs beside it (Lighthouse, the load shot). */
  exclusive: z.boolean().optional(),
  /** Default time limit in ms; `runner.timeout` or the option `timeout` override it. */
  timeout: z.number().int().positive().optional(),
});

/**
 * What a check hands back. `error`: it ran but could not verify (an inconclusive measurement), neither a pass nor a
 * failure blamed on the site. The runner alone gives `not-run` (interrupted).
 */
export const CheckOutcomeSchema = z.object({
  status: CheckStatusSchema.exclude(['not-run']),
  /** One line. For `skip`, the reason. */
  summary: z.string(),
  evidence: z.array(EvidenceSchema).optional(),
  /** `tooLate` is the runner's to set, from the time left before airtime. */
  remediation: z.array(RemediationSchema.omit({ tooLate: true })).optional(),
  artifacts: z.array(ArtifactSchema).optional(),
  charts: z.array(ChartSchema).optional(),
  gauges: z.array(GaugeSchema).optional(),
});

export type Requirement = z.infer<typeof RequirementSchema>;
export type CheckMeta<Options extends z.ZodType = z.ZodType> = Omit<z.infer<typeof CheckMetaSchema>, 'options'> & { options: Options };
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
  peakMode?: { page: string; lightMarker: string };
  /** The LCUs reserved, when the check sets them instead of the plan's. */
  lcus?: number;
  /** Healthy targets each target group needs. */
  minHealthy?: number;
}

/** A plugin's export, checked when the config loads. */
export const CheckSchema = z.object({
  meta: CheckMetaSchema,
  run: z.custom<Check['run']>((value) => typeof value === 'function', 'a function'),
});

/** Identity, for inference: `export default defineCheck({ meta: { options: z.object(…) }, run(ctx) { ctx.options… } })`. */
export function defineCheck<Options extends z.ZodType>(check: Check<Options>): Check<Options> {
  return check;
}

/** What the runner tells as the run goes: a check starts, notes its progress, ends with its result. */
export type ProgressEvent =
  | { type: 'start'; id: string; title: string }
  | { type: 'note'; id: string; message: string }
  /** Where a long check is ("run 2/3 on / (mobile)"): a terminal shows the latest on one line, updated in place. */
  | { type: 'step'; id: string; message: string }
  | { type: 'end'; result: CheckReport };
