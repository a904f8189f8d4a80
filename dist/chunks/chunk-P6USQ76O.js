import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-C65WBHE4.js";
import {
  formatNumber
} from "./chunk-KHW7QP7J.js";
import {
  hostAllowed
} from "./chunk-VPNDTBFQ.js";
import {
  applyCaps,
  arrivalCount,
  peakRate,
  peakWindow,
  planSchedule
} from "./chunk-35Z2W6AO.js";
import {
  lowerKeys
} from "./chunk-DWOR55PJ.js";

// src/load/settings.ts
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
var MAX_START_WAIT_MS = 15 * 6e4;
function parseShard(value) {
  if (value === void 0) return { index: 1, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) return `expected i/N with 1 \u2264 i \u2264 N, such as 1/4, not "${value}"`;
  return { index, count };
}
function loadInputs(config) {
  const { resolve, dnsServers, ca } = config.network;
  return { ...config, network: { resolve, dnsServers, ca: ca.map((caFile) => readFileSync(caFile, "utf8")) } };
}
function loadSection(file, config) {
  if (config.load) return config.load;
  throw new ConfigError(file, [
    { path: ["load", "allowHosts"], message: "the load check needs a load section with allowHosts (the hosts load may be sent to)." }
  ]);
}
function resolveWholeShot(file, config, plan, filesPerArrival = 0) {
  const settings = resolveLoadSettings(file, config, plan, "1/1", { whole: true });
  const runners = Math.max(1, Math.ceil(peakRate(settings.schedule) * (1 + filesPerArrival) / settings.maxRate));
  const capped = settings.capped.filter((cap) => cap !== "maxRequests");
  if (arrivalCount(settings.schedule, 0, runners) > settings.maxRequests) capped.push("maxRequests");
  return { ...settings, capped, runners, filesPerArrival };
}
function resolveLoadSettings(file, config, plan, shardOverride, { whole = false } = {}) {
  const problems = [];
  const load = loadSection(file, config);
  const shard = parseShard(shardOverride ?? load.shard);
  if (typeof shard === "string") problems.push({ path: shardOverride ? ["--shard"] : ["load", "shard"], message: shard });
  const startAt = load.startAt ? Date.parse(load.startAt) : void 0;
  if (startAt !== void 0 && startAt - Date.now() > MAX_START_WAIT_MS)
    problems.push({
      path: ["load", "startAt"],
      message: `${load.startAt} is more than 15 minutes ahead: pick a start a minute or two after the runners start.`
    });
  const { requests, assetHeaders } = scenarioOf(load, config, problems);
  const { wanted, target } = wantedShot(load, config, plan);
  if (problems.length > 0) throw new ConfigError(file, problems);
  const { index, count } = shard;
  const { schedule, changes } = applyCaps(wanted, whole ? Infinity : load.caps.maxRate * count, load.caps.maxDuration);
  if (arrivalCount(schedule, index - 1, count) > load.caps.maxRequests) changes.push("maxRequests");
  const workers = Math.max(1, Math.min(load.workers === "auto" ? availableParallelism() : load.workers, Math.floor(load.caps.maxRate)));
  return {
    schedule,
    capped: changes,
    target,
    peak: peakWindow(schedule),
    budgets: { p95Ms: load.budgets.p95, p99Ms: load.budgets.p99, errorRate: load.budgets.errorRate, rate: load.budgets.rate },
    shard: { index, count },
    requests,
    assetHeaders,
    thinkTimeMs: load.thinkTime,
    timeoutMs: load.timeout,
    workers,
    maxConcurrent: load.caps.maxConcurrent,
    maxRequests: load.caps.maxRequests,
    maxRate: load.caps.maxRate,
    abort: load.abort,
    allowHosts: load.allowHosts,
    // The names, servers and CAs the workers rebuild their lookup from: a check's context also holds the lookup
    // function itself, which cannot cross to a worker thread.
    network: { resolve: config.network.resolve, dnsServers: config.network.dnsServers, ca: config.network.ca },
    site: config.site.baseUrl,
    ...startAt !== void 0 ? { startAt } : {},
    ...load.runId ? { runId: load.runId } : {}
  };
}
function scenarioOf(load, config, problems) {
  const scenario = load.requests.length > 0 ? load.requests : [{ url: config.site.home, weight: 1, method: "GET", headers: {}, subresources: false }];
  const assetHeaders = { "user-agent": "primetime (load)", ...lowerKeys(config.site.headers) };
  const totalWeight = scenario.reduce((sum, r) => sum + r.weight, 0);
  const requests = scenario.map((r, index) => {
    const url = new URL(r.url, config.site.baseUrl).toString();
    if (!hostAllowed(url, load.allowHosts))
      problems.push({
        path: load.requests.length > 0 ? ["load", "requests", index, "url"] : ["site", "home"],
        message: `${new URL(url).host} is not in load.allowHosts (${load.allowHosts.join(", ")}): add it there if load may be sent to it.`
      });
    return {
      url,
      name: "name" in r && r.name || new URL(url).pathname + new URL(url).search,
      weight: r.weight / totalWeight,
      method: r.method,
      headers: { ...assetHeaders, ...lowerKeys(r.headers) },
      body: "body" in r ? r.body : void 0,
      subresources: r.subresources
    };
  });
  return { requests, assetHeaders };
}
function wantedShot(load, config, plan) {
  const planRate = plan.targets.originRequestsPerSecond;
  const rateOf = (value) => typeof value === "number" ? value : planRate * (Number.parseFloat(value) / 100);
  if (load.stages) {
    const wanted = { startRate: 0, stages: load.stages.map((s) => ({ durationMs: s.duration, target: rateOf(s.target) })) };
    return { wanted, target: { rate: peakRate(wanted), source: `the peak of load.stages: ${formatNumber(peakRate(wanted))} req/s` } };
  }
  const rate = rateOf(load.target);
  const source = typeof load.target === "number" ? `load.target: ${formatNumber(rate)} req/s` : `${load.target} of the plan's ${formatNumber(planRate)} origin req/s = ${formatNumber(rate)} req/s`;
  return { wanted: planSchedule(rate, config.event.arrivalWindow, load.caps.maxDuration), target: { rate, source } };
}

export {
  parseShard,
  loadInputs,
  loadSection,
  resolveWholeShot,
  resolveLoadSettings
};
