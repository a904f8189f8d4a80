import { z } from 'zod';
import { Duration, Timeout } from '../../src/config/schema.js';
import { defineCheck, type CheckContext, type Evidence } from '../../src/core/check.js';
import { browserCacheTtl, cacheStatus, sharedCacheTtl } from '../../src/web/cache-headers.js';
import { fetcher, fetchPageAssets, type Fetch } from '../../src/web/assets.js';
import { NetworkError, type HttpResponse } from '../../src/web/http.js';
import { mapLimit } from '../../src/util/limit.js';
import { isSuccess, notThePage } from '../../src/web/page-status.js';
import { failOrPass, remediationList } from '../../src/core/outcome.js';
import { contentPages } from '../../src/web/site.js';
import { capitalise, formatNumber, withArticle } from '../../src/report/text.js';
import { formatDuration } from '../../src/util/duration.js';

const Options = z.strictObject({
  minAssetMaxAge: Duration.prefault('1d').describe('Static assets must be cacheable at least this long.'),
  minCompressBytes: z.number().int().min(0).default(1024).describe('Text answers smaller than this need not be compressed.'),
  cdn: z.enum(['auto', 'required', 'off']).default('auto').describe('Whether a CDN hit must be seen; auto: when event.cacheHitRatio is above 0.'),
  concurrency: z.number().int().min(1).max(64).default(8),
  requestTimeout: Timeout.prefault('10s'),
});
type Ctx = CheckContext<z.output<typeof Options>>;

const TEXT = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/i;
const ACCEPT = { 'accept-encoding': 'br, gzip' };

export default defineCheck({
  meta: {
    id: 'caching',
    title: 'Pages are compressed, assets cacheable, and the home page is served from the CDN',
    failureTitle: 'Caching or compression leaves the origin exposed to the spike',
    description:
      'Fetches every page and the files the home page uses: text must be compressed (br or gzip), static assets cacheable for a day, the home page cacheable by a shared cache, and a second request must hit the CDN when the plan counts on one.',
    options: Options,
    recommended: 'error',
    requires: ['network'],
  },
  async run(ctx) {
    const evidence: Evidence[] = [];
    const { items: remediation, add: fix } = remediationList();
    const get = fetcher((url) => ctx.http.request(url, { headers: ACCEPT, signal: ctx.signal, timeoutMs: ctx.options.requestTimeout }));

    const pages = contentPages(ctx.site);
    const pageResponses = await mapLimit(pages, ctx.options.concurrency, async (url) => ({ url, response: await get(url) }));
    const home = pageResponses[0]!.response;
    if (home instanceof NetworkError)
      return {
        status: 'fail',
        summary: `The home page could not be fetched: ${home.message}`,
        evidence: [{ level: 'fail', message: home.message, target: ctx.site.home }],
      };
    if (!isSuccess(home.status)) {
      const problem = notThePage(ctx.site.home, home.status, 'The home page');
      return { status: 'fail', summary: problem.message, evidence: [problem] };
    }

    // Every page: compressed when it is text of some size.
    for (const { url, response } of pageResponses) {
      if (response instanceof NetworkError) evidence.push({ level: 'fail', message: `Could not fetch: ${response.message}`, target: url });
      else if (!isSuccess(response.status)) evidence.push(notThePage(url, response.status));
      else judgeCompression(ctx, url, response, evidence, fix);
    }

    // The home page: a shared cache may keep it, or every visitor reaches the origin.
    const homeTtl = sharedCacheTtl(home.headers);
    const { targets } = ctx.plan;
    if (homeTtl > 0)
      evidence.push({
        level: 'pass',
        message: `The home page is cacheable by a CDN for ${formatDuration(homeTtl * 1000)}.`,
        target: ctx.site.home,
        data: { cacheControl: home.headers['cache-control'] },
      });
    else {
      const atZero = targets.requestsPerSecond!;
      // A plan that counts on no CDN hit already sends every request to the origin: a warning, not a blocker.
      evidence.push({
        level: ctx.config.event.cacheHitRatio > 0 || ctx.options.cdn === 'required' ? 'fail' : 'warn',
        message: `The home page is not cacheable by a shared cache (Cache-Control: ${home.headers['cache-control'] ?? 'none'}): every visitor reaches the origin, so the plan's ${formatNumber(targets.originRequestsPerSecond!)} origin req/s becomes ${formatNumber(atZero)} req/s at a 0 % hit ratio.`,
        target: ctx.site.home,
        data: { cacheControl: home.headers['cache-control'], originRequestsPerSecondAtZeroHits: atZero },
      });
      fix(
        'Make the home page cacheable by the CDN: Cache-Control: public, s-maxage=60 (or longer), without private or no-store; keep personal content out of it.',
      );
    }

    // The files the home page uses: long-lived and compressed.
    const assets = await fetchPageAssets(get, home.url, home.body, ctx.options.concurrency);
    const minAge = ctx.options.minAssetMaxAge / 1000;
    let assetsOk = 0;
    for (const { resource: asset, response } of assets) {
      if (response instanceof NetworkError) {
        evidence.push({ level: 'fail', message: `${capitalise(withArticle(asset.kind))} could not be fetched: ${response.message}`, target: asset.url });
        continue;
      }
      if (response.status >= 400) continue; // broken files are the error-pages and mobile-rendering checks' findings
      const ttl = browserCacheTtl(response.headers);
      if (ttl < minAge) {
        evidence.push({
          level: 'fail',
          message: `${capitalise(withArticle(asset.kind))} is cacheable for ${ttl > 0 ? formatDuration(ttl * 1000) : 'no time at all'} (at least ${formatDuration(minAge * 1000)} expected; Cache-Control: ${response.headers['cache-control'] ?? 'none'}).`,
          target: asset.url,
        });
        fix('Serve static assets with a long lifetime (Cache-Control: public, max-age=31536000, immutable) and fingerprinted file names.');
      } else assetsOk++;
      judgeCompression(ctx, asset.url, response, evidence, fix);
    }
    if (assetsOk > 0)
      evidence.push({ level: 'pass', message: `${assetsOk} static file${assetsOk === 1 ? '' : 's'} cacheable for at least ${formatDuration(minAge * 1000)}.` });

    await judgeCdn(ctx, get, evidence, fix);
    return failOrPass(evidence, remediation, `Compressed pages, cacheable assets, and a home page the CDN keeps for ${formatDuration(homeTtl * 1000)}.`);
  },
});

