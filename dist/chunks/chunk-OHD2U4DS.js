import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  formatNumber
} from "./chunk-4HDGWI6M.js";
import {
  hasMarker,
  parseHtml
} from "./chunk-SUUSNCQN.js";
import {
  classifyNetworkError
} from "./chunk-2CFVLJAK.js";

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
  const { subject } = change;
  const what = subject.state === "ok" ? "is back to normal" : subject.why ?? subject.state;
  const where = subject.url ? ` (${subject.url})` : "";
  return `${ICON[subject.state]} ${change.event}: ${subject.name}${where} ${what}${subject.state !== "ok" && change.fix ? `. ${change.fix}` : ""}.`;
}
function alertBody(change, format) {
  const text = alertText(change);
  if (format !== "json") return { text };
  return {
    kind: "primetime-watch-alert",
    at: change.at,
    event: change.event,
    subject: change.subject.name,
    url: change.subject.url ?? null,
    from: change.from ?? null,
    to: change.subject.state,
    why: change.subject.why ?? null,
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
async function readTimeline(file, shown = file) {
  const lines = (await readFile(file, "utf8")).split("\n");
  return lines.flatMap((line, index) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line)];
    } catch {
      throw new TimelineError(`${shown}:${index + 1}: not a line of a watch timeline.`);
    }
  });
}
var TimelineError = class extends Error {
};
async function openTimeline(file, resume) {
  await mkdir(path.dirname(file), { recursive: true });
  const existing = await stat(file).catch(() => void 0);
  if (!existing) return /* @__PURE__ */ new Map();
  if (!resume) {
    await rename(file, file.replace(/\.jsonl$/, `-${existing.mtime.toISOString().replace(/[:.]/g, "-")}.jsonl`));
    return /* @__PURE__ */ new Map();
  }
  const rows = await readTimeline(file);
  const lastFigures = rows.findLast((row) => row.figures)?.figures ?? [];
  return new Map([...lastFigures, ...rows.at(-1)?.probes ?? []].map((p) => [p.name, p.state]));
}
async function runWatch(o) {
  const states = await openTimeline(o.file, o.resume);
  let rows = 0;
  let alerts = 0;
  let figures = [];
  let figuresDue = 0;
  if (o.clock.now() < o.from) {
    o.onWait(o.from);
    await o.clock.sleep(o.from - o.clock.now(), o.signal);
  }
  while (!o.signal.aborted && o.clock.now() < o.until) {
    const started = o.clock.now();
    const probes = await Promise.all(o.targets.map((target) => probe(o.http, target, o.marker, o.limits, o.signal)));
    const fresh = o.figures && started >= figuresDue ? await o.figures.read(started) : void 0;
    if (o.signal.aborted) break;
    if (fresh) [figures, figuresDue] = [fresh, started + o.figures.everyMs];
    const row = {
      at: new Date(started).toISOString(),
      state: worst([...probes, ...figures].map((p) => p.state)),
      probes,
      ...fresh ? { figures: fresh } : {}
    };
    await appendFile(o.file, o.mask(JSON.stringify(row)) + "\n");
    rows++;
    o.onRow(row);
    for (const subject of [...probes, ...fresh ?? []]) {
      const before = states.get(subject.name);
      states.set(subject.name, subject.state);
      if (before === subject.state || before === void 0 && subject.state === "ok") continue;
      const fix = "fix" in subject ? subject.fix : o.targets.find((t) => t.name === subject.name)?.fix;
      const change = { at: row.at, event: o.event, subject, from: before, fix };
      o.onAlert(change, o.alerts.length > 0 ? await sendAlert(o.alertHttp, o.alerts, change, o.signal, o.mask) : []);
      alerts++;
    }
    await o.clock.sleep(started + o.intervalMs - o.clock.now(), o.signal);
  }
  return { rows, alerts };
}

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

export {
  alertText,
  sendAlert,
  realClock,
  readTimeline,
  TimelineError,
  runWatch,
  judgeReading,
  figureValue
};
