/**
 * From primetime.yml and the event plan to what the engine runs: the capped schedule, the scenario with absolute
 * URLs, this shard's share, and the budgets. Every problem names its key path, and nothing is sent to a host
 * outside load.allowHosts.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ConfigError, type Problem } from '../config/problems.js';
import type { Config, LoadConfig } from '../config/schema.js';
import type { EventPlan } from '../plan/plan.js';
import { formatNumber } from '../report/text.js';
import { lowerKeys } from '../web/http.js';
import { hostAllowed } from './allow.js';
import type { LoadResult } from './result.js';
import { applyCaps, arrivalCount, peakRate, peakWindow, planSchedule, type Schedule } from './schedule.js';
import type { WorkerRequest } from './worker-protocol.js';

export interface LoadRequestSettings extends Omit<WorkerRequest, 'upTo'> {
  name: string;
  weight: number;
}

export interface LoadSettings {
  /** The whole run's schedule (all shards), after the caps. */
  schedule: Schedule;
  /** What the caps changed. */
  capped: string[];
  target: LoadResult['target'];
  peak: LoadResult['peak'];
  budgets: LoadResult['budgets'];
  shard: LoadResult['shard'];
  requests: LoadRequestSettings[];
  assetHeaders: Record<string, string>;
  thinkTimeMs: number;
  timeoutMs: number;
  workers: number;
  maxConcurrent: number;
  maxRequests: number;
  /** Requests/s this machine never exceeds, files included. */
  maxRate: number;
  abort: LoadConfig['abort'];
  allowHosts: string[];
  network: { resolve: Record<string, string>; dnsServers: string[]; ca: string[] };
  site: string;
  /** Epoch ms to start at (shards on several runners start together); now when absent. */
  startAt?: number;
  /** The run the shards belong to, written in each result so merge refuses another run's. */
  runId?: string;
}

/** Shards wait for a common start, but not for long: a typo must not leave a runner waiting for hours. */
export const MAX_START_WAIT_MS = 15 * 60_000;

/** "1/4" → { index: 1, count: 4 }; the problem when it is not one. */
export function parseShard(value: string | undefined): LoadResult['shard'] | string {
  if (value === undefined) return { index: 1, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) return `expected i/N with 1 ≤ i ≤ N, such as 1/4, not "${value}"`;
  return { index, count };
}

/**
 * What the load settings are made of: the `load` section, the site, the arrival window and the network. From the
 * config (`loadInputs`, for the commands) or from a check's context, which holds the same, resolved.
 */
export interface LoadInputs {
  load?: LoadConfig;
  site: { baseUrl: string; home: string; headers: Record<string, string> };
  event: { arrivalWindow: number };
  /** `ca`: PEM texts. */
  network: { resolve: Record<string, string>; dnsServers: string[]; ca: string[] };
}

export function loadInputs(config: Config): LoadInputs {
  const { resolve, dnsServers, ca } = config.network;
  return { ...config, network: { resolve, dnsServers, ca: ca.map((caFile) => readFileSync(caFile, 'utf8')) } };
}

/** The `load` section, or the config error every load command and the check give without it. */
export function loadSection(file: string, config: Pick<LoadInputs, 'load'>): LoadConfig {
  if (config.load) return config.load;
  throw new ConfigError(file, [
    { path: ['load', 'allowHosts'], message: 'the load check needs a load section with allowHosts (the hosts load may be sent to).' },
  ]);
}

/**
 * The whole shot, for an engine that spreads it over several machines (k6-operator, Locust's workers): the plan's
 * schedule uncut by load.caps.maxRate, which then holds per runner, with runners enough that none passes it, its
 * pages' files included (`filesPerArrival`: the files an arrival pulls in, on average over the scenario's weights).
 */
export interface WholeShot extends LoadSettings {
  runners: number;
  filesPerArrival: number;
}

export function resolveWholeShot(file: string, config: LoadInputs, plan: EventPlan, filesPerArrival = 0): WholeShot {
  const settings = resolveLoadSettings(file, config, plan, '1/1', { whole: true });
  const runners = Math.max(1, Math.ceil((peakRate(settings.schedule) * (1 + filesPerArrival)) / settings.maxRate));
  // maxRequests holds per runner: the whole shot passes it only when a runner's share does.
  const capped = settings.capped.filter((cap) => cap !== 'maxRequests');
  if (arrivalCount(settings.schedule, 0, runners) > settings.maxRequests) capped.push('maxRequests');
  return { ...settings, capped, runners, filesPerArrival };
}

