/**
 * Playwright's errors in plain words: "page.goto: Timeout 30000ms exceeded. Call log: …" becomes "did not finish
 * loading within 30 s". The caller names the page and the device; this says what happened to it.
 */
import { formatDuration } from '../util/duration.js';

/** Chromium's network error codes a site's visitors would meet, read the way a site owner says them. */
const NETWORK: Record<string, string> = {
  NAME_NOT_RESOLVED: 'its host name does not resolve (DNS)',
  CONNECTION_REFUSED: 'the server refused the connection',
  CONNECTION_RESET: 'the server reset the connection',
  CONNECTION_CLOSED: 'the server closed the connection without an answer',
  EMPTY_RESPONSE: 'the server closed the connection without an answer',
  CONNECTION_TIMED_OUT: 'the connection timed out',
  TIMED_OUT: 'the connection timed out',
  ADDRESS_UNREACHABLE: 'its address cannot be reached',
  SSL_PROTOCOL_ERROR: 'the TLS handshake failed',
  CERT_AUTHORITY_INVALID: 'its certificate is not signed by a trusted authority (add the CA to network.ca)',
  CERT_COMMON_NAME_INVALID: 'its certificate does not name this host',
  CERT_DATE_INVALID: 'its certificate has expired or is not yet valid',
  TOO_MANY_REDIRECTS: 'it redirects in a loop',
  BLOCKED_BY_CLIENT: 'primetime blocked it (a check only reads)',
};

/** What happened to a page in a failed browser step, in words; the caller names the page and the device. */
export function browserProblem(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  const firstLine = message.split('\n')[0]!.replace(/^[\w.]+: /, '');
  const timeout = /Timeout (\d+)ms exceeded/.exec(firstLine);
  if (timeout) {
    const within = formatDuration(Number(timeout[1]));
    const selector = /waiting for locator\((['"])(.+?)\1\)/.exec(message)?.[2];
    if (/^page\.goto|navigating to/.test(message)) return `did not finish loading within ${within}`;
    if (selector) return `${selector} did not appear within ${within}`;
    return `took longer than ${within}`;
  }
  const code = /net::ERR_([A-Z_]+)/.exec(message)?.[1];
  if (code) return `could not be loaded: ${NETWORK[code] ?? `Chromium's error ERR_${code}`}`;
  if (/has been closed|Target closed/.test(message)) return 'could not be read: the browser closed (the run was stopped, or Chromium crashed)';
  return firstLine;
}
