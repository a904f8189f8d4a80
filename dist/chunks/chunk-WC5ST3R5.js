import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-OO6PZ7YY.js";
import {
  colorWanted,
  createStyle
} from "./chunk-R5ZJCEFU.js";
import {
  stepTime
} from "./chunk-BS2EFUJS.js";
import {
  createMasker
} from "./chunk-UXM2WOVV.js";
import {
  createNetwork
} from "./chunk-7FVSUVKW.js";
import {
  loadConfig
} from "./chunk-X7QYJLBF.js";
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
  hasMarker,
  parseHtml
} from "./chunk-SUUSNCQN.js";
import {
  classifyNetworkError,
  createHttpClient
} from "./chunk-2CFVLJAK.js";

// src/cli/commands/watch.ts
import path2 from "node:path";

// src/watch/alerts.ts
function formatOf(target) {
  if (target.format) return target.format;
  const host = new URL(target.url).hostname;
  if (host === "hooks.slack.com") return "slack";
  if (host.endsWith(".webhook.office.com") || host.endsWith(".logic.azure.com")) return "teams";
  return "json";
}
var ICON = { ok: "\u{1F7E2}", watch: "\u{1F7E0}", act: "\u{1F534}" };
function alertText(change) {
  const { probe: probe2 } = change;
  const what = probe2.state === "ok" ? "is back to normal" : probe2.why ?? probe2.state;
  return `${ICON[probe2.state]} ${change.event}: ${probe2.name} (${probe2.url}) ${what}${probe2.state === "act" && change.fix ? `. ${change.fix}` : ""}.`;
}
function alertBody(change, format) {
  const text = alertText(change);
  if (format === "slack") return { text };
  if (format === "teams") return { text };
  return {
    kind: "primetime-watch-alert",
    at: change.at,
    event: change.event,
    probe: change.probe.name,
    url: change.probe.url,
    from: change.from ?? null,
    to: change.probe.state,
    why: change.probe.why ?? null,
    fix: change.fix ?? null,
    text
  };
}
async function sendAlert(http, targets, change, signal, mask = (text) => text) {
  const failures = [];
  for (const target of targets) {
    try {
      const response = await http.request(target.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: mask(JSON.stringify(alertBody(change, formatOf(target)))),
        timeoutMs: 1e4,
        signal
      });
      if (response.status >= 300) failures.push(`${new URL(target.url).host} answered ${response.status}`);
    } catch (error) {
      failures.push(`${new URL(target.url).host}: ${error.message}`);
    }
  }
  return failures;
}

// src/watch/watch.ts
import { appendFile, mkdir, readFile, rename, stat } from "node:fs/promises";
import path from "node:path";

// src/watch/probe.ts
async function probe(http, target, marker, limits, signal) {
  const base = { name: target.name, url: target.url };
  try {
    const response = await http.request(target.url, { timeoutMs: limits.timeoutMs, signal, maxBytes: 2e6 });
    const own = marker ? hasMarker(parseHtml(response.body), marker) : void 0;
    const seen = { ...base, status: response.status, totalMs: Math.round(response.timeMs), ...own === void 0 ? {} : { own } };
    if (response.status >= 500)
      return { ...seen, state: "act", why: `answered ${response.status}${own === false ? " with a page that is not the site\u2019s own" : ""}` };
    if (own === false) return { ...seen, state: "act", why: `answered ${response.status} with a page that is not the site\u2019s own (no "${marker}")` };
    if (response.status >= 400) return { ...seen, state: "act", why: `answered ${response.status}` };
    if (response.timeMs > limits.slowMs) return { ...seen, state: "watch", why: `slow: ${Math.round(response.timeMs)} ms (over ${limits.slowMs} ms)` };
    return { ...seen, state: "ok" };
  } catch (error) {
    return { ...base, state: "act", why: `no answer (${classifyNetworkError(error)})` };
  }
}
var worst = (states) => states.includes("act") ? "act" : states.includes("watch") ? "watch" : "ok";

