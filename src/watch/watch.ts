/**
 * The watch during the show: every interval, one look at each page that matters (the home page, the funnel's
 * first step, the plan-B page), a row appended to the timeline file (so nothing is lost if the terminal closes),
 * and one alert per change of state. Bounded in time: it stops at `until` by itself.
 */
import { appendFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { sendAlert, type AlertTarget, type Change, type Subject } from './alerts.js';
import type { Figure } from './figures.js';
import { probe, worst, type ProbeLimits, type ProbeResult, type ProbeTarget, type WatchState } from './probe.js';
import type { HttpClient } from '../web/http.js';

export interface WatchRow {
  at: string;
  /** The worst of the pages and of the latest live figures. */
  state: WatchState;
  probes: ProbeResult[];
  /** The live figures, on the looks that read them (at most once a minute: CloudWatch's period). */
  figures?: Figure[];
}

/** The live figures, judged against the plan, read every `everyMs`. */
export interface FigureSource {
  everyMs: number;
  read(now: number): Promise<Figure[]>;
}

export interface WatchClock {
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export interface WatchOptions {
  event: string;
  targets: ProbeTarget[];
  marker?: string;
  limits: ProbeLimits;
  intervalMs: number;
  from: number;
  until: number;
  alerts: AlertTarget[];
  figures?: FigureSource;
  /** The site's client (site.headers, pinned names, private CA). */
  http: HttpClient;
  /** A plain client for the webhooks: the site's headers never reach a chat. */
  alertHttp: HttpClient;
  /** The timeline file (JSON lines). */
  file: string;
  /** Continue the file (and its states) instead of starting a new one. */
  resume: boolean;
  /** Looks a new state must hold before it is a change (alerted): 1 alerts at once, 2 or more damp a flapping page. */
  confirm: number;
  clock: WatchClock;
  signal: AbortSignal;
  /** Masks the config's secrets (a token in a URL) in the timeline file and the alerts, as in every report. */
  mask(text: string): string;
  onRow(row: WatchRow): void;
  onAlert(change: Change, failures: string[]): void;
  onWait(untilMs: number): void;
}

export const realClock: WatchClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      // The listener goes with the timer: a day of looks must not pile thousands of them on the signal.
      const stop = () => (clearTimeout(timer), resolve());
      const timer = setTimeout(() => (signal.removeEventListener('abort', stop), resolve()), Math.max(0, ms));
      signal.addEventListener('abort', stop, { once: true });
    }),
};

/** The rows of a timeline file, for the after-show report; a line that is not one names its place. */
export async function readTimeline(file: string, shown = file): Promise<WatchRow[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  return lines.flatMap((line, index) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as WatchRow];
    } catch {
      throw new TimelineError(`${shown}:${index + 1}: not a line of a watch timeline.`);
    }
  });
}

export class TimelineError extends Error {}

/** A new run keeps the previous file under a dated name; --resume reads its last states to alert only on change. */
async function openTimeline(file: string, resume: boolean): Promise<Map<string, WatchState>> {
  await mkdir(path.dirname(file), { recursive: true });
  const existing = await stat(file).catch(() => undefined);
  if (!existing) return new Map();
  if (!resume) {
    await rename(file, file.replace(/\.jsonl$/, `-${existing.mtime.toISOString().replace(/[:.]/g, '-')}.jsonl`));
    return new Map();
  }
  const rows = await readTimeline(file);
  const lastFigures = rows.findLast((row) => row.figures)?.figures ?? [];
  return new Map([...lastFigures, ...(rows.at(-1)?.probes ?? [])].map((p) => [p.name, p.state]));
}

/**
 * Whether this look makes a change of the subject's state: a new state counts once it has held `confirm` looks in
 * a row. The first look is a change only when something is wrong; a state that comes back before it is confirmed
 * was never left.
 */
function held(states: Map<string, WatchState>, pending: Map<string, { state: WatchState; looks: number }>, subject: Subject, confirm: number): boolean {
  const before = states.get(subject.name);
  if (before === subject.state || (before === undefined && subject.state === 'ok')) {
    states.set(subject.name, subject.state);
    pending.delete(subject.name);
    return false;
  }
  const seen = pending.get(subject.name);
  const looks = seen?.state === subject.state ? seen.looks + 1 : 1;
  if (looks < confirm) {
    pending.set(subject.name, { state: subject.state, looks });
    return false;
  }
  pending.delete(subject.name);
  states.set(subject.name, subject.state);
  return true;
}

export async function runWatch(o: WatchOptions): Promise<{ rows: number; alerts: number }> {
  const states = await openTimeline(o.file, o.resume);
  let rows = 0;
  let alerts = 0;
  let figures: Figure[] = [];
  let figuresDue = 0;
  const pending = new Map<string, { state: WatchState; looks: number }>();
  if (o.clock.now() < o.from) {
    o.onWait(o.from);
    await o.clock.sleep(o.from - o.clock.now(), o.signal);
  }
  while (!o.signal.aborted && o.clock.now() < o.until) {
    const started = o.clock.now();
    const probes = await Promise.all(o.targets.map((target) => probe(o.http, target, o.marker, o.limits, o.signal)));
    const fresh = o.figures && started >= figuresDue ? await o.figures.read(started) : undefined;
    if (o.signal.aborted) break;
    if (fresh) [figures, figuresDue] = [fresh, started + o.figures!.everyMs];
    const row: WatchRow = {
      at: new Date(started).toISOString(),
      state: worst([...probes, ...figures].map((p) => p.state)),
      probes,
      ...(fresh ? { figures: fresh } : {}),
    };
    await appendFile(o.file, o.mask(JSON.stringify(row)) + '\n');
    rows++;
    o.onRow(row);
    for (const subject of [...probes, ...(fresh ?? [])]) {
      const before = states.get(subject.name);
      if (!held(states, pending, subject, o.confirm)) continue;
      const fix = 'fix' in subject ? subject.fix : o.targets.find((t) => t.name === subject.name)?.fix;
      const change: Change = { at: row.at, event: o.event, subject, from: before, fix };
      // Every change is shown; it goes to the webhooks when there are some.
      o.onAlert(change, o.alerts.length > 0 ? await sendAlert(o.alertHttp, o.alerts, change, o.signal, o.mask) : []);
      alerts++;
    }
    await o.clock.sleep(started + o.intervalMs - o.clock.now(), o.signal);
  }
  return { rows, alerts };
}
