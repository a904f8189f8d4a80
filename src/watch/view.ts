/**
 * What the watch shows while it runs, the same on the terminal screen and on the local web page: the latest look
 * at each page, the latest live figures, the last changes, the time to or since airtime.
 */
import type { WarRoomConfig } from '../config/schema.js';
import { callText, whoToCall, type Subject } from '../runbook/war-room.js';
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
  /** The run of show, in time order: the screen and the page show the steps coming next. */
  steps?: ShowStep[];
  /** Who to call: each page or figure in act names its contact. */
  warRoom?: WarRoomConfig;
}

/** "call Camille (incident lead, +33 6 …)" for a page or figure in act, when the config has a war room. */
export function callFor(view: Pick<WatchView, 'warRoom'>, subject: Subject, state: WatchState): string | undefined {
  return state === 'act' && view.warRoom ? callText(whoToCall(view.warRoom, subject)) : undefined;
}

/** A run-of-show step as the watch shows it. */
export interface ShowStep {
  /** As written: "T-10m". */
  at: string;
  when: number;
  title: string;
  owner: string;
  command?: string;
}

/** The steps still to come (and the one just due, for a minute), at most three: what the team does next. */
export function nextSteps(steps: readonly ShowStep[], now: number): { step: ShowStep; in: string }[] {
  return steps
    .filter((step) => step.when >= now - 60_000)
    .slice(0, 3)
    .map((step) => ({ step, in: step.when <= now ? 'now' : `in ${span(step.when - now) || 'a moment'}` }));
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
  const text = span(Math.abs(delta));
  return text ? `T${delta < 0 ? '-' : '+'}${text}` : 'T-0';
}

/** A span to the second within the hour (the last minutes before airtime are the ones counted); "" under half a second. */
function span(ms: number): string {
  const seconds = Math.round(ms / 1_000);
  if (seconds === 0) return '';
  return seconds >= 60 && seconds < 3_600 && seconds % 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : formatDuration(seconds * 1_000);
}
