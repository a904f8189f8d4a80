import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  alertText,
  realClock,
  runWatch,
  sendAlert
} from "./chunk-Q2G25235.js";
import {
  anyResource,
  createFigureReader,
  watchedResources
} from "./chunk-2L2UKPHP.js";
import {
  parse
} from "./chunk-OO6PZ7YY.js";
import {
  classifyAwsError
} from "./chunk-3PDMVRGJ.js";
import {
  colorWanted,
  createStyle
} from "./chunk-R5ZJCEFU.js";
import {
  stepTime
} from "./chunk-BS2EFUJS.js";
import {
  createAwsAccess,
  createMasker
} from "./chunk-5DILKYNR.js";
import {
  createNetwork
} from "./chunk-7FVSUVKW.js";
import {
  loadConfig
} from "./chunk-LOD5UJP3.js";
import {
  buildPlan
} from "./chunk-3YKHSKX6.js";
import {
  EXIT,
  UsageError
} from "./chunk-5JCOLP2K.js";
import {
  resolveSite
} from "./chunk-TCBRV6DQ.js";
import {
  formatNumber,
  plural
} from "./chunk-4HDGWI6M.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-Z3WXVZH6.js";
import {
  createHttpClient
} from "./chunk-2CFVLJAK.js";

// src/cli/commands/watch.ts
import path from "node:path";

// src/watch/figures.ts
var OVER_PLAN_ACT = 1.25;
var LCU_WATCH = 0.8;
var LABEL = {
  requests: ["requests/s", "req/s"],
  errors: ["5xx share", "%"],
  p95: ["p95 response", "ms"],
  connections: ["active connections", "conn"],
  lcus: ["peak LCUs", "LCU"],
  healthy: ["healthy targets", "targets"],
  unhealthy: ["unhealthy targets", "targets"],
  "in-service": ["instances in service", "instances"],
  "cdn-requests": ["CDN requests/s", "req/s"],
  "cdn-errors": ["CDN 5xx share", "%"],
  unread: ["live figures", ""]
};
var n = formatNumber;
function above(value, watch, act) {
  return value > act ? "act" : value > watch ? "watch" : "ok";
}
function judgeReading(reading, limits) {
  const [label, unit] = LABEL[reading.kind];
  const base = { name: `${reading.resource} ${label}`, kind: reading.kind, resource: reading.resource, unit };
  const { value } = reading;
  const figure = (state, extra = {}) => ({ ...base, ...value === void 0 ? {} : { value }, state, ...extra });
  switch (reading.kind) {
    case "unread":
      return figure("watch", { why: `not read: ${reading.error}`, fix: "Give the role cloudwatch:GetMetricData (primetime iam-policy prints the policy)" });
    case "requests":
    case "cdn-requests": {
      const planned = reading.kind === "requests" ? limits.originRequestsPerSecond ?? limits.requestsPerSecond : limits.requestsPerSecond;
      const rate = value ?? 0;
      if (!planned) return figure("ok", { value: rate });
      const state = above(rate / planned, 1, OVER_PLAN_ACT);
      return figure(state, {
        value: rate,
        planned,
        ...state === "ok" ? {} : {
          why: `${n(rate)} req/s, above the plan's ${n(planned)}`,
          fix: "Traffic is past the plan: open the plan-B page if answers slow down, and scale out"
        }
      });
    }
    case "errors":
    case "cdn-errors": {
      if (value === void 0) return figure("ok", { why: "no request in the last minutes" });
      const share = value / 100;
      const state = above(share, limits.errorRate, 5 * limits.errorRate);
      return figure(state, {
        planned: limits.errorRate * 100,
        ...state === "ok" ? {} : { why: `${n(value)} % of answers are 5xx (budget ${n(limits.errorRate * 100)} %)`, fix: "Open the plan-B page; the targets\u2019 logs say why" }
      });
    }
    case "p95": {
      if (value === void 0) return figure("ok", { why: "no request in the last minutes" });
      const state = above(value, limits.slowMs, 2 * limits.slowMs);
      return figure(state, {
        planned: limits.slowMs,
        ...state === "ok" ? {} : { why: `p95 ${n(value)} ms (watch.slow ${n(limits.slowMs)} ms)`, fix: "The targets are slow: scale out" }
      });
    }
    case "connections":
      return figure("ok");
    case "lcus": {
      if (value === void 0 || !limits.lcus) return figure("ok", limits.lcus ? { planned: limits.lcus } : {});
      const state = above(value, LCU_WATCH * limits.lcus, limits.lcus);
      return figure(state, {
        planned: limits.lcus,
        ...state === "ok" ? {} : {
          why: `${n(value)} LCU used of ${n(limits.lcus)} reserved`,
          fix: `Raise the reservation: aws elbv2 modify-capacity-reservation --load-balancer-arn ${reading.id} --minimum-load-balancer-capacity CapacityUnits=${Math.ceil(value * 1.5)}`
        }
      });
    }
    case "healthy":
      if (value === void 0)
        return figure("watch", { why: "no data point: is this target group behind the load balancer?", fix: "Check targets.targetGroups" });
      return value < limits.minHealthy ? figure("act", {
        planned: limits.minHealthy,
        why: `${n(value)} healthy, under ${n(limits.minHealthy)}`,
        fix: "Replace the failing targets, or scale out"
      }) : figure("ok", { planned: limits.minHealthy });
    case "unhealthy":
      return value ? figure("watch", { why: `${n(value)} unhealthy`, fix: "Look at the failing targets\u2019 health checks" }) : figure("ok", { value: value ?? 0 });
    case "in-service": {
      if (value === void 0)
        return figure("watch", {
          why: "no data point: group metrics are off",
          fix: `Turn them on: aws autoscaling enable-metrics-collection --auto-scaling-group-name ${reading.id} --granularity 1Minute`
        });
      if (!limits.instances || value >= limits.instances) return figure("ok", limits.instances ? { planned: limits.instances } : {});
      return figure("act", {
        planned: limits.instances,
        why: `${n(value)} in service, the plan needs ${n(limits.instances)}`,
        fix: `Scale out: aws autoscaling set-desired-capacity --auto-scaling-group-name ${reading.id} --desired-capacity ${limits.instances}`
      });
    }
  }
}
function figureValue(figure) {
  if (figure.value === void 0) return "\u2014";
  const unit = figure.unit === "%" ? " %" : figure.unit ? ` ${figure.unit}` : "";
  const against = figure.unit === "%" || figure.unit === "ms" ? "limit" : figure.kind === "healthy" ? "at least" : "plan";
  return `${n(Math.round(figure.value * 10) / 10)}${unit}${figure.planned === void 0 ? "" : ` (${against} ${n(figure.planned)}${unit})`}`;
}

