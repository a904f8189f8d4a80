/**
 * A page that answers an error status is not the site: a 500 carries the error handler's headers and body, not
 * the home page's, so nothing on it is judged as the site's (its caching, its security headers). Every check
 * that reads a page proves first that it answered 2xx.
 */
import type { Evidence } from '../check/index.js';
import { NetworkError, type HttpClient } from './http.js';

export const isSuccess = (status: number) => status >= 200 && status < 300;

export function notThePage(url: string, status: number, name = 'This page'): Evidence {
  return { level: 'fail', message: `${name} answered ${status}, not 2xx: nothing on it is judged as the site's.`, target: url, data: { status } };
}

/** The home page's answer, before any check: undefined when it answers 2xx. */
export async function homeProblem(http: HttpClient, home: string, signal: AbortSignal, timeoutMs: number): Promise<Evidence | undefined> {
  try {
    const response = await http.request(home, { signal, timeoutMs });
    return isSuccess(response.status) ? undefined : notThePage(home, response.status, 'The home page');
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    return { level: 'fail', message: `The home page could not be fetched: ${error.message}.`, target: home };
  }
}
