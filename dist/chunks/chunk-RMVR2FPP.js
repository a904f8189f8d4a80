import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  WATCH_STYLE,
  alertText,
  changeText,
  heldBetweenReads,
  readTimeline,
  realClock,
  runWatch,
  sendAlert,
  stopReason,
  watchCharts,
  worst
} from "./chunk-PDOJVLU6.js";
import {
  anyResource,
  createFigureReader,
  watchedByChecks,
  watchedResources
} from "./chunk-3P2HG4E5.js";
import {
  figureValue,
  heldAgainst,
  judgeReading
} from "./chunk-XEWZKPAK.js";
import {
  parse,
  parsePort
} from "./chunk-PDZFRAXD.js";
import {
  classifyAwsError
} from "./chunk-SM2HUKKK.js";
import {
  colorWanted,
  createStyle
} from "./chunk-4JQKFVNU.js";
import {
  escapeHtml,
  renderSvgChart
} from "./chunk-2YIFXMSJ.js";
import {
  runbookFor
} from "./chunk-CHZUMQXZ.js";
import {
  callText,
  clockTime,
  warRoomLines,
  whoToCall,
  zoneName
} from "./chunk-VVVPXMTQ.js";
import {
  stepTime
} from "./chunk-T3MPKLVN.js";
import {
  createAwsAccess,
  createMasker
} from "./chunk-5R2BGNFJ.js";
import {
  createNetwork
} from "./chunk-4I4NR6DS.js";
import {
  loadConfig
} from "./chunk-D43J44T6.js";
import {
  EXIT,
  UsageError
} from "./chunk-5JCOLP2K.js";
import {
  buildPlan
} from "./chunk-KREMGFCU.js";
import {
  resolveSite
} from "./chunk-D3JRSC5Z.js";
import {
  plural
} from "./chunk-KHW7QP7J.js";
import {
  createHttpClient
} from "./chunk-DWOR55PJ.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-Z3WXVZH6.js";

// src/cli/commands/watch.ts
import path from "node:path";

// src/watch/view.ts
function callFor(view, subject, state) {
  return state === "act" && view.warRoom ? callText(whoToCall(view.warRoom, subject)) : void 0;
}
function nextSteps(steps, now) {
  return steps.filter((step) => step.when >= now - 6e4).slice(0, 3).map((step) => ({ step, in: step.when <= now ? "now" : `in ${span(step.when - now) || "a moment"}` }));
}
var SHOWN_CHANGES = 8;
function watchNow(view) {
  const last = view.rows.at(-1);
  const read = view.rows.findLast((row) => row.figures);
  const figures = read?.figures ?? [];
  return {
    ...last ? { state: worst([...last.probes, ...figures].map((s) => s.state)), at: last.at } : {},
    pages: last?.probes ?? [],
    figures,
    ...read ? { figuresAt: read.at } : {},
    changes: view.changes.slice(-SHOWN_CHANGES).reverse()
  };
}
function fromAirtime(airtime, now) {
  if (!airtime) return void 0;
  const delta = now - Date.parse(airtime);
  const text = span(Math.abs(delta));
  return text ? `T${delta < 0 ? "-" : "+"}${text}` : "T-0";
}
function span(ms) {
  const seconds = Math.round(ms / 1e3);
  if (seconds === 0) return "";
  return seconds >= 60 && seconds < 3600 && seconds % 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : formatDuration(seconds * 1e3);
}

