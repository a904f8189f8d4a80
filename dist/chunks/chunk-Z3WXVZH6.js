import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/util/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var DURATION_PATTERN = /^(\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
function parseDuration(value) {
  if (typeof value === "number") return value * 1e3;
  const text = value.replace(/\s+/g, "");
  if (!DURATION_PATTERN.test(text)) throw new Error(`"${value}" is not a duration (examples: 90s, 3m, 1h30m, 14d)`);
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) total += Number(amount) * UNIT_MS[unit];
  return total;
}
function formatDuration(ms) {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(ms);
  if (rest < 1e3) return `${sign}${Math.round(rest)} ms`;
  if (rest < 6e4) return `${sign}${Number((rest / 1e3).toFixed(rest < 1e4 ? 1 : 0))} s`;
  const parts = [];
  for (const [unit, size] of [
    ["d", 864e5],
    ["h", 36e5],
    ["min", 6e4]
  ]) {
    const n = Math.floor(rest / size);
    if (n > 0 || parts.length > 0) parts.push(`${n} ${unit}`);
    rest -= n * size;
    if (parts.length === 2) break;
  }
  return sign + parts.filter((p) => !p.startsWith("0 ")).join(" ");
}

export {
  DURATION_PATTERN,
  parseDuration,
  formatDuration
};
