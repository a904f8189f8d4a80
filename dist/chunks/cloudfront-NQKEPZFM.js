import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  awsCaller,
  awsPreflight
} from "./chunk-SM2HUKKK.js";
import {
  Duration,
  defineCheck
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import "./chunk-KHW7QP7J.js";
import {
  isOwnPage
} from "./chunk-QQOOINLC.js";
import {
  NetworkError
} from "./chunk-DWOR55PJ.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/cloudfront/failover.ts
var matches = (pattern, path) => new RegExp(
  `^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`
).test(path);
function judgeFailover({ id, name, config }, funnelPaths, codes, found) {
  const groups = config.OriginGroups?.Items ?? [];
  const origins = config.Origins?.Items ?? [];
  const behaviours = [
    { pattern: "Default (*)", target: config.DefaultCacheBehavior?.TargetOriginId },
    ...(config.CacheBehaviors?.Items ?? []).filter((b) => funnelPaths.some((path) => matches(b.PathPattern ?? "", path))).map((b) => ({ pattern: b.PathPattern, target: b.TargetOriginId }))
  ];
  const secondaries = /* @__PURE__ */ new Map();
  for (const { pattern, target } of behaviours) {
    const group = groups.find((g) => g.Id === target);
    if (!group) {
      found.fail(`${name}: the ${pattern} behaviour goes to origin ${target} alone: when it fails, visitors get an error page, never the plan-B host.`, {
        target: id,
        fix: `Create an origin group with ${target} as primary and the plan-B origin as secondary, failing over on ${codes.join(", ")}, and point the behaviour at it.`
      });
      continue;
    }
    const on = group.FailoverCriteria?.StatusCodes?.Items ?? [];
    const missing = codes.filter((code) => !on.includes(code));
    const secondaryId = group.Members?.Items?.[1]?.OriginId;
    const secondary = origins.find((o) => o.Id === secondaryId);
    if (missing.length)
      found.fail(`${name}: the ${pattern} behaviour's group ${group.Id} fails over on ${on.join(", ") || "nothing"}: ${missing.join(", ")} stays an error.`, {
        target: id,
        fix: `Add ${missing.join(", ")} to the failover criteria of ${group.Id}.`
      });
    else found.pass(`${name}: the ${pattern} behaviour fails over to ${secondary?.DomainName ?? secondaryId} on ${on.join(", ")}.`, { target: id });
    if (secondary) secondaries.set(secondary.Id, secondary);
  }
  return [...secondaries.values()];
}
function secondaryUrl(origin) {
  const custom = origin.CustomOriginConfig;
  const http = custom?.OriginProtocolPolicy === "http-only";
  const port = http ? custom?.HTTPPort : custom?.HTTPSPort;
  const shown = port && port !== (http ? 80 : 443) ? `:${port}` : "";
  return `${http ? "http" : "https"}://${origin.DomainName}${shown}${origin.OriginPath ?? ""}/`;
}
function judgeSecondary(url, answer, marker, found) {
  if (answer instanceof Error)
    return found.unverified(`The plan-B origin ${url} did not answer (${answer.message}), so the failover is not proven.`, { target: url });
  if (answer.status === 200 && isOwnPage(answer.body, marker))
    return found.pass(`The plan-B origin ${url} answers the branded page (200${marker ? `, "${marker}"` : ""}).`, { target: url });
  found.fail(
    `The plan-B origin ${url} answers ${answer.status}${answer.status === 200 ? " without the site\u2019s marker" : ""}: a failover would show that instead of plan B.`,
    {
      target: url,
      fix: "Serve the branded plan-B page from the secondary origin for the site's paths (an S3 bucket's index and error document)."
    }
  );
}

// checks/cloudfront/read.ts
async function readDistributions(ctx, ids, found) {
  const cf = await import("./dist-es-R5LZFY3T.js");
  const target = { ...ctx.aws.targets[0], region: "us-east-1" };
  const call = awsCaller(found, target);
  const client = await ctx.aws.client(cf.CloudFrontClient, target);
  const read = [];
  for (const id of ids) {
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

// checks/cloudfront/index.ts
var Options = external_exports.strictObject({
  distributions: external_exports.array(external_exports.string().min(1)).default([]).describe("CloudFront distribution ids."),
  errorCodes: external_exports.array(external_exports.number().int().min(400).max(599)).default([500, 502, 503, 504]),
  maxErrorCachingTtl: Duration.prefault("30s").describe("Error pages cached longer than this keep visitors on an error after the origin recovers."),
  originFailover: external_exports.boolean().default(false).describe("Plan B is an origin group: the site and the funnel fail over to a secondary origin that answers the branded plan-B page.")
});
var cloudfront_default = defineCheck({
  meta: {
    id: "cloudfront",
    title: "CloudFront serves branded error pages, briefly cached, behind a WAF",
    failureTitle: "CloudFront would show raw errors, keep them cached, or runs without a WAF",
    description: "Reads each distribution's configuration: custom error responses for 500, 502, 503 and 504, each with a page path and a short error-caching TTL; a WebACL attached; origin read timeouts set against the site's measured response time. With originFailover, the behaviours serving the site and the funnel fail over to a secondary origin that answers the branded plan-B page.",
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
    const distributions = await readDistributions(ctx, ctx.options.distributions, found);
    const measuredMs = await ctx.http.request(ctx.site.home, { signal: ctx.signal }).then(
      (r) => r.timeMs,
      (e) => e instanceof NetworkError ? void 0 : Promise.reject(e)
    );
    for (const distribution of distributions) judge(distribution, measuredMs, ctx.options, found);
    if (ctx.options.originFailover) await proveFailover(ctx, distributions, found);
    return found.outcome("Branded error pages for every 5xx, briefly cached, and a WebACL on every distribution.");
  }
});
async function proveFailover(ctx, distributions, found) {
  const funnel = ctx.site.funnel.map((step) => new URL(step.url).pathname);
  const secondaries = distributions.flatMap((d) => judgeFailover(d, funnel, ctx.options.errorCodes, found));
  for (const url of new Set(secondaries.map(secondaryUrl))) {
    const answer = await ctx.http.request(url, { signal: ctx.signal, maxBytes: 512e3 }).catch((error) => error instanceof NetworkError ? error : Promise.reject(error));
    judgeSecondary(url, answer, ctx.site.marker, found);
  }
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