function judgeCompression(ctx: Ctx, url: string, response: HttpResponse, evidence: Evidence[], fix: (action: string) => void): void {
  const type = response.headers['content-type'] ?? '';
  const encoding = response.headers['content-encoding'];
  if (!TEXT.test(type) || response.status >= 400) return;
  if (encoding && /\b(br|gzip|zstd|deflate)\b/.test(encoding)) return;
  if (Buffer.byteLength(response.body) < ctx.options.minCompressBytes) return;
  evidence.push({ level: 'fail', message: `Served uncompressed (${formatNumber(response.bytes)} bytes of ${type.split(';')[0]}).`, target: url });
  fix(
    'Compress text answers with Brotli or gzip (nginx: gzip on; gzip_types text/css application/javascript image/svg+xml; CloudFront: Compress objects automatically).',
  );
}

async function judgeCdn(ctx: Ctx, get: Fetch, evidence: Evidence[], fix: (action: string) => void): Promise<void> {
  if (ctx.options.cdn === 'off') return;
  const expected = ctx.options.cdn === 'required' || ctx.config.event.cacheHitRatio > 0;
  // The first request warms the cache; the second must be a hit.
  await get(ctx.site.home);
  const second = await get(ctx.site.home);
  if (second instanceof NetworkError) return;
  const status = cacheStatus(second.headers);
  if (status?.hit) {
    evidence.push({ level: 'pass', message: `A repeated request for the home page is served from the cache (${status.evidence}).`, target: ctx.site.home });
    return;
  }
  const seen = status ? `it was not a hit (${status.evidence})` : 'no cache header at all (x-cache, cf-cache-status, age…): no CDN seems to be in front';
  const level = expected ? 'fail' : 'info';
  const plan = expected
    ? `The plan counts on a ${formatNumber(ctx.config.event.cacheHitRatio * 100)} % CDN hit ratio, but on a repeated request for the home page ${seen}.`
    : `A repeated request for the home page: ${seen}.`;
  evidence.push({ level, message: plan, target: ctx.site.home });
  if (expected)
    fix(
      'Put the CDN in front of the home page and check its cache policy forwards no cookie or header that splits the cache; or lower event.cacheHitRatio to what the CDN really does.',
    );
}
