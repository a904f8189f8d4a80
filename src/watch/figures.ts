/**
 * The live figures of the show, set against the plan: each CloudWatch reading becomes ok, watch or act with the
 * fix it calls for. Pure: the readings come from ./cloudwatch.ts, the limits from the plan and the config.
 */
import { formatNumber, plural } from '../report/text.js';
import type { WatchState } from './probe.js';

export type FigureKind =
  | 'requests'
  | 'errors'
  | 'p95'
  | 'connections'
  | 'lcus'
  | 'healthy'
  | 'unhealthy'
  | 'in-service'
  | 'cdn-requests'
  | 'cdn-errors'
  | 'lb-502'
  | 'target-errors'
  | 'rejected'
  | 'db-connections'
  | 'db-cpu'
  | 'replica-lag'
  | 'throttles'
  | 'writes'
  | 'evictions'
  | 'cache-cpu'
  | 'emails'
  | 'alarm'
  | 'unread';

/** What CloudWatch said about one figure of one resource; `value` absent: no data point in the last minutes. */
export interface Reading {
  kind: FigureKind;
  /** The load balancer, target group, distribution or group, as the config names it. */
  resource: string;
  value?: number;
  /** For an unread figure: why (denied, unreachable…). */
  error?: string;
  /** What AWS says of it: an alarm's state reason. */
  detail?: string;
  /** The id AWS knows the resource by (a load balancer's ARN, a group's name), for the fix's command. */
  id?: string;
}

export interface Figure {
  /** "shop-alb requests/s": the key of its state from one look to the next. */
  name: string;
  kind: FigureKind;
  resource: string;
  value?: number;
  unit: string;
  planned?: number;
  state: WatchState;
  why?: string;
  fix?: string;
}

/** What the figures are held against. */
export interface FigureLimits {
  /** Requests/s the plan expects at the CDN (all requests) and at the load balancer (the CDN's misses). */
  requestsPerSecond?: number;
  originRequestsPerSecond?: number;
  /** LCUs reserved (lb-prewarm's, else the plan's). */
  lcus?: number;
  /** Instances the plan needs at the peak. */
  instances?: number;
  /** Healthy targets each group must keep (the targets check's minHealthy). */
  minHealthy: number;
  /** The error share the load budget allows: beyond it watch, beyond five times it act. */
  errorRate: number;
  /** watch.slow: a p95 beyond it is watch, beyond twice it act. */
  slowMs: number;
  /** Behind the load balancer, from event.backend: the database connections, writes/s and emails/s of the plan. */
  databaseConnections?: number;
  writesPerSecond?: number;
  emailsPerSecond?: number;
}

/** Traffic above the plan by this much is past the headroom the plan was sized with. */
const OVER_PLAN_ACT = 1.25;
/** An LCU reservation used beyond this share is close to its end. */
const LCU_WATCH = 0.8;

const LABEL: Record<FigureKind, [label: string, unit: string]> = {
  requests: ['requests/s', 'req/s'],
  errors: ['5xx share', '%'],
  p95: ['p95 response', 'ms'],
  connections: ['active connections', 'connection'],
  lcus: ['peak LCUs', 'LCU'],
  healthy: ['healthy targets', 'target'],
  unhealthy: ['unhealthy targets', 'target'],
  'in-service': ['instances in service', 'instance'],
  'cdn-requests': ['CDN requests/s', 'req/s'],
  'cdn-errors': ['CDN 5xx share', '%'],
  'lb-502': ['502 answers', 'answer'],
  'target-errors': ['connection errors to the targets', 'error'],
  rejected: ['rejected connections', 'connection'],
  'db-connections': ['database connections', 'connection'],
  'db-cpu': ['CPU', '%'],
  'replica-lag': ['replica lag', 's'],
  throttles: ['throttled requests', 'request'],
  writes: ['write units/s', 'units/s'],
  evictions: ['evictions', 'key'],
  'cache-cpu': ['engine CPU', '%'],
  emails: ['emails/s', 'emails/s'],
  alarm: ['alarm', 'state'],
  unread: ['live figures', ''],
};

const n = formatNumber;

/** Above a level: act beyond `act`, watch beyond `watch`, else ok. */
function above(value: number, watch: number, act: number): WatchState {
  return value > act ? 'act' : value > watch ? 'watch' : 'ok';
}

export function judgeReading(reading: Reading, limits: FigureLimits): Figure {
  const [label, unit] = LABEL[reading.kind];
  const base = { name: `${reading.resource} ${label}`, kind: reading.kind, resource: reading.resource, unit };
  const figure: Shape = (state, extra = {}) => ({ ...base, ...(reading.value === undefined ? {} : { value: reading.value }), state, ...extra });
  return JUDGES[reading.kind](reading, limits, figure);
}

type Shape = (state: WatchState, extra?: Partial<Figure>) => Figure;
type Judge = (reading: Reading, limits: FigureLimits, figure: Shape) => Figure;

