/**
 * What the watch shows while it runs, the same on the terminal screen and on the local web page: the latest look
 * at each page, the latest live figures, the last changes, the time to or since airtime.
 */
import { formatDuration } from '../util/duration.js';
import type { Change } from './alerts.js';
import type { Figure } from './figures.js';
import { worst, type ProbeResult, type WatchState } from './probe.js';
import type { WatchRow } from './watch.js';

export interface WatchView {
  event: string;
  airtime?: string;
  until: number;
  intervalMs: number;
  /** The timeline file, as shown to the user. */
  timeline: string;
  rows: WatchRow[];
  changes: Change[];
}

export interface WatchNow {
  state?: WatchState;
  at?: string;
  pages: ProbeResult[];
  figures: Figure[];
  /** Read at (the look that last read them). */
  figuresAt?: string;
  /** The last changes, newest first. */
  changes: Change[];
}

const SHOWN_CHANGES = 8;

export function watchNow(view: WatchView): WatchNow {
  const last = view.rows.at(-1);
  const read = view.rows.findLast((row) => row.figures);
  const figures = read?.figures ?? [];
  return {
    ...(last ? { state: worst([...last.probes, ...figures].map((s) => s.state)), at: last.at } : {}),
    pages: last?.probes ?? [],
    figures,
    ...(read ? { figuresAt: read.at } : {}),
    changes: view.changes.slice(-SHOWN_CHANGES).reverse(),
  };
}

/** "T-14 min 20 s", "T+3 min", "T-42 s", "T-2 h 5 min", "T-0": relative to airtime, as the run of show says it. */
export function fromAirtime(airtime: string | undefined, now: number): string | undefined {
  if (!airtime) return undefined;
  const delta = now - Date.parse(airtime);
  const seconds = Math.round(Math.abs(delta) / 1_000);
  if (seconds === 0) return 'T-0';
  // Within the hour, to the second: the last minutes before airtime are the ones counted.
  const within = seconds >= 60 && seconds < 3_600 && seconds % 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : formatDuration(seconds * 1_000);
  return `T${delta < 0 ? '-' : '+'}${within}`;
}
