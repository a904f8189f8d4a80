import { z } from 'zod';
import { defineCheck, findings, plural, type CheckContext, type Findings, RequestTimeout } from '../../src/check/index.js';
import { fetcher, fetchPageAssets } from '../../src/web/assets.js';
import { hasMarker, parseHtml, visibleText } from '../../src/web/html.js';
import { NetworkError, type HttpResponse } from '../../src/web/http.js';
import { withArticle } from '../../src/report/text.js';
import { stockPageOf } from './stock-pages.js';
import { isOwnUrl } from '../../src/web/site.js';

const Options = z.strictObject({
  minTextLength: z.number().int().min(0).default(40).describe('Fewer visible characters than this is a near-empty page.'),
  pageStatus: z.number().int().min(200).max(599).default(200).describe('Status the error pages answer when requested directly.'),
  forcedStatus: z.number().int().min(500).max(599).default(503).describe('Status the forced-error URL must answer.'),
  requestTimeout: RequestTimeout,
  concurrency: z.number().int().min(1).max(32).default(6).describe('Subresource requests at once.'),
});
type Ctx = CheckContext<z.output<typeof Options>>;

const FIXES: Record<string, string> = {
  nginx: 'nginx: add `error_page 404 /404.html;` and `error_page 500 502 503 504 /503.html;` (with `proxy_intercept_errors on;` behind a proxy).',
  'the AWS load balancer (awselb/2.0)':
    'The load balancer answers by itself when no target is healthy: put CloudFront in front with custom error responses to a page on S3, or add a fixed-response rule.',
  CloudFront: 'CloudFront: add custom error responses (403, 404, 500, 502, 503, 504) pointing to branded pages.',
  'Amazon S3': 'S3: set the website ErrorDocument, or a CloudFront custom error response, to a branded page.',
  Express: 'Express: end the middleware chain with a handler that answers 404 with the branded page.',
};

export default defineCheck({
  meta: {
    id: 'error-pages',
    title: 'Error pages are branded, complete and answer the right status',
    failureTitle: 'A visitor can meet a blank, stock or broken error page',
    description:
      "Probes a path that cannot exist (it must answer 404 with the site's own page), fetches the 503, maintenance and plan-B pages with every file they use, and the forced-error URL. It recognises the stock pages of 31 servers, frameworks, proxies and hosts (nginx, Apache, IIS, Caddy, Traefik, HAProxy, Envoy, Varnish, CloudFront, Cloudflare, Fastly, Akamai, Netlify, Vercel, GitHub Pages, Heroku…), and a page is the site's own only with site.marker, or, without one, when it shares the home page's title, a stylesheet, the navigation or the logo.",
    options: Options,
    recommended: 'error',
    requires: ['network'],
  },
  async run(ctx) {
    const { errorPages } = ctx.site;
    const found = findings();
    const home = await homeSignals(ctx);
    const tasks: Promise<void>[] = [probeNotFound(ctx, home, found)];
    const pages = Object.entries({
      '503 page': errorPages.serviceUnavailable,
      'maintenance page': errorPages.maintenance,
      'plan-B overflow page': errorPages.overflow,
    });
    for (const [name, url] of pages) if (url) tasks.push(checkErrorPage(ctx, name, url, home, found));
    if (errorPages.forcedError) tasks.push(probeForcedError(ctx, errorPages.forcedError, home, found));
    await Promise.all(tasks);

    if (!errorPages.serviceUnavailable && !errorPages.overflow)
      found.warn('No branded 503 page and no plan-B overflow page are configured, so neither was proven.', {
        fix: 'Create a branded 503 page and a plan-B overflow page, then set site.errorPages.serviceUnavailable and site.errorPages.overflow.',
      });
    const proven = pages.filter(([, url]) => url).length + (errorPages.forcedError ? 1 : 0);
    return found.outcome(`The 404 probe and ${plural(proven, 'error page')} are branded and complete.`);
  },
});

const get = (ctx: Ctx, url: string) => fetcher((u) => ctx.http.request(u, { signal: ctx.signal, timeoutMs: ctx.options.requestTimeout }))(url);

