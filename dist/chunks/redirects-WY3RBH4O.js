import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  httpForm,
  isLoopback
} from "./chunk-XEFUFWCC.js";
import {
  mapLimit
} from "./chunk-REAIEUUL.js";
import {
  RequestTimeout,
  defineCheck
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  plural
} from "./chunk-KHW7QP7J.js";
import {
  NetworkError
} from "./chunk-DWOR55PJ.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/redirects/follow.ts
var REDIRECT = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function followRedirects(http, start, options = {}) {
  const limit = options.limit ?? 10;
  const hops = [];
  const seen = /* @__PURE__ */ new Set();
  let url = start;
  for (; ; ) {
    if (seen.has(url)) return { start, hops, loop: url };
    seen.add(url);
    let response;
    try {
      response = await http.request(url, { signal: options.signal, timeoutMs: options.timeoutMs, maxBytes: 2e5 });
    } catch (error) {
      if (error instanceof NetworkError) return { start, hops, error };
      throw error;
    }
    const location = response.headers.location;
    if (!REDIRECT.has(response.status) || !location) {
      hops.push({ url, status: response.status });
      return { start, hops, final: response };
    }
    const next = new URL(location, url).toString();
    hops.push({ url, status: response.status, location: next });
    if (hops.length > limit) return { start, hops };
    url = next;
  }
}
function describeChain(chain) {
  const parts = chain.hops.map((hop) => `${hop.url} \u2192${hop.status}`);
  if (chain.loop) parts.push(`${chain.loop} (loop)`);
  if (chain.error) parts.push(`\u2717 ${chain.error.message}`);
  return parts.join(" ");
}

// checks/redirects/index.ts
var Options = external_exports.strictObject({
  maxHops: external_exports.number().int().min(0).max(10).default(2).describe("Redirects allowed before the canonical page."),
  requirePermanent: external_exports.boolean().default(true).describe("Temporary redirects (302, 303, 307) fail: browsers and caches do not keep them."),
  requestTimeout: RequestTimeout
});
var TEMPORARY = /* @__PURE__ */ new Set([302, 303, 307]);
var redirects_default = defineCheck({
  meta: {
    id: "redirects",
    title: "Every host reaches the canonical HTTPS page in few permanent hops",
    failureTitle: "A host loops, redirects too often, temporarily, or away from the canonical site",
    description: "Follows the redirects from every configured host, and from the http:// form of each, hop by hop: each must end on the canonical site with a 200, in at most maxHops permanent redirects and without loops.",
    options: Options,
    recommended: "error",
    requires: ["network"]
  },
  async run(ctx) {
    const canonical = new URL(ctx.site.baseUrl);
    const starts = [...new Set([ctx.site.baseUrl, ...ctx.site.hosts].flatMap((url) => [url, httpForm(url)]))];
    const chains = await mapLimit(starts, 6, (start) => followRedirects(ctx.http, start, { signal: ctx.signal, timeoutMs: ctx.options.requestTimeout }));
    const found = findings();
    if (canonical.protocol !== "https:" && !isLoopback(ctx.site.baseUrl))
      found.fail(`The canonical URL ${ctx.site.baseUrl} is not HTTPS.`, {
        target: ctx.site.baseUrl,
        fix: "Serve the site over HTTPS and set site.baseUrl to the https:// URL."
      });
    for (const chain of chains) {
      const problems = judge(chain, canonical, ctx.options);
      const details = { target: chain.start, data: { chain: chain.hops, redirects: Math.max(0, chain.hops.length - 1) } };
      if (problems.length === 0) found.pass(describeChain(chain), details);
      for (const { message, fix } of problems) found.fail(`${message}: ${describeChain(chain)}`, { ...details, fix });
    }
    return found.outcome(
      `${plural(chains.length, "entry URL")} ${chains.length === 1 ? "reaches" : "reach"} ${canonical.origin} in at most ${ctx.options.maxHops} permanent redirects.`
    );
  }
});
function judge(chain, canonical, options) {
  if (chain.error) return [{ message: "Unreachable", fix: "Make every configured host answer, or remove it from site.hosts." }];
  if (chain.loop) return [{ message: "Redirect loop", fix: "Break the loop: usually two rules (HTTP\u2192HTTPS and www) that undo each other." }];
  const redirects = chain.hops.filter((hop) => hop.location);
  const problems = [];
  if (!chain.final)
    return [{ message: `More than ${options.maxHops} redirects`, fix: "Redirect each entry URL straight to the canonical https URL in one hop." }];
  if (redirects.length > options.maxHops)
    problems.push({
      message: `${redirects.length} redirects (at most ${options.maxHops})`,
      fix: "Redirect each entry URL straight to the canonical https URL in one hop: each hop costs every visitor a round trip."
    });
  const temporary = redirects.filter((hop) => TEMPORARY.has(hop.status));
  if (options.requirePermanent && temporary.length > 0)
    problems.push({
      message: `Temporary redirect (${temporary.map((h) => h.status).join(", ")})`,
      fix: "Use 301 or 308: browsers and caches keep permanent redirects, temporary ones cost a round trip every time."
    });
  const finalUrl = new URL(chain.final.url);
  if (finalUrl.origin !== canonical.origin)
    problems.push({ message: `Ends on ${finalUrl.origin}, not the canonical ${canonical.origin}`, fix: `Redirect every host to ${canonical.origin}.` });
  if (chain.final.status !== 200) problems.push({ message: `Ends with status ${chain.final.status}`, fix: "Make the canonical page answer 200." });
  return problems;
}
export {
  redirects_default as default,
  judge
};
