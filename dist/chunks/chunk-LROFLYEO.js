import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  Duration,
  Fraction,
  Timeout,
  UrlOrPath
} from "./chunk-ID2OXKBK.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";

// src/config/schema.ts
var SEVERITIES = ["off", "warn", "error"];
var Severity = external_exports.enum(SEVERITIES);
var Capacity = external_exports.strictObject({
  requestsPerSecondPerInstance: external_exports.number().positive().describe("Origin requests/s one instance serves within its latency budget (from your load tests)."),
  instanceType: external_exports.string().default("m5.large").describe("EC2 instance type, for the vCPU count."),
  vcpusPerInstance: external_exports.number().int().positive().optional().describe("Overrides the built-in vCPU table."),
  headroom: Fraction.prefault(0.2).describe("Spare capacity on top of the computed instance count."),
  bytesPerRequest: external_exports.number().positive().default(5e4).describe("Average bytes processed per origin request (for the LCU byte dimension)."),
  connectionDuration: Duration.prefault("60s").describe("How long a visitor keeps a connection open (for the LCU active-connection dimension).")
});
var Backend = external_exports.strictObject({
  conversion: Fraction.describe("Share of visitors who complete the funnel (a quote, a sign-up), e.g. 2%."),
  emailsPerConversion: external_exports.number().nonnegative().default(1).describe("Emails the site sends for each completion (a confirmation, a welcome)."),
  writesPerVisit: external_exports.number().nonnegative().default(0).describe("Database writes a visit makes (a session, a cart, a tracking row)."),
  writesPerConversion: external_exports.number().nonnegative().default(1).describe("Database writes a completion makes (the customer, the contract\u2026)."),
  readsPerVisit: external_exports.number().nonnegative().default(0).describe("Database reads a visit makes (for the tables read per request: DynamoDB)."),
  poolPerInstance: external_exports.number().int().positive().optional().describe("Database connections each app instance opens (its pool's maximum)."),
  deploySurge: external_exports.number().int().nonnegative().default(0).describe("Instances a rolling deploy adds at once: their pools open before the old ones close.")
}).describe("Behind the load balancer: the funnel's completions, emails and database work, for the database, dynamodb, cache and email checks.");
var Event = external_exports.strictObject({
  name: external_exports.string().min(1).describe('What is happening, e.g. "Capital (M6)".'),
  airtime: external_exports.iso.datetime({ offset: true }).optional().describe("When the spike starts, ISO 8601 with offset: 2027-03-11T21:00:00+01:00."),
  audience: external_exports.number().int().positive().describe("Viewers (or recipients) of the event."),
  reach: Fraction.refine((value) => value > 0, "must be above 0 %: nobody would come, and every figure would be 0").describe(
    "Share of the audience expected on the site, e.g. 10%."
  ),
  arrivalWindow: Duration.prefault("3m").refine((ms) => ms > 0, "must be longer than 0: the visitors arrive over some time (0 would make every rate infinite); 90s or 3m is usual").describe("How quickly they arrive."),
  peakFactor: external_exports.number().min(1).default(1).describe("Peak-to-mean ratio of arrivals within the window."),
  pagesPerVisit: external_exports.number().positive().default(3),
  requestsPerPageView: external_exports.number().positive().default(1).describe("Requests a page view sends to the site (HTML and API calls; assets too unless served elsewhere)."),
  cacheHitRatio: Fraction.prefault(0).describe("Share of requests the CDN answers without the origin."),
  connectionsPerVisit: external_exports.number().positive().default(1).describe("New connections a visitor opens to the load balancer."),
  mobileShare: Fraction.optional().describe("Share of visitors on phones and tablets."),
  previousPeak: external_exports.strictObject({
    visitors: external_exports.number().positive(),
    requestsPerSecond: external_exports.number().positive().describe("Requests/s the site saw at that peak, before the CDN.")
  }).optional().describe("An earlier peak, to project requests/s by rule of three instead of from pages per visit."),
  capacity: Capacity.optional(),
  backend: Backend.optional(),
  peakModeShare: Fraction.optional().describe(
    "Share of the origin requests left when peak mode is on (the heavy pages light or sent to plan B): the plan shows both modes."
  )
}).describe("The broadcast, from which every threshold is derived.");
var Step = external_exports.union(
  [
    external_exports.strictObject({ fill: external_exports.string().min(1), value: external_exports.string() }),
    external_exports.strictObject({ select: external_exports.string().min(1), value: external_exports.string() }),
    external_exports.strictObject({ check: external_exports.string().min(1) }),
    external_exports.strictObject({ click: external_exports.string().min(1) }),
    external_exports.strictObject({ wait: external_exports.union([external_exports.string().min(1), external_exports.number().nonnegative()]) })
  ],
  { error: "expected one of { fill, value }, { select, value }, { check }, { click }, { wait }" }
);
var FunnelStep = external_exports.union([UrlOrPath, external_exports.strictObject({ url: UrlOrPath, name: external_exports.string().optional(), actions: external_exports.array(Step).default([]) })], {
  error: "expected a path or { url, name, actions }"
});
var Site = external_exports.strictObject({
  baseUrl: external_exports.url({ protocol: /^https?$/ }).describe("The canonical site, e.g. https://www.example.fr"),
  home: UrlOrPath.default("/"),
  pages: external_exports.array(UrlOrPath).default([]).describe("Other pages that must hold: offers, FAQ\u2026"),
  funnel: external_exports.array(FunnelStep).default([]).describe("The subscription funnel, in order."),
  hosts: external_exports.array(external_exports.url()).default([]).describe("Other hosts that must redirect to baseUrl."),
  assetHosts: external_exports.array(external_exports.string().regex(/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i, "a host name such as static.example.fr or *.cloudfront.net")).default([]).describe(
    "Hosts that serve the site's own files (its CDN, a static host): judged as the site's. Files from any other host are third-party: noted, never a blocker."
  ),
  marker: external_exports.string().optional().describe("Text (or a CSS-like selector: #id, .class, tag) that only the site's own pages contain."),
  errorPages: external_exports.strictObject({
    notFoundProbe: UrlOrPath.default("/primetime-probe-{random}").describe("A path that cannot exist; {random} is replaced."),
    serviceUnavailable: UrlOrPath.optional().describe("The branded 503 page."),
    maintenance: UrlOrPath.optional(),
    overflow: UrlOrPath.optional().describe("The plan-B overflow page."),
    forcedError: UrlOrPath.optional().describe("A URL the site keeps that answers 503 on purpose."),
    independentOfOrigin: external_exports.boolean().default(false).describe("The error pages must not be served by the origin host.")
  }).prefault({}),
  headers: external_exports.record(external_exports.string(), external_exports.string()).default({}).describe("Headers sent with every request (e.g. a pre-production password).")
});
var CheckEntry = external_exports.union([Severity, external_exports.tuple([Severity]), external_exports.tuple([Severity, external_exports.record(external_exports.string(), external_exports.unknown())])], {
  error: "expected off | warn | error, or [severity, { options }]"
});
var AwsTarget = external_exports.strictObject({
  name: external_exports.string().min(1),
  profile: external_exports.string().optional(),
  roleArn: external_exports.string().optional(),
  regions: external_exports.array(external_exports.string().min(1)).min(1).optional()
});
var RATE_EXPECTED = 'expected requests/s such as 250, or a share of the plan target such as "50%"';
var Rate = external_exports.union([external_exports.number().nonnegative(RATE_EXPECTED), external_exports.string().regex(/^\d+(\.\d+)?\s*%$/, RATE_EXPECTED)], { error: RATE_EXPECTED });
var LoadRequest = external_exports.strictObject({
  url: UrlOrPath,
  name: external_exports.string().optional().describe("Label in the report; the URL by default."),
  weight: external_exports.number().positive().default(1).describe("Relative share of the arrivals."),
  method: external_exports.enum(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]).default("GET"),
  headers: external_exports.record(external_exports.string(), external_exports.string()).default({}),
  body: external_exports.string().optional(),
  subresources: external_exports.boolean().default(false).describe("Also fetch the files the HTML uses, as a browser would (six at a time).")
});
var Load = external_exports.strictObject({
  allowHosts: external_exports.array(external_exports.string().min(1)).min(1, 'list the hosts the load may be sent to (host or host:port, "*.example.fr" for subdomains)').describe("The only hosts load is ever sent to. Required: a load test against the wrong host is an attack."),
  requests: external_exports.array(LoadRequest).default([]).describe("The weighted scenario; the home page by default."),
  thinkTime: Duration.prefault(0).describe("Pause after each request before the virtual visitor leaves (keeps its slot busy, as in k6)."),
  target: Rate.default("100%").describe("Peak rate to reach: requests/s or a share of the plan's origin requests/s."),
  stages: external_exports.array(external_exports.strictObject({ duration: Duration.refine((ms) => ms > 0, "must be longer than 0"), target: Rate })).optional().describe("k6-style ramping-arrival-rate stages; by default: ramp over the arrival window, hold, ramp down."),
  timeout: Timeout.prefault("10s").describe("Time limit of one request (a timeout counts as an error)."),
  workers: external_exports.union([external_exports.literal("auto"), external_exports.number().int().min(1).max(64)]).default("auto").describe("Worker threads; auto: one per core."),
  caps: external_exports.strictObject({
    maxDuration: Duration.prefault("60s").refine((ms) => ms >= 1e3 && ms <= 6e5, "must lie between 1s and 10m").describe("The schedule is cut here."),
    maxRate: external_exports.number().positive().default(5e3).describe("Requests/s this machine never exceeds (per shard), files included."),
    maxRequests: external_exports.number().int().positive().default(3e5).describe("Requests this machine never exceeds (per shard), files included."),
    maxConcurrent: external_exports.number().int().positive().max(2e4).default(1e3).describe("Open requests at once, files included; arrivals beyond are dropped and counted, files wait.")
  }).prefault({}),
  abort: external_exports.strictObject({
    errorRate: Fraction.prefault(0.5).describe("Stop the run when this share of the latest requests fails."),
    window: Duration.prefault("5s").describe("The latest requests: this long, stretched back until it holds minRequests."),
    minRequests: external_exports.number().int().min(1).default(20).describe("Requests the window needs before it can abort.")
  }).prefault({}),
  budgets: external_exports.strictObject({
    p95: Duration.prefault("1s"),
    p99: Duration.prefault("2500ms"),
    errorRate: Fraction.prefault(0.01),
    rate: Fraction.prefault(0.95).describe("Share of the target rate the site must answer over the peak window.")
  }).prefault({}),
  shard: external_exports.string().regex(/^\d+\/\d+$/, "expected i/N such as 1/4").optional().describe("This machine's share of the schedule (usually given as primetime load --shard i/N)."),
  startAt: external_exports.iso.datetime({ offset: true }).optional().describe("Wall-clock start, so shards on several runners start together (usually given as primetime load --start-at)."),
  runId: external_exports.string().min(1).optional().describe(
    "The run the shards belong to, so merge refuses another run's (usually given as primetime load --run-id; in GitHub Actions, the workflow run and attempt)."
  )
}).describe("The load shot (the load check, off by default): an open-model spike judged against the plan.");
var RUNBOOK_TIME = /^(T\s*[+-]\s*(0|(\d+(\.\d+)?(ms|s|m|h|d))+)|\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))$/;
var RunbookStep = external_exports.strictObject({
  at: external_exports.string().regex(RUNBOOK_TIME, "write T-3d, T-30m, T+45m (relative to event.airtime) or an ISO 8601 date with offset").describe("When: T-3d, T-4h, T-30m, T-0, T+45m (relative to event.airtime), or an ISO 8601 date with offset."),
  title: external_exports.string().min(1),
  owner: external_exports.string().min(1).describe("Who does it: a name or a role."),
  check: external_exports.string().min(1).optional().describe("A check whose pass in the last report proves the step done."),
  command: external_exports.string().min(1).optional().describe("The command that does it (shown, never run): primetime warm.")
}).refine((step) => !(step.check && step.command), "give a step a check or a command that proves it, not both");
var Watch = external_exports.strictObject({
  interval: Timeout.prefault("10s").describe("How often each page is looked at (at most once a second: a watch, not load)."),
  from: external_exports.string().regex(RUNBOOK_TIME, "write T-15m (relative to event.airtime) or an ISO 8601 date with offset").default("T-15m"),
  until: external_exports.string().regex(RUNBOOK_TIME, "write T+1h (relative to event.airtime) or an ISO 8601 date with offset").default("T+1h"),
  slow: Timeout.prefault("2s").describe('A page slower than this is "watch".'),
  timeout: Timeout.prefault("10s").describe('A page with no full answer within this is "act".'),
  out: external_exports.string().default("primetime-watch").describe("Folder of the timeline (timeline.jsonl), apart from the report folder that each check run replaces."),
  confirm: external_exports.number().int().min(1).max(10).default(1).describe("Looks a new state must hold before it is alerted: 1 alerts at once, 2 or more keep a flapping page from flooding the chat."),
  alerts: external_exports.array(
    external_exports.strictObject({
      url: external_exports.url({ protocol: /^https?$/ }).describe('An incoming webhook: Slack-compatible, Microsoft Teams, or any JSON endpoint; "${SLACK_WEBHOOK}" keeps it out of the file.'),
      format: external_exports.enum(["slack", "teams", "json"]).optional().describe("Default: from the host (hooks.slack.com, *.webhook.office.com), else json.")
    })
  ).default([]).describe("Where alerts go, one per change of state.")
}).prefault({}).describe("The watch during the show (primetime watch): the home page, the funnel and the plan-B page, every interval.");
var WarRoom = external_exports.strictObject({
  bridge: external_exports.string().min(1).optional().describe("The conference bridge everyone joins on the night: a URL or a dial-in."),
  contacts: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string().min(1),
      role: external_exports.string().min(1).describe("Incident lead, ops on call, database, CDN, the agency\u2026"),
      reach: external_exports.string().min(1).describe("A phone number or a chat handle."),
      for: external_exports.array(external_exports.string().min(1)).default([]).describe('What they answer for: "pages", "figures", or a word of a page or figure name (database, elan-db, cdn). None: everything.')
    })
  ).min(1, "name at least the incident lead").describe("In escalation order: the first one answers for whatever no one else does.")
}).describe("Who to call on the night: the run of show prints it, the watch says who to call for each act.");
var ConfigSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  event: Event,
  site: Site,
  checks: external_exports.record(external_exports.string(), CheckEntry).default({}).describe("Per check id: off | warn | error, or [severity, { options }]."),
  aws: external_exports.strictObject({
    required: external_exports.boolean().default(false).describe("Without credentials, AWS checks error instead of skipping."),
    targets: external_exports.array(AwsTarget).default([]).describe("Accounts and regions to read; by default the environment's credentials and AWS_REGION (or AWS_DEFAULT_REGION)."),
    maxAttempts: external_exports.number().int().min(1).max(10).default(3).describe("Attempts per call: throttling is retried with backoff.")
  }).optional(),
  network: external_exports.strictObject({
    resolve: external_exports.record(external_exports.string(), external_exports.union([external_exports.ipv4(), external_exports.ipv6()])).default({}).describe("Pin host names to addresses, like curl --resolve: test the production name against a pre-production address."),
    dnsServers: external_exports.array(external_exports.string().min(1)).default([]).describe('Resolve names through these DNS servers ("10.0.0.2" or "127.0.0.1:5353") instead of the system resolver.'),
    ca: external_exports.array(external_exports.string().min(1)).default([]).describe("PEM files of extra certificate authorities to trust (a private pre-production CA), relative to this file."),
    timeout: Timeout.prefault("15s").describe("Default time limit of one request.")
  }).prefault({}),
  browser: external_exports.strictObject({ executablePath: external_exports.string().optional(), args: external_exports.array(external_exports.string()).default([]) }).prefault({}),
  runner: external_exports.strictObject({
    concurrency: external_exports.number().int().min(1).max(32).default(4).describe("I/O checks run at once."),
    timeout: Timeout.prefault("2m").describe("Default time limit of one check.")
  }).prefault({}),
  report: external_exports.strictObject({
    out: external_exports.string().default("primetime-report"),
    formats: external_exports.array(external_exports.enum(["terminal", "json", "markdown", "html", "junit"])).default(["terminal", "json", "html"])
  }).prefault({}),
  plugins: external_exports.array(external_exports.string().min(1)).default([]).describe("Paths of modules exporting extra checks."),
  load: Load.optional(),
  watch: Watch,
  runbook: external_exports.array(RunbookStep).optional().describe("The run of show: steps at a time relative to airtime, each with an owner and what proves it done (primetime runbook)."),
  warRoom: WarRoom.optional()
});
function defineConfig(config) {
  return config;
}

export {
  CheckEntry,
  ConfigSchema,
  defineConfig
};
