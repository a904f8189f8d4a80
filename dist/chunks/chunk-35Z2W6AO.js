import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/load/schedule.ts
var totalDurationMs = (schedule) => schedule.stages.reduce((sum, stage) => sum + stage.durationMs, 0);
function segments(schedule) {
  let t = 0;
  let rate = schedule.startRate;
  let cumulative = 0;
  return schedule.stages.map((stage) => {
    const seconds = stage.durationMs / 1e3;
    const segment = { start: t, seconds, from: rate, to: stage.target, cumulative };
    cumulative += (rate + stage.target) / 2 * seconds;
    t += stage.durationMs;
    rate = stage.target;
    return segment;
  });
}
function arrivalsBy(schedule, ms) {
  let total = 0;
  for (const s of segments(schedule)) {
    const tau = Math.min(Math.max(0, (ms - s.start) / 1e3), s.seconds);
    if (tau <= 0) break;
    total = s.cumulative + s.from * tau + (s.to - s.from) / (2 * s.seconds) * tau * tau;
  }
  return total;
}
function* arrivalTimes(schedule, offset = 0, stride = 1, limit = Infinity) {
  const all = segments(schedule);
  let index = 0;
  let k = offset;
  for (let n = 0; n < limit; n++, k += stride) {
    const wanted = k + 0.5;
    while (index < all.length && all[index].cumulative + (all[index].from + all[index].to) / 2 * all[index].seconds < wanted) index++;
    const s = all[index];
    if (!s) return;
    const need = wanted - s.cumulative;
    const a = (s.to - s.from) / (2 * s.seconds);
    const tau = 2 * need / (s.from + Math.sqrt(Math.max(0, s.from * s.from + 4 * a * need)));
    yield s.start + tau * 1e3;
  }
}
function arrivalCount(schedule, offset = 0, stride = 1) {
  const total = Math.floor(arrivalsBy(schedule, totalDurationMs(schedule)) + 0.5);
  return Math.max(0, Math.ceil((total - offset) / stride));
}
function requestedPerSecond(schedule, shardIndex = 0, shardCount = 1, limit = Infinity) {
  const seconds = new Array(Math.ceil(totalDurationMs(schedule) / 1e3)).fill(0);
  for (const t of arrivalTimes(schedule, shardIndex, shardCount, limit)) seconds[Math.floor(t / 1e3)]++;
  return seconds;
}
var peakRate = (schedule) => Math.max(schedule.startRate, ...schedule.stages.map((s) => s.target));
function peakWindow(schedule) {
  const seconds = Math.max(1, Math.floor(totalDurationMs(schedule) / 1e3));
  const rates = Array.from({ length: seconds }, (_, s) => arrivalsBy(schedule, (s + 1) * 1e3) - arrivalsBy(schedule, s * 1e3));
  const busiest = Math.max(...rates);
  const at = rates.map((rate, s) => rate >= busiest * 0.99 ? s : -1).filter((s) => s >= 0);
  return { from: at[0], to: at[at.length - 1] + 1 };
}
function applyCaps(schedule, maxRate, maxDurationMs) {
  const changes = [];
  const clamp = (rate) => Math.min(rate, maxRate);
  if (peakRate(schedule) > maxRate) changes.push("maxRate");
  const stages = [];
  let elapsed = 0;
  let previous = schedule.startRate;
  for (const stage of schedule.stages) {
    if (elapsed >= maxDurationMs) break;
    const room = maxDurationMs - elapsed;
    if (stage.durationMs > room) {
      const reached = previous + (stage.target - previous) * room / stage.durationMs;
      stages.push({ durationMs: room, target: clamp(reached) });
      changes.push("maxDuration");
      elapsed = maxDurationMs;
      break;
    }
    stages.push({ durationMs: stage.durationMs, target: clamp(stage.target) });
    elapsed += stage.durationMs;
    previous = stage.target;
  }
  if (elapsed < totalDurationMs(schedule) && !changes.includes("maxDuration")) changes.push("maxDuration");
  return { schedule: { startRate: clamp(schedule.startRate), stages }, changes };
}
function planSchedule(target, arrivalWindowMs, maxDurationMs) {
  const ramp = Math.min(arrivalWindowMs, maxDurationMs * 0.25);
  const down = Math.min(ramp, maxDurationMs * 0.1);
  return {
    startRate: 0,
    stages: [
      { durationMs: ramp, target },
      { durationMs: maxDurationMs - ramp - down, target },
      { durationMs: down, target: 0 }
    ]
  };
}

export {
  totalDurationMs,
  arrivalTimes,
  arrivalCount,
  requestedPerSecond,
  peakRate,
  peakWindow,
  applyCaps,
  planSchedule
};
