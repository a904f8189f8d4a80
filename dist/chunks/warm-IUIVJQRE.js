import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  cacheStatus
} from "./chunk-74AMN5N5.js";
import {
  fetchPageAssets,
  fetcher
} from "./chunk-3BNGPC7N.js";
import {
  createNetwork
} from "./chunk-4I4NR6DS.js";
import {
  loadConfig
} from "./chunk-D43J44T6.js";
import {
  EXIT,
  UsageError
} from "./chunk-5JCOLP2K.js";
import "./chunk-C65WBHE4.js";
import "./chunk-LZIHSDK5.js";
import {
  contentPages,
  isOwnUrl,
  resolveSite
} from "./chunk-D3JRSC5Z.js";
import {
  mapLimit
} from "./chunk-REAIEUUL.js";
import "./chunk-LROFLYEO.js";
import "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import {
  plural
} from "./chunk-KHW7QP7J.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-QQOOINLC.js";
import {
  NetworkError
} from "./chunk-DWOR55PJ.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/web/warm.ts
var BROWSER_LIKE = { "accept-encoding": "br, gzip", accept: "text/html,application/xhtml+xml,*/*;q=0.8" };
async function warm(options) {
  const { http, site, signal } = options;
  const get = fetcher((url) => http.request(url, { headers: BROWSER_LIKE, signal }));
  const errorPages = [site.errorPages.serviceUnavailable, site.errorPages.maintenance, site.errorPages.overflow].filter((u) => Boolean(u));
  const pages = [.../* @__PURE__ */ new Set([...contentPages(site), ...errorPages])];
  const firstAnswers = await mapLimit(pages, options.concurrency, async (url) => ({ url, response: await get(url) }));
  const assetUrls = /* @__PURE__ */ new Set();
  const leftOut = /* @__PURE__ */ new Set();
  const filter = { only: (url) => isOwnUrl(site, url), skipped: (url) => leftOut.add(url) };
  for (const { url, response } of firstAnswers) {
    if (response instanceof NetworkError || !/html/.test(response.headers["content-type"] ?? "")) continue;
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
    const result = last instanceof NetworkError || last === void 0 ? { url, error: last?.message ?? "not requested" } : {
      url,
      status: last.status,
      before: before instanceof NetworkError || !before ? void 0 : cacheStatus(before.headers)?.evidence,
      after: cacheStatus(last.headers)?.evidence,
      hit: cacheStatus(last.headers)?.hit
    };
    options.onUrl?.(result);
    return result;
  });
  return { urls: warmed, leftOut: [...leftOut] };
}

// src/cli/commands/warm.ts
var positive = (name, value, fallback) => {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new UsageError(`--${name} takes a whole number from 1 to 100, not "${value}".`);
  return n;
};
async function warmCommand(argv, io) {
  const { values } = parse(argv, { repeat: { type: "string" }, concurrency: { type: "string" }, format: { type: "string" } });
  const format = values.format ?? "table";
  if (format !== "table" && format !== "json") throw new UsageError(`--format takes table or json, not "${format}".`);
  const { config } = await loadConfig(values.config, io.cwd, io.env);
  const { http } = createNetwork(config);
  try {
    const { urls: results, leftOut } = await warm({
      http,
      site: resolveSite(config.site),
      repeat: positive("repeat", values.repeat, 2),
      concurrency: positive("concurrency", values.concurrency, 8),
      signal: io.interrupt,
      onUrl: format === "table" ? (r) => io.stderr.write(`  ${r.error ? "\u2717" : r.hit ? "\u2713" : "\xB7"} ${r.url}
`) : void 0
    });
    const failed = results.filter((r) => r.error || (r.status ?? 0) >= 400);
    if (format === "json") io.stdout.write(JSON.stringify({ urls: results, failed: failed.length, leftOut }, null, 2) + "\n");
    else {
      io.stdout.write(
        `
Warmed ${results.length} URLs of ${config.site.baseUrl}: ${results.filter((r) => r.hit).length} now served from a cache, ${failed.length} failed.

`
      );
      for (const r of results)
        io.stdout.write(
          `  ${r.error ? "ERR" : String(r.status)}  ${r.url}
       ${r.error ?? `${r.before ?? "no cache header"} \u2192 ${r.after ?? "no cache header"}`}
`
        );
      if (leftOut.length > 0)
        io.stdout.write(
          `
Left out ${plural(leftOut.length, "third-party file")} (${[...new Set(leftOut.map((u) => new URL(u).host))].join(", ")}): not the site's caches to warm.
`
        );
    }
    return failed.length > 0 ? EXIT.noGo : EXIT.go;
  } finally {
    await http.close();
  }
}
export {
  warmCommand
};
