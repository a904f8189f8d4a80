import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  awsCaller,
  awsPreflight
} from "./chunk-PEZQ2SDQ.js";
import "./chunk-3PDMVRGJ.js";
import {
  Duration,
  defineCheck
} from "./chunk-MCXB5NRW.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import "./chunk-JAT56SSN.js";
import {
  NetworkError
} from "./chunk-MNWXBWNB.js";
import {
  external_exports
} from "./chunk-QL2N4FKT.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/cloudfront/index.ts
var Options = external_exports.strictObject({
  distributions: external_exports.array(external_exports.string().min(1)).default([]).describe("CloudFront distribution ids."),
  errorCodes: external_exports.array(external_exports.number().int().min(400).max(599)).default([500, 502, 503, 504]),
  maxErrorCachingTtl: Duration.prefault("30s").describe("Error pages cached longer than this keep visitors on an error after the origin recovers.")
});
var cloudfront_default = defineCheck({
  meta: {
    id: "cloudfront",
    title: "CloudFront serves branded error pages, briefly cached, behind a WAF",
    failureTitle: "CloudFront would show raw errors, keep them cached, or runs without a WAF",
    description: "Reads each distribution's configuration: custom error responses for 500, 502, 503 and 504, each with a page path and a short error-caching TTL; a WebACL attached; origin read timeouts set against the site's measured response time.",
    options: Options,
    recommended: "error",
    requires: ["aws", "network"],
    permissions: ["cloudfront:GetDistributionConfig"]
  },
  watched: ({ distributions }) => ({ distributions }),
  async run(ctx) {
    if (ctx.options.distributions.length === 0) return { status: "skip", summary: "No CloudFront distribution configured (distributions)." };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const distributions = await readDistributions(ctx, found);
    const measuredMs = await ctx.http.request(ctx.site.home, { signal: ctx.signal }).then(
      (r) => r.timeMs,
      (e) => e instanceof NetworkError ? void 0 : Promise.reject(e)
    );
    for (const distribution of distributions) judge(distribution, measuredMs, ctx.options, found);
    return found.outcome("Branded error pages for every 5xx, briefly cached, and a WebACL on every distribution.");
  }
});
async function readDistributions(ctx, found) {
  const cf = await import("./dist-es-R5LZFY3T.js");
  const target = { ...ctx.aws.targets[0], region: "us-east-1" };
  const call = awsCaller(found, target);
  const client = await ctx.aws.client(cf.CloudFrontClient, target);
  const read = [];
  for (const id of ctx.options.distributions) {
    const result = await call(
      "cloudfront:GetDistributionConfig",
      `distribution ${id}`,
      () => client.send(new cf.GetDistributionConfigCommand({ Id: id })),
      "DistributionConfig"
    );
    if (result?.DistributionConfig) read.push({ id, name: `${target.name} distribution ${id}`, config: result.DistributionConfig });
  }
  return read;
}
function judge({ id, name, config }, measuredMs, options, found) {
  const responses = config.CustomErrorResponses?.Items ?? [];
  for (const code of options.errorCodes) {
    const r = responses.find((x) => x.ErrorCode === code);
    if (!r?.ResponsePagePath)
      found.fail(`${name}: no custom error page for ${code}: visitors get CloudFront's raw "${code} ERROR".`, {
        target: id,
        fix: `Add custom error responses for ${options.errorCodes.join(", ")} pointing to the branded 503 page (on S3, so it survives the origin), with ErrorCachingMinTTL of 10 s.`
      });
    else if ((r.ErrorCachingMinTTL ?? 300) * 1e3 > options.maxErrorCachingTtl)
      found.fail(
        `${name}: the ${code} page ${r.ResponsePagePath} is cached ${r.ErrorCachingMinTTL ?? 300} s: visitors keep seeing it after the origin recovers.`,
        {
          target: id,
          fix: `Set ErrorCachingMinTTL to 10 s or less on the custom error responses.`
        }
      );
    else found.pass(`${name}: ${code} \u2192 ${r.ResponsePagePath} (cached ${r.ErrorCachingMinTTL} s).`, { target: id });
  }
  if (config.WebACLId) found.pass(`${name}: WebACL attached (${config.WebACLId}).`, { target: id });
  else
    found.fail(`${name}: no WebACL attached: nothing filters a flood or a bot before the origin.`, {
      target: id,
      fix: "Attach an AWS WAF WebACL (managed rules, and a rate-based rule sized for shared carrier addresses: see the waf check)."
    });
  for (const origin of config.Origins?.Items ?? []) {
    const timeout = origin.CustomOriginConfig?.OriginReadTimeout;
    if (timeout === void 0) continue;
    const slow = measuredMs !== void 0 && measuredMs >= timeout * 1e3 * 0.5;
    const answered = measuredMs === void 0 ? "no measurable time (unreachable)" : formatDuration(measuredMs);
    (slow ? found.warn : found.info)(
      `${name}: origin ${origin.DomainName} read timeout ${timeout} s; the home page answered in ${answered}${slow ? ": under load it will pass the timeout and CloudFront will answer 504" : ""}.`,
      { target: id }
    );
  }
}
export {
  cloudfront_default as default,
  judge
};
