/**
 * The event plan: every threshold primetime applies is derived here from `event`, and each figure
 * keeps the formula and inputs that produced it so a person can redo it by hand.
 */
import type { EventConfig } from '../config/schema.js';
import { vcpusOf } from './instance-types.js';
import { grouped } from '../util/words.js';

export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: string;
  formula: string;
}

/** The plan's figures a check reads: every one the event gives; instances and vCPUs with event.capacity. */
export interface PlanTargets {
  visitors: number;
  arrivalsPerSecond: number;
  peakArrivalsPerSecond: number;
  pageViewsPerSecond: number;
  requestsPerSecond: number;
  originRequestsPerSecond: number;
  newConnectionsPerSecond: number;
  lcus: number;
  instances?: number;
  vcpus?: number;
  /** With event.peakModeShare: the origin's requests/s with peak mode on. */
  originRequestsPeakMode?: number;
  /** With event.backend: the funnel's completions, emails and database work at the peak. */
  conversionsPerSecond?: number;
  emailsPerSecond?: number;
  emailsPerDay?: number;
  writesPerSecond?: number;
  readsPerSecond?: number;
  /** With event.backend.poolPerInstance and event.capacity: the connections the app opens at the peak, a deploy's included. */
  databaseConnections?: number;
}

export interface EventPlan {
  figures: Figure[];
  /** The figures by id, typed, for checks: plan.targets.lcus, plan.targets.vcpus (when the capacity gives it)… */
  targets: PlanTargets;
  notes: string[];
}

/** One ALB LCU: 25 new connections/s, 3,000 active connections (per minute), 1 GB/h processed. */
export const LCU = { newConnectionsPerSecond: 25, activeConnections: 3_000, bytesPerHour: 1e9 } as const;

const fmt = (n: number) => grouped(n, 2);
/** Rounds up, ignoring floating-point noise: 1380.0000000001 LCU is 1,380, not 1,381. */
const roundUp = (n: number) => Math.ceil(n - 1e-9);
const pct = (n: number) => `${fmt(n * 100)} %`;

/** Each figure as it is added: its id, its label, its value, its unit and the formula that gave it. */
type Add = (id: keyof PlanTargets, label: string, value: number, unit: string, formula: string) => number;

export function buildPlan(event: EventConfig): EventPlan {
  const figures: Figure[] = [];
  const notes: string[] = [];
  const targets: Partial<PlanTargets> = {};
  const add: Add = (id, label, value, unit, formula) => {
    figures.push({ id, label, value, unit, formula });
    return (targets[id] = value);
  };
  const { origin, newConnections } = trafficFigures(event, add);
  if (event.peakModeShare !== undefined)
    add(
      'originRequestsPeakMode',
      'Origin requests with peak mode on',
      origin * event.peakModeShare,
      'req/s',
      `${fmt(origin)} req/s × ${pct(event.peakModeShare)} left with the heavy pages light`,
    );
  lcuFigure(event, newConnections, origin, add);
  if (event.capacity) capacityFigures(event.capacity, origin, add, notes);
  else notes.push('Set event.capacity.requestsPerSecondPerInstance (from a load test) to derive the instance and vCPU figures.');
  if (event.backend) backendFigures(event.backend, targets, add, notes);
  return { figures, targets: targets as PlanTargets, notes };
}

/** Visitors, arrivals, page views, requests (by the rule of three from a previous peak when given), origin and connections. */
function trafficFigures(event: EventConfig, add: Add) {
  const windowSeconds = event.arrivalWindow / 1_000;
  const visitors = add(
    'visitors',
    'Peak visitors',
    Math.round(event.audience * event.reach),
    'visitors',
    `audience ${fmt(event.audience)} × reach ${pct(event.reach)}`,
  );
  const meanArrivals = add(
    'arrivalsPerSecond',
    'Mean arrivals',
    visitors / windowSeconds,
    'visitors/s',
    `${fmt(visitors)} visitors ÷ ${fmt(windowSeconds)} s arrival window`,
  );
  const arrivals = add(
    'peakArrivalsPerSecond',
    'Peak arrivals',
    meanArrivals * event.peakFactor,
    'visitors/s',
    `${fmt(meanArrivals)} visitors/s × peak factor ${fmt(event.peakFactor)}`,
  );
  const pageViews = add(
    'pageViewsPerSecond',
    'Page views',
    arrivals * event.pagesPerVisit,
    'pages/s',
    `${fmt(arrivals)} visitors/s × ${fmt(event.pagesPerVisit)} pages per visit (steady state; an upper bound when visits outlast the window)`,
  );
  const requests = requestsFigure(event, visitors, pageViews, add);
  const origin = add(
    'originRequestsPerSecond',
    'Origin requests',
    requests * (1 - event.cacheHitRatio),
    'req/s',
    `${fmt(requests)} req/s × (1 − CDN hit ratio ${pct(event.cacheHitRatio)})`,
  );
  const newConnections = add(
    'newConnectionsPerSecond',
    'New connections at the load balancer',
    arrivals * event.connectionsPerVisit,
    'conn/s',
    `${fmt(arrivals)} visitors/s × ${fmt(event.connectionsPerVisit)} connections per visit (the CDN is assumed not to pool them: conservative)`,
  );
  return { origin, newConnections };
}

