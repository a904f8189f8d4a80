/** The small wordings every check needs, written once. */
export { formatNumber, grouped, plural } from '../util/words.js';
export { formatDuration } from '../util/duration.js';

/** A page as a reader names it in a finding: its path (and query), the full URL when it is on another host. */
export function pagePath(url: string, baseUrl?: string): string {
  const parsed = new URL(url);
  if (baseUrl && parsed.origin !== new URL(baseUrl).origin) return url;
  return parsed.pathname + parsed.search;
}

/** The first line of an error's message: enough for a finding, without the stack or a library's dump. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
