/**
 * The load verdict, judged over the peak window (not the ramps): the rate the site answered against the target,
 * p95 and p99 against their budgets, and the error rate. Used by the check (one machine's shard) and by
 * `primetime merge` (every shard): the same rules on the same kind of rows.
 */
import type { CheckOutcome } from '../check/index.js';
import { findings, type FindingDetails, type Findings } from '../check/findings.js';
import type { Chart } from '../report/model.js';
import { formatNumber } from '../report/text.js';
import { formatDuration } from '../util/duration.js';
import { Histogram } from './histogram.js';
import { totalDurationMs } from './schedule.js';
import { ENGINES, ERROR_CLASSES, errorCount, sumRows, type LoadResult } from './result.js';

const ms = (micros: number) => Math.round(micros / 100) / 10;
const pct = (fraction: number) => `${formatNumber(fraction * 100)} %`;

const ERROR_NAMES: Record<(typeof ERROR_CLASSES)[number], string> = {
  '5xx': 'server errors (5xx)',
  '4xx': 'client errors (4xx: a wrong scenario, or a WAF or rate limit answering 403/429)',
  timeout: 'timeouts',
  refused: 'connections refused',
  reset: 'connections reset',
  other: 'other network errors',
};

export interface LoadFigures {
  seconds: number;
  targetRate: number;
  requestedRate: number;
  achievedRate: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errorRate: number;
  errors: Record<string, number>;
  dropped: number;
  completed: number;
  /** Files not fetched because a cap left no room (the whole run, not only the peak). */
  capped: number;
  /** p95 of the send lag over the peak window: how late the generator sent, after each intended start. */
  lagP95Ms: number;
  /** Requests sent per second per worker thread over the peak window. */
  sentPerWorker: number;
}

/** The send lag beyond which the generator, not the site, may explain slow answers: 10 ms, or 1 % of the p95 budget. */
export const lagBound = (budgets: LoadResult['budgets']) => Math.max(10, budgets.p95Ms * 0.01);

/** The peak window's figures; the target is this shard's share. */
export function peakFigures(result: LoadResult): LoadFigures {
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
    sentPerWorker: peak.sent / seconds / result.workers,
  };
}

export function judgeLoad(result: LoadResult): CheckOutcome {
  const f = peakFigures(result);
  const found = findings();
  const window = `the peak window (seconds ${result.peak.from}–${result.peak.to}, ${f.seconds} s)`;
  if (result.aborted)
    found.fail(`The run was stopped early: ${result.aborted}.`, {
      fix: 'Find why requests fail at this rate (server logs, load balancer 5xx, WAF blocks) before the broadcast; the run stops itself rather than keep hammering a failing site.',
    });
  if (f.completed === 0) {
    found.fail(`No request finished in ${window}: nothing was measured.`);
    return found.outcome('', { charts: charts(result) });
  }
  // A generator that sends late spreads the load thinner than planned: the site met a lower rate than the one
  // measured per intended second, so neither its misses nor its passes on rate and latency prove anything.
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
        fix: 'Give the load more senders: raise load.workers up to the cores of this machine, or split the load across runners with --shard i/N, then run again. Until then the peak is not proven either way.',
      },
    );
  return found.outcome(
    `Held ${formatNumber(f.achievedRate)} req/s at the peak with p95 ${formatNumber(f.p95Ms)} ms, p99 ${formatNumber(f.p99Ms)} ms and ${pct(f.errorRate)} errors.`,
    { charts: charts(result) },
  );
}

type Timed = (ok: boolean, message: string, details?: FindingDetails) => void;

/**
 * A finding a lagging generator could cause on its own (rate, latency): judged when it kept up; otherwise written,
 * once, as not judged (a miss a warning, a pass a note), without its fix.
 */
function timedFinding(found: Findings, lagging: boolean): Timed {
  return (ok, message, { fix, ...details } = {}) => {
    if (!lagging) return ok ? found.pass(message, details) : found.fail(message, { ...details, ...(fix ? { fix } : {}) });
    (ok ? found.info : found.warn)(`Not judged (the load generator lagged): ${message}`, details);
  };
}

/** Judged against what the schedule asked for in the window (the target on a hold; a little less at the top of a ramp). */
function judgeRate(result: LoadResult, f: LoadFigures, window: string, timed: Timed) {
  const shardNote =
    result.shard.count > 1 ? ` (shard ${result.shard.index}/${result.shard.count}: 1/${result.shard.count} of ${formatNumber(result.target.rate)} req/s)` : '';
  const share = f.requestedRate > 0 ? f.achievedRate / f.requestedRate : 1;
  timed(
    f.achievedRate >= f.requestedRate * result.budgets.rate,
    `Over ${window} the site answered ${formatNumber(f.achievedRate)} req/s of the ${formatNumber(f.requestedRate)} req/s sent: ${pct(share)} (at least ${pct(result.budgets.rate)} needed). Target: ${result.target.source}${shardNote}.`,
    {
      data: { ...f },
      fix: `Add capacity until the site answers ${formatNumber(f.targetRate)} req/s at the peak: see the plan's instance figures, and the CDN hit ratio it assumes.`,
    },
  );
}

