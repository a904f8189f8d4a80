/** Moments in the event's own time zone: the offset its airtime is written with, else the machine's. */

function offsetMinutes(when: Date, airtime?: string): number {
  const offset = airtime ? /([+-])(\d\d):(\d\d)$/.exec(airtime) : undefined;
  if (offset) return (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return airtime?.endsWith('Z') ? 0 : -when.getTimezoneOffset();
}

function format(iso: string, airtime: string | undefined, options: Intl.DateTimeFormatOptions): { text: string; zone: string } {
  const when = new Date(iso);
  const minutes = offsetMinutes(when, airtime);
  const shifted = new Date(when.getTime() + minutes * 60_000);
  const text = new Intl.DateTimeFormat('en-GB', { ...options, hourCycle: 'h23', timeZone: 'UTC' }).format(shifted);
  const abs = Math.abs(minutes);
  return { text, zone: `UTC${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}` };
}

/**
 * "26 Nov 2026, 21:03 (UTC+01:00)". A page without script cannot use the reader's zone: it names the one it uses.
 */
export function localTime(iso: string, airtime?: string): string {
  const { text, zone } = format(iso, airtime, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `${text} (${zone})`;
}

/** "21:03:10": the time of day of a look, in the event's zone (the page or report names the zone once). */
export function clockTime(iso: string, airtime?: string): string {
  return format(iso, airtime, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).text;
}

/** "2027-03-11 21:00 UTC+01:00": a date and time of day in the event's zone, named, for tables and timelines. */
export function dateTime(iso: string, airtime?: string): string {
  const when = new Date(iso);
  const shifted = new Date(when.getTime() + offsetMinutes(when, airtime) * 60_000);
  return `${shifted.toISOString().slice(0, 16).replace('T', ' ')} ${zoneName(iso, airtime)}`;
}

/** "UTC+01:00": the zone clockTime uses. */
export function zoneName(iso: string, airtime?: string): string {
  return format(iso, airtime, { hour: '2-digit' }).zone;
}
