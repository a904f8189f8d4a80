/**
 * One look at a page during the show: its status, time to first byte, total time, and whether the page is the
 * site's own (its marker, as the error-pages check tells). A watch, not load: one GET a page per interval.
 */
import { hasMarker, parseHtml } from '../web/html.js';
import type { HttpClient } from '../web/http.js';
import { describeNetworkError } from '../web/http.js';

export type WatchState = 'ok' | 'watch' | 'act';

export interface ProbeTarget {
  /** home, funnel, plan-b. */
  name: string;
  url: string;
  /** What to do when it goes wrong: the fix an alert names. */
  fix: string;
  /** Text only the page's light version holds: the look says whether peak mode is live. */
  lightMarker?: string;
}

export interface ProbeResult {
  name: string;
  url: string;
  state: WatchState;
  status?: number;
  /** The whole answer, body included. */
  totalMs?: number;
  /** The site's own page (its marker): false for a stock error page or a CDN's. */
  own?: boolean;
  /** Why the state is not ok. */
  why?: string;
}

export interface ProbeLimits {
  /** Slower than this: watch. */
  slowMs: number;
  /** No full answer within this: act. */
  timeoutMs: number;
}

export async function probe(http: HttpClient, target: ProbeTarget, marker: string | undefined, limits: ProbeLimits, signal: AbortSignal): Promise<ProbeResult> {
  const base = { name: target.name, url: target.url };
  try {
    const response = await http.request(target.url, { timeoutMs: limits.timeoutMs, signal, maxBytes: 2_000_000 });
    const own = marker ? hasMarker(parseHtml(response.body), marker) : undefined;
    const seen = { ...base, status: response.status, totalMs: Math.round(response.timeMs), ...(own === undefined ? {} : { own }) };
    if (response.status >= 500)
      return { ...seen, state: 'act', why: `answered ${response.status}${own === false ? ' with a page that is not the site’s own' : ''}` };
    if (own === false) return { ...seen, state: 'act', why: `answered ${response.status} with a page that is not the site’s own (no "${marker}")` };
    if (response.status >= 400) return { ...seen, state: 'act', why: `answered ${response.status}` };
    if (response.timeMs > limits.slowMs) return { ...seen, state: 'watch', why: `slow: ${Math.round(response.timeMs)} ms (over ${limits.slowMs} ms)` };
    if (target.lightMarker) return { ...seen, state: 'ok', why: response.body.includes(target.lightMarker) ? 'peak mode on' : 'peak mode off' };
    return { ...seen, state: 'ok' };
  } catch (error) {
    // The same words as check, load and warm for the same cause.
    return { ...base, state: 'act', why: describeNetworkError(error) };
  }
}

/** The worst of the states: the watch as a whole. */
export const worst = (states: WatchState[]): WatchState => (states.includes('act') ? 'act' : states.includes('watch') ? 'watch' : 'ok');
