import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  awsCaller,
  awsPreflight,
  where
} from "./chunk-SM2HUKKK.js";
import {
  defineCheck
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  formatNumber
} from "./chunk-KHW7QP7J.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
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
    const found = findings();
    const { pagesPerVisit, requestsPerPageView } = ctx.event;
    const limits = { viewersPerAddress: ctx.options.viewersPerAddress, pagesPerVisit, requestsPerPageView };
    for (const protection of await readWebAcls(ctx, found)) judge(protection, limits, found);
    return found.outcome("WebACLs attached, with rate limits above what shared mobile addresses send.");
  }
});
async function readWebAcls(ctx, found) {
  const waf = await import("./dist-es-BP5WZV6O.js");
  const read = [];
  for (const target of ctx.aws.targets) {
    const call = awsCaller(found, target);
    const client = await ctx.aws.client(waf.WAFV2Client, target);
    for (const arn of ctx.options.resources) {
      const result = await call("wafv2:GetWebACLForResource", arn, () => client.send(new waf.GetWebACLForResourceCommand({ ResourceArn: arn })));
      if (result) read.push({ target, arn, webAcl: result.WebACL });
    }
  }
  return read;
}
function judge({ target, arn, webAcl }, visit, found) {
  const name = arn.split("/").at(-2) ?? arn;
  const lb = `${where(target)} ${name}`;
  if (!webAcl)
    return found.fail(`${lb}: no WebACL attached.`, {
      target: arn,
      fix: {
        action: `Attach a WebACL to ${name} (AWS managed rules, plus a rate-based rule sized for shared addresses).`,
        command: `aws wafv2 associate-web-acl --web-acl-arn <WEB_ACL_ARN> --resource-arn ${arn} --region ${target.region}`
      }
    });
  found.pass(`${lb}: WebACL ${webAcl.Name} attached.`, { target: arn });
  const perAddress = Math.ceil(visit.viewersPerAddress * visit.pagesPerVisit * visit.requestsPerPageView);
  for (const rule of webAcl.Rules ?? []) {
    const limit = rule.Statement?.RateBasedStatement?.Limit;
    if (limit === void 0) continue;
    const blocks = Boolean(rule.Action?.Block);
    const blocksViewers = limit < perAddress && blocks;
    (blocksViewers ? found.warn : found.info)(
      `${lb}: rule ${rule.Name} ${blocks ? "blocks" : "counts"} beyond ${formatNumber(limit)} requests per 5 minutes per address; ${formatNumber(visit.viewersPerAddress)} viewers behind one carrier NAT address send about ${formatNumber(perAddress)} (${visit.pagesPerVisit} pages \xD7 ${visit.requestsPerPageView} requests each)${blocksViewers ? ": they would be blocked" : ""}.`,
      {
        target: arn,
        data: { rule: rule.Name, limit, perAddress },
        ...blocksViewers && {
          fix: `Raise rule ${rule.Name} to at least ${formatNumber(perAddress * 2)} for the show, or scope it down (exclude the home and funnel pages, or aggregate on a forwarded header) so carrier NAT addresses are not blocked.`
        }
      }
    );
  }
}
export {
  waf_default as default,
  judge
};
