import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  Fraction,
  RequestTimeout,
  UrlOrPath,
  defineCheck,
  pagePath
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  formatNumber,
  plural
} from "./chunk-KHW7QP7J.js";
import {
  isOwnPage
} from "./chunk-QQOOINLC.js";
import {
  NetworkError
} from "./chunk-DWOR55PJ.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/peak-mode/index.ts
var SWITCH_EXPECTED = 'expected { header, value }, { cookie: "name=value" }, { query: "name=value" } or { host: "https://light.example.fr" }';
var Switch = external_exports.union(
  [
    external_exports.strictObject({ header: external_exports.string().regex(/^[A-Za-z0-9-]+$/, "a header name such as X-Peak-Mode"), value: external_exports.string() }),
    external_exports.strictObject({ cookie: external_exports.string().regex(/^[^=;\s]+=[^;\s]*$/, "name=value") }),
    external_exports.strictObject({ query: external_exports.string().regex(/^[^=&?]+=[^&]*$/, "name=value") }),
    external_exports.strictObject({ host: external_exports.url({ protocol: /^https?$/ }) })
  ],
  { error: SWITCH_EXPECTED }
);
var Options = external_exports.strictObject({
  switch: Switch.optional().describe(
    "How the team turns peak mode on, as a request can carry it: a header, a cookie, a query parameter, or the light site\u2019s host."
  ),
  heavyPages: external_exports.array(UrlOrPath).default([]).describe("Pages that go light (or to the plan-B page) in peak mode."),
  lightMarker: external_exports.string().optional().describe("Text only the light versions contain."),
  maxShare: Fraction.prefault(0.6).describe("Without a lightMarker, a light version weighs at most this share of the full page."),
  requestTimeout: RequestTimeout
});
var peak_mode_default = defineCheck({
  meta: {
    id: "peak-mode",
    title: "Peak mode lightens the heavy pages and keeps the funnel whole",
    failureTitle: "Peak mode leaves a heavy page heavy, or breaks the funnel",
    description: "Asks each heavy page with the team's peak-mode switch on (a header, a cookie, a query parameter or the light host) and without: with it, the page must answer its light version (lightMarker, or at most maxShare of the full page's weight) or redirect to the plan-B page; every funnel step must still answer 200 with the site's marker. GET only: the switch is carried by the requests, never set on the site.",
    options: Options,
    requires: ["network"]
  },
  // With a lightMarker, the watch tells the live mode from the first heavy page as visitors get it.
  watched: ({ heavyPages, lightMarker }) => heavyPages[0] && lightMarker ? { peakMode: { page: heavyPages[0], lightMarker } } : {},
  async run(ctx) {
    const { switch: on, heavyPages } = ctx.options;
    if (!on || heavyPages.length === 0) return { status: "skip", summary: "No peak mode configured (switch, heavyPages)." };
    const found = findings();
    const get = (url, switched) => {
      const request = switched ? switchedRequest(url, on) : { url, headers: {} };
      return ctx.http.request(request.url, { headers: request.headers, timeoutMs: ctx.options.requestTimeout, signal: ctx.signal }).catch((error) => error instanceof NetworkError ? error : Promise.reject(error));
    };
    const rules = { ...ctx.options, overflow: ctx.site.errorPages.overflow };
    for (const page of heavyPages.map((p) => new URL(p, ctx.site.baseUrl).toString()))
      judgeHeavy(page, await get(page, false), await get(page, true), rules, found);
    for (const step of ctx.site.funnel) judgeFunnelStep(step.url, await get(step.url, true), ctx.site.marker, found);
    return found.outcome(`Peak mode lightens ${plural(heavyPages.length, "heavy page")} and keeps the funnel whole.`);
  }
});
function switchedRequest(url, on) {
  if ("header" in on) return { url, headers: { [on.header]: on.value } };
  if ("cookie" in on) return { url, headers: { cookie: on.cookie } };
  const target = new URL(url);
  if ("query" in on) {
    const [name, value = ""] = on.query.split("=");
    target.searchParams.set(name, value);
    return { url: target.toString(), headers: {} };
  }
  const light = new URL(on.host);
  return { url: new URL(`${target.pathname}${target.search}`, light).toString(), headers: {} };
}
function judgeHeavy(page, full, switched, rules, found) {
  const name = pagePath(page);
  if (full instanceof NetworkError || switched instanceof NetworkError)
    return found.unverified(`${name}: ${(full instanceof NetworkError ? full : switched).message}: peak mode is not proven.`, {
      target: page
    });
  const location = switched.headers.location;
  if (switched.status >= 300 && switched.status < 400 && location && rules.overflow && new URL(location, page).href === rules.overflow)
    return found.pass(`${name}: in peak mode it sends visitors to the plan-B page.`, { target: page });
  const kb = (bytes) => `${formatNumber(Math.round(bytes / 1024))} KB`;
  const light = rules.lightMarker ? switched.body.includes(rules.lightMarker) : switched.bytes <= rules.maxShare * full.bytes && switched.body !== full.body;
  if (switched.status === 200 && light)
    return found.pass(
      `${name}: its light version in peak mode (${kb(switched.bytes)} of ${kb(full.bytes)}${rules.lightMarker ? `, "${rules.lightMarker}"` : ""}).`,
      { target: page }
    );
  found.fail(
    `${name}: with peak mode on it answers ${switched.status}${switched.status === 200 ? `, ${kb(switched.bytes)} against ${kb(full.bytes)} without: not its light version` : ""}.`,
    {
      target: page,
      fix: "Make the switch serve the light version of the page (or send it to the plan-B page): the heavy page is what falls first at the peak."
    }
  );
}
function judgeFunnelStep(url, answer, marker, found) {
  const name = pagePath(url);
  if (answer instanceof NetworkError) return found.unverified(`${name}: ${answer.message}: the funnel in peak mode is not proven.`, { target: url });
  if (answer.status === 200 && isOwnPage(answer.body, marker)) return found.pass(`${name}: the funnel answers in peak mode.`, { target: url });
  found.fail(
    `${name}: with peak mode on it answers ${answer.status}${answer.status === 200 ? " without the site\u2019s marker" : ""}: the funnel breaks when it matters most.`,
    {
      target: url,
      fix: "Keep the funnel out of what peak mode switches off."
    }
  );
}
export {
  peak_mode_default as default,
  judgeFunnelStep,
  judgeHeavy,
  switchedRequest
};