// src/watch/watch.ts
var realClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.max(0, ms));
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  })
};
async function openTimeline(file, resume) {
  await mkdir(path.dirname(file), { recursive: true });
  const existing = await stat(file).catch(() => void 0);
  if (!existing) return /* @__PURE__ */ new Map();
  if (!resume) {
    await rename(file, file.replace(/\.jsonl$/, `-${existing.mtime.toISOString().replace(/[:.]/g, "-")}.jsonl`));
    return /* @__PURE__ */ new Map();
  }
  const lines = (await readFile(file, "utf8")).trim().split("\n").filter(Boolean);
  const last = lines.length > 0 ? JSON.parse(lines.at(-1)) : void 0;
  return new Map((last?.probes ?? []).map((p) => [p.name, p.state]));
}
async function runWatch(o) {
  const states = await openTimeline(o.file, o.resume);
  let rows = 0;
  let alerts = 0;
  if (o.clock.now() < o.from) {
    o.onWait(o.from);
    await o.clock.sleep(o.from - o.clock.now(), o.signal);
  }
  while (!o.signal.aborted && o.clock.now() < o.until) {
    const started = o.clock.now();
    const probes = await Promise.all(o.targets.map((target) => probe(o.http, target, o.marker, o.limits, o.signal)));
    if (o.signal.aborted) break;
    const row = { at: new Date(started).toISOString(), state: worst(probes.map((p) => p.state)), probes };
    await appendFile(o.file, o.mask(JSON.stringify(row)) + "\n");
    rows++;
    o.onRow(row);
    for (const result of probes) {
      const before = states.get(result.name);
      states.set(result.name, result.state);
      if (before === result.state || before === void 0 && result.state === "ok") continue;
      const change = { at: row.at, event: o.event, probe: result, from: before, fix: o.targets.find((t) => t.name === result.name)?.fix };
      o.onAlert(change, o.alerts.length > 0 ? await sendAlert(o.alertHttp, o.alerts, change, o.signal, o.mask) : []);
      alerts++;
    }
    await o.clock.sleep(started + o.intervalMs - o.clock.now(), o.signal);
  }
  return { rows, alerts };
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
      const probe2 = { name: "test", url: config.site.baseUrl, state: "ok" };
      const failures = await sendAlert(
        alertHttp,
        settings.alerts,
        { at: (/* @__PURE__ */ new Date()).toISOString(), event: `${config.event.name} (test alert from primetime watch)`, probe: probe2, from: void 0 },
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
  const file = path2.resolve(io.cwd, settings.out, "timeline.jsonl");
  const style = createStyle(colorWanted(io.stdout, io.env));
  const paint = { ok: style.green, watch: style.yellow, act: style.red };
  const { http } = createNetwork(config);
  say(
    `primetime watch: ${targets.map((t) => t.name).join(", ")} every ${formatDuration(window.intervalMs)} until ${new Date(window.until).toISOString()}; the timeline in ${path2.relative(io.cwd, file)}.`
  );
  try {
    const { rows, alerts } = await runWatch({
      event: config.event.name,
      targets,
      marker: site.marker,
      limits: { slowMs: settings.slow, timeoutMs: settings.timeout },
      ...window,
      alerts: settings.alerts,
      http,
      alertHttp,
      file,
      clock: realClock,
      signal: io.interrupt,
      mask,
      onWait: (at) => say(`Waiting until ${new Date(at).toISOString()} (watch.from) to start.`),
      onRow: (row) => say(
        `${row.at.slice(11, 19)}  ${paint[row.state](row.state.padEnd(5))}  ${row.probes.map((p) => `${p.name} ${paint[p.state](p.state)} ${p.status ?? "\u2014"} ${p.totalMs ?? "\u2014"} ms${p.why ? ` (${p.why})` : ""}`).join(" \xB7 ")}`
      ),
      onAlert: (change, failures) => {
        say(`  \u2192 ${alertText(change)}`);
        for (const failure of failures) io.stderr.write(mask(`primetime: alert not delivered: ${failure}
`));
      }
    });
    say(`Watch ended: ${plural(rows, "look")}, ${plural(alerts, "change")} of state. The timeline is in ${path2.relative(io.cwd, file)}.`);
  } finally {
    await http.close();
  }
  return file;
}

export {
  watchCommand,
  watchSite
};
