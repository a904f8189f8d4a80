/**
 * Cache warm-up before airtime: every page a visitor lands on (and the error pages), then every file they use,
 * each requested a few times with bounded concurrency; the cache status before and after says what it did.
 */
import { fetcher, fetchPageAssets } from './assets.js';
import { cacheStatus } from './cache-headers.js';
import { NetworkError, type HttpClient } from './http.js';
import { mapLimit } from '../util/limit.js';
import { contentPages, isOwnUrl, type ResolvedSite } from './site.js';

export interface WarmedUrl {
  url: string;
  status?: number;
  /** Cache status on the first and the last request ("x-cache: Miss…" → "x-cache: Hit…"), when the answer says. */
  before?: string;
  after?: string;
  hit?: boolean;
  error?: string;
}

export interface WarmOptions {
  http: HttpClient;
  site: ResolvedSite;
  /** Requests per URL (the first fills the cache, the others prove it). */
  repeat: number;
  concurrency: number;
  signal?: AbortSignal;
  onUrl?: (result: WarmedUrl) => void;
}

const BROWSER_LIKE = { 'accept-encoding': 'br, gzip', accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

export interface Warmed {
  urls: WarmedUrl[];
  /** Files of other hosts the pages use: not the site's caches, so not warmed. */
  leftOut: string[];
}

export async function warm(options: WarmOptions): Promise<Warmed> {
  const { http, site, signal } = options;
  const get = fetcher((url) => http.request(url, { headers: BROWSER_LIKE, signal }));
  const errorPages = [site.errorPages.serviceUnavailable, site.errorPages.maintenance, site.errorPages.overflow].filter((u): u is string => Boolean(u));
  const pages = [...new Set([...contentPages(site), ...errorPages])];

  // Discover the files every page uses (this first pass also counts as the pages' first request).
  const firstAnswers = await mapLimit(pages, options.concurrency, async (url) => ({ url, response: await get(url) }));
  const assetUrls = new Set<string>();
  // Only the site's own hosts have caches this team warms: a third-party file is neither requested nor a failure.
  const leftOut = new Set<string>();
  const filter = { only: (url: string) => isOwnUrl(site, url), skipped: (url: string) => leftOut.add(url) };
  for (const { url, response } of firstAnswers) {
    if (response instanceof NetworkError || !/html/.test(response.headers['content-type'] ?? '')) continue;
    for (const { resource } of await fetchPageAssets(get, url, response.body, options.concurrency, filter)) assetUrls.add(resource.url);
  }
  const first = new Map(firstAnswers.map(({ url, response }) => [url, response]));
  const urls = [...pages, ...[...assetUrls].filter((u) => !first.has(u))];

  const warmed = await mapLimit(urls, options.concurrency, async (url) => {
    let before = first.get(url);
    let last = before;
    for (let i = before ? 1 : 0; i < options.repeat; i++) {
      const response = await get(url);
      before ??= response;
      last = response;
    }
    const result: WarmedUrl =
      last instanceof NetworkError || last === undefined
        ? { url, error: (last as NetworkError | undefined)?.message ?? 'not requested' }
        : {
            url,
            status: last.status,
            before: before instanceof NetworkError || !before ? undefined : cacheStatus(before.headers)?.evidence,
            after: cacheStatus(last.headers)?.evidence,
            hit: cacheStatus(last.headers)?.hit,
          };
    options.onUrl?.(result);
    return result;
  });
  return { urls: warmed, leftOut: [...leftOut] };
}
