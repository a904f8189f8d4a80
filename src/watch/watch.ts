/**
 * The watch during the show: every interval, one look at each page that matters (the home page, the funnel's
 * first step, the plan-B page), a row appended to the timeline file (so nothing is lost if the terminal closes),
 * and one alert per change of state. Bounded in time: it stops at `until` by itself.
 */
import type { WarRoomConfig } from '../config/schema.js';
import { callText, whoToCall } from '../runbook/war-room.js';
import { appendFile, mkdir, readFile, rename, stat, truncate } from 'node:fs/promises';
import path from 'node:path';
import { ALERT_ATTEMPT_TIMEOUT_MS, sendAlert, type AlertTarget, type Change, type Subject } from './alerts.js';
import type { Figure } from './figures.js';
import { probe, worst, type ProbeLimits, type ProbeResult, type ProbeTarget, type WatchState } from './probe.js';
import type { HttpClient } from '../web/http.js';
import { sleep } from '../util/sleep.js';

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
  /** Who to call: an alert for a change to act names them. */
  warRoom?: WarRoomConfig;
  clock: WatchClock;
  signal: AbortSignal;
  /** Masks the config's secrets (a token in a URL) in the timeline file and the alerts, as in every report. */
  mask(text: string): string;
  onRow(row: WatchRow): void;
  /** A change, shown at once; its alert goes out beside the looks. */
  onAlert(change: Change): void;
  /** An alert that could not be delivered, after its retries. */
  onUndelivered(failures: string[]): void;
  /** A note on the timeline file (a cut last line left out). */
  onNote(message: string): void;
  onWait(untilMs: number): void;
}

/** The line a stopped watch (a signal) leaves last in its timeline: the readers keep it out of the looks. */
export interface StopMark {
  at: string;
  stopped: string;
}

export const realClock: WatchClock = { now: () => Date.now(), sleep };

/**
 * The rows of a timeline file, for the after-show report and --resume. A last line cut by a crash is left out and
 * named through `warn`; any other line that is not a look names its place. Stop marks are not looks.
 */
export async function readTimeline(file: string, shown = file, warn: (message: string) => void = () => {}): Promise<WatchRow[]> {
  const { rows, cut } = parseTimeline(await readFile(file, 'utf8'), shown);
  if (cut) warn(cut.message);
  return rows;
}

function parseTimeline(text: string, shown: string): { rows: WatchRow[]; cut?: { message: string; from: number } } {
  const lines = text.split('\n');
  const last = lines.findLastIndex((line) => line.trim() !== '');
  const rows: WatchRow[] = [];
  let offset = 0;
  for (const [index, line] of lines.entries()) {
    const start = offset;
    offset += Buffer.byteLength(line) + 1;
    if (!line.trim()) continue;
    let row: WatchRow | StopMark;
    try {
      row = JSON.parse(line) as WatchRow | StopMark;
    } catch {
      if (index === last)
        return { rows, cut: { message: `${shown}:${index + 1}: the last line was cut short (the watch stopped while writing it): left out.`, from: start } };
      throw new TimelineError(`${shown}:${index + 1}: not a line of a watch timeline.`);
    }
    if (!('stopped' in row)) rows.push(row);
  }
  return { rows };
}

export class TimelineError extends Error {}

/**
 * A new run keeps the previous file under a dated name; --resume reads its last states to alert only on change, and
 * cuts off a last line a crash left half-written, so the looks it appends start on a line of their own.
 */
async function openTimeline(file: string, resume: boolean, warn: (message: string) => void): Promise<Map<string, WatchState>> {
  await mkdir(path.dirname(file), { recursive: true });
  const existing = await stat(file).catch(() => undefined);
  if (!existing) return new Map();
  if (!resume) {
    await rename(file, file.replace(/\.jsonl$/, `-${existing.mtime.toISOString().replace(/[:.]/g, '-')}.jsonl`));
    return new Map();
  }
  const { rows, cut } = parseTimeline(await readFile(file, 'utf8'), file);
  if (cut) {
    warn(cut.message);
    await truncate(file, cut.from);
  }
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
  const states = await openTimeline(o.file, o.resume, o.onNote);
  let rows = 0;
  let alerts = 0;
  let figures: Figure[] = [];
  let figuresDue = 0;
  const pending = new Map<string, { state: WatchState; looks: number }>();
  // Alerts go out beside the looks: a webhook that hangs never makes a look late.
  const deliveries = new Set<Promise<void>>();
  const alerting = new AbortController();
  const stopAlerts = () => alerting.abort(o.signal.reason);
  o.signal.addEventListener('abort', stopAlerts, { once: true });
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
      const call =
        o.warRoom && subject.state === 'act' ? callText(whoToCall(o.warRoom, { kind: 'url' in subject ? 'page' : 'figure', name: subject.name })) : undefined;
      const change: Change = { at: row.at, event: o.event, subject, from: before, fix, ...(call ? { call } : {}) };
      o.onAlert(change);
      alerts++;
      if (o.alerts.length > 0) deliver(deliveries, sendAlert(o.alertHttp, o.alerts, change, alerting.signal, o.mask), o.onUndelivered);
    }
    await o.clock.sleep(started + o.intervalMs - o.clock.now(), o.signal);
  }
  if (o.signal.aborted)
    await appendFile(o.file, JSON.stringify({ at: new Date(o.clock.now()).toISOString(), stopped: stopReason(o.signal) } satisfies StopMark) + '\n');
  // The last alerts get one attempt's time to go out, then the watch ends.
  if (deliveries.size > 0) await Promise.race([Promise.allSettled(deliveries), sleep(ALERT_ATTEMPT_TIMEOUT_MS, alerting.signal)]);
  alerting.abort();
  await Promise.allSettled(deliveries);
  o.signal.removeEventListener('abort', stopAlerts);
  return { rows, alerts };
}

function deliver(deliveries: Set<Promise<void>>, sending: Promise<string[]>, onUndelivered: (failures: string[]) => void): void {
  const delivery: Promise<void> = sending.then((failures) => void (failures.length > 0 && onUndelivered(failures))).finally(() => deliveries.delete(delivery));
  deliveries.add(delivery);
}

/** What stopped a watch: the signal's name (SIGTERM), as the CLI aborts with it. */
export function stopReason(signal: AbortSignal): string {
  return signal.reason instanceof Error ? signal.reason.message : 'interrupted';
}
