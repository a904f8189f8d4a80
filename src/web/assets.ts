/** Fetching the files a page uses, and the fonts and images its stylesheets pull in: shared by the HTTP checks and `warm`. */
import { cssReferences, parseHtml, subresources, type Subresource } from './html.js';
import { NetworkError, type HttpResponse } from './http.js';
import { mapLimit } from '../util/limit.js';

export type Fetch = (url: string) => Promise<HttpResponse | NetworkError>;

export interface FetchedAsset {
  resource: Subresource;
  response: HttpResponse | NetworkError;
}

/** `only`: the files to fetch (warm fetches the site's own alone); the others go to `skipped`, unfetched. */
export interface AssetFilter {
  only?: (url: string) => boolean;
  skipped?: (url: string) => void;
}

export async function fetchPageAssets(get: Fetch, pageUrl: string, html: string, concurrency: number, filter: AssetFilter = {}): Promise<FetchedAsset[]> {
  const wanted = (resource: Subresource) => filter.only?.(resource.url) !== false || (filter.skipped?.(resource.url), false);
  const direct = subresources(parseHtml(html), pageUrl);
  const fetched = await mapLimit(direct.filter(wanted), concurrency, async (resource) => ({ resource, response: await get(resource.url) }));
  const seen = new Set(direct.map((r) => r.url));
  const nested = fetched
    .flatMap(({ resource, response }) =>
      resource.kind === 'stylesheet' && !(response instanceof NetworkError) && response.status < 300 ? cssReferences(response.body, resource.url) : [],
    )
    .filter((resource) => !seen.has(resource.url) && seen.add(resource.url))
    .filter(wanted);
  return [...fetched, ...(await mapLimit(nested, concurrency, async (resource) => ({ resource, response: await get(resource.url) })))];
}

/** A request that turns network failures into values, so one bad URL never stops a check. */
export function fetcher(request: (url: string) => Promise<HttpResponse>): Fetch {
  return (url) => request(url).catch((error: unknown) => (error instanceof NetworkError ? error : Promise.reject(error)));
}