/** `whole`: the schedule for every machine at once, not cut by one machine's maxRate. */
export function resolveLoadSettings(file: string, config: LoadInputs, plan: EventPlan, shardOverride?: string, { whole = false } = {}): LoadSettings {
  const problems: Problem[] = [];
  const load = loadSection(file, config);
  const shard = parseShard(shardOverride ?? load.shard);
  if (typeof shard === 'string') problems.push({ path: shardOverride ? ['--shard'] : ['load', 'shard'], message: shard });
  const startAt = load.startAt ? Date.parse(load.startAt) : undefined;
  if (startAt !== undefined && startAt - Date.now() > MAX_START_WAIT_MS)
    problems.push({
      path: ['load', 'startAt'],
      message: `${load.startAt} is more than 15 minutes ahead: pick a start a minute or two after the runners start.`,
    });
  const { requests, assetHeaders } = scenarioOf(load, config, problems);
  const { wanted, target } = wantedShot(load, config, plan);
  if (problems.length > 0) throw new ConfigError(file, problems);

  const { index, count } = shard as LoadResult['shard'];
  // maxRate holds per machine: a shard runs 1/N of the schedule, so the whole schedule may reach N × maxRate.
  const { schedule, changes } = applyCaps(wanted, whole ? Infinity : load.caps.maxRate * count, load.caps.maxDuration);
  if (arrivalCount(schedule, index - 1, count) > load.caps.maxRequests) changes.push('maxRequests');
  // Every core by default: a generator short of threads lags its schedule, and the verdict would be inconclusive.
  // Never so many that a thread's share of maxRate falls under 1 req/s.
  const workers = Math.max(1, Math.min(load.workers === 'auto' ? availableParallelism() : load.workers, Math.floor(load.caps.maxRate)));

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
    ...(startAt !== undefined ? { startAt } : {}),
    ...(load.runId ? { runId: load.runId } : {}),
  };
}

/** The weighted scenario as absolute URLs with their headers (the home page by default); a host outside load.allowHosts is a problem. */
function scenarioOf(load: LoadConfig, config: LoadInputs, problems: Problem[]): Pick<LoadSettings, 'requests' | 'assetHeaders'> {
  const scenario = load.requests.length > 0 ? load.requests : [{ url: config.site.home, weight: 1, method: 'GET' as const, headers: {}, subresources: false }];
  const assetHeaders = { 'user-agent': 'primetime (load)', ...lowerKeys(config.site.headers) };
  const totalWeight = scenario.reduce((sum, r) => sum + r.weight, 0);
  const requests = scenario.map((r, index) => {
    const url = new URL(r.url, config.site.baseUrl).toString();
    if (!hostAllowed(url, load.allowHosts))
      problems.push({
        path: load.requests.length > 0 ? ['load', 'requests', index, 'url'] : ['site', 'home'],
        message: `${new URL(url).host} is not in load.allowHosts (${load.allowHosts.join(', ')}): add it there if load may be sent to it.`,
      });
    return {
      url,
      name: ('name' in r && r.name) || new URL(url).pathname + new URL(url).search,
      weight: r.weight / totalWeight,
      method: r.method,
      headers: { ...assetHeaders, ...lowerKeys(r.headers) },
      body: 'body' in r ? r.body : undefined,
      subresources: r.subresources,
    };
  });
  return { requests, assetHeaders };
}

/**
 * The schedule wanted before any cap (load.stages, or the plan's ramp-hold-ramp to load.target) and the rate the
 * verdict judges with where it comes from: the stages' own peak when they are set, else the target.
 */
function wantedShot(load: LoadConfig, config: LoadInputs, plan: EventPlan): { wanted: Schedule; target: LoadResult['target'] } {
  const planRate = plan.targets.originRequestsPerSecond;
  const rateOf = (value: number | string) => (typeof value === 'number' ? value : planRate * (Number.parseFloat(value) / 100));
  if (load.stages) {
    const wanted = { startRate: 0, stages: load.stages.map((s) => ({ durationMs: s.duration, target: rateOf(s.target) })) };
    return { wanted, target: { rate: peakRate(wanted), source: `the peak of load.stages: ${formatNumber(peakRate(wanted))} req/s` } };
  }
  const rate = rateOf(load.target);
  const source =
    typeof load.target === 'number'
      ? `load.target: ${formatNumber(rate)} req/s`
      : `${load.target} of the plan's ${formatNumber(planRate)} origin req/s = ${formatNumber(rate)} req/s`;
  return { wanted: planSchedule(rate, config.event.arrivalWindow, load.caps.maxDuration), target: { rate, source } };
}
