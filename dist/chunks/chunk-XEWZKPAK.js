import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  formatNumber,
  plural
} from "./chunk-KHW7QP7J.js";

// src/watch/figures.ts
var OVER_PLAN_ACT = 1.25;
var LCU_WATCH = 0.8;
var LABEL = {
  requests: ["requests/s", "req/s"],
  errors: ["5xx share", "%"],
  p95: ["p95 response", "ms"],
  connections: ["active connections", "connection"],
  lcus: ["peak LCUs", "LCU"],
  healthy: ["healthy targets", "target"],
  unhealthy: ["unhealthy targets", "target"],
  "in-service": ["instances in service", "instance"],
  "cdn-requests": ["CDN requests/s", "req/s"],
  "cdn-errors": ["CDN 5xx share", "%"],
  "lb-502": ["502 answers", "answer"],
  "target-errors": ["connection errors to the targets", "error"],
  rejected: ["rejected connections", "connection"],
  "db-connections": ["database connections", "connection"],
  "db-cpu": ["CPU", "%"],
  "replica-lag": ["replica lag", "s"],
  throttles: ["throttled requests", "request"],
  writes: ["write units/s", "units/s"],
  evictions: ["evictions", "key"],
  "cache-cpu": ["engine CPU", "%"],
  emails: ["emails/s", "emails/s"],
  alarm: ["alarm", "state"],
  unread: ["live figures", ""]
};
var n = formatNumber;
function above(value, watch, act) {
  return value > act ? "act" : value > watch ? "watch" : "ok";
}
function judgeReading(reading, limits) {
  const [label, unit] = LABEL[reading.kind];
  const base = { name: `${reading.resource} ${label}`, kind: reading.kind, resource: reading.resource, unit };
  const figure = (state, extra = {}) => ({ ...base, ...reading.value === void 0 ? {} : { value: reading.value }, state, ...extra });
  return JUDGES[reading.kind](reading, limits, figure);
}
var unlessOk = (state, why, fix) => state === "ok" ? {} : { why, fix };
var judgeTraffic = ({ kind, value }, limits, figure) => {
  const planned = kind === "requests" ? limits.originRequestsPerSecond ?? limits.requestsPerSecond : limits.requestsPerSecond;
  const rate = value ?? 0;
  if (!planned) return figure("ok", { value: rate });
  const state = above(rate / planned, 1, OVER_PLAN_ACT);
  const why = state === "act" ? "past the headroom the plan was sized with" : "above the plan";
  return figure(state, { value: rate, planned, ...unlessOk(state, why, "Traffic is past the plan: open the plan-B page if answers slow down, and scale out") });
};
var judgeErrors = ({ value }, limits, figure) => {
  if (value === void 0) return figure("ok", { why: "no request in the last minutes" });
  const state = above(value / 100, limits.errorRate, 5 * limits.errorRate);
  const why = state === "act" ? "five times the error budget" : "above the error budget";
  return figure(state, { planned: limits.errorRate * 100, ...unlessOk(state, why, "Open the plan-B page; the targets\u2019 logs say why") });
};
var againstPlan = (planned, fix) => ({ value }, limits, figure) => {
  const plan = planned(limits);
  if (value === void 0 || !plan) return figure("ok", plan ? { planned: plan } : {});
  const state = above(value / plan, 1, OVER_PLAN_ACT);
  return figure(state, { planned: plan, ...unlessOk(state, state === "act" ? "past the headroom the plan was sized with" : "above the plan", fix) });
};
var judgeCpu = (fix) => ({ value }, _, figure) => {
  const state = value === void 0 ? "ok" : above(value, 60, 80);
  return figure(state, { planned: 80, ...unlessOk(state, state === "act" ? "close to saturation" : "busy", fix) });
};
var anyIs = (state, why, fix) => ({ value, id }, _, figure) => value ? figure(state, { why, fix: fix(id) }) : figure("ok", { value: value ?? 0 });
var EDGE_JUDGES = {
  "lb-502": anyIs("watch", "targets close kept-alive connections, or crash", () => "Check the targets\u2019 keep-alive (the keep-alive check) and their logs"),
  "target-errors": anyIs("watch", "connections to the targets fail", () => "Look at the targets: crashed, full, or a security group"),
  rejected: anyIs(
    "act",
    "the load balancer refuses connections: it is at its capacity",
    (id) => `Raise the LCU reservation: aws elbv2 modify-capacity-reservation --load-balancer-arn ${id} --minimum-load-balancer-capacity CapacityUnits=<more>`
  )
};
var BACKEND_JUDGES = {
  "db-connections": againstPlan(
    (l) => l.databaseConnections,
    "Connections past the plan: a pool leak or a deploy in flight? Hold deploys; open the plan-B page if errors follow"
  ),
  "db-cpu": judgeCpu("The database is busy: move reads to replicas, switch heavy pages off, open the plan-B page if answers slow down"),
  "replica-lag": ({ value }, _, figure) => {
    const state = value === void 0 ? "ok" : above(value, 5, 30);
    return figure(state, { planned: 30, ...unlessOk(state, "replicas serve old data", "Send reads that must be fresh to the writer") });
  },
  throttles: anyIs("act", "DynamoDB refuses requests", (id) => `Raise ${id}'s capacity: aws dynamodb update-table --table-name ${id} --warm-throughput \u2026`),
  writes: againstPlan((l) => l.writesPerSecond, "Writes past the plan: watch the throttled requests"),
  evictions: anyIs(
    "watch",
    "the cache is full: every eviction is a read that reaches the database",
    () => "Scale the cache up after the show; watch the database CPU now"
  ),
  "cache-cpu": judgeCpu("The cache is busy: switch heavy pages off; add replicas after the show"),
  emails: againstPlan((l) => l.emailsPerSecond, 'Emails past the plan: SES may refuse some ("Maximum sending rate exceeded"); check the queue retries')
};
var ALARM_STATES = ["OK", "INSUFFICIENT_DATA", "ALARM"];
var judgeAlarm = ({ value, detail }, _, figure) => value === 2 ? figure("act", { why: `in ALARM${detail ? `: ${detail}` : ""}`, fix: "What it watches is failing: follow its runbook" }) : value === 1 ? figure("watch", { why: "INSUFFICIENT_DATA: it cannot fire", fix: "Check its metric and dimensions" }) : figure("ok");
var JUDGES = {
  alarm: judgeAlarm,
  ...EDGE_JUDGES,
  ...BACKEND_JUDGES,
  // Could not verify is not broken: watch, with the way to read them.
  unread: (reading, _, figure) => figure("watch", { why: `not read: ${reading.error}`, fix: "Give the role cloudwatch:GetMetricData (primetime iam-policy prints the policy)" }),
  requests: judgeTraffic,
  "cdn-requests": judgeTraffic,
  errors: judgeErrors,
  "cdn-errors": judgeErrors,
  p95: ({ value }, limits, figure) => {
    if (value === void 0) return figure("ok", { why: "no request in the last minutes" });
    const state = above(value, limits.slowMs, 2 * limits.slowMs);
    return figure(state, {
      planned: limits.slowMs,
      ...unlessOk(state, state === "act" ? "over twice watch.slow" : "slower than watch.slow", "The targets are slow: scale out")
    });
  },
  connections: (_, __, figure) => figure("ok"),
  lcus: ({ value, id }, limits, figure) => {
    if (value === void 0 || !limits.lcus) return figure("ok", limits.lcus ? { planned: limits.lcus } : {});
    const state = above(value, LCU_WATCH * limits.lcus, limits.lcus);
    const fix = `Raise the reservation: aws elbv2 modify-capacity-reservation --load-balancer-arn ${id} --minimum-load-balancer-capacity CapacityUnits=${Math.ceil(value * 1.5)}`;
    return figure(state, { planned: limits.lcus, ...unlessOk(state, state === "act" ? "past the LCUs reserved" : "close to the LCUs reserved", fix) });
  },
  healthy: ({ value }, limits, figure) => {
    if (value === void 0)
      return figure("watch", { why: "no data point: is this target group behind the load balancer?", fix: "Check targets.targetGroups" });
    if (value >= limits.minHealthy) return figure("ok", { planned: limits.minHealthy });
    return figure("act", { planned: limits.minHealthy, why: "fewer healthy targets than the minimum", fix: "Replace the failing targets, or scale out" });
  },
  unhealthy: anyIs("watch", "targets failing their health checks", () => "Look at the failing targets\u2019 health checks"),
  "in-service": ({ value, id }, limits, figure) => {
    if (value === void 0)
      return figure("watch", {
        why: "no data point: group metrics are off",
        fix: `Turn them on: aws autoscaling enable-metrics-collection --auto-scaling-group-name ${id} --granularity 1Minute`
      });
    if (!limits.instances || value >= limits.instances) return figure("ok", limits.instances ? { planned: limits.instances } : {});
    return figure("act", {
      planned: limits.instances,
      why: "fewer than the plan needs",
      fix: `Scale out: aws autoscaling set-desired-capacity --auto-scaling-group-name ${id} --desired-capacity ${limits.instances}`
    });
  }
};
function figureValue(figure) {
  if (figure.value === void 0) return "\u2014";
  if (figure.kind === "alarm") return ALARM_STATES[figure.value] ?? "\u2014";
  const against = heldAgainst(figure);
  const shown = (value) => {
    const number = n(Math.round(value * 10) / 10);
    if (COUNTED.has(figure.unit)) return plural(Math.round(value * 10) / 10, figure.unit);
    return figure.unit === "%" ? `${number} %` : `${number} ${figure.unit}`;
  };
  return `${shown(figure.value)}${figure.planned === void 0 ? "" : ` (${against} ${shown(figure.planned)})`}`;
}
function heldAgainst(figure) {
  return figure.unit === "%" || figure.unit === "ms" || figure.unit === "s" ? "limit" : figure.kind === "healthy" ? "at least" : "plan";
}
var COUNTED = /* @__PURE__ */ new Set(["target", "instance", "connection", "request", "key", "answer", "error"]);

export {
  judgeReading,
  ALARM_STATES,
  figureValue,
  heldAgainst
};
