/**
 * A page that answers an error status is not the site: a 500 carries the error handler's headers and body, not
 * the home page's, so nothing on it is judged as the site's (its caching, its security headers). Every check
 * that reads a page proves first that it answered 2xx.
 */
import type { Evidence } from '../check/index.js';
import { NetworkError, type HttpClient, type HttpResponse } from './http.js';
import { hasMarker, parseHtml } from './html.js';

export const isSuccess = (status: number) => status >= 200 && status < 300;

export function notThePage(url: string, status: number, name = 'This page'): Evidence {
  return { level: 'fail', message: `${name} answered ${status}, not 2xx: nothing on it is judged as the site's.`, target: url, data: { status } };
}

/**
 * The home page's answer, before any check: undefined when it is proven the site's own page (2xx, HTML, not empty,
 * carrying site.marker when one is set). A 200 with an empty body or a JSON error is not a site that is up.
 */
export async function homeProblem(http: HttpClient, home: string, signal: AbortSignal, timeoutMs: number, marker?: string): Promise<Evidence | undefined> {
  try {
    const response = await http.request(home, { signal, timeoutMs });
    return isSuccess(response.status) ? notTheSitesPage(response, marker) : notThePage(home, response.status, 'The home page');
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    return { level: 'fail', message: `The home page could not be fetched: ${error.message}.`, target: home };
  }
}

function notTheSitesPage({ url, status, headers, body }: HttpResponse, marker: string | undefined): Evidence | undefined {
  const type = headers['content-type']?.split(';')[0]?.trim() || 'no content type';
  const text = body.trim();
  const answered = `The home page answered ${status}`;
  const fail = (message: string): Evidence => ({ level: 'fail', message, target: url, data: { status, contentType: type } });
  if (!text) return fail(`${answered} with an empty body: there is no page to show a visitor.`);
  // A JSON or plain-text error (an upstream timeout behind a proxy) is not a page, whatever its content type says.
  if (!/html/i.test(type) || !/<[a-z!]/i.test(text)) return fail(`${answered} with ${type}, not an HTML page: «${preview(text)}».`);
  if (marker && !hasMarker(parseHtml(text), marker)) return fail(`${answered} with a page without the site's marker "${marker}": «${preview(text)}».`);
  return undefined;
}

const preview = (text: string) => {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
};