/** What is wrong with an error page's body: a stock page, a near-empty page, or a page not proven to be the site's. */
function judgeBody(ctx: Ctx, response: HttpResponse, home: SiteSignals | undefined): { problem?: string; fix?: string; level?: 'fail' | 'warn' } {
  const root = parseHtml(response.body);
  const text = visibleText(root);
  const stock = stockPageOf(response, text);
  // A framework's default message inside the site's own layout (Next.js's not-found text under the site's header)
  // still shows the site: a warning about the words, not a stock page.
  const branded = ctx.site.marker ? hasMarker(root, ctx.site.marker) : Boolean(home && sharesWith(siteSignals(root, response.url), home));
  if (stock && branded)
    return {
      level: 'warn',
      problem: `the site's page, but with the default message of ${stock}`,
      fix: `Write the page's message for the site's visitors (in French, with where to go next) instead of ${stock}'s default text.`,
    };
  if (stock) return { problem: `the stock error page of ${stock}`, fix: FIXES[stock] ?? `Replace ${stock}'s default error page with a branded one.` };
  if (text.length < ctx.options.minTextLength)
    return {
      problem: `a near-empty page (${text.length} visible characters${text ? `: "${text.slice(0, 60)}"` : ''})`,
      fix: 'Serve a real page: the brand, what happened, and where to go next.',
    };
  if (ctx.site.marker)
    return hasMarker(root, ctx.site.marker)
      ? {}
      : { problem: `a page without the site's marker "${ctx.site.marker}"`, fix: "Make the error pages carry the site's branding (or correct site.marker)." };
  // Without a marker, a page of a server primetime does not know could pass for the site's: it must share
  // something of the home page (its title's brand, a stylesheet, the navigation, the logo) to be taken for it.
  if (!home || !sharesWith(siteSignals(root, response.url), home))
    return {
      level: 'warn',
      problem: `not proven to be the site's own page: it shares no title, stylesheet, navigation link or logo with the home page${home ? '' : ' (which could not be read)'}`,
      fix: 'Set site.marker to a text (or #id, .class) only the site\'s own pages contain, so every error page is proven branded ("npx primetime init" proposes one).',
    };
  return {};
}

/** What makes a page look like the site's: its title's parts, stylesheets, navigation links and logo. */
interface SiteSignals {
  titleParts: Set<string>;
  stylesheets: Set<string>;
  navigation: Set<string>;
  logos: Set<string>;
}

function siteSignals(root: ReturnType<typeof parseHtml>, pageUrl: string): SiteSignals {
  const path = (href: string | undefined) => {
    try {
      return href ? new URL(href, pageUrl).pathname : undefined;
    } catch {
      return undefined;
    }
  };
  const set = (values: (string | undefined)[]) => new Set(values.filter((v): v is string => Boolean(v && v !== '/')));
  return {
    titleParts: set(
      (root.querySelector('title')?.textContent ?? '')
        .split(/\s[-|·—–:]\s/)
        .map((part) => part.trim().toLowerCase())
        .filter((part) => part.length >= 3),
    ),
    stylesheets: set(root.querySelectorAll('link[rel~=stylesheet]').map((link) => path(link.getAttribute('href')))),
    navigation: set(root.querySelectorAll('nav a[href], header a[href]').map((a) => path(a.getAttribute('href')))),
    logos: set(root.querySelectorAll('header img, [class*=logo] img, img[class*=logo], img[alt*=logo i]').map((img) => path(img.getAttribute('src')))),
  };
}

function sharesWith(page: SiteSignals, home: SiteSignals): boolean {
  return (Object.keys(home) as (keyof SiteSignals)[]).some((key) => [...page[key]].some((value) => home[key].has(value)));
}

async function homeSignals(ctx: Ctx): Promise<SiteSignals | undefined> {
  if (ctx.site.marker) return undefined;
  const response = await get(ctx, ctx.site.home);
  return response instanceof NetworkError || response.status >= 400 ? undefined : siteSignals(parseHtml(response.body), response.url);
}

async function probeNotFound(ctx: Ctx, home: SiteSignals | undefined, found: Findings): Promise<void> {
  const url = ctx.site.errorPages.notFoundProbe;
  const response = await get(ctx, url);
  if (response instanceof NetworkError) {
    found.fail(`The 404 probe could not be fetched: ${response.message}`, { target: url });
    return;
  }
  const location = response.headers.location;
  if (response.status === 200 || (response.status >= 300 && response.status < 400 && location && new URL(location, url).pathname === '/')) {
    found.fail(`Soft 404: a path that cannot exist answered ${response.status}${location ? ` → ${location}` : ''} instead of 404.`, {
      target: url,
      data: { status: response.status },
      fix: "Answer unknown paths with status 404 and the site's own page: a 200 lets caches and search engines keep error pages as content.",
    });
    return;
  }
  if (response.status !== 404) {
    found.fail(`A path that cannot exist answered ${response.status} instead of 404.`, {
      target: url,
      data: { status: response.status },
      fix: "Answer unknown paths with status 404 and the site's own page.",
    });
    return;
  }
  const verdict = judgeBody(ctx, response, home);
  if (verdict.problem)
    found.add(
      { level: verdict.level ?? 'fail', message: `The 404 answer is ${verdict.problem}.`, target: url, data: { status: 404, server: response.headers.server } },
      verdict.fix,
    );
  else found.pass(`A missing path answers 404 with the site's own page.`, { target: url });
}