/** A watch or act state with its why and fix; nothing to add when ok. */
const unlessOk = (state: WatchState, why: string, fix: string) => (state === 'ok' ? {} : { why, fix });

const judgeTraffic: Judge = ({ kind, value }, limits, figure) => {
  const planned = kind === 'requests' ? (limits.originRequestsPerSecond ?? limits.requestsPerSecond) : limits.requestsPerSecond;
  const rate = value ?? 0; // no data point: no request in that minute
  if (!planned) return figure('ok', { value: rate });
  const state = above(rate / planned, 1, OVER_PLAN_ACT);
  const why = state === 'act' ? 'past the headroom the plan was sized with' : 'above the plan';
  return figure(state, { value: rate, planned, ...unlessOk(state, why, 'Traffic is past the plan: open the plan-B page if answers slow down, and scale out') });
};

const judgeErrors: Judge = ({ value }, limits, figure) => {
  if (value === undefined) return figure('ok', { why: 'no request in the last minutes' });
  const state = above(value / 100, limits.errorRate, 5 * limits.errorRate);
  const why = state === 'act' ? 'five times the error budget' : 'above the error budget';
  return figure(state, { planned: limits.errorRate * 100, ...unlessOk(state, why, 'Open the plan-B page; the targets’ logs say why') });
};

/** Above the plan is watch, past its headroom act; without a plan, or without a point, ok. */
const againstPlan =
  (planned: (limits: FigureLimits) => number | undefined, fix: string): Judge =>
  ({ value }, limits, figure) => {
    const plan = planned(limits);
    if (value === undefined || !plan) return figure('ok', plan ? { planned: plan } : {});
    const state = above(value / plan, 1, OVER_PLAN_ACT);
    return figure(state, { planned: plan, ...unlessOk(state, state === 'act' ? 'past the headroom the plan was sized with' : 'above the plan', fix) });
  };

/** A CPU: watch past 60 %, act past 80 %. */
const judgeCpu =
  (fix: string): Judge =>
  ({ value }, _, figure) => {
    const state = value === undefined ? 'ok' : above(value, 60, 80);
    return figure(state, { planned: 80, ...unlessOk(state, state === 'act' ? 'close to saturation' : 'busy', fix) });
  };

/** Any in the minute: watch (or act), with what it tells; none: ok. */
const anyIs =
  (state: WatchState, why: string, fix: (id?: string) => string): Judge =>
  ({ value, id }, _, figure) =>
    value ? figure(state, { why, fix: fix(id) }) : figure('ok', { value: value ?? 0 });

/** The load balancer's own failures: a target's short keep-alive, failed connections, an exhausted capacity. */
const EDGE_JUDGES: Pick<Record<FigureKind, Judge>, 'lb-502' | 'target-errors' | 'rejected'> = {
  'lb-502': anyIs('watch', 'targets close kept-alive connections, or crash', () => 'Check the targets’ keep-alive (the keep-alive check) and their logs'),
  'target-errors': anyIs('watch', 'connections to the targets fail', () => 'Look at the targets: crashed, full, or a security group'),
  rejected: anyIs(
    'act',
    'the load balancer refuses connections: it is at its capacity',
    (id) => `Raise the LCU reservation: aws elbv2 modify-capacity-reservation --load-balancer-arn ${id} --minimum-load-balancer-capacity CapacityUnits=<more>`,
  ),
};

/** Behind the load balancer: the database, the tables, the cache and SES. */
const BACKEND_JUDGES: Pick<
  Record<FigureKind, Judge>,
  'db-connections' | 'db-cpu' | 'replica-lag' | 'throttles' | 'writes' | 'evictions' | 'cache-cpu' | 'emails'
> = {
  'db-connections': againstPlan(
    (l) => l.databaseConnections,
    'Connections past the plan: a pool leak or a deploy in flight? Hold deploys; open the plan-B page if errors follow',
  ),
  'db-cpu': judgeCpu('The database is busy: move reads to replicas, switch heavy pages off, open the plan-B page if answers slow down'),
  'replica-lag': ({ value }, _, figure) => {
    const state = value === undefined ? 'ok' : above(value, 5, 30);
    return figure(state, { planned: 30, ...unlessOk(state, 'replicas serve old data', 'Send reads that must be fresh to the writer') });
  },
  throttles: anyIs('act', 'DynamoDB refuses requests', (id) => `Raise ${id}'s capacity: aws dynamodb update-table --table-name ${id} --warm-throughput …`),
  writes: againstPlan((l) => l.writesPerSecond, 'Writes past the plan: watch the throttled requests'),
  evictions: anyIs(
    'watch',
    'the cache is full: every eviction is a read that reaches the database',
    () => 'Scale the cache up after the show; watch the database CPU now',
  ),
  'cache-cpu': judgeCpu('The cache is busy: switch heavy pages off; add replicas after the show'),
  emails: againstPlan((l) => l.emailsPerSecond, 'Emails past the plan: SES may refuse some ("Maximum sending rate exceeded"); check the queue retries'),
};