// src/watch/page.ts
var WATCH_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
var BADGE_STYLE = ".state{display:inline-block;padding:0 8px;border-radius:4px;font-weight:600;color:#fff}.ok{background:#2e7d32}.watch{background:#ef6c00}.act{background:#c62828}.big{font-size:28px;padding:2px 14px}.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(360px,1fr));gap:8px}";
var badge = (state, big = false) => `<span class="state ${state}${big ? " big" : ""}">${state}</span>`;
function figureCharts(rows, base) {
  const names = [...new Set(rows.flatMap((row) => (row.figures ?? []).filter((f) => f.unit).map((f) => f.name)))];
  return names.map((name) => {
    const values = heldBetweenReads(rows, (figures) => figures.find((f) => f.name === name)?.value);
    const figure = rows.findLast((row) => row.figures?.some((f) => f.name === name)).figures.find((f) => f.name === name);
    const { unit, planned } = figure;
    const label = heldAgainst(figure);
    return {
      ...base,
      title: name,
      unit,
      series: [{ name, values }],
      ...planned === void 0 ? {} : { limit: { value: planned, label } }
    };
  });
}
function calling(view, subject, state) {
  const call = callFor(view, subject, state);
  return call ? `<br><strong>${escapeHtml(call)}</strong>` : "";
}
function renderWatchPage(view, now) {
  const current = watchNow(view);
  const at = (iso) => clockTime(iso, view.airtime);
  const zone = zoneName(new Date(now).toISOString(), view.airtime);
  const relative = fromAirtime(view.airtime, now);
  const refresh = Math.max(2, Math.round(view.intervalMs / 1e3));
  const cells = (values) => values.map((value) => `<td>${value}</td>`).join("");
  const pages = current.pages.map(
    (p) => `<tr>${cells([`${escapeHtml(p.name)}<br><small>${escapeHtml(p.url)}</small>`, badge(p.state), String(p.status ?? "\u2014"), p.totalMs === void 0 ? "\u2014" : `${p.totalMs} ms`, escapeHtml(p.why ?? "") + calling(view, { kind: "page", name: p.name }, p.state)])}</tr>`
  ).join("");
  const figures = current.figures.map(
    (f) => `<tr>${cells([escapeHtml(f.name), badge(f.state), escapeHtml(figureValue(f)), escapeHtml(f.why ?? "") + calling(view, { kind: "figure", name: f.name }, f.state), escapeHtml(f.fix && f.state !== "ok" ? f.fix : "")])}</tr>`
  ).join("");
  const next = nextSteps(view.steps ?? [], now);
  const [timing, ...more] = view.rows.length ? watchCharts(view.rows, view.airtime) : [];
  const charts = timing ? [timing, ...more, ...figureCharts(view.rows, timing)] : [];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="${refresh}"><title>${escapeHtml(`${current.state ?? "waiting"} \xB7 ${view.event} \xB7 primetime watch`)}</title>
<style>${WATCH_STYLE}${BADGE_STYLE}</style></head>
<body><h1>${escapeHtml(view.event)} ${current.state ? badge(current.state, true) : '<span class="state">waiting</span>'}</h1>
<p>${relative ? `<strong>${escapeHtml(relative)}</strong> \xB7 ` : ""}${current.at ? `last look ${escapeHtml(at(current.at))}` : "no look yet"} \xB7 until ${escapeHtml(at(new Date(view.until).toISOString()))} (${escapeHtml(zone)}) \xB7 every ${refresh} s \xB7 timeline in <code>${escapeHtml(view.timeline)}</code></p>
<h2>Pages</h2>
<div class="wrap"><table><tr><th>Page</th><th>State</th><th>Status</th><th>Time</th><th>Why</th></tr>${pages}</table></div>
${figures ? `<h2>Live figures${current.figuresAt ? ` (${escapeHtml(at(current.figuresAt))})` : ""}</h2><div class="wrap"><table><tr><th>Figure</th><th>State</th><th>Now</th><th>Why</th><th>Fix</th></tr>${figures}</table></div>` : ""}
${view.warRoom ? `<h2>War room</h2><ul>${warRoomLines(view.warRoom).map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>` : ""}
${next.length ? `<h2>Next in the run of show</h2><div class="wrap"><table><tr><th>At</th><th>When</th><th>Step</th><th>Owner</th></tr>${next.map(({ step, in: when }) => `<tr>${cells([escapeHtml(step.at), escapeHtml(when), `${escapeHtml(step.title)}${step.command ? `<br><code>${escapeHtml(step.command)}</code>` : ""}`, escapeHtml(step.owner)])}</tr>`).join("")}</table></div>` : ""}
<h2>Changes</h2>
${current.changes.length ? `<ul>${current.changes.map((c) => `<li>${escapeHtml(at(c.at))} ${badge(c.subject.state)} ${escapeHtml(changeText(c))}</li>`).join("")}</ul>` : "<p>None yet.</p>"}
<div class="charts">${charts.map(renderSvgChart).join("\n")}</div>
</body></html>
`;
}

// src/watch/screen.ts
var column = (text, width) => text.length > width ? `${text.slice(0, width - 1)}\u2026 ` : text.padEnd(width + 1);
function renderScreen(view, now, pageUrl) {
  const current = watchNow(view);
  const at = (iso) => clockTime(iso, view.airtime);
  const relative = fromAirtime(view.airtime, now);
  const nameWidth = Math.max(8, ...current.pages.map((p) => p.name.length), ...current.figures.map((f) => f.name.length));
  const lines = [
    {
      text: `primetime watch \xB7 ${view.event}${relative ? ` \xB7 ${relative}` : ""} \xB7 ${current.state ?? "waiting for the first look"}`,
      ...current.state ? { state: current.state } : {}
    },
    {
      text: [
        current.at ? `last look ${at(current.at)}` : "no look yet",
        `until ${at(new Date(view.until).toISOString())} (${zoneName(new Date(now).toISOString(), view.airtime)})`,
        ...view.rows.length ? [plural(view.rows.length, "look")] : [],
        view.timeline,
        ...pageUrl ? [pageUrl] : []
      ].join(" \xB7 ")
    },
    // Where everyone meets once something is in act.
    ...current.state === "act" && view.warRoom?.bridge ? [{ text: `War room bridge: ${view.warRoom.bridge}`, state: "act" }] : [],
    { text: "" },
    ...current.pages.map((p) => ({
      text: `${column(p.name, nameWidth)}${p.state.padEnd(6)}${String(p.status ?? "\u2014").padEnd(5)}${(p.totalMs === void 0 ? "\u2014" : `${p.totalMs} ms`).padEnd(9)}${p.why ?? ""}${calling2(view, { kind: "page", name: p.name }, p.state)}`,
      state: p.state
    }))
  ];
  if (current.figures.length) {
    lines.push({ text: "" }, { text: `Live figures${current.figuresAt ? ` (${at(current.figuresAt)})` : ""}` });
    lines.push(
      ...current.figures.map((f) => ({
        text: `${column(f.name, nameWidth)}${f.state.padEnd(6)}${figureValue(f)}${f.why ? `: ${f.why}` : ""}${calling2(view, { kind: "figure", name: f.name }, f.state)}`,
        state: f.state
      }))
    );
  }
  const next = nextSteps(view.steps ?? [], now);
  if (next.length) {
    lines.push({ text: "" }, { text: "Next in the run of show" });
    lines.push(
      ...next.map(({ step, in: when }) => ({
        text: `${step.at.padEnd(7)}${when.padEnd(14)}${step.title} (${step.owner})${step.command ? `: ${step.command}` : ""}`
      }))
    );
  }
  if (current.changes.length) {
    lines.push({ text: "" }, { text: "Changes" });
    lines.push(...current.changes.map((c) => ({ text: `${at(c.at)} ${alertText(c)}`, state: c.subject.state })));
  }
  return lines;
}
function calling2(view, subject, state) {
  const call = callFor(view, subject, state);
  return call ? ` \u2192 ${call}` : "";
}
function redraw(previousLines) {
  return previousLines > 0 ? `\x1B[${previousLines}F\x1B[J` : "";
}

// src/watch/serve.ts
import { createServer } from "node:http";
async function serveWatchPage(port, page, timeline) {
  const server = createServer((request, response) => {
    const headers = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { ...headers, allow: "GET, HEAD" }).end();
      return;
    }
    const route = new URL(request.url ?? "/", "http://localhost").pathname;
    if (route === "/")
      response.writeHead(200, { ...headers, "content-type": "text/html; charset=utf-8", "content-security-policy": WATCH_PAGE_CSP }).end(page());
    else if (route === "/timeline.json") response.writeHead(200, { ...headers, "content-type": "application/json" }).end(timeline());
    else response.writeHead(404, headers).end();
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve())))
  };
}

// src/watch/display.ts
var KEPT_ROWS = 1e3;
function plainRow(row, paint, airtime) {
  const pages = row.probes.map((p) => `${p.name} ${paint[p.state](p.state)} ${p.status ?? "\u2014"} ${p.totalMs ?? "\u2014"} ms${p.why ? ` (${p.why})` : ""}`);
  const figures = row.figures ?? [];
  const fine = figures.filter((f) => f.state === "ok").length;
  const notFine = figures.filter((f) => f.state !== "ok").map((f) => `${f.name} ${paint[f.state](f.state)} ${figureValue(f)}${f.why ? `: ${f.why}` : ""}`);
  const read = row.figures ? `
          figures: ${[...fine ? [`${fine} ok`] : [], ...notFine].join(" \xB7 ")}` : "";
  return `${clockTime(row.at, airtime)}  ${paint[row.state](row.state.padEnd(5))}  ${pages.join(" \xB7 ")}${read}`;
}
async function createWatchDisplay(o) {
  const now = o.now ?? Date.now;
  o.view.rows.splice(0, Math.max(0, o.view.rows.length - KEPT_ROWS));
  let server;
  if (o.port !== void 0)
    server = await serveWatchPage(
      o.port,
      () => o.mask(renderWatchPage(o.view, now())),
      () => o.mask(JSON.stringify(o.view.rows))
    );
  const tty = Boolean(o.out.isTTY);
  let shown = 0;
  const draw = () => {
    const width = Math.max(40, (o.out.columns ?? 100) - 1);
    const lines = renderScreen(o.view, now(), server?.url).map(({ text, state }) => {
      const cut = text.length > width ? `${text.slice(0, width - 1)}\u2026` : text;
      return state && state !== "ok" ? o.paint[state](cut) : cut;
    });
    o.out.write(redraw(shown) + o.mask(lines.join("\n")) + "\n");
    shown = lines.length;
  };
  const say = (line) => {
    o.out.write(o.mask(line) + "\n");
    shown = 0;
  };
  return {
    ...server ? { url: server.url } : {},
    say,
    row(row) {
      o.view.rows.push(row);
      if (o.view.rows.length > KEPT_ROWS) o.view.rows.shift();
      if (tty) draw();
      else say(plainRow(row, o.paint, o.view.airtime));
    },
    change(change) {
      o.view.changes.push(change);
      if (tty) draw();
      else say(`  \u2192 ${alertText(change)}`);
    },
    undelivered(failures) {
      for (const failure of failures) o.err.write(o.mask(`primetime: alert not delivered: ${failure}
`));
      shown = 0;
    },
    close: async () => server?.close()
  };
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
  const plan = buildPlan(config.event).targets;
  const declared = watchedByChecks(loaded);
  const limits = {
    requestsPerSecond: plan.requestsPerSecond,
    // Behind a CDN the load balancer sees its misses only.
    originRequestsPerSecond: resources.distributions.length > 0 ? plan.originRequestsPerSecond : plan.requestsPerSecond,
    lcus: declared.lcus ?? plan.lcus,
    instances: plan.instances,
    minHealthy: declared.minHealthy ?? 1,
    errorRate: config.load?.budgets.errorRate ?? 0.01,
    slowMs: config.watch.slow,
    databaseConnections: plan.databaseConnections,
    writesPerSecond: plan.writesPerSecond,
    emailsPerSecond: plan.emailsPerSecond
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
    serve: { type: "boolean" },
    port: { type: "string" },
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
    if (values.port !== void 0 && !values.serve) throw new UsageError("--port goes with --serve (the watch page).");
    const port = values.serve ? parsePort(values.port) : void 0;
    await watchSite(loaded, io, { from, until, intervalMs, resume: Boolean(values.resume), ...port === void 0 ? {} : { port } }, alertHttp);
    return io.interrupt.aborted ? EXIT.toolError : EXIT.go;
  } finally {
    await alertHttp.close();
  }
}
function probeTargets(site, peakMode) {
  return [
    { name: "home", url: site.home, fix: "Open the plan-B page, or scale out" },
    ...site.funnel[0] ? [{ name: "funnel", url: site.funnel[0].url, fix: "Check the subscription path first: it is what the show sells" }] : [],
    ...site.errorPages.overflow ? [{ name: "plan-b", url: site.errorPages.overflow, fix: "The overflow page must hold when the site does not: serve it from the CDN" }] : [],
    ...peakMode ? [
      {
        name: "peak mode",
        url: new URL(peakMode.page, site.baseUrl).toString(),
        fix: "A heavy page fails: switch peak mode on",
        lightMarker: peakMode.lightMarker
      }
    ] : []
  ];
}
async function initialView(loaded, window, file, shown) {
  const { config } = loaded;
  return {
    event: config.event.name,
    ...config.event.airtime ? { airtime: config.event.airtime } : {},
    until: window.until,
    intervalMs: window.intervalMs,
    timeline: shown,
    // A resumed watch shows what it had seen.
    rows: window.resume ? await readTimeline(file, shown).catch(() => []) : [],
    changes: [],
    ...config.warRoom ? { warRoom: config.warRoom } : {},
    // The run of show, when there is a time to place it: the screen shows what the team does next.
    ...config.event.airtime || config.runbook ? { steps: runbookFor(loaded, /* @__PURE__ */ new Date(), void 0).steps.map((s) => ({ ...s, when: s.when.getTime() })) } : {}
  };
}
function announce(display, targets, window, shown, live) {
  display.say(
    `primetime watch: ${targets.map((t) => t.name).join(", ")} every ${formatDuration(window.intervalMs)} until ${new Date(window.until).toISOString()}; the timeline in ${shown}.`
  );
  if (live)
    display.say(
      "source" in live ? `Live figures of ${plural(live.resources, "AWS resource")} from CloudWatch, every ${formatDuration(live.source.everyMs)}.` : `Live figures off: ${live.off}.`
    );
  if (display.url) display.say(`The watch page: ${display.url} (this machine only).`);
}
async function watchSite(loaded, io, window, alertHttp) {
  const { config } = loaded;
  const settings = config.watch;
  const mask = createMasker(loaded.secrets);
  const site = resolveSite(config.site);
  const targets = probeTargets(site, watchedByChecks(loaded).peakMode);
  const file = path.resolve(io.cwd, settings.out, "timeline.jsonl");
  const shown = path.relative(io.cwd, file);
  const style = createStyle(colorWanted(io.stdout, io.env));
  const live = await liveFigures(loaded, io.env, window.figuresEveryMs);
  if (live && "off" in live && config.aws?.required) throw new UsageError(`no live figures: ${live.off} (aws.required is set).`);
  const view = await initialView(loaded, window, file, shown);
  const display = await createWatchDisplay({
    out: io.stdout,
    err: io.stderr,
    paint: { ok: style.green, watch: style.yellow, act: style.red },
    mask,
    view,
    ...window.port === void 0 ? {} : { port: window.port }
  }).catch((error) => {
    if (error.code === "EADDRINUSE") throw new UsageError(`--port ${window.port}: already in use on 127.0.0.1. Give another port, or 0 for a free one.`);
    throw error;
  });
  const { http } = createNetwork(config);
  announce(display, targets, window, shown, live);
  try {
    const { rows, alerts } = await runWatch({
      event: config.event.name,
      targets,
      marker: site.marker,
      limits: { slowMs: settings.slow, timeoutMs: settings.timeout },
      ...window,
      confirm: settings.confirm,
      ...config.warRoom ? { warRoom: config.warRoom } : {},
      alerts: settings.alerts,
      ...live && "source" in live ? { figures: live.source } : {},
      http,
      alertHttp,
      file,
      clock: realClock,
      signal: io.interrupt,
      mask,
      onWait: (at) => display.say(`Waiting until ${new Date(at).toISOString()} (watch.from) to start.`),
      onRow: (row) => display.row(row),
      onAlert: (change) => display.change(change),
      onUndelivered: (failures) => display.undelivered(failures),
      onNote: (note) => display.say(`primetime: ${note}`)
    });
    const ended = io.interrupt.aborted ? `Watch stopped (${stopReason(io.interrupt)})` : "Watch ended";
    display.say(`${ended}: ${plural(rows, "look")}, ${plural(alerts, "change")} of state. The timeline is in ${shown}.`);
  } finally {
    await Promise.all([http.close(), display.close()]);
  }
  return file;
}

export {
  watchCommand,
  watchSite
};
