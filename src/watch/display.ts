/**
 * Where the watch shows itself: on a terminal one screen redrawn in place, elsewhere (a log, a pipe) a plain line
 * per look and per change; and, with --serve, the local web page. Everything shown goes through the masker.
 */
import { alertText, type Change } from './alerts.js';
import { clockTime } from '../report/time.js';
import { figureValue } from './figures.js';
import { renderWatchPage } from './page.js';
import type { WatchState } from './probe.js';
import { redraw, renderScreen } from './screen.js';
import { serveWatchPage, type WatchPageServer } from './serve.js';
import type { WatchView } from './view.js';
import type { WatchRow } from './watch.js';

/** The page and the screen keep the latest looks; the timeline file keeps them all. */
const KEPT_ROWS = 1_000;

export interface WatchDisplayOptions {
  out: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  err: { write(text: string): unknown };
  paint: Record<WatchState, (text: string) => string>;
  mask(text: string): string;
  view: WatchView;
  /** Serve the page on 127.0.0.1 at this port (0: a free one). */
  port?: number;
  /** The clock the time from airtime is read on (tests give a fixed one). */
  now?: () => number;
}

export interface WatchDisplay {
  /** The page's address, when served. */
  url?: string;
  say(line: string): void;
  row(row: WatchRow): void;
  change(change: Change): void;
  /** Alerts that could not be delivered, after their retries. */
  undelivered(failures: string[]): void;
  close(): Promise<void>;
}

function plainRow(row: WatchRow, paint: WatchDisplayOptions['paint'], airtime: string | undefined): string {
  const pages = row.probes.map((p) => `${p.name} ${paint[p.state](p.state)} ${p.status ?? '—'} ${p.totalMs ?? '—'} ms${p.why ? ` (${p.why})` : ''}`);
  // A log line per read: the figures that are not ok in full, the others counted.
  const figures = row.figures ?? [];
  const fine = figures.filter((f) => f.state === 'ok').length;
  const notFine = figures.filter((f) => f.state !== 'ok').map((f) => `${f.name} ${paint[f.state](f.state)} ${figureValue(f)}${f.why ? `: ${f.why}` : ''}`);
  const read = row.figures ? `\n          figures: ${[...(fine ? [`${fine} ok`] : []), ...notFine].join(' · ')}` : '';
  return `${clockTime(row.at, airtime)}  ${paint[row.state](row.state.padEnd(5))}  ${pages.join(' · ')}${read}`;
}

export async function createWatchDisplay(o: WatchDisplayOptions): Promise<WatchDisplay> {
  const now = o.now ?? Date.now;
  // A resumed day of looks: the screen and the page keep the latest.
  o.view.rows.splice(0, Math.max(0, o.view.rows.length - KEPT_ROWS));
  let server: WatchPageServer | undefined;
  if (o.port !== undefined)
    server = await serveWatchPage(
      o.port,
      () => o.mask(renderWatchPage(o.view, now())),
      () => o.mask(JSON.stringify(o.view.rows)),
    );
  const tty = Boolean(o.out.isTTY);
  let shown = 0;
  const draw = () => {
    const width = Math.max(40, (o.out.columns ?? 100) - 1);
    // Cut to the width: a wrapped line would throw the redraw's line count off.
    const lines = renderScreen(o.view, now(), server?.url).map(({ text, state }) => {
      const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
      return state && state !== 'ok' ? o.paint[state](cut) : cut;
    });
    o.out.write(redraw(shown) + o.mask(lines.join('\n')) + '\n');
    shown = lines.length;
  };
  const say = (line: string) => {
    o.out.write(o.mask(line) + '\n');
    shown = 0; // the screen starts again below what was said
  };
  return {
    ...(server ? { url: server.url } : {}),
    say,
    row(row) {
      o.view.rows.push(row);
      if (o.view.rows.length > KEPT_ROWS) o.view.rows.shift();
      if (tty) draw();
      else say(plainRow(row, o.paint, o.view.airtime));
    },
    change(change) {
      o.view.changes.push(change);
      if (tty) draw();
      else say(`  → ${alertText(change)}`);
    },
    undelivered(failures) {
      for (const failure of failures) o.err.write(o.mask(`primetime: alert not delivered: ${failure}\n`));
      shown = 0;
    },
    close: async () => server?.close(),
  };
}