/** An alarm's state as a figure's value: OK 0, INSUFFICIENT_DATA 1, ALARM 2. */
export const ALARM_STATES = ['OK', 'INSUFFICIENT_DATA', 'ALARM'] as const;

/** An alarm in ALARM is act, INSUFFICIENT_DATA (it cannot fire) watch. */
const judgeAlarm: Judge = ({ value, detail }, _, figure) =>
  value === 2
    ? figure('act', { why: `in ALARM${detail ? `: ${detail}` : ''}`, fix: 'What it watches is failing: follow its runbook' })
    : value === 1
      ? figure('watch', { why: 'INSUFFICIENT_DATA: it cannot fire', fix: 'Check its metric and dimensions' })
      : figure('ok');

/** Each kind of live figure against its limit: ok, watch or act, with the why and the fix. */
const JUDGES: Record<FigureKind, Judge> = {
  alarm: judgeAlarm,
  ...EDGE_JUDGES,
  ...BACKEND_JUDGES,
  // Could not verify is not broken: watch, with the way to read them.
  unread: (reading, _, figure) =>
    figure('watch', { why: `not read: ${reading.error}`, fix: 'Give the role cloudwatch:GetMetricData (primetime iam-policy prints the policy)' }),
  requests: judgeTraffic,
  'cdn-requests': judgeTraffic,
  errors: judgeErrors,
  'cdn-errors': judgeErrors,
  p95: ({ value }, limits, figure) => {
    if (value === undefined) return figure('ok', { why: 'no request in the last minutes' });
    const state = above(value, limits.slowMs, 2 * limits.slowMs);
    return figure(state, {
      planned: limits.slowMs,
      ...unlessOk(state, state === 'act' ? 'over twice watch.slow' : 'slower than watch.slow', 'The targets are slow: scale out'),
    });
  },
  connections: (_, __, figure) => figure('ok'),
  lcus: ({ value, id }, limits, figure) => {
    if (value === undefined || !limits.lcus) return figure('ok', limits.lcus ? { planned: limits.lcus } : {});
    const state = above(value, LCU_WATCH * limits.lcus, limits.lcus);
    const fix = `Raise the reservation: aws elbv2 modify-capacity-reservation --load-balancer-arn ${id} --minimum-load-balancer-capacity CapacityUnits=${Math.ceil(value * 1.5)}`;
    return figure(state, { planned: limits.lcus, ...unlessOk(state, state === 'act' ? 'past the LCUs reserved' : 'close to the LCUs reserved', fix) });
  },
  healthy: ({ value }, limits, figure) => {
    if (value === undefined)
      return figure('watch', { why: 'no data point: is this target group behind the load balancer?', fix: 'Check targets.targetGroups' });
    if (value >= limits.minHealthy) return figure('ok', { planned: limits.minHealthy });
    return figure('act', { planned: limits.minHealthy, why: 'fewer healthy targets than the minimum', fix: 'Replace the failing targets, or scale out' });
  },
  unhealthy: anyIs('watch', 'targets failing their health checks', () => 'Look at the failing targets’ health checks'),
  'in-service': ({ value, id }, limits, figure) => {
    if (value === undefined)
      return figure('watch', {
        why: 'no data point: group metrics are off',
        fix: `Turn them on: aws autoscaling enable-metrics-collection --auto-scaling-group-name ${id} --granularity 1Minute`,
      });
    if (!limits.instances || value >= limits.instances) return figure('ok', limits.instances ? { planned: limits.instances } : {});
    return figure('act', {
      planned: limits.instances,
      why: 'fewer than the plan needs',
      fix: `Scale out: aws autoscaling set-desired-capacity --auto-scaling-group-name ${id} --desired-capacity ${limits.instances}`,
    });
  },
};

/** "312 req/s (plan 800 req/s)", "0.4 % (limit 1 %)", "—" when CloudWatch had no point. */
export function figureValue(figure: Figure): string {
  if (figure.value === undefined) return '—';
  if (figure.kind === 'alarm') return ALARM_STATES[figure.value] ?? '—';
  const against = heldAgainst(figure);
  const shown = (value: number) => {
    const number = n(Math.round(value * 10) / 10);
    if (COUNTED.has(figure.unit)) return plural(Math.round(value * 10) / 10, figure.unit);
    return figure.unit === '%' ? `${number} %` : `${number} ${figure.unit}`;
  };
  return `${shown(figure.value)}${figure.planned === undefined ? '' : ` (${against} ${shown(figure.planned)})`}`;
}

/** What `planned` is for this figure: the plan's figure, a limit (a budget, watch.slow), or a minimum. */
export function heldAgainst(figure: Figure): string {
  return figure.unit === '%' || figure.unit === 'ms' || figure.unit === 's' ? 'limit' : figure.kind === 'healthy' ? 'at least' : 'plan';
}

/** Units that are things counted: "1 target", "4 targets". */
const COUNTED = new Set(['target', 'instance', 'connection', 'request', 'key', 'answer', 'error']);
