import { z } from 'zod';
import { defineCheck, findings, formatNumber, pagePath, plural, type Findings, Fraction, RequestTimeout, UrlOrPath } from '../../src/check/index.js';
import { isOwnPage } from '../../src/web/html.js';
import { NetworkError, type HttpResponse } from '../../src/web/http.js';

const SWITCH_EXPECTED = 'expected { header, value }, { cookie: "name=value" }, { query: "name=value" } or { host: "https://light.example.fr" }';
const Switch = z.union(
  [
    z.strictObject({ header: z.string().regex(/^[A-Za-z0-9-]+$/, 'a header name such as X-Peak-Mode'), value: z.string() }),
    z.strictObject({ cookie: z.string().regex(/^[^=;\s]+=[^;\s]*$/, 'name=value') }),
    z.strictObject({ query: z.string().regex(/^[^=&?]+=[^&]*$/, 'name=value') }),
    z.strictObject({ host: z.url({ protocol: /^https?$/ }) }),
  ],
  { error: SWITCH_EXPECTED },
);
export type PeakSwitch = z.output<typeof Switch>;

const Options = z.strictObject({
  switch: Switch.optional().describe(
    'How the team turns peak mode on, as a request can carry it: a header, a cookie, a query parameter, or the light site\u2019s host.',
  ),
  heavyPages: z.array(UrlOrPath).default([]).describe('Pages that go light (or to the plan-B page) in peak mode.'),
  lightMarker: z.string().optional().describe('Text only the light versions contain.'),
  maxShare: Fraction.prefault(0.6).describe('Without a lightMarker, a light version weighs at most this share of the full page.'),
  requestTimeout: RequestTimeout,
});
export type Options = z.output<typeof Options>;

export default defineCheck({
  meta: {
    id: 'peak-mode',
    title: 'Peak mode lightens the heavy pages and keeps the funnel whole',
    failureTitle: 'Peak mode leaves a heavy page heavy, or breaks the funnel',
    description:
      "Asks each heavy page with the team's peak-mode switch on (a header, a cookie, a query parameter or the light host) and without: with it, the page must answer its light version (lightMarker, or at most maxShare of the full page's weight) or redirect to the plan-B page; every funnel step must still answer 200 with the site's marker. GET only: the switch is carried by the requests, never set on the site.",
    options: Options,
    requires: ['network'],
  },
  // With a lightMarker, the watch tells the live mode from the first heavy page as visitors get it.
  watched: ({ heavyPages, lightMarker }) => (heavyPages[0] && lightMarker ? { peakMode: { page: heavyPages[0], lightMarker } } : {}),
  async run(ctx) {
    const { switch: on, heavyPages } = ctx.options;
    if (!on || heavyPages.length === 0) return { status: 'skip', summary: 'No peak mode configured (switch, heavyPages).' };
    const found = findings();
    const get = (url: string, switched: boolean) => {
      const request = switched ? switchedRequest(url, on) : { url, headers: {} };
      return ctx.http
        .request(request.url, { headers: request.headers, timeoutMs: ctx.options.requestTimeout, signal: ctx.signal })
        .catch((error: unknown) => (error instanceof NetworkError ? error : Promise.reject(error)));
    };
    const rules = { ...ctx.options, overflow: ctx.site.errorPages.overflow };
    for (const page of heavyPages.map((p) => new URL(p, ctx.site.baseUrl).toString()))
      judgeHeavy(page, await get(page, false), await get(page, true), rules, found);
    for (const step of ctx.site.funnel) judgeFunnelStep(step.url, await get(step.url, true), ctx.site.marker, found);
    return found.outcome(`Peak mode lightens ${plural(heavyPages.length, 'heavy page')} and keeps the funnel whole.`);
  },
});

/** The request that carries the switch: a header, a cookie, a query parameter, or the same path on the light host. */
export function switchedRequest(url: string, on: PeakSwitch): { url: string; headers: Record<string, string> } {
  if ('header' in on) return { url, headers: { [on.header]: on.value } };
  if ('cookie' in on) return { url, headers: { cookie: on.cookie } };
  const target = new URL(url);
  if ('query' in on) {
    const [name, value = ''] = on.query.split('=');
    target.searchParams.set(name!, value);
    return { url: target.toString(), headers: {} };
  }
  const light = new URL(on.host);
  return { url: new URL(`${target.pathname}${target.search}`, light).toString(), headers: {} };
}

type Answer = HttpResponse | NetworkError;

export function judgeHeavy(
  page: string,
  full: Answer,
  switched: Answer,
  rules: Pick<Options, 'lightMarker' | 'maxShare'> & { overflow?: string },
  found: Findings,
): void {
  const name = pagePath(page);
  if (full instanceof NetworkError || switched instanceof NetworkError)
    return found.unverified(`${name}: ${(full instanceof NetworkError ? full : (switched as NetworkError)).message}: peak mode is not proven.`, {
      target: page,
    });
  const location = switched.headers.location;
  if (switched.status >= 300 && switched.status < 400 && location && rules.overflow && new URL(location, page).href === rules.overflow)
    return found.pass(`${name}: in peak mode it sends visitors to the plan-B page.`, { target: page });
  const kb = (bytes: number) => `${formatNumber(Math.round(bytes / 1_024))} KB`;
  const light = rules.lightMarker ? switched.body.includes(rules.lightMarker) : switched.bytes <= rules.maxShare * full.bytes && switched.body !== full.body;
  if (switched.status === 200 && light)
    return found.pass(
      `${name}: its light version in peak mode (${kb(switched.bytes)} of ${kb(full.bytes)}${rules.lightMarker ? `, "${rules.lightMarker}"` : ''}).`,
      { target: page },
    );
  found.fail(
    `${name}: with peak mode on it answers ${switched.status}${switched.status === 200 ? `, ${kb(switched.bytes)} against ${kb(full.bytes)} without: not its light version` : ''}.`,
    {
      target: page,
      fix: 'Make the switch serve the light version of the page (or send it to the plan-B page): the heavy page is what falls first at the peak.',
    },
  );
}

export function judgeFunnelStep(url: string, answer: Answer, marker: string | undefined, found: Findings): void {
  const name = pagePath(url);
  if (answer instanceof NetworkError) return found.unverified(`${name}: ${answer.message}: the funnel in peak mode is not proven.`, { target: url });
  if (answer.status === 200 && isOwnPage(answer.body, marker)) return found.pass(`${name}: the funnel answers in peak mode.`, { target: url });
  found.fail(
    `${name}: with peak mode on it answers ${answer.status}${answer.status === 200 ? ' without the site\u2019s marker' : ''}: the funnel breaks when it matters most.`,
    {
      target: url,
      fix: 'Keep the funnel out of what peak mode switches off.',
    },
  );
}
