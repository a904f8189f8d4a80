/**
 * Alerts on a change of state, to the team's chat: a Slack-compatible incoming webhook, Microsoft Teams, or a
 * generic JSON POST. One alert per change, never one per interval: a page that stays down alerts once.
 */
import type { HttpClient } from '../web/http.js';
import { plural } from '../report/text.js';
import { sleep } from '../util/sleep.js';
import { figureValue, type Figure } from './figures.js';
import type { WatchState } from './probe.js';

export type AlertFormat = 'slack' | 'teams' | 'json';

export interface AlertTarget {
  url: string;
  format?: AlertFormat;
}

/** What changed: a page (with its URL) or a live figure. */
export interface Subject {
  name: string;
  url?: string;
  state: WatchState;
  why?: string;
}

export interface Change {
  at: string;
  event: string;
  subject: Subject;
  from: WatchState | undefined;
  fix?: string;
  /** Who to call (the war room), for a change to act. */
  call?: string;
}

/** The format a webhook speaks, from its host when not given. */
export function formatOf(target: AlertTarget): AlertFormat {
  if (target.format) return target.format;
  const host = new URL(target.url).hostname;
  if (host === 'hooks.slack.com') return 'slack';
  if (host.endsWith('.webhook.office.com') || host.endsWith('.logic.azure.com')) return 'teams';
  return 'json';
}

const ICON: Record<WatchState, string> = { ok: '🟢', watch: '🟠', act: '🔴' };

export function alertText(change: Change): string {
  return `${ICON[change.subject.state]} ${change.event}: ${changeText(change)}`;
}

/** The change in words, without the icon or the event: "home (https://…/) answered 503…. Open the plan-B page." */
export function changeText(change: Change): string {
  const { subject } = change;
  const what = subject.state === 'ok' ? 'is back to normal' : (subject.why ?? subject.state);
  // A page says where it is; a figure says its value (and what it is held against).
  const where = subject.url ? ` (${subject.url})` : 'unit' in subject ? ` ${figureValue(subject as Figure)},` : '';
  const call = change.call ? ` ${change.call[0]!.toUpperCase()}${change.call.slice(1)}.` : '';
  return `${subject.name}${where} ${what}${subject.state !== 'ok' && change.fix ? `. ${change.fix}` : ''}.${call}`;
}

export function alertBody(change: Change, format: AlertFormat): unknown {
  const text = alertText(change);
  // Slack-compatible hooks and Teams' incoming webhooks both take { text }.
  if (format !== 'json') return { text };
  return {
    kind: 'primetime-watch-alert',
    at: change.at,
    event: change.event,
    subject: change.subject.name,
    url: change.subject.url ?? null,
    from: change.from ?? null,
    to: change.subject.state,
    why: change.subject.why ?? null,
    fix: change.fix ?? null,
    text,
  };
}

/** Each attempt's bound, and the waits before the retries: an alert gives up within about 20 s, beside the looks. */
export const ALERT_ATTEMPT_TIMEOUT_MS = 5_000;
export const ALERT_RETRY_WAITS_MS = [1_000, 3_000];

/** Sends to every target at once, each with bounded retries; returns the failures in words (a webhook that fails must not stop the watch). */
export async function sendAlert(
  http: HttpClient,
  targets: readonly AlertTarget[],
  change: Change,
  signal: AbortSignal,
  mask: (text: string) => string = (text) => text,
): Promise<string[]> {
  const failures = await Promise.all(targets.map((target) => deliverTo(http, target, mask(JSON.stringify(alertBody(change, formatOf(target)))), signal)));
  return failures.filter((failure): failure is string => failure !== undefined);
}

/** One webhook: a network failure, a 429 or a 5xx is tried again after a wait; any other answer is final. */
async function deliverTo(http: HttpClient, target: AlertTarget, body: string, signal: AbortSignal): Promise<string | undefined> {
  const host = new URL(target.url).host;
  let failure = '';
  let attempts = 0;
  for (const wait of [0, ...ALERT_RETRY_WAITS_MS]) {
    await sleep(wait, signal);
    if (signal.aborted) break;
    attempts++;
    try {
      const response = await http.request(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        timeoutMs: ALERT_ATTEMPT_TIMEOUT_MS,
        signal,
      });
      if (response.status < 300) return undefined;
      failure = `${host} answered ${response.status}`;
      if (response.status !== 429 && response.status < 500) break;
    } catch (error) {
      failure = `${host}: ${(error as Error).message}`;
    }
  }
  return `${failure || `${host}: the watch stopped before the alert went out`} (${plural(attempts, 'attempt')})`;
}
