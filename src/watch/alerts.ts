/**
 * Alerts on a change of state, to the team's chat: a Slack-compatible incoming webhook, Microsoft Teams, or a
 * generic JSON POST. One alert per change, never one per interval: a page that stays down alerts once.
 */
import type { HttpClient } from '../web/http.js';
import type { ProbeResult, WatchState } from './probe.js';

export type AlertFormat = 'slack' | 'teams' | 'json';

export interface AlertTarget {
  url: string;
  format?: AlertFormat;
}

export interface Change {
  at: string;
  event: string;
  probe: ProbeResult;
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
  const { probe } = change;
  const what = probe.state === 'ok' ? 'is back to normal' : (probe.why ?? probe.state);
  return `${ICON[probe.state]} ${change.event}: ${probe.name} (${probe.url}) ${what}${probe.state === 'act' && change.fix ? `. ${change.fix}` : ''}.`;
}

export function alertBody(change: Change, format: AlertFormat): unknown {
  const text = alertText(change);
  // Slack-compatible hooks and Teams' incoming webhooks both take { text }.
  if (format !== 'json') return { text };
  return {
    kind: 'primetime-watch-alert',
    at: change.at,
    event: change.event,
    probe: change.probe.name,
    url: change.probe.url,
    from: change.from ?? null,
    to: change.probe.state,
    why: change.probe.why ?? null,
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