/** Requests/s: by the rule of three from a previous peak when the event gives one, else from the page views. */
function requestsFigure(event: EventConfig, visitors: number, pageViews: number, add: Add): number {
  const before = event.previousPeak;
  if (before)
    return add(
      'requestsPerSecond',
      'Requests (rule of three)',
      (before.requestsPerSecond * visitors) / before.visitors,
      'req/s',
      `${fmt(before.requestsPerSecond)} req/s at a previous peak of ${fmt(before.visitors)} visitors × ${fmt(visitors)} ÷ ${fmt(before.visitors)}`,
    );
  return add(
    'requestsPerSecond',
    'Requests',
    pageViews * event.requestsPerPageView,
    'req/s',
    `${fmt(pageViews)} pages/s × ${fmt(event.requestsPerPageView)} requests per page view`,
  );
}

/** The LCUs to reserve: the highest of the dimensions the event's figures give (new connections always). */
function lcuFigure(event: EventConfig, newConnections: number, origin: number, add: Add) {
  const lcuByConnections = newConnections / LCU.newConnectionsPerSecond;
  const dimensions = [`new connections ${fmt(newConnections)} ÷ ${LCU.newConnectionsPerSecond} = ${fmt(lcuByConnections)}`];
  let lcuRaw = lcuByConnections;
  if (event.capacity) {
    const { bytesPerRequest, connectionDuration } = event.capacity;
    const active = (newConnections * connectionDuration) / 1_000;
    const byActive = active / LCU.activeConnections;
    const byBytes = (origin * bytesPerRequest * 3_600) / LCU.bytesPerHour;
    dimensions.push(
      `active connections ${fmt(active)} ÷ ${fmt(LCU.activeConnections)} = ${fmt(byActive)}`,
      `bytes ${fmt(origin)} req/s × ${fmt(bytesPerRequest)} B × 3,600 s ÷ 1 GB = ${fmt(byBytes)}`,
    );
    lcuRaw = Math.max(lcuByConnections, byActive, byBytes);
  }
  add('lcus', 'Load balancer capacity units (LCU) to reserve', roundUp(lcuRaw), 'LCU', `highest of: ${dimensions.join('; ')}; rounded up`);
}

/** Instances and vCPUs from the measured requests/s per instance and the headroom. */
function capacityFigures(capacity: NonNullable<EventConfig['capacity']>, origin: number, add: Add, notes: string[]) {
  const { requestsPerSecondPerInstance, instanceType, headroom } = capacity;
  const instances = add(
    'instances',
    'Instances at the peak',
    roundUp((origin * (1 + headroom)) / requestsPerSecondPerInstance),
    'instances',
    `${fmt(origin)} origin req/s × (1 + headroom ${pct(headroom)}) ÷ ${fmt(requestsPerSecondPerInstance)} req/s per instance; rounded up`,
  );
  const perInstance = capacity.vcpusPerInstance ?? vcpusOf(instanceType);
  if (perInstance === undefined)
    notes.push(`vCPUs of ${instanceType} are not in the built-in table: set event.capacity.vcpusPerInstance to get the vCPU figure.`);
  else add('vcpus', 'vCPUs for the web tier', instances * perInstance, 'vCPU', `${fmt(instances)} instances × ${perInstance} vCPU (${instanceType})`);
}

/** Behind the load balancer: completions, emails, database writes and reads, and the connections the app opens. */
function backendFigures(backend: NonNullable<EventConfig['backend']>, targets: Partial<PlanTargets>, add: Add, notes: string[]) {
  const { visitors = 0, peakArrivalsPerSecond: arrivals = 0, instances } = targets;
  const { conversion, emailsPerConversion, writesPerVisit, writesPerConversion, readsPerVisit, poolPerInstance, deploySurge } = backend;
  const conversions = add(
    'conversionsPerSecond',
    'Completions of the funnel',
    arrivals * conversion,
    'completions/s',
    `${fmt(arrivals)} visitors/s × conversion ${pct(conversion)} (steady state: completions follow arrivals by the visit's length)`,
  );
  add(
    'emailsPerSecond',
    'Emails sent',
    conversions * emailsPerConversion,
    'emails/s',
    `${fmt(conversions)} completions/s × ${fmt(emailsPerConversion)} emails each`,
  );
  add(
    'emailsPerDay',
    'Emails over the event',
    roundUp(visitors * conversion * emailsPerConversion),
    'emails',
    `${fmt(visitors)} visitors × conversion ${pct(conversion)} × ${fmt(emailsPerConversion)} emails each (all within 24 h)`,
  );
  add(
    'writesPerSecond',
    'Database writes',
    arrivals * writesPerVisit + conversions * writesPerConversion,
    'writes/s',
    `${fmt(arrivals)} visitors/s × ${fmt(writesPerVisit)} writes per visit + ${fmt(conversions)} completions/s × ${fmt(writesPerConversion)} writes each`,
  );
  add('readsPerSecond', 'Database reads', arrivals * readsPerVisit, 'reads/s', `${fmt(arrivals)} visitors/s × ${fmt(readsPerVisit)} reads per visit`);
  if (poolPerInstance === undefined)
    return void notes.push('Set event.backend.poolPerInstance (the database connections each app instance opens) to derive the connections at the peak.');
  if (instances === undefined) return void notes.push('Set event.capacity to derive the database connections at the peak from the instances.');
  add(
    'databaseConnections',
    'Database connections at the peak',
    (instances + deploySurge) * poolPerInstance,
    'connections',
    `(${fmt(instances)} instances + ${fmt(deploySurge)} a rolling deploy adds) × pool of ${fmt(poolPerInstance)}`,
  );
}
