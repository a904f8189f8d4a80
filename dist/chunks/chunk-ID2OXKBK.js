import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import {
  DURATION_PATTERN,
  parseDuration
} from "./chunk-Z3WXVZH6.js";

// src/report/model.ts
var REPORT_SCHEMA_VERSION = 1;
var EvidenceSchema = external_exports.object({
  level: external_exports.enum(["fail", "warn", "pass", "info"]),
  message: external_exports.string(),
  target: external_exports.string().optional(),
  data: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
  artifact: external_exports.string().optional(),
  /** Set on a `fail` the check could not read (an unreachable API, a denied permission): not proven either way. */
  unverified: external_exports.boolean().optional()
});
var RemediationSchema = external_exports.object({
  action: external_exports.string(),
  command: external_exports.string().optional(),
  leadTimeMs: external_exports.number().nonnegative().optional(),
  /** Set by the runner: the fix takes longer than the time left before airtime. */
  tooLate: external_exports.boolean().optional()
});
var ArtifactSchema = external_exports.object({
  kind: external_exports.enum(["screenshot", "report", "data"]),
  path: external_exports.string(),
  title: external_exports.string(),
  grid: external_exports.object({ row: external_exports.string(), column: external_exports.string(), marks: external_exports.array(external_exports.string()).optional() }).optional()
});
var ChartSchema = external_exports.object({
  title: external_exports.string(),
  unit: external_exports.string(),
  /** Label of the x axis; point i is at x = i. */
  x: external_exports.string(),
  series: external_exports.array(external_exports.object({ name: external_exports.string(), values: external_exports.array(external_exports.number().nullable()), dashed: external_exports.boolean().optional() })),
  /** A shaded span of x, such as the peak window. */
  band: external_exports.object({ from: external_exports.number(), to: external_exports.number(), label: external_exports.string() }).optional(),
  /** A horizontal line, such as a budget. */
  limit: external_exports.object({ value: external_exports.number(), label: external_exports.string() }).optional(),
  /** A vertical line at x, such as airtime. */
  mark: external_exports.object({ at: external_exports.number(), label: external_exports.string() }).optional(),
  /** Labels of the first and last x (times of day), instead of 0 and the last index. */
  ends: external_exports.tuple([external_exports.string(), external_exports.string()]).optional()
});
var GaugeSchema = external_exports.object({
  label: external_exports.string(),
  /** The score judged (the median of the runs). */
  value: external_exports.number().min(0).max(1),
  min: external_exports.number().min(0).max(1).optional(),
  max: external_exports.number().min(0).max(1).optional(),
  threshold: external_exports.number().min(0).max(1).optional()
});
var CheckStatusSchema = external_exports.enum(["pass", "fail", "warn", "skip", "error", "not-run"]);
var OUTCOMES = ["blocker", "warning", "passed", "skipped"];
var CheckReportSchema = external_exports.object({
  id: external_exports.string(),
  /** The check's title when it passed, its failureTitle otherwise. */
  title: external_exports.string(),
  description: external_exports.string(),
  docs: external_exports.string().optional(),
  severity: external_exports.enum(["warn", "error"]),
  status: CheckStatusSchema,
  outcome: external_exports.enum(OUTCOMES),
  summary: external_exports.string(),
  evidence: external_exports.array(EvidenceSchema),
  remediation: external_exports.array(RemediationSchema),
  artifacts: external_exports.array(ArtifactSchema),
  charts: external_exports.array(ChartSchema).optional(),
  gauges: external_exports.array(GaugeSchema).optional(),
  durationMs: external_exports.number().nonnegative()
});
var FigureSchema = external_exports.object({ id: external_exports.string(), label: external_exports.string(), value: external_exports.number(), unit: external_exports.string(), formula: external_exports.string() });
var ReportSchema = external_exports.object({
  schemaVersion: external_exports.literal(REPORT_SCHEMA_VERSION),
  tool: external_exports.object({ name: external_exports.literal("primetime"), version: external_exports.string() }),
  startedAt: external_exports.string(),
  finishedAt: external_exports.string(),
  durationMs: external_exports.number().nonnegative(),
  event: external_exports.object({ name: external_exports.string(), airtime: external_exports.string().optional(), timeLeftMs: external_exports.number().optional() }),
  site: external_exports.object({ baseUrl: external_exports.string() }),
  plan: external_exports.object({ figures: external_exports.array(FigureSchema), notes: external_exports.array(external_exports.string()) }),
  verdict: external_exports.enum(["GO", "NO-GO"]),
  failOn: external_exports.enum(["error", "warn"]),
  /** Interrupted (Ctrl-C): some checks did not run, so the verdict cannot be GO. */
  incomplete: external_exports.boolean(),
  /** Labels of simulated parts (the demo's simulated AWS account), shown on every rendering. */
  simulated: external_exports.array(external_exports.string()),
  /** The config's enabled checks this run left out (--only, --skip): a partial run proves nothing of them. */
  notRun: external_exports.array(external_exports.string()),
  counts: external_exports.object({ blockers: external_exports.number(), warnings: external_exports.number(), passed: external_exports.number(), skipped: external_exports.number() }),
  /** Blockers first, then warnings, passes and skips. */
  checks: external_exports.array(CheckReportSchema)
});
var OUTCOME_ORDER = { blocker: 0, warning: 1, passed: 2, skipped: 3 };
function byOutcome(a, b) {
  return OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome];
}
function outcomeOf(status, severity) {
  switch (status) {
    case "pass":
      return "passed";
    case "skip":
    case "not-run":
      return "skipped";
    case "warn":
      return "warning";
    case "fail":
    case "error":
      return severity === "error" ? "blocker" : "warning";
  }
}
function verdictOf(counts, failOn, incomplete) {
  if (incomplete || counts.blockers > 0 || counts.passed === 0) return "NO-GO";
  return failOn === "warn" && counts.warnings > 0 ? "NO-GO" : "GO";
}

