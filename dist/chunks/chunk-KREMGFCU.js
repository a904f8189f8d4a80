import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  vcpusOf
} from "./chunk-FTILTXDE.js";
import {
  grouped
} from "./chunk-KHW7QP7J.js";

// src/plan/plan.ts
var LCU = { newConnectionsPerSecond: 25, activeConnections: 3e3, bytesPerHour: 1e9 };
var fmt = (n) => grouped(n, 2);
var roundUp = (n) => Math.ceil(n - 1e-9);
var pct = (n) => `${fmt(n * 100)} %`;
function buildPlan(event) {
  const figures = [];
  const notes = [];
  const targets = {};
  const add = (id, label, value, unit, formula) => {
    figures.push({ id, label, value, unit, formula });
    return targets[id] = value;
  };
  const { origin, newConnections } = trafficFigures(event, add);
  if (event.peakModeShare !== void 0)
    add(
      "originRequestsPeakMode",
      "Origin requests with peak mode on",
      origin * event.peakModeShare,
      "req/s",
      `${fmt(origin)} req/s \xD7 ${pct(event.peakModeShare)} left with the heavy pages light`
    );
  lcuFigure(event, newConnections, origin, add);
  if (event.capacity) capacityFigures(event.capacity, origin, add, notes);
  else notes.push("Set event.capacity.requestsPerSecondPerInstance (from a load test) to derive the instance and vCPU figures.");
  if (event.backend) backendFigures(event.backend, targets, add, notes);
  return { figures, targets, notes };
}
function trafficFigures(event, add) {
  const windowSeconds = event.arrivalWindow / 1e3;
  const visitors = add(
    "visitors",
    "Peak visitors",
    Math.round(event.audience * event.reach),
    "visitors",
    `audience ${fmt(event.audience)} \xD7 reach ${pct(event.reach)}`
  );
  const meanArrivals = add(
    "arrivalsPerSecond",
    "Mean arrivals",
    visitors / windowSeconds,
    "visitors/s",
    `${fmt(visitors)} visitors \xF7 ${fmt(windowSeconds)} s arrival window`
  );
  const arrivals = add(
    "peakArrivalsPerSecond",
    "Peak arrivals",
    meanArrivals * event.peakFactor,
    "visitors/s",
    `${fmt(meanArrivals)} visitors/s \xD7 peak factor ${fmt(event.peakFactor)}`
  );
  const pageViews = add(
    "pageViewsPerSecond",
    "Page views",
    arrivals * event.pagesPerVisit,
    "pages/s",
    `${fmt(arrivals)} visitors/s \xD7 ${fmt(event.pagesPerVisit)} pages per visit (steady state; an upper bound when visits outlast the window)`
  );
  const requests = requestsFigure(event, visitors, pageViews, add);
  const origin = add(
    "originRequestsPerSecond",
    "Origin requests",
    requests * (1 - event.cacheHitRatio),
    "req/s",
    `${fmt(requests)} req/s \xD7 (1 \u2212 CDN hit ratio ${pct(event.cacheHitRatio)})`
  );
  const newConnections = add(
    "newConnectionsPerSecond",
    "New connections at the load balancer",
    arrivals * event.connectionsPerVisit,
    "conn/s",
    `${fmt(arrivals)} visitors/s \xD7 ${fmt(event.connectionsPerVisit)} connections per visit (the CDN is assumed not to pool them: conservative)`
  );
  return { origin, newConnections };
}
function requestsFigure(event, visitors, pageViews, add) {
  const before = event.previousPeak;
  if (before)
    return add(
      "requestsPerSecond",
      "Requests (rule of three)",
      before.requestsPerSecond * visitors / before.visitors,
      "req/s",
      `${fmt(before.requestsPerSecond)} req/s at a previous peak of ${fmt(before.visitors)} visitors \xD7 ${fmt(visitors)} \xF7 ${fmt(before.visitors)}`
    );
  return add(
    "requestsPerSecond",
    "Requests",
    pageViews * event.requestsPerPageView,
    "req/s",
    `${fmt(pageViews)} pages/s \xD7 ${fmt(event.requestsPerPageView)} requests per page view`
  );
}
function lcuFigure(event, newConnections, origin, add) {
  const lcuByConnections = newConnections / LCU.newConnectionsPerSecond;
  const dimensions = [`new connections ${fmt(newConnections)} \xF7 ${LCU.newConnectionsPerSecond} = ${fmt(lcuByConnections)}`];
  let lcuRaw = lcuByConnections;
  if (event.capacity) {
    const { bytesPerRequest, connectionDuration } = event.capacity;
    const active = newConnections * connectionDuration / 1e3;
    const byActive = active / LCU.activeConnections;
    const byBytes = origin * bytesPerRequest * 3600 / LCU.bytesPerHour;
    dimensions.push(
      `active connections ${fmt(active)} \xF7 ${fmt(LCU.activeConnections)} = ${fmt(byActive)}`,
      `bytes ${fmt(origin)} req/s \xD7 ${fmt(bytesPerRequest)} B \xD7 3,600 s \xF7 1 GB = ${fmt(byBytes)}`
    );
    lcuRaw = Math.max(lcuByConnections, byActive, byBytes);
  }
  add("lcus", "Load balancer capacity units (LCU) to reserve", roundUp(lcuRaw), "LCU", `highest of: ${dimensions.join("; ")}; rounded up`);
}
function capacityFigures(capacity, origin, add, notes) {
  const { requestsPerSecondPerInstance, instanceType, headroom } = capacity;
  const instances = add(
    "instances",
    "Instances at the peak",
    roundUp(origin * (1 + headroom) / requestsPerSecondPerInstance),
    "instances",
    `${fmt(origin)} origin req/s \xD7 (1 + headroom ${pct(headroom)}) \xF7 ${fmt(requestsPerSecondPerInstance)} req/s per instance; rounded up`
  );
  const perInstance = capacity.vcpusPerInstance ?? vcpusOf(instanceType);
  if (perInstance === void 0)
    notes.push(`vCPUs of ${instanceType} are not in the built-in table: set event.capacity.vcpusPerInstance to get the vCPU figure.`);
  else add("vcpus", "vCPUs for the web tier", instances * perInstance, "vCPU", `${fmt(instances)} instances \xD7 ${perInstance} vCPU (${instanceType})`);
}
function backendFigures(backend, targets, add, notes) {
  const { visitors = 0, peakArrivalsPerSecond: arrivals = 0, instances } = targets;
  const { conversion, emailsPerConversion, writesPerVisit, writesPerConversion, readsPerVisit, poolPerInstance, deploySurge } = backend;
  const conversions = add(
    "conversionsPerSecond",
    "Completions of the funnel",
    arrivals * conversion,
    "completions/s",
    `${fmt(arrivals)} visitors/s \xD7 conversion ${pct(conversion)} (steady state: completions follow arrivals by the visit's length)`
  );
  add(
    "emailsPerSecond",
    "Emails sent",
    conversions * emailsPerConversion,
    "emails/s",
    `${fmt(conversions)} completions/s \xD7 ${fmt(emailsPerConversion)} emails each`
  );
  add(
    "emailsPerDay",
    "Emails over the event",
    roundUp(visitors * conversion * emailsPerConversion),
    "emails",
    `${fmt(visitors)} visitors \xD7 conversion ${pct(conversion)} \xD7 ${fmt(emailsPerConversion)} emails each (all within 24 h)`
  );
  add(
    "writesPerSecond",
    "Database writes",
    arrivals * writesPerVisit + conversions * writesPerConversion,
    "writes/s",
    `${fmt(arrivals)} visitors/s \xD7 ${fmt(writesPerVisit)} writes per visit + ${fmt(conversions)} completions/s \xD7 ${fmt(writesPerConversion)} writes each`
  );
  add("readsPerSecond", "Database reads", arrivals * readsPerVisit, "reads/s", `${fmt(arrivals)} visitors/s \xD7 ${fmt(readsPerVisit)} reads per visit`);
  if (poolPerInstance === void 0)
    return void notes.push("Set event.backend.poolPerInstance (the database connections each app instance opens) to derive the connections at the peak.");
  if (instances === void 0) return void notes.push("Set event.capacity to derive the database connections at the peak from the instances.");
  add(
    "databaseConnections",
    "Database connections at the peak",
    (instances + deploySurge) * poolPerInstance,
    "connections",
    `(${fmt(instances)} instances + ${fmt(deploySurge)} a rolling deploy adds) \xD7 pool of ${fmt(poolPerInstance)}`
  );
}

export {
  buildPlan
};