// src/watch/live-figures.ts
var FIGURES_EVERY_MS = 6e4;
async function liveFigures(loaded, env, everyMs = FIGURES_EVERY_MS) {
  const { config } = loaded;
  const resources = watchedResources(loaded);
  if (!anyResource(resources)) return void 0;
  const access = createAwsAccess(config, env);
  for (const target of access.targets) {
    try {
      if (!target.region) throw new Error("Region is missing");
      await access.credentials(target);
    } catch (error) {
      const { message } = classifyAwsError(error, "credentials");
      return { off: `${target.name}: ${message}` };
    }
  }
  const option = (id, key) => loaded.checks.find((c) => c.check.meta.id === id)?.options?.[key];
  const plan = buildPlan(config.event).targets;
  const limits = {
    requestsPerSecond: plan.requestsPerSecond,
    // Behind a CDN the load balancer sees its misses only.
    originRequestsPerSecond: resources.distributions.length > 0 ? plan.originRequestsPerSecond : plan.requestsPerSecond,
    lcus: option("lb-prewarm", "lcus") ?? plan.lcus,
    instances: plan.instances,
    minHealthy: option("targets", "minHealthy") ?? 1,
    errorRate: config.load?.budgets.errorRate ?? 0.01,
    slowMs: config.watch.slow
  };
  const reader = createFigureReader(access, resources);
  return {
    resources: Object.values(resources).flat().length,
    source: { everyMs, read: async (now) => (await reader.read(now)).map((reading) => judgeReading(reading, limits)) }
  };
}

