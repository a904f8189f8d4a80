import { z } from 'zod';
import { defineCheck, findings, plural, RequestTimeout } from '../../src/check/index.js';
import { httpForm, isLoopback } from '../../src/web/hosts.js';
import { mapLimit } from '../../src/util/limit.js';
import { describeChain, followRedirects, type Chain } from './follow.js';

const Options = z.strictObject({
  maxHops: z.number().int().min(0).max(10).default(2).describe('Redirects allowed before the canonical page.'),
  requirePermanent: z.boolean().default(true).describe('Temporary redirects (302, 303, 307) fail: browsers and caches do not keep them.'),
  requestTimeout: RequestTimeout,
});

const TEMPORARY = new Set([302, 303, 307]);

export default defineCheck({
  meta: {
    id: 'redirects',
    title: 'Every host reaches the canonical HTTPS page in few permanent hops',
    failureTitle: 'A host loops, redirects too often, temporarily, or away from the canonical site',
    description:
      'Follows the redirects from every configured host, and from the http:// form of each, hop by hop: each must end on the canonical site with a 200, in at most maxHops permanent redirects and without loops.',
    options: Options,
    recommended: 'error',
    requires: ['network'],
  },
  async run(ctx) {
    const canonical = new URL(ctx.site.baseUrl);
    const starts = [...new Set([ctx.site.baseUrl, ...ctx.site.hosts].flatMap((url) => [url, httpForm(url)]))];
    const chains = await mapLimit(starts, 6, (start) => followRedirects(ctx.http, start, { signal: ctx.signal, timeoutMs: ctx.options.requestTimeout }));
    const found = findings();
    if (canonical.protocol !== 'https:' && !isLoopback(ctx.site.baseUrl))
      found.fail(`The canonical URL ${ctx.site.baseUrl} is not HTTPS.`, {
        target: ctx.site.baseUrl,
        fix: 'Serve the site over HTTPS and set site.baseUrl to the https:// URL.',
      });
    for (const chain of chains) {
      const problems = judge(chain, canonical, ctx.options);
      const details = { target: chain.start, data: { chain: chain.hops, redirects: Math.max(0, chain.hops.length - 1) } };
      if (problems.length === 0) found.pass(describeChain(chain), details);
      for (const { message, fix } of problems) found.fail(`${message}: ${describeChain(chain)}`, { ...details, fix });
    }
    return found.outcome(
      `${plural(chains.length, 'entry URL')} ${chains.length === 1 ? 'reaches' : 'reach'} ${canonical.origin} in at most ${ctx.options.maxHops} permanent redirects.`,
    );
  },
});

export function judge(chain: Chain, canonical: URL, options: z.output<typeof Options>): { message: string; fix: string }[] {
  if (chain.error) return [{ message: 'Unreachable', fix: 'Make every configured host answer, or remove it from site.hosts.' }];
  if (chain.loop) return [{ message: 'Redirect loop', fix: 'Break the loop: usually two rules (HTTP→HTTPS and www) that undo each other.' }];
  const redirects = chain.hops.filter((hop) => hop.location);
  const problems: { message: string; fix: string }[] = [];
  if (!chain.final)
    return [{ message: `More than ${options.maxHops} redirects`, fix: 'Redirect each entry URL straight to the canonical https URL in one hop.' }];
  if (redirects.length > options.maxHops)
    problems.push({
      message: `${redirects.length} redirects (at most ${options.maxHops})`,
      fix: 'Redirect each entry URL straight to the canonical https URL in one hop: each hop costs every visitor a round trip.',
    });
  const temporary = redirects.filter((hop) => TEMPORARY.has(hop.status));
  if (options.requirePermanent && temporary.length > 0)
    problems.push({
      message: `Temporary redirect (${temporary.map((h) => h.status).join(', ')})`,
      fix: 'Use 301 or 308: browsers and caches keep permanent redirects, temporary ones cost a round trip every time.',
    });
  const finalUrl = new URL(chain.final.url);
  if (finalUrl.origin !== canonical.origin)
    problems.push({ message: `Ends on ${finalUrl.origin}, not the canonical ${canonical.origin}`, fix: `Redirect every host to ${canonical.origin}.` });
  if (chain.final.status !== 200) problems.push({ message: `Ends with status ${chain.final.status}`, fix: 'Make the canonical page answer 200.' });
  return problems;
}
