/**
 * The init wizard's answers as people type them, French forms included ("400 000", "2,3 M", "3/12/2026 20h30",
 * "10 %", "3 min"): each is read into the config's own form, or refused with the reason and an example, so the
 * wizard asks again for that one answer and keeps the others.
 */
import { parseDuration } from '../util/duration.js';

export type Parsed<T> = { value: T } | { error: string };

const SPACES = /[\s\u00a0\u202f_]/g;
const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, millions: 1e6 };

/** Viewers: 2300000, 2 300 000, 2,3 M, 2.3M, 400k, 2,3 millions. */
export function parseAudience(text: string): Parsed<number> {
  const match = /^(\d+(?:[.,]\d+)?)(k|m|millions?)?$/i.exec(text.trim().replace(SPACES, '').toLowerCase());
  const value = match ? Math.round(Number(match[1]!.replace(',', '.')) * (MULTIPLIERS[match[2] ?? ''] ?? 1)) : Number.NaN;
  // "2,300,000" written the English way: a comma that groups thousands.
  const grouped = /^\d{1,3}(,\d{3})+$/.test(text.trim()) ? Number(text.trim().replaceAll(',', '')) : undefined;
  const viewers = grouped ?? value;
  return Number.isInteger(viewers) && viewers > 0
    ? { value: viewers }
    : { error: `"${text}" is not a number of viewers: write 2300000, 2 300 000, 2,3 M or 400k.` };
}

/** A share of the audience: 10%, 10 %, 0.1, 0,1. */
export function parseReach(text: string): Parsed<string> {
  const clean = text.trim().replace(SPACES, '').replace(',', '.');
  const share = clean.endsWith('%') ? Number(clean.slice(0, -1)) / 100 : Number(clean);
  return clean !== '' && share > 0 && share <= 1
    ? { value: `${Number((share * 100).toFixed(4))}%` }
    : { error: `"${text}" is not a share of the audience: write 10% (or 0.1).` };
}

/** How fast they arrive: 3m, 3 min, 90s, 1h. */
export function parseWindow(text: string): Parsed<string> {
  const clean = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/minutes?|mins?/i, 'm')
    .replace(/secondes?|seconds?|secs?/i, 's');
  try {
    return parseDuration(clean) > 0 ? { value: clean } : { error: `"${text}" is no time at all: write 3m, 90s or 1h.` };
  } catch {
    return { error: `"${text}" is not a duration: write 3m, 90s or 1h.` };
  }
}

/** The site: https://www.example.fr, or www.example.fr (https is meant). */
export function parseUrl(text: string): Parsed<string> {
  const candidate = /^https?:\/\//i.test(text.trim()) ? text.trim() : `https://${text.trim()}`;
  return URL.canParse(candidate) && new URL(candidate).hostname.includes('.')
    ? { value: new URL(candidate).toString().replace(/\/$/, '') }
    : { error: `"${text}" is not a site address: write https://www.example.fr.` };
}

/**
 * Airtime, with its offset: ISO 8601 as is; "3/12/2026 20h", "03/12/2026 20h30", "3/12/2026 20:30" and
 * "2026-12-03 20:30" in this machine's time zone on that day (French dates: day first).
 */
export function parseAirtime(text: string, offsetOf: (local: Date) => number = (local) => -local.getTimezoneOffset()): Parsed<string> {
  const clean = text.trim();
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)$/.test(clean)) return { value: clean };
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})\s*(?:h|:)\s*(\d{2})?$/i.exec(clean);
  const iso = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)$/.exec(clean);
  const [day, month, year, hour, minute] = french
    ? [french[1], french[2], french[3], french[4], french[5] ?? '0'].map(Number)
    : iso
      ? [iso[3], iso[2], iso[1], iso[4], iso[5]].map(Number)
      : [];
  const local = year === undefined ? undefined : new Date(year, month! - 1, day, hour, minute);
  if (!local || local.getDate() !== day || local.getHours() !== hour)
    return { error: `"${text}" is not a date and time: write 3/12/2026 20h30 (day/month/year) or 2026-12-03T20:30:00+01:00.` };
  const offset = offsetOf(local);
  const sign = offset < 0 ? '-' : '+';
  const pad = (n: number) => String(n).padStart(2, '0');
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return { value: `${year}-${pad(month!)}-${pad(day!)}T${pad(hour!)}:${pad(minute!)}:00${zone}` };
}

/** How peak mode is switched on, as the peak-mode check's `switch` option holds it. */
export type PeakSwitchAnswer = { header: string; value: string } | { cookie: string } | { query: string } | { host: string };

/** "X-Peak-Mode: on" (a header), "peak=1" (a cookie), "?peak=1" (a query), "https://light.example.fr" (a host). */
export function parseSwitch(text: string): Parsed<PeakSwitchAnswer> {
  const clean = text.trim();
  const header = /^([A-Za-z0-9-]+)\s*:\s*(\S.*)$/.exec(clean);
  if (/^https?:\/\//i.test(clean))
    return URL.canParse(clean) ? { value: { host: clean } } : { error: `"${text}" is not a host: write https://light.example.fr.` };
  if (header) return { value: { header: header[1]!, value: header[2]! } };
  if (/^\?[^=&?\s]+=[^&\s]*$/.test(clean)) return { value: { query: clean.slice(1) } };
  if (/^[^=;\s?]+=[^;\s]*$/.test(clean)) return { value: { cookie: clean } };
  return {
    error: `"${text}" is not a switch: write a header (X-Peak-Mode: on), a cookie (peak=1), a query (?peak=1) or a light host (https://light.example.fr).`,
  };
}

/** The incident lead: "Camille, +33 6 12 34 56 78" (a name, then how to reach them). */
export function parseContact(text: string): Parsed<{ name: string; reach: string }> {
  const [name = '', ...rest] = text.split(',');
  const reach = rest.join(',').trim();
  return name.trim() && reach
    ? { value: { name: name.trim(), reach } }
    : { error: `"${text}": write a name, then how to reach them: Camille, +33 6 12 34 56 78.` };
}

/** Route 53 records, comma-separated, each "zone/name": Z0123456789ABC/www.example.fr. */
export function parseRecords(text: string): Parsed<{ zone: string; name: string }[]> {
  const records = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => /^(Z[A-Z0-9]+)\/(\S+)$/.exec(item));
  return records.every(Boolean)
    ? { value: records.map((match) => ({ zone: match![1]!, name: match![2]! })) }
    : { error: `"${text}": write each record as its hosted zone and its name: Z0123456789ABC/www.example.fr.` };
}
