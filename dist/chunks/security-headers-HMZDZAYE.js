import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  isSuccess,
  notThePage
} from "./chunk-DIYW534B.js";
import {
  capitalise
} from "./chunk-LZIHSDK5.js";
import {
  Duration,
  RequestTimeout,
  defineCheck
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  plural
} from "./chunk-KHW7QP7J.js";
import "./chunk-QQOOINLC.js";
import {
  NetworkError
} from "./chunk-DWOR55PJ.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/security-headers/index.ts
var Options = external_exports.strictObject({
  minHstsMaxAge: Duration.prefault("180d").describe("HSTS max-age at least this long (6 months)."),
  requireHttpOnly: external_exports.boolean().default(true).describe("Cookies must be HttpOnly (turn off when scripts must read a consent cookie)."),
  requestTimeout: RequestTimeout
});
var RULES = [
  {
    id: "hsts",
    test: (r, o) => {
      const value = r.headers["strict-transport-security"];
      if (!value) return "no Strict-Transport-Security header";
      const maxAge = Number(/max-age=(\d+)/i.exec(value)?.[1] ?? 0);
      return maxAge * 1e3 < o.minHstsMaxAge ? `HSTS max-age is ${maxAge} s, under ${Math.round(o.minHstsMaxAge / 1e3)} s` : void 0;
    },
    fix: "Send Strict-Transport-Security: max-age=31536000; includeSubDomains.",
    httpsOnly: true
  },
  {
    id: "csp",
    test: (r) => r.headers["content-security-policy"] ? void 0 : r.headers["content-security-policy-report-only"] ? "the Content-Security-Policy is report-only" : "no Content-Security-Policy header",
    fix: "Send a Content-Security-Policy (start with default-src 'self' and list what the pages load)."
  },
  {
    id: "nosniff",
    test: (r) => /nosniff/i.test(r.headers["x-content-type-options"] ?? "") ? void 0 : "no X-Content-Type-Options: nosniff",
    fix: "Send X-Content-Type-Options: nosniff."
  },
  {
    id: "framing",
    test: (r) => /frame-ancestors/i.test(r.headers["content-security-policy"] ?? "") || /^(deny|sameorigin)$/i.test(r.headers["x-frame-options"] ?? "") ? void 0 : "framing is not restricted (no frame-ancestors, no X-Frame-Options)",
    fix: "Add frame-ancestors 'self' to the Content-Security-Policy (or X-Frame-Options: SAMEORIGIN)."
  },
  {
    id: "referrer",
    test: (r) => {
      const value = r.headers["referrer-policy"];
      return !value ? "no Referrer-Policy header" : /unsafe-url/i.test(value) ? "Referrer-Policy is unsafe-url" : void 0;
    },
    fix: "Send Referrer-Policy: strict-origin-when-cross-origin."
  },
  {
    id: "version-disclosure",
    test: (r) => {
      const disclosed = [
        r.headers.server && /\d/.test(r.headers.server) ? `Server: ${r.headers.server}` : void 0,
        r.headers["x-powered-by"] ? `X-Powered-By: ${r.headers["x-powered-by"]}` : void 0
      ].filter(Boolean);
      return disclosed.length ? `the software and its version are disclosed (${disclosed.join(", ")})` : void 0;
    },
    fix: 'Hide versions: nginx server_tokens off; remove X-Powered-By (Express: app.disable("x-powered-by"); PHP: expose_php = Off).'
  }
];
var security_headers_default = defineCheck({
  meta: {
    id: "security-headers",
    title: "Security headers are set and cookies are locked down",
    failureTitle: "Security headers or cookie flags are missing",
    description: "Reads the headers of the home page and the first funnel step: HSTS of six months or more, a Content-Security-Policy, nosniff, restricted framing, a Referrer-Policy, no software version disclosed, and every cookie Secure, HttpOnly and SameSite.",
    options: Options,
    // The story had a security audit before the show: findings matter, but rarely stop a broadcast.
    recommended: "warn",
    requires: ["network"]
  },
  async run(ctx) {
    const urls = [.../* @__PURE__ */ new Set([ctx.site.home, ...ctx.site.funnel[0] ? [ctx.site.funnel[0].url] : []])];
    const found = findings();
    for (const url of urls) {
      const response = await fetchPage(ctx.http, url, { signal: ctx.signal, timeoutMs: ctx.options.requestTimeout }, found);
      if (response) judge(response, url, ctx.options, found);
    }
    return found.outcome(`Security headers and cookie flags hold on ${plural(urls.length, "page")}.`);
  }
});
async function fetchPage(http, url, options, found) {
  try {
    const response = await http.request(url, options);
    if (isSuccess(response.status)) return response;
    found.add(notThePage(url, response.status));
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    found.fail(`Could not fetch: ${error.message}`, { target: url });
  }
  return void 0;
}
function judge(response, url, options, found) {
  const https = new URL(url).protocol === "https:";
  if (!https)
    found.info("Over plain http, HSTS and the Secure cookie flag are not judged: browsers ignore them there (check the HTTPS address).", { target: url });
  const rules = RULES.filter((rule) => https || !rule.httpsOnly);
  const failed = rules.map((rule) => ({ rule, problem: rule.test(response, options) })).filter((r) => r.problem);
  for (const { rule, problem } of failed) found.fail(`${capitalise(problem)}.`, { target: url, data: { rule: rule.id }, fix: rule.fix });
  if (failed.length === 0) found.pass(`All ${rules.length} header rules hold.`, { target: url });
  const flags = [...https ? ["Secure"] : [], ...options.requireHttpOnly ? ["HttpOnly"] : [], "SameSite"];
  for (const cookie of response.cookies) {
    const name = cookie.split("=")[0].trim();
    const missing = flags.filter((flag) => !new RegExp(`;\\s*${flag}\\b`, "i").test(cookie));
    if (missing.length === 0) found.pass(`Cookie ${name} is ${`${flags.slice(0, -1).join(", ")} and ${flags.at(-1)}`}.`, { target: url });
    else
      found.fail(`Cookie ${name} lacks ${missing.join(", ")}.`, {
        target: url,
        data: { rule: "cookies" },
        fix: "Mark every cookie Secure, HttpOnly and SameSite=Lax (or Strict)."
      });
  }
}
export {
  security_headers_default as default,
  judge
};
