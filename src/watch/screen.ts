/**
 * The watch on a terminal: one screen, redrawn in place at each look and each change (plain lines when the output
 * is not a terminal: a log keeps every look). Each line carries its state, for the colour.
 */
import { clockTime, zoneName } from '../report/time.js';
import { plural } from '../report/text.js';
import { alertText } from './alerts.js';
import { figureValue } from './figures.js';
import type { WatchState } from './probe.js';
import type { Subject } from '../runbook/war-room.js';
import { callFor, fromAirtime, nextSteps, watchNow, type WatchView } from './view.js';

export interface ScreenLine {
  text: string;
  state?: WatchState;
}

const column = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}… ` : text.padEnd(width + 1));

export function renderScreen(view: WatchView, now: number, pageUrl?: string): ScreenLine[] {
  const current = watchNow(view);
  const at = (iso: string) => clockTime(iso, view.airtime);
  const relative = fromAirtime(view.airtime, now);
  const nameWidth = Math.max(8, ...current.pages.map((p) => p.name.length), ...current.figures.map((f) => f.name.length));
  const lines: ScreenLine[] = [
    {
      text: `primetime watch · ${view.event}${relative ? ` · ${relative}` : ''} · ${current.state ?? 'waiting for the first look'}`,
      ...(current.state ? { state: current.state } : {}),
    },
    {
      text: [
        current.at ? `last look ${at(current.at)}` : 'no look yet',
        `until ${at(new Date(view.until).toISOString())} (${zoneName(new Date(now).toISOString(), view.airtime)})`,
        ...(view.rows.length ? [plural(view.rows.length, 'look')] : []),
        view.timeline,
        ...(pageUrl ? [pageUrl] : []),
      ].join(' · '),
    },
    // Where everyone meets once something is in act.
    ...(current.state === 'act' && view.warRoom?.bridge ? [{ text: `War room bridge: ${view.warRoom.bridge}`, state: 'act' as const }] : []),
    { text: '' },
    ...current.pages.map((p) => ({
      text: `${column(p.name, nameWidth)}${p.state.padEnd(6)}${String(p.status ?? '—').padEnd(5)}${(p.totalMs === undefined ? '—' : `${p.totalMs} ms`).padEnd(9)}${p.why ?? ''}${calling(view, { kind: 'page', name: p.name }, p.state)}`,
      state: p.state,
    })),
  ];
  if (current.figures.length) {
    lines.push({ text: '' }, { text: `Live figures${current.figuresAt ? ` (${at(current.figuresAt)})` : ''}` });
    lines.push(
      ...current.figures.map((f) => ({
        text: `${column(f.name, nameWidth)}${f.state.padEnd(6)}${figureValue(f)}${f.why ? `: ${f.why}` : ''}${calling(view, { kind: 'figure', name: f.name }, f.state)}`,
        state: f.state,
      })),
    );
  }
  const next = nextSteps(view.steps ?? [], now);
  if (next.length) {
    lines.push({ text: '' }, { text: 'Next in the run of show' });
    lines.push(
      ...next.map(({ step, in: when }) => ({
        text: `${step.at.padEnd(7)}${when.padEnd(14)}${step.title} (${step.owner})${step.command ? `: ${step.command}` : ''}`,
      })),
    );
  }
  if (current.changes.length) {
    lines.push({ text: '' }, { text: 'Changes' });
    lines.push(...current.changes.map((c) => ({ text: `${at(c.at)} ${alertText(c)}`, state: c.subject.state })));
  }
  return lines;
}

/** " → call Camille (…)" after a line in act, when the config names a war room. */
function calling(view: WatchView, subject: Subject, state: WatchState): string {
  const call = callFor(view, subject, state);
  return call ? ` → ${call}` : '';
}

/** Cursor up over the previous screen and clear to the end: the screen redraws without scrolling the terminal. */
export function redraw(previousLines: number): string {
  return previousLines > 0 ? `\x1b[${previousLines}F\x1b[J` : '';
}
