import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  browserCacheTtl,
  cacheStatus,
  sharedCacheTtl
} from "./chunk-74AMN5N5.js";
import {
  fetchPageAssets,
  fetcher
} from "./chunk-3BNGPC7N.js";
import {
  isSuccess,
  notThePage
} from "./chunk-DIYW534B.js";
import {
  capitalise,
  withArticle
} from "./chunk-LZIHSDK5.js";
import {
  contentPages,
  isOwnUrl
} from "./chunk-D3JRSC5Z.js";
import {
  mapLimit
} from "./chunk-REAIEUUL.js";
import {
  Duration,
  RequestTimeout,
  defineCheck
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  formatNumber,
  plural
} from "./chunk-KHW7QP7J.js";
import {
  devServerOf
} from "./chunk-QQOOINLC.js";
import {
  NetworkError
} from "./chunk-DWOR55PJ.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/caching/index.ts
var Options = external_exports.strictObject({
  minAssetMaxAge: Duration.prefault("1d").describe("Static assets must be cacheable at least this long."),
  minCompressBytes: external_exports.number().int().min(0).default(1024).describe("Text answers smaller than this need not be compressed."),
  cdn: external_exports.enum(["auto", "required", "off"]).default("auto").describe("Whether a CDN hit must be seen; auto: when event.cacheHitRatio is above 0."),
  concurrency: external_exports.number().int().min(1).max(64).default(8),
  requestTimeout: RequestTimeout
});
var TEXT = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/i;
var ACCEPT = { "accept-encoding": "br, gzip" };
var caching_default = defineCheck({
  meta: {
    id: "caching",
    title: "Pages are compressed, assets cacheable, and the home page is served from the CDN",
    failureTitle: "Caching or compression leaves the origin exposed to the spike",
    description: "Fetches every page and the files the home page uses: text must be compressed (br or gzip), static assets cacheable for a day, the home page cacheable by a shared cache, and a second request must hit the CDN when the plan counts on one.",
    options: Options,
    recommended: "error",
    requires: ["network"]
  },
  async run(ctx) {
    const { concurrency } = ctx.options;
    const get = fetcher((url) => ctx.http.request(url, { headers: ACCEPT, signal: ctx.signal, timeoutMs: ctx.options.requestTimeout }));
    const pages = await mapLimit(contentPages(ctx.site), concurrency, async (url) => ({ url, response: await get(url) }));
    const home = pages[0].response;
    if (home instanceof NetworkError || !isSuccess(home.status)) return homeUnreadable(ctx.site.home, home);
    const assets = (await fetchPageAssets(get, home.url, home.body, concurrency)).map((asset) => ({
      ...asset,
      thirdParty: !isOwnUrl(ctx.site, asset.resource.url)
    }));
    const repeated = ctx.options.cdn === "off" ? void 0 : await get(ctx.site.home).then(() => get(ctx.site.home));
    const found = findings();
    judge({ pages, home, assets, repeated }, { ...ctx.options, cacheHitRatio: ctx.event.cacheHitRatio, targets: ctx.plan.targets }, found);
    const homeTtl = formatDuration(sharedCacheTtl(home.headers) * 1e3);
    return found.outcome(`Compressed pages, cacheable assets, and a home page the CDN keeps for ${homeTtl}.`);
  }
});
function judge(facts, rules, found) {
  for (const { url, response } of facts.pages) {
    if (response instanceof NetworkError) found.fail(`Could not fetch: ${response.message}`, { target: url });
    else if (!isSuccess(response.status)) found.add(notThePage(url, response.status));
    else judgeCompression(url, response, rules, found);
  }
  const homeUrl = facts.pages[0].url;
  const devServer = devServerOf(facts.home.body);
  if (devServer)
    found.warn(`The home page was built by a development server: it carries ${devServer}, and is not a production build.`, {
      target: homeUrl,
      fix: "Deploy a production build (hugo, not hugo server; npm run build, not npm run dev): smaller, cacheable files, and no live-reload request from every visitor."
    });
  judgeHome(homeUrl, facts.home, rules, found);
  judgeAssets(facts.assets, rules, found);
  if (facts.repeated && !(facts.repeated instanceof NetworkError)) judgeCdn(homeUrl, facts.repeated, rules, found);
}
function homeUnreadable(url, home) {
  if (home instanceof NetworkError)
    return {
      status: "fail",
      summary: `The home page could not be fetched: ${home.message}`,
      evidence: [{ level: "fail", message: home.message, target: url }]
    };
  const problem = notThePage(url, home.status, "The home page");
  return { status: "fail", summary: problem.message, evidence: [problem] };
}
function judgeHome(target, home, rules, found) {
  const homeTtl = sharedCacheTtl(home.headers);
  const cacheControl = home.headers["cache-control"];
  if (homeTtl > 0) return found.pass(`The home page is cacheable by a CDN for ${formatDuration(homeTtl * 1e3)}.`, { target, data: { cacheControl } });
  const atZero = rules.targets.requestsPerSecond;
  (rules.cacheHitRatio > 0 || rules.cdn === "required" ? found.fail : found.warn)(
    `The home page is not cacheable by a shared cache (Cache-Control: ${cacheControl ?? "none"}): every visitor reaches the origin, so the plan's ${formatNumber(rules.targets.originRequestsPerSecond)} origin req/s becomes ${formatNumber(atZero)} req/s at a 0 % hit ratio.`,
    {
      target,
      data: { cacheControl, originRequestsPerSecondAtZeroHits: atZero },
      fix: "Make the home page cacheable by the CDN: Cache-Control: public, s-maxage=60 (or longer), without private or no-store; keep personal content out of it."
    }
  );
}
function judgeAssets(assets, rules, found) {
  const minAge = rules.minAssetMaxAge / 1e3;
  let assetsOk = 0;
  noteThirdParty(
    assets.filter((a) => a.thirdParty),
    found
  );
  for (const { resource: asset, response } of assets.filter((a) => !a.thirdParty)) {
    if (response instanceof NetworkError) {
      found.fail(`${capitalise(withArticle(asset.kind))} could not be fetched: ${response.message}`, { target: asset.url });
      continue;
    }
    if (response.status >= 400) continue;
    const ttl = browserCacheTtl(response.headers);
    if (ttl < minAge)
      found.fail(
        `${capitalise(withArticle(asset.kind))} is cacheable for ${ttl > 0 ? formatDuration(ttl * 1e3) : "no time at all"} (at least ${formatDuration(minAge * 1e3)} expected; Cache-Control: ${response.headers["cache-control"] ?? "none"}).`,
        {
          target: asset.url,
          fix: "Serve static assets with a long lifetime (Cache-Control: public, max-age=31536000, immutable) and fingerprinted file names."
        }
      );
    else assetsOk++;
    judgeCompression(asset.url, response, rules, found);
  }
  if (assetsOk > 0) found.pass(`${plural(assetsOk, "static file")} cacheable for at least ${formatDuration(minAge * 1e3)}.`);
}
function noteThirdParty(assets, found) {
  if (assets.length === 0) return;
  const hosts = [...new Set(assets.map((a) => new URL(a.resource.url).host))];
  found.info(`${plural(assets.length, "third-party file")} (${hosts.join(", ")}) not judged: not the site's, they cannot be fixed here.`);
  for (const { resource, response } of assets)
    if (response instanceof NetworkError)
      found.info(
        `${capitalise(withArticle(resource.kind))} of ${new URL(resource.url).host} could not be fetched: ${response.message} (not the site's: nothing to fix here).`,
        {
          target: resource.url
        }
      );
}
function judgeCompression(url, response, rules, found) {
  const type = response.headers["content-type"] ?? "";
  const encoding = response.headers["content-encoding"];
  if (!TEXT.test(type) || response.status >= 400) return;
  if (encoding && /\b(br|gzip|zstd|deflate)\b/.test(encoding)) return;
  if (Buffer.byteLength(response.body) < rules.minCompressBytes) return;
  found.fail(`Served uncompressed (${type.split(";")[0]}).`, {
    target: url,
    data: { bytes: response.bytes },
    fix: "Compress text answers with Brotli or gzip (nginx: gzip on; gzip_types text/css application/javascript image/svg+xml; CloudFront: Compress objects automatically)."
  });
}
function judgeCdn(target, repeated, rules, found) {
  const expected = rules.cdn === "required" || rules.cacheHitRatio > 0;
  const status = cacheStatus(repeated.headers);
  if (status?.hit) return found.pass(`A repeated request for the home page is served from the cache (${status.evidence}).`, { target });
  const seen = status ? `it was not a hit (${status.evidence})` : "no cache header at all (x-cache, cf-cache-status, age\u2026): no CDN seems to be in front";
  if (!expected) return found.info(`A repeated request for the home page: ${seen}.`, { target });
  found.fail(`The plan counts on a ${formatNumber(rules.cacheHitRatio * 100)} % CDN hit ratio, but on a repeated request for the home page ${seen}.`, {
    target,
    fix: "Put the CDN in front of the home page and check its cache policy forwards no cookie or header that splits the cache; or lower event.cacheHitRatio to what the CDN really does."
  });
}
export {
  caching_default as default,
  judge
};