async function checkErrorPage(ctx: Ctx, name: string, url: string, home: SiteSignals | undefined, found: Findings): Promise<void> {
  const response = await get(ctx, url);
  const publish = `Publish the ${name} at ${url}, or correct its URL in site.errorPages.`;
  if (response instanceof NetworkError) return found.fail(`The ${name} could not be fetched: ${response.message}`, { target: url, fix: publish });
  if (response.status !== ctx.options.pageStatus)
    return found.fail(`The ${name} answered ${response.status} (expected ${ctx.options.pageStatus}).`, {
      target: url,
      data: { status: response.status },
      fix: publish,
    });
  const verdict = judgeBody(ctx, response, home);
  if (verdict.problem) found.add({ level: verdict.level ?? 'fail', message: `The ${name} is ${verdict.problem}.`, target: url }, verdict.fix);
  const originHost = new URL(ctx.site.baseUrl).host;
  const independent = ctx.site.errorPages.independentOfOrigin;
  if (independent && new URL(url).host === originHost)
    found.fail(`The ${name} is served by the origin host ${originHost}: it fails with the origin.`, {
      target: url,
      fix: 'Serve the error and plan-B pages from a host that does not depend on the origin (for example S3 behind the CDN).',
    });

  const assets = await fetchPageAssets((u) => get(ctx, u), url, response.body, ctx.options.concurrency);
  const failing = assets.filter(({ response: r }) => r instanceof NetworkError || r.status >= 400);
  // A third-party file that fails is noted: nothing the team can fix on its own hosts.
  const broken = failing.filter(({ resource }) => isOwnUrl(ctx.site, resource.url));
  for (const { resource, response: r } of failing.filter((asset) => !broken.includes(asset)))
    found.info(
      `The ${name} uses ${withArticle(resource.kind)} of ${new URL(resource.url).host} that does not load (${loadFailure(r)}): not the site's, nothing to fix here.`,
      {
        target: resource.url,
      },
    );
  for (const { resource, response: r } of broken) {
    found.fail(`The ${name} uses ${withArticle(resource.kind)} that does not load (${loadFailure(r)}).`, {
      target: resource.url,
      data: { page: url },
      fix: 'Publish every file the error pages use, or inline them: an error page must render on its own.',
    });
  }
  if (independent)
    for (const { resource } of assets.filter(({ resource }) => new URL(resource.url).host === originHost))
      found.fail(`The ${name} loads ${withArticle(resource.kind)} from the origin host ${originHost}: it breaks with the origin.`, { target: resource.url });
  if (!verdict.problem && broken.length === 0)
    found.pass(`The ${name} answers ${response.status} and its ${plural(assets.length, 'file')} load.`, { target: url });
}

const loadFailure = (response: HttpResponse | NetworkError) => (response instanceof NetworkError ? response.message : `status ${response.status}`);

async function probeForcedError(ctx: Ctx, url: string, home: SiteSignals | undefined, found: Findings): Promise<void> {
  const response = await get(ctx, url);
  if (response instanceof NetworkError) return found.fail(`The forced-error URL could not be fetched: ${response.message}`, { target: url });
  if (response.status !== ctx.options.forcedStatus)
    return found.fail(`The forced-error URL answered ${response.status} (expected ${ctx.options.forcedStatus}).`, {
      target: url,
      fix: 'Keep a URL that answers 503 on purpose, so the branded error path can be proven before the show.',
    });
  const verdict = judgeBody(ctx, response, home);
  if (verdict.problem)
    found.add(
      {
        level: verdict.level ?? 'fail',
        message: `A real ${response.status} shows ${verdict.problem}.`,
        target: url,
        data: { status: response.status, server: response.headers.server },
      },
      verdict.fix,
    );
  else found.pass(`A real ${response.status} shows the branded page.`, { target: url });
}