/** What the caps kept from being tested: the target (maxRate), the rest of the schedule, the pages' files, arrivals. */
function judgeCaps(result: LoadResult, f: LoadFigures, found: Findings) {
  if (result.capped.includes('maxRate'))
    found.fail('load.caps.maxRate held the schedule below the target: the target was not tested.', {
      fix: 'Split the load across runners with --shard i/N (each runs 1/N), or raise load.caps.maxRate if this machine can send more.',
    });
  if (result.capped.includes('maxRequests'))
    found.fail('load.caps.maxRequests ended the schedule early: the rest of it was not sent.', {
      fix: 'Raise load.caps.maxRequests, or split the load across runners with --shard i/N.',
    });
  if (result.capped.includes('maxDuration')) found.info(`load.caps.maxDuration cut the schedule at ${formatDuration(totalDurationMs(result.schedule))}.`);
  if (f.capped > 0)
    found.fail(
      `${formatNumber(f.capped)} requests for the files the pages use (subresources) were not sent: load.caps.maxRate or load.caps.maxRequests left no room for them, so the journey was not tested whole.`,
      { fix: 'Raise load.caps.maxRate or load.caps.maxRequests to cover the pages and their files, or split the load across runners with --shard i/N.' },
    );
  // Not a finding a lagging generator could cause: sending late spreads the load thinner, so it leaves more room
  // under maxConcurrent, never less.
  if (f.dropped > 0)
    found.fail(
      `${formatNumber(f.dropped)} arrivals were not sent because load.caps.maxConcurrent requests were already open: the site answers too slowly for this rate, or the cap is too low.`,
      { fix: 'If answers are slow, that is the finding; otherwise raise load.caps.maxConcurrent (or add shards).' },
    );
}

/** p95 and p99 against their budgets (timed), and the errors by class (answered by the site: judged however it was sent). */
function judgeLatencyAndErrors(result: LoadResult, f: LoadFigures, timed: Timed, found: Findings) {
  const { budgets } = result;
  for (const [label, value, budget] of [
    ['p95', f.p95Ms, budgets.p95Ms],
    ['p99', f.p99Ms, budgets.p99Ms],
  ] as const)
    timed(value <= budget, `${label} latency over the peak window: ${formatNumber(value)} ms (budget ${formatNumber(budget)} ms), ${ENGINES[result.engine]}.`, {
      fix: `Bring ${label} under ${formatNumber(budget)} ms at the peak rate: more instances, a warmer cache, or a lighter page; or set load.budgets.${label} if the budget is wrong.`,
    });
  const classes = ERROR_CLASSES.filter((c) => f.errors[c]! > 0).map((c) => `${formatNumber(f.errors[c]!)} ${ERROR_NAMES[c]}`);
  const message = `Error rate over the peak window: ${pct(f.errorRate)} of ${formatNumber(f.completed)} requests (budget ${pct(budgets.errorRate)})${classes.length > 0 ? `: ${classes.join(', ')}` : ''}.`;
  if (f.errorRate <= budgets.errorRate) found.pass(message, { data: { errors: f.errors } });
  else
    found.fail(message, {
      data: { errors: f.errors },
      fix: 'Read the errors by class: 5xx and timeouts mean the origin or the load balancer saturates; refused and reset mean connection limits; 4xx mean the scenario or a WAF rule.',
    });
}

/** The timeline as two charts: rate requested against answered (and errors), and latency percentiles. */
export function charts(result: LoadResult): Chart[] {
  const rows = result.timeline;
  const band = { from: result.peak.from, to: result.peak.to, label: 'peak window' };
  const percentile = (p: number) => rows.map((r) => (r.histogram.length > 0 ? ms(Histogram.from(r.histogram).percentile(p)) : null));
  return [
    {
      title: 'Requests per second',
      unit: 'req/s',
      x: 'seconds (by intended start)',
      band,
      series: [
        { name: 'requested', values: rows.map((r) => r.requested), dashed: true },
        { name: 'answered', values: rows.map((r) => r.answered) },
        { name: 'errors', values: rows.map((r) => errorCount(r)) },
      ],
    },
    {
      title: 'Latency',
      unit: 'ms',
      x: 'seconds (by intended start)',
      band,
      limit: { value: result.budgets.p95Ms, label: 'p95 budget' },
      series: [
        { name: 'p50', values: percentile(50) },
        { name: 'p95', values: percentile(95) },
        { name: 'p99', values: percentile(99) },
      ],
    },
  ];
}
