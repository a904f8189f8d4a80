/**
 * A load run's progress as the engine gathers it from its worker threads: the per-second rows, the completions the
 * abort rule reads, the caps that bit, the requests open now, and the seconds already shown live. Every method takes
 * the time it is given (performance.now() in the engine, any clock in a test), so the whole is testable without
 * threads or timers.
 */
import { formatNumber } from '../util/words.js';
import { addCounts, emptyCounts, errorCount, type SecondCounts, type TimelineRow } from './result.js';
import type { LoadSettings } from './settings.js';
import { Histogram } from './histogram.js';

export interface LiveSecond {
  second: number;
  requested: number;
  answered: number;
  errors: number;
  p95Ms: number;
  inFlight: number;
}

/** [time, completed, failed]: one worker message's completions, for the abort rule. */
export type Completions = [number, number, number];

export class LoadProgress {
  readonly timeline = new Map<number, TimelineRow>();
  readonly capped: Set<string>;
  aborted: string | undefined;
  private completions: Completions[] = [];
  private readonly inFlightBy = new Map<number, number>();
  private shown = -1;

  /** `requested`: the arrivals this shard's schedule asks for, per second. */
  constructor(requested: number[], capped: string[]) {
    requested.forEach((n, second) => this.timeline.set(second, { second, ...emptyCounts(), requested: n }));
    this.capped = new Set(capped);
  }

  /** A worker's rows: added to their seconds, their completions noted at `now`. */
  add(rows: Array<[number, SecondCounts]>, now: number): void {
    for (const [second, counts] of rows) {
      const row = this.timeline.get(second) ?? { second, ...emptyCounts() };
      this.timeline.set(second, { ...addCounts(row, counts), second });
    }
    const total = (count: (c: SecondCounts) => number) => rows.reduce((sum, [, c]) => sum + count(c), 0);
    this.completions.push([now, total((c) => c.completed), total(errorCount)]);
  }

  setInFlight(worker: number, open: number): void {
    this.inFlightBy.set(worker, open);
  }

  /** Why the run must stop at `now` by the abort rule, if it must; completions older than the rule reads are dropped. */
  abortReason(now: number, rule: LoadSettings['abort']): string | undefined {
    const { failing, keepFrom } = failingShare(this.completions, now, rule);
    this.completions = this.completions.slice(keepFrom);
    if (!failing) return undefined;
    return `${formatNumber(failing.share * 100)} % of the last ${formatNumber(failing.completed)} requests failed, over ${formatNumber(Math.round(failing.overMs / 100) / 10)} s (load.abort.errorRate: ${formatNumber(rule.errorRate * 100)} %)`;
  }

  /** The seconds up to `upTo` not shown yet, as the live display shows them. */
  newSeconds(upTo: number): LiveSecond[] {
    const live: LiveSecond[] = [];
    const inFlight = [...this.inFlightBy.values()].reduce((a, b) => a + b, 0);
    for (let second = this.shown + 1; second <= upTo; second++) {
      const row = this.timeline.get(second);
      if (row)
        live.push({
          second,
          requested: row.requested,
          answered: row.answered,
          errors: errorCount(row),
          p95Ms: Histogram.from(row.histogram).percentile(95) / 1_000,
          inFlight,
        });
    }
    this.shown = Math.max(this.shown, upTo);
    return live;
  }

  /** The last second a row was sent in: a run stopped early ends there, the seconds it never reached left out. */
  end(): number {
    const last = Math.max(-1, ...[...this.timeline.values()].filter((row) => !this.aborted || row.sent + row.dropped > 0).map((row) => row.second));
    for (const second of this.timeline.keys()) if (second > last) this.timeline.delete(second);
    return last;
  }

  rows(): TimelineRow[] {
    return [...this.timeline.values()].sort((a, b) => a.second - b.second);
  }
}

/**
 * The abort rule over the latest completions: the last `window` of time, stretched back until it holds
 * `minRequests` of them, so a failing site is stopped at 3 req/s as surely as at 3,000. `keepFrom`: the first
 * entry the rule may still read; the ones before it can go.
 */
export function failingShare(
  completions: readonly Completions[],
  now: number,
  rule: LoadSettings['abort'],
): { failing?: { share: number; completed: number; overMs: number }; keepFrom: number } {
  let [completed, failed, oldest, keepFrom] = [0, 0, now, 0];
  for (let i = completions.length - 1; i >= 0; i--) {
    const [at, done, failures] = completions[i]!;
    if (at < now - rule.window && completed >= rule.minRequests) {
      keepFrom = i + 1;
      break;
    }
    [completed, failed, oldest] = [completed + done, failed + failures, at];
  }
  if (completed < rule.minRequests || failed / completed <= rule.errorRate) return { keepFrom };
  return { failing: { share: failed / completed, completed, overMs: now - oldest }, keepFrom };
}
