import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  formatNumber
} from "./chunk-KHW7QP7J.js";
import {
  ENGINES,
  ERROR_CLASSES,
  Histogram,
  errorCount,
  sumRows
} from "./chunk-AAKWNOJ2.js";
import {
  totalDurationMs
} from "./chunk-35Z2W6AO.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/load/judge.ts
var ms = (micros) => Math.round(micros / 100) / 10;
var pct = (fraction) => `${formatNumber(fraction * 100)} %`;
var ERROR_NAMES = {
  "5xx": "server errors (5xx)",
  "4xx": "client errors (4xx: a wrong scenario, or a WAF or rate limit answering 403/429)",
  timeout: "timeouts",
  refused: "connections refused",
  reset: "connections reset",
  other: "other network errors"
};
var lagBound = (budgets) => Math.max(10, budgets.p95Ms * 0.01);
function peakFigures(result) {
  const { from, to } = result.peak;
  const seconds = to - from;
  const peak = sumRows(result.timeline, from, to);
  const histogram = Histogram.from(peak.histogram);
  return {
    seconds,
    targetRate: result.target.rate / result.shard.count,
    requestedRate: peak.requested / seconds,
    achievedRate: peak.answered / seconds,
    p50Ms: ms(histogram.percentile(50)),
    p95Ms: ms(histogram.percentile(95)),
    p99Ms: ms(histogram.percentile(99)),
    errorRate: peak.completed > 0 ? errorCount(peak) / peak.completed : 0,
    errors: peak.errors,
    dropped: peak.dropped,
    completed: peak.completed,
    capped: sumRows(result.timeline).capped,
    lagP95Ms: ms(Histogram.from(peak.lag).percentile(95)),
    sentPerWorker: peak.sent / seconds / result.workers
  };
}
function judgeLoad(result) {
  const f = peakFigures(result);
  const found = findings();
  const window = `the peak window (seconds ${result.peak.from}\u2013${result.peak.to}, ${f.seconds} s)`;
  if (result.aborted)
    found.fail(`The run was stopped early: ${result.aborted}.`, {
      fix: "Find why requests fail at this rate (server logs, load balancer 5xx, WAF blocks) before the broadcast; the run stops itself rather than keep hammering a failing site."
    });
  if (f.completed === 0) {
    found.fail(`No request finished in ${window}: nothing was measured.`);
    return found.outcome("", { charts: charts(result) });
  }
  const lagging = f.lagP95Ms > lagBound(result.budgets);
  const timed = timedFinding(found, lagging);
  judgeRate(result, f, window, timed);
  judgeCaps(result, f, found);
  judgeLatencyAndErrors(result, f, timed, found);
  if (lagging)
    found.unverified(
      `Inconclusive: the load generator could not keep up (${formatNumber(Math.round(f.sentPerWorker))} req/s per worker thread, p95 send lag ${formatNumber(f.lagP95Ms)} ms): add workers or shards.`,
      {
        data: { lagP95Ms: f.lagP95Ms, lagBoundMs: lagBound(result.budgets), sentPerWorker: f.sentPerWorker },
        fix: "Give the load more senders: raise load.workers up to the cores of this machine, or split the load across runners with --shard i/N, then run again. Until then the peak is not proven either way."
      }
    );
  return found.outcome(
    `Held ${formatNumber(f.achievedRate)} req/s at the peak with p95 ${formatNumber(f.p95Ms)} ms, p99 ${formatNumber(f.p99Ms)} ms and ${pct(f.errorRate)} errors.`,
    { charts: charts(result) }
  );
}
function timedFinding(found, lagging) {
  return (ok, message, { fix, ...details } = {}) => {
    if (!lagging) return ok ? found.pass(message, details) : found.fail(message, { ...details, ...fix ? { fix } : {} });
    (ok ? found.info : found.warn)(`Not judged (the load generator lagged): ${message}`, details);
  };
}
function judgeRate(result, f, window, timed) {
  const shardNote = result.shard.count > 1 ? ` (shard ${result.shard.index}/${result.shard.count}: 1/${result.shard.count} of ${formatNumber(result.target.rate)} req/s)` : "";
  const share = f.requestedRate > 0 ? f.achievedRate / f.requestedRate : 1;
  timed(
    f.achievedRate >= f.requestedRate * result.budgets.rate,
    `Over ${window} the site answered ${formatNumber(f.achievedRate)} req/s of the ${formatNumber(f.requestedRate)} req/s sent: ${pct(share)} (at least ${pct(result.budgets.rate)} needed). Target: ${result.target.source}${shardNote}.`,
    {
      data: { ...f },
      fix: `Add capacity until the site answers ${formatNumber(f.targetRate)} req/s at the peak: see the plan's instance figures, and the CDN hit ratio it assumes.`
    }
  );
}
function judgeCaps(result, f, found) {
  if (result.capped.includes("maxRate"))
    found.fail("load.caps.maxRate held the schedule below the target: the target was not tested.", {
      fix: "Split the load across runners with --shard i/N (each runs 1/N), or raise load.caps.maxRate if this machine can send more."
    });
  if (result.capped.includes("maxRequests"))
    found.fail("load.caps.maxRequests ended the schedule early: the rest of it was not sent.", {
      fix: "Raise load.caps.maxRequests, or split the load across runners with --shard i/N."
    });
  if (result.capped.includes("maxDuration")) found.info(`load.caps.maxDuration cut the schedule at ${formatDuration(totalDurationMs(result.schedule))}.`);
  if (f.capped > 0)
    found.fail(
      `${formatNumber(f.capped)} requests for the files the pages use (subresources) were not sent: load.caps.maxRate or load.caps.maxRequests left no room for them, so the journey was not tested whole.`,
      { fix: "Raise load.caps.maxRate or load.caps.maxRequests to cover the pages and their files, or split the load across runners with --shard i/N." }
    );
  if (f.dropped > 0)
    found.fail(
      `${formatNumber(f.dropped)} arrivals were not sent because load.caps.maxConcurrent requests were already open: the site answers too slowly for this rate, or the cap is too low.`,
      { fix: "If answers are slow, that is the finding; otherwise raise load.caps.maxConcurrent (or add shards)." }
    );
}
function judgeLatencyAndErrors(result, f, timed, found) {
  const { budgets } = result;
  for (const [label, value, budget] of [
    ["p95", f.p95Ms, budgets.p95Ms],
    ["p99", f.p99Ms, budgets.p99Ms]
  ])
    timed(value <= budget, `${label} latency over the peak window: ${formatNumber(value)} ms (budget ${formatNumber(budget)} ms), ${ENGINES[result.engine]}.`, {
      fix: `Bring ${label} under ${formatNumber(budget)} ms at the peak rate: more instances, a warmer cache, or a lighter page; or set load.budgets.${label} if the budget is wrong.`
    });
  const classes = ERROR_CLASSES.filter((c) => f.errors[c] > 0).map((c) => `${formatNumber(f.errors[c])} ${ERROR_NAMES[c]}`);
  const message = `Error rate over the peak window: ${pct(f.errorRate)} of ${formatNumber(f.completed)} requests (budget ${pct(budgets.errorRate)})${classes.length > 0 ? `: ${classes.join(", ")}` : ""}.`;
  if (f.errorRate <= budgets.errorRate) found.pass(message, { data: { errors: f.errors } });
  else
    found.fail(message, {
      data: { errors: f.errors },
      fix: "Read the errors by class: 5xx and timeouts mean the origin or the load balancer saturates; refused and reset mean connection limits; 4xx mean the scenario or a WAF rule."
    });
}
function charts(result) {
  const rows = result.timeline;
  const band = { from: result.peak.from, to: result.peak.to, label: "peak window" };
  const percentile = (p) => rows.map((r) => r.histogram.length > 0 ? ms(Histogram.from(r.histogram).percentile(p)) : null);
  return [
    {
      title: "Requests per second",
      unit: "req/s",
      x: "seconds (by intended start)",
      band,
      series: [
        { name: "requested", values: rows.map((r) => r.requested), dashed: true },
        { name: "answered", values: rows.map((r) => r.answered) },
        { name: "errors", values: rows.map((r) => errorCount(r)) }
      ]
    },
    {
      title: "Latency",
      unit: "ms",
      x: "seconds (by intended start)",
      band,
      limit: { value: result.budgets.p95Ms, label: "p95 budget" },
      series: [
        { name: "p50", values: percentile(50) },
        { name: "p95", values: percentile(95) },
        { name: "p99", values: percentile(99) }
      ]
    }
  ];
}

export {
  lagBound,
  peakFigures,
  judgeLoad,
  charts
};
