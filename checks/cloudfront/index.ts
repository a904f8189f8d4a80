import { z } from 'zod';
import { awsPreflight } from '../../src/aws/check.js';
import { defineCheck, findings, formatDuration, type CheckContext, type Findings, Duration } from '../../src/check/index.js';
import { NetworkError } from '../../src/web/http.js';
import { judgeFailover, judgeSecondary, secondaryUrl } from './failover.js';
import { readDistributions, type Distribution } from './read.js';

const Options = z.strictObject({
  distributions: z.array(z.string().min(1)).default([]).describe('CloudFront distribution ids.'),
  errorCodes: z.array(z.number().int().min(400).max(599)).default([500, 502, 503, 504]),
  maxErrorCachingTtl: Duration.prefault('30s').describe('Error pages cached longer than this keep visitors on an error after the origin recovers.'),
  originFailover: z
    .boolean()
    .default(false)
    .describe('Plan B is an origin group: the site and the funnel fail over to a secondary origin that answers the branded plan-B page.'),
});
export type Options = z.output<typeof Options>;

export default defineCheck({
  meta: {
    id: 'cloudfront',
    title: 'CloudFront serves branded error pages, briefly cached, behind a WAF',
    failureTitle: 'CloudFront would show raw errors, keep them cached, or runs without a WAF',
    description:
      "Reads each distribution's configuration: custom error responses for 500, 502, 503 and 504, each with a page path and a short error-caching TTL; a WebACL attached; origin read timeouts set against the site's measured response time. With originFailover, the behaviours serving the site and the funnel fail over to a secondary origin that answers the branded plan-B page.",
    options: Options,
    recommended: 'error',
    requires: ['aws', 'network'],
    permissions: ['cloudfront:GetDistributionConfig'],
  },
  watched: ({ distributions }) => ({ distributions }),
  async run(ctx) {
    if (ctx.options.distributions.length === 0) return { status: 'skip', summary: 'No CloudFront distribution configured (distributions).' };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const distributions = await readDistributions(ctx, ctx.options.distributions, found);
    // The slowest answer a visitor may wait for: the home page, measured now.
    const measuredMs = await ctx.http.request(ctx.site.home, { signal: ctx.signal }).then(
      (r) => r.timeMs,
      (e: unknown) => (e instanceof NetworkError ? undefined : Promise.reject(e)),
    );
    for (const distribution of distributions) judge(distribution, measuredMs, ctx.options, found);
    if (ctx.options.originFailover) await proveFailover(ctx, distributions, found);
    return found.outcome('Branded error pages for every 5xx, briefly cached, and a WebACL on every distribution.');
  },
});

/** Each distribution's failover wiring, then each secondary origin asked for the home page as CloudFront would. */
async function proveFailover(ctx: CheckContext<Options>, distributions: Distribution[], found: Findings): Promise<void> {
  const funnel = ctx.site.funnel.map((step) => new URL(step.url).pathname);
  const secondaries = distributions.flatMap((d) => judgeFailover(d, funnel, ctx.options.errorCodes, found));
  for (const url of new Set(secondaries.map(secondaryUrl))) {
    const answer = await ctx.http
      .request(url, { signal: ctx.signal, maxBytes: 512_000 })
      .catch((error: unknown) => (error instanceof NetworkError ? error : Promise.reject(error)));
    judgeSecondary(url, answer, ctx.site.marker, found);
  }
}

/** A distribution's error responses, WebACL and origin timeouts, against the options and the home page's measured time. */
export function judge({ id, name, config }: Distribution, measuredMs: number | undefined, options: Options, found: Findings): void {
  const responses = config.CustomErrorResponses?.Items ?? [];
  for (const code of options.errorCodes) {
    const r = responses.find((x) => x.ErrorCode === code);
    if (!r?.ResponsePagePath)
      found.fail(`${name}: no custom error page for ${code}: visitors get CloudFront's raw "${code} ERROR".`, {
        target: id,
        fix: `Add custom error responses for ${options.errorCodes.join(', ')} pointing to the branded 503 page (on S3, so it survives the origin), with ErrorCachingMinTTL of 10 s.`,
      });
    else if ((r.ErrorCachingMinTTL ?? 300) * 1000 > options.maxErrorCachingTtl)
      found.fail(
        `${name}: the ${code} page ${r.ResponsePagePath} is cached ${r.ErrorCachingMinTTL ?? 300} s: visitors keep seeing it after the origin recovers.`,
        {
          target: id,
          fix: `Set ErrorCachingMinTTL to 10 s or less on the custom error responses.`,
        },
      );
    else found.pass(`${name}: ${code} → ${r.ResponsePagePath} (cached ${r.ErrorCachingMinTTL} s).`, { target: id });
  }
  if (config.WebACLId) found.pass(`${name}: WebACL attached (${config.WebACLId}).`, { target: id });
  else
    found.fail(`${name}: no WebACL attached: nothing filters a flood or a bot before the origin.`, {
      target: id,
      fix: 'Attach an AWS WAF WebACL (managed rules, and a rate-based rule sized for shared carrier addresses: see the waf check).',
    });
  for (const origin of config.Origins?.Items ?? []) {
    const timeout = origin.CustomOriginConfig?.OriginReadTimeout;
    if (timeout === undefined) continue;
    const slow = measuredMs !== undefined && measuredMs >= timeout * 1000 * 0.5;
    const answered = measuredMs === undefined ? 'no measurable time (unreachable)' : formatDuration(measuredMs);
    (slow ? found.warn : found.info)(
      `${name}: origin ${origin.DomainName} read timeout ${timeout} s; the home page answered in ${answered}${slow ? ': under load it will pass the timeout and CloudFront will answer 504' : ''}.`,
      { target: id },
    );
  }
}
