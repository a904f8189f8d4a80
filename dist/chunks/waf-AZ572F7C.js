import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  awsCaller,
  awsPreflight,
  where
} from "./chunk-2T37LLDN.js";
import {
  formatNumber
} from "./chunk-RDF356JU.js";
import {
  failOrPass
} from "./chunk-K64SRHHK.js";
import {
  defineCheck
} from "./chunk-QRFBMZWV.js";
import "./chunk-Z3WXVZH6.js";
import {
  external_exports
} from "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";

// checks/waf/index.ts
var Options = external_exports.strictObject({
  resources: external_exports.array(external_exports.string().min(1)).default([]).describe("ARNs of the load balancers (or API stages) the WebACL protects."),
  viewersPerAddress: external_exports.number().int().min(1).default(50).describe("Viewers sharing one public address behind a mobile carrier's NAT.")
});
var waf_default = defineCheck({
  meta: {
    id: "waf",
    title: "A WebACL protects the load balancer, and its rate limits let shared mobile addresses through",
    failureTitle: "No WebACL, or a rate limit that would block viewers behind a shared mobile address",
    description: "Reads the WebACL attached to each load balancer; compares each rate-based rule (requests per 5 minutes per IP) with what viewers sharing one carrier NAT address send during a visit.",
    options: Options,
    recommended: "error",
    requires: ["aws"],
    permissions: ["wafv2:GetWebACLForResource"]
  },
  async run(ctx) {
    if (ctx.options.resources.length === 0)
      return { status: "skip", summary: "No resource configured (resources: the load balancer ARNs). For CloudFront, the cloudfront check reads its WebACL." };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const waf = await import("./dist-es-YATJVO4W.js");
    const evidence = [];
    const remediation = [];
    const { event } = ctx.config;
    const perAddress = Math.ceil(ctx.options.viewersPerAddress * event.pagesPerVisit * event.requestsPerPageView);
    for (const target of ctx.aws.targets) {
      const call = awsCaller(evidence, target);
      const client = await ctx.aws.client(waf.WAFV2Client, target);
      for (const arn of ctx.options.resources) {
        const result = await call("wafv2:GetWebACLForResource", arn, () => client.send(new waf.GetWebACLForResourceCommand({ ResourceArn: arn })));
        if (!result) continue;
        const lb = arn.split("/").at(-2) ?? arn;
        if (!result.WebACL) {
          evidence.push({ level: "fail", message: `${where(target)} ${lb}: no WebACL attached.`, target: arn });
          remediation.push({
            action: `Attach a WebACL to ${lb} (AWS managed rules, plus a rate-based rule sized for shared addresses).`,
            command: `aws wafv2 associate-web-acl --web-acl-arn <WEB_ACL_ARN> --resource-arn ${arn} --region ${target.region}`
          });
          continue;
        }
        evidence.push({ level: "pass", message: `${where(target)} ${lb}: WebACL ${result.WebACL.Name} attached.`, target: arn });
        for (const rule of result.WebACL.Rules ?? []) {
          const limit = rule.Statement?.RateBasedStatement?.Limit;
          if (limit === void 0) continue;
          const blocks = Boolean(rule.Action?.Block);
          const tooLow = limit < perAddress;
          evidence.push({
            level: tooLow && blocks ? "warn" : "info",
            message: `${where(target)} ${lb}: rule ${rule.Name} ${blocks ? "blocks" : "counts"} beyond ${formatNumber(limit)} requests per 5 minutes per address; ${formatNumber(ctx.options.viewersPerAddress)} viewers behind one carrier NAT address send about ${formatNumber(perAddress)} (${event.pagesPerVisit} pages \xD7 ${event.requestsPerPageView} requests each)${tooLow && blocks ? ": they would be blocked" : ""}.`,
            target: arn,
            data: { rule: rule.Name, limit, perAddress }
          });
          if (tooLow && blocks)
            remediation.push({
              action: `Raise rule ${rule.Name} to at least ${formatNumber(perAddress * 2)} for the show, or scope it down (exclude the home and funnel pages, or aggregate on a forwarded header) so carrier NAT addresses are not blocked.`
            });
        }
      }
    }
    return failOrPass(evidence, remediation, "WebACLs attached, with rate limits above what shared mobile addresses send.");
  }
});
export {
  waf_default as default
};
