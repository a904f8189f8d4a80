/** Durations in config are written the way people say them: "3m", "90s", "1h30m", "14d", or a number of seconds. */
const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
export const DURATION_PATTERN = /^(\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;

export function parseDuration(value: string | number): number {
  if (typeof value === 'number') return value * 1_000;
  const text = value.replace(/\s+/g, '');
  if (!DURATION_PATTERN.test(text)) throw new Error(`"${value}" is not a duration (examples: 90s, 3m, 1h30m, 14d)`);
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) total += Number(amount) * UNIT_MS[unit!]!;
  return total;
}

/** "2 d 3 h", "45 min", "12 s": the largest two units, for people reading a report. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  if (rest < 1_000) return `${sign}${Math.round(rest)} ms`;
  // 2.5 s, 5 s (not 5.0 s), 42 s.
  if (rest < 60_000) return `${sign}${Number((rest / 1_000).toFixed(rest < 10_000 ? 1 : 0))} s`;
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['min', 60_000],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0 || parts.length > 0) parts.push(`${n} ${unit}`);
    rest -= n * size;
    if (parts.length === 2) break;
  }
  return sign + parts.filter((p) => !p.startsWith('0 ')).join(' ');
}
