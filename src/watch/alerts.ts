/**
 * Alerts on a change of state, to the team's chat: a Slack-compatible incoming webhook, Microsoft Teams, or a
 * generic JSON POST. One alert per change, never one per interval: a page that stays down alerts once.
 */
import type { HttpClient } from '../web/http.js';
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
  return `${subject.name}${where} ${what}${subject.state !== 'ok' && change.fix ? `. ${change.fix}` : ''}.`;
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

/** Sends to every target; returns the failures in words (a webhook that fails must not stop the watch). */
export async function sendAlert(
  http: HttpClient,
  targets: readonly AlertTarget[],
  change: Change,
  signal: AbortSignal,
  mask: (text: string) => string = (text) => text,
): Promise<string[]> {
  const failures: string[] = [];
  for (const target of targets) {
    try {
      const response = await http.request(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: mask(JSON.stringify(alertBody(change, formatOf(target)))),
        timeoutMs: 10_000,
        signal,
      });
      if (response.status >= 300) failures.push(`${new URL(target.url).host} answered ${response.status}`);
    } catch (error) {
      failures.push(`${new URL(target.url).host}: ${(error as Error).message}`);
    }
  }
  return failures;
}