// src/cli/commands/watch.ts
var MIN_INTERVAL_MS = 1e3;
var MAX_SPAN_MS = 24 * 36e5;
function duration(flag, value) {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new UsageError(`${flag}: ${error.message}.`);
  }
}
async function watchCommand(argv, io) {
  const { values } = parse(argv, {
    interval: { type: "string" },
    duration: { type: "string" },
    resume: { type: "boolean" },
    "test-alert": { type: "boolean" }
  });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const { config } = loaded;
  const settings = config.watch;
  const mask = createMasker(loaded.secrets);
  const say = (line) => io.stdout.write(mask(line) + "\n");
  const alertHttp = createHttpClient({ timeoutMs: 1e4 });
  try {
    if (values["test-alert"]) {
      if (settings.alerts.length === 0) throw new UsageError('no webhook to test: add watch.alerts to the config ([{ url: "${SLACK_WEBHOOK}" }]).');
      const probe = { name: "test", url: config.site.baseUrl, state: "ok" };
      const failures = await sendAlert(
        alertHttp,
        settings.alerts,
        { at: (/* @__PURE__ */ new Date()).toISOString(), event: `${config.event.name} (test alert from primetime watch)`, subject: probe, from: void 0 },
        io.interrupt,
        mask
      );
      for (const failure of failures) io.stderr.write(mask(`primetime: alert not delivered: ${failure}
`));
      say(`Sent a test alert to ${settings.alerts.length - failures.length} of ${plural(settings.alerts.length, "webhook")}.`);
      return failures.length === 0 ? EXIT.go : EXIT.toolError;
    }
    const intervalMs = values.interval ? duration("--interval", values.interval) : settings.interval;
    if (intervalMs < MIN_INTERVAL_MS) throw new UsageError(`--interval ${values.interval}: a watch looks at most once a second (it is not a load test).`);
    const airtime = config.event.airtime ? new Date(config.event.airtime) : void 0;
    const now = Date.now();
    let [from, until] = values.duration ? [now, now + duration("--duration", values.duration)] : [0, 0];
    if (!values.duration) {
      if (!airtime && (settings.from.startsWith("T") || settings.until.startsWith("T")))
        throw new UsageError("watch.from and watch.until are relative to airtime: set event.airtime, or run a rehearsal with --duration 30m.");
      [from, until] = [stepTime(settings.from, airtime).getTime(), stepTime(settings.until, airtime).getTime()];
    }
    if (until <= Math.max(from, now))
      throw new UsageError(`the watch window is over (it ended ${new Date(until).toISOString()}): run a rehearsal with --duration 30m.`);
    if (until - from > MAX_SPAN_MS) throw new UsageError("a watch lasts at most 24 hours: narrow watch.from and watch.until, or --duration.");
    await watchSite(loaded, io, { from, until, intervalMs, resume: Boolean(values.resume) }, alertHttp);
    return EXIT.go;
  } finally {
    await alertHttp.close();
  }
}
async function watchSite(loaded, io, window, alertHttp) {
  const { config } = loaded;
  const settings = config.watch;
  const mask = createMasker(loaded.secrets);
  const say = (line) => io.stdout.write(mask(line) + "\n");
  const site = resolveSite(config.site);
  const targets = [
    { name: "home", url: site.home, fix: "Open the plan-B page, or scale out" },
    ...site.funnel[0] ? [{ name: "funnel", url: site.funnel[0].url, fix: "Check the subscription path first: it is what the show sells" }] : [],
    ...site.errorPages.overflow ? [{ name: "plan-b", url: site.errorPages.overflow, fix: "The overflow page must hold when the site does not: serve it from the CDN" }] : []
  ];
  const file = path.resolve(io.cwd, settings.out, "timeline.jsonl");
  const style = createStyle(colorWanted(io.stdout, io.env));
  const paint = { ok: style.green, watch: style.yellow, act: style.red };
  const live = await liveFigures(loaded, io.env, window.figuresEveryMs);
  if (live && "off" in live && config.aws?.required) throw new UsageError(`no live figures: ${live.off} (aws.required is set).`);
  const { http } = createNetwork(config);
  say(
    `primetime watch: ${targets.map((t) => t.name).join(", ")} every ${formatDuration(window.intervalMs)} until ${new Date(window.until).toISOString()}; the timeline in ${path.relative(io.cwd, file)}.`
  );
  if (live)
    say(
      "source" in live ? `Live figures of ${plural(live.resources, "AWS resource")} from CloudWatch, every ${formatDuration(live.source.everyMs)}.` : `Live figures off: ${live.off}.`
    );
  try {
    const { rows, alerts } = await runWatch({
      event: config.event.name,
      targets,
      marker: site.marker,
      limits: { slowMs: settings.slow, timeoutMs: settings.timeout },
      ...window,
      alerts: settings.alerts,
      ...live && "source" in live ? { figures: live.source } : {},
      http,
      alertHttp,
      file,
      clock: realClock,
      signal: io.interrupt,
      mask,
      onWait: (at) => say(`Waiting until ${new Date(at).toISOString()} (watch.from) to start.`),
      onRow: (row) => say(
        `${row.at.slice(11, 19)}  ${paint[row.state](row.state.padEnd(5))}  ${row.probes.map((p) => `${p.name} ${paint[p.state](p.state)} ${p.status ?? "\u2014"} ${p.totalMs ?? "\u2014"} ms${p.why ? ` (${p.why})` : ""}`).join(
          " \xB7 "
        )}${row.figures ? `
          ${row.figures.map((f) => `${f.name} ${paint[f.state](f.state)} ${figureValue(f)}${f.why ? ` (${f.why})` : ""}`).join(" \xB7 ")}` : ""}`
      ),
      onAlert: (change, failures) => {
        say(`  \u2192 ${alertText(change)}`);
        for (const failure of failures) io.stderr.write(mask(`primetime: alert not delivered: ${failure}
`));
      }
    });
    say(`Watch ended: ${plural(rows, "look")}, ${plural(alerts, "change")} of state. The timeline is in ${path.relative(io.cwd, file)}.`);
  } finally {
    await http.close();
  }
  return file;
}

export {
  watchCommand,
  watchSite
};
