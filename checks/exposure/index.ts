import { z } from 'zod';
import { defineCheck, findings, plural, type Findings, RequestTimeout } from '../../src/check/index.js';
import { mapLimit } from '../../src/util/limit.js';
import { NetworkError, type HttpResponse } from '../../src/web/http.js';
import { LISTED_FOLDERS, LISTING_PROBE, leftovers, PROBES, type Probe } from './probes.js';

const Options = z.strictObject({
  origins: z
    .array(z.url({ protocol: /^https?$/ }))
    .default([])
    .describe('Origins reached directly, behind the CDN (https://origin.example.fr): what the CDN hides may still be served there.'),
  paths: z.array(z.string().regex(/^\//, 'a path such as /old-site.zip')).default([]).describe('More paths that must not be served (a 200 of them fails).'),
  maxBytes: z.number().int().min(256).max(65_536).default(4_096).describe('Bytes read of each answer: enough to recognise a leak, never a download.'),
  requestTimeout: RequestTimeout,
});
export type Options = z.output<typeof Options>;

export default defineCheck({
  meta: {
    id: 'exposure',
    title: 'No repository, secret, dump or admin page is served',
    failureTitle: 'The site serves a file that gives it away',
    description:
      "Asks every configured host, and each origin reached directly, for what a broadcast's visibility brings attackers to look for: /.git, /.env, /.svn, .DS_Store, dumps and backups (of the pages too), directory listings, server-status and phpinfo, admin and install pages. Each must answer 404 or 403, or the site's own page without the tell-tale content; a leak names the URL and what it revealed, masked. GET only, a few KB each.",
    options: Options,
    recommended: 'error',
    requires: ['network'],
  },
  async run(ctx) {
    const origins = [...new Set([ctx.site.baseUrl, ...ctx.site.hosts, ...ctx.options.origins].map((url) => new URL(url).origin))];
    const probes = probesFor([ctx.site.home, ...ctx.site.pages], ctx.options.paths);
    const asks = origins.flatMap((origin) => probes.map((probe) => ({ origin, probe })));
    const answers = await mapLimit(asks, 6, async ({ origin, probe }) => ({
      origin,
      probe,
      answer: await ctx.http
        .request(`${origin}${probe.path}`, { maxBytes: ctx.options.maxBytes, timeoutMs: ctx.options.requestTimeout, signal: ctx.signal })
        .catch((error: unknown) => (error instanceof NetworkError ? error : Promise.reject(error))),
    }));
    const found = findings();
    for (const origin of origins)
      judgeOrigin(
        origin,
        answers.filter((a) => a.origin === origin),
        found,
      );
    return found.outcome(`${plural(origins.length, 'host')} × ${plural(probes.length, 'path')}: nothing served that gives the site away.`);
  },
});

/** The fixed probes, the folders that may list, each page's editor leftovers, and the config's own paths. */
export function probesFor(pages: string[], extra: string[]): Probe[] {
  const paths = [...new Set(pages.map((url) => new URL(url).pathname))];
  const own: Probe[] = extra.map((path) => ({ path, what: 'a path the config names', tell: /[\s\S]/, revealed: () => 'its content' }));
  return [...PROBES, ...LISTED_FOLDERS.map(LISTING_PROBE), ...paths.flatMap(leftovers), ...own];
}

export interface Asked {
  probe: Probe;
  answer: HttpResponse | NetworkError;
}

/** A leak is a 2xx with the tell; probes that got no answer make the host unverified, never passed. */
export function judgeOrigin(origin: string, asked: Asked[], found: Findings): void {
  const leaks = asked.filter(({ answer, probe }) => !(answer instanceof NetworkError) && answer.status < 300 && probe.tell.test(answer.body));
  for (const { probe, answer } of leaks)
    found.fail(`${(answer as HttpResponse).url} serves ${probe.what}: it reveals ${probe.revealed((answer as HttpResponse).body)}.`, {
      target: `${origin}${probe.path}`,
      fix: {
        action: `Remove ${probe.path} from what ${origin} serves and deny the path at the server and the CDN (nginx: location ~ /\\.(?!well-known) { deny all; }); change any secret it held: it must be taken as known.`,
      },
    });
  const unanswered = asked.filter(({ answer }) => answer instanceof NetworkError);
  if (unanswered.length)
    found.unverified(
      `${origin}: ${plural(unanswered.length, 'path')} of ${asked.length} got no answer (${(unanswered[0]!.answer as NetworkError).message}), so what ${unanswered.length === 1 ? 'it serves is' : 'they serve is'} not proven.`,
      { target: origin },
    );
  const answered = asked.length - unanswered.length;
  if (leaks.length === 0 && answered > 0)
    found.pass(`${origin}: none of ${plural(answered, 'path')} gives the site away (404, 403, a redirect or the site's own page).`, { target: origin });
}
