/**
 * The open-model rate schedule: piecewise-linear stages (k6's ramping-arrival-rate), turned into the intended
 * start time of every arrival. Arrival k starts when the cumulative rate integral reaches k + ½, so the times do
 * not depend on how fast the server answers. Shards and worker threads take interleaved arrivals (every
 * stride-th one), which divides any schedule exactly.
 */

export interface Stage {
  /** ms */
  durationMs: number;
  /** requests/s reached at the end of the stage (linear from the previous stage's target). */
  target: number;
}

export interface Schedule {
  startRate: number;
  stages: Stage[];
}

export const totalDurationMs = (schedule: Schedule) => schedule.stages.reduce((sum, stage) => sum + stage.durationMs, 0);

/** Stage boundaries with the rate and cumulative arrivals at each start. */
function segments(schedule: Schedule) {
  let t = 0;
  let rate = schedule.startRate;
  let cumulative = 0;
  return schedule.stages.map((stage) => {
    const seconds = stage.durationMs / 1_000;
    const segment = { start: t, seconds, from: rate, to: stage.target, cumulative };
    cumulative += ((rate + stage.target) / 2) * seconds;
    t += stage.durationMs;
    rate = stage.target;
    return segment;
  });
}

/** Arrivals expected from the start to `ms`. */
export function arrivalsBy(schedule: Schedule, ms: number): number {
  let total = 0;
  for (const s of segments(schedule)) {
    const tau = Math.min(Math.max(0, (ms - s.start) / 1_000), s.seconds);
    if (tau <= 0) break;
    total = s.cumulative + s.from * tau + ((s.to - s.from) / (2 * s.seconds)) * tau * tau;
  }
  return total;
}

/** Intended start times (ms from the start) of arrivals offset, offset + stride, … ; at most `limit` of them. */
export function* arrivalTimes(schedule: Schedule, offset = 0, stride = 1, limit = Infinity): Generator<number> {
  const all = segments(schedule);
  let index = 0;
  let k = offset;
  for (let n = 0; n < limit; n++, k += stride) {
    const wanted = k + 0.5;
    while (index < all.length && all[index]!.cumulative + ((all[index]!.from + all[index]!.to) / 2) * all[index]!.seconds < wanted) index++;
    const s = all[index];
    if (!s) return;
    const need = wanted - s.cumulative;
    const a = (s.to - s.from) / (2 * s.seconds);
    // The root of a·τ² + from·τ = need, in the form that stays exact when a is 0 or negative.
    const tau = (2 * need) / (s.from + Math.sqrt(Math.max(0, s.from * s.from + 4 * a * need)));
    yield s.start + tau * 1_000;
  }
}

/** How many arrivals offset, offset + stride, … the schedule holds, without listing them (config load stays fast). */
export function arrivalCount(schedule: Schedule, offset = 0, stride = 1): number {
  // Arrival k exists when k + ½ ≤ the schedule's total: k = 0 … round(total) − 1.
  const total = Math.floor(arrivalsBy(schedule, totalDurationMs(schedule)) + 0.5);
  return Math.max(0, Math.ceil((total - offset) / stride));
}

/** Arrivals per whole second of the schedule, for one shard (index 0-based) of `count`. */
export function requestedPerSecond(schedule: Schedule, shardIndex = 0, shardCount = 1, limit = Infinity): number[] {
  const seconds: number[] = new Array<number>(Math.ceil(totalDurationMs(schedule) / 1_000)).fill(0);
  for (const t of arrivalTimes(schedule, shardIndex, shardCount, limit)) seconds[Math.floor(t / 1_000)]!++;
  return seconds;
}

/** The schedule's highest rate. */
export const peakRate = (schedule: Schedule) => Math.max(schedule.startRate, ...schedule.stages.map((s) => s.target));

/**
 * The peak window: the whole seconds in which the schedule asks for at least 99 % of the busiest second's rate
 * (the hold of a ramp-hold-ramp schedule; the top of a pure ramp). The verdict is judged there, not over the ramps.
 */
export function peakWindow(schedule: Schedule): { from: number; to: number } {
  const seconds = Math.max(1, Math.floor(totalDurationMs(schedule) / 1_000));
  const rates = Array.from({ length: seconds }, (_, s) => arrivalsBy(schedule, (s + 1) * 1_000) - arrivalsBy(schedule, s * 1_000));
  const busiest = Math.max(...rates);
  const at = rates.map((rate, s) => (rate >= busiest * 0.99 ? s : -1)).filter((s) => s >= 0);
  return { from: at[0]!, to: at[at.length - 1]! + 1 };
}

/** Holds every stage under `maxRate` and cuts the schedule at `maxDurationMs`; says what it changed. */
export function applyCaps(schedule: Schedule, maxRate: number, maxDurationMs: number): { schedule: Schedule; changes: string[] } {
  const changes: string[] = [];
  const clamp = (rate: number) => Math.min(rate, maxRate);
  if (peakRate(schedule) > maxRate) changes.push('maxRate');
  const stages: Stage[] = [];
  let elapsed = 0;
  let previous = schedule.startRate;
  for (const stage of schedule.stages) {
    if (elapsed >= maxDurationMs) break;
    const room = maxDurationMs - elapsed;
    if (stage.durationMs > room) {
      // Cut inside the stage: the rate reached at the cut.
      const reached = previous + ((stage.target - previous) * room) / stage.durationMs;
      stages.push({ durationMs: room, target: clamp(reached) });
      changes.push('maxDuration');
      elapsed = maxDurationMs;
      break;
    }
    stages.push({ durationMs: stage.durationMs, target: clamp(stage.target) });
    elapsed += stage.durationMs;
    previous = stage.target;
  }
  if (elapsed < totalDurationMs(schedule) && !changes.includes('maxDuration')) changes.push('maxDuration');
  return { schedule: { startRate: clamp(schedule.startRate), stages }, changes };
}

/**
 * The default schedule from the plan: ramp to the target over the arrival window (at most a quarter of the
 * allowed duration, so the hold fits), hold, then ramp down over at most a tenth.
 */
export function planSchedule(target: number, arrivalWindowMs: number, maxDurationMs: number): Schedule {
  const ramp = Math.min(arrivalWindowMs, maxDurationMs * 0.25);
  const down = Math.min(ramp, maxDurationMs * 0.1);
  return {
    startRate: 0,
    stages: [
      { durationMs: ramp, target },
      { durationMs: maxDurationMs - ramp - down, target },
      { durationMs: down, target: 0 },
    ],
  };
}