// src/check/contract.ts
var RequirementSchema = external_exports.enum(["network", "browser", "aws"]);
var CheckMetaSchema = external_exports.object({
  /** kebab-case, the key under `checks:` in the config, and the check's folder name. */
  id: external_exports.string().regex(/^[a-z][a-z0-9-]*$/, "a kebab-case id"),
  /** Said when the check passes: "Error pages are branded". */
  title: external_exports.string().min(1),
  /** Said when it fails: "A visitor can meet a blank or stock error page". */
  failureTitle: external_exports.string().min(1),
  description: external_exports.string(),
  /** Link to the check's documentation. */
  docs: external_exports.string().optional(),
  /** Options with their defaults; the config's `[severity, { … }]` is validated against it. */
  options: external_exports.custom((value) => typeof value?.safeParse === "function", "a zod schema (with safeParse)"),
  /** The severity when primetime.yml does not name the check (ESLint's `meta.docs.recommended`); off when absent. */
  recommended: external_exports.enum(["error", "warn"]).optional(),
  requires: external_exports.array(RequirementSchema).readonly(),
  /** npm packages `run` imports lazily (Playwright, Lighthouse, cspell): the Action installs them on first need. */
  packages: external_exports.array(external_exports.string()).readonly().optional(),
  /** IAM actions `run` calls (read-only): `primetime iam-policy` prints them for the enabled checks. */
  permissions: external_exports.array(external_exports.string()).readonly().optional(),
  /** A top-level config section the check reads besides its options (`load`, which `primetime load` and `export` read too). */
  section: external_exports.enum(["load"]).optional(),
  /** Runs alone: nothing else runs beside it (Lighthouse, the load shot). */
  exclusive: external_exports.boolean().optional(),
  /** Default time limit in ms; `runner.timeout` or the option `timeout` override it. */
  timeout: external_exports.number().int().positive().optional()
});
var CheckOutcomeSchema = external_exports.object({
  status: CheckStatusSchema.exclude(["not-run"]),
  /** One line. For `skip`, the reason. */
  summary: external_exports.string(),
  evidence: external_exports.array(EvidenceSchema).optional(),
  /** `tooLate` is the runner's to set, from the time left before airtime. */
  remediation: external_exports.array(RemediationSchema.omit({ tooLate: true })).optional(),
  artifacts: external_exports.array(ArtifactSchema).optional(),
  charts: external_exports.array(ChartSchema).optional(),
  gauges: external_exports.array(GaugeSchema).optional()
});
var CheckSchema = external_exports.object({
  meta: CheckMetaSchema,
  run: external_exports.custom((value) => typeof value === "function", "a function")
});
function defineCheck(check) {
  return check;
}

// src/check/headroom.ts
function judgeHeadroom(found, { need, capacity, maxShare, said, over, target, fix }) {
  const share = need / capacity;
  const line = `${said} (${Math.round(share * 100)} %, at most ${Math.round(maxShare * 100)} %)`;
  if (share <= maxShare) return found.pass(`${line}.`, { target });
  found[share > 1 ? "fail" : "warn"](`${line}${share > 1 ? `: ${over}` : ""}.`, { target, fix: fix(Math.ceil(need / maxShare)) });
}

// src/check/text.ts
function pagePath(url, baseUrl) {
  const parsed = new URL(url);
  if (baseUrl && parsed.origin !== new URL(baseUrl).origin) return url;
  return parsed.pathname + parsed.search;
}
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].trim();
}

// src/check/options.ts
var DURATION_EXPECTED = "expected a duration such as 90s, 3m, 1h30m or 14d, or a number of seconds";
var Duration = external_exports.union([external_exports.number().nonnegative(DURATION_EXPECTED), external_exports.string().regex(DURATION_PATTERN, DURATION_EXPECTED)], { error: DURATION_EXPECTED }).transform((value) => parseDuration(value));
var Timeout = Duration.refine((ms) => ms > 0, "must be longer than 0: a time limit of 0 would wait forever (10s or 2m is usual)");
var RequestTimeout = Timeout.optional().describe("Time limit of one request; network.timeout when not set.");
var FRACTION_EXPECTED = 'expected a fraction from 0 to 1 such as 0.1, or a percentage such as "10%"';
var Fraction = external_exports.union([external_exports.number().min(0, FRACTION_EXPECTED).max(1, FRACTION_EXPECTED), external_exports.string().regex(/^\d+(\.\d+)?\s*%$/, FRACTION_EXPECTED)], {
  error: FRACTION_EXPECTED
}).transform((value) => typeof value === "number" ? value : Number.parseFloat(value) / 100).refine((value) => value >= 0 && value <= 1, "must lie between 0 and 100 %");
var UrlOrPath = external_exports.string().min(1).refine((value) => value.startsWith("/") || /^https?:\/\//.test(value), 'expected a path starting with "/" or an http(s):// URL');

export {
  REPORT_SCHEMA_VERSION,
  byOutcome,
  outcomeOf,
  verdictOf,
  CheckOutcomeSchema,
  CheckSchema,
  defineCheck,
  judgeHeadroom,
  pagePath,
  firstLine,
  Duration,
  Timeout,
  RequestTimeout,
  Fraction,
  UrlOrPath
};
