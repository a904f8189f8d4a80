import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  alertText,
  figureValue,
  judgeReading,
  realClock,
  runWatch,
  sendAlert
} from "./chunk-OHD2U4DS.js";
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
} from "./chunk-CMJ35FFN.js";
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
