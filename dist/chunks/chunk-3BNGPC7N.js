import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  mapLimit
} from "./chunk-REAIEUUL.js";
import {
  cssReferences,
  parseHtml,
  subresources
} from "./chunk-QQOOINLC.js";
import {
  NetworkError
} from "./chunk-DWOR55PJ.js";

// src/web/assets.ts
async function fetchPageAssets(get, pageUrl, html, concurrency, filter = {}) {
  const wanted = (resource) => filter.only?.(resource.url) !== false || (filter.skipped?.(resource.url), false);
  const direct = subresources(parseHtml(html), pageUrl);
  const fetched = await mapLimit(direct.filter(wanted), concurrency, async (resource) => ({ resource, response: await get(resource.url) }));
  const seen = new Set(direct.map((r) => r.url));
  const nested = fetched.flatMap(
    ({ resource, response }) => resource.kind === "stylesheet" && !(response instanceof NetworkError) && response.status < 300 ? cssReferences(response.body, resource.url) : []
  ).filter((resource) => !seen.has(resource.url) && seen.add(resource.url)).filter(wanted);
  return [...fetched, ...await mapLimit(nested, concurrency, async (resource) => ({ resource, response: await get(resource.url) }))];
}
function fetcher(request) {
  return (url) => request(url).catch((error) => error instanceof NetworkError ? error : Promise.reject(error));
}

export {
  fetchPageAssets,
  fetcher
};
