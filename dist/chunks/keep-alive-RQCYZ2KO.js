import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  awsCaller,
  awsPreflight,
  where
} from "./chunk-SM2HUKKK.js";
import {
  Duration,
  RequestTimeout,
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

// checks/keep-alive/index.ts
var Options = external_exports.strictObject({
  loadBalancers: external_exports.array(external_exports.string().min(1)).default([]).describe("ALB names or ARNs."),
  backendKeepAlive: Duration.optional().describe(
    "How long the targets keep an idle connection open (nginx keepalive_timeout, Node's server.keepAliveTimeout)."
  ),
  target: external_exports.url({ protocol: /^https?$/ }).optional().describe("A target reached directly (http://10.0.1.20:8080/): its Keep-Alive header gives the backend's keep-alive when backendKeepAlive is not set."),
  requestTimeout: RequestTimeout
});
var keep_alive_default = defineCheck({
  meta: {
    id: "keep-alive",
    title: "The targets keep connections open longer than the load balancer's idle timeout",
    failureTitle: "The targets close kept-alive connections before the load balancer does: 502s under load",
    description: "Reads each ALB's idle timeout (DescribeLoadBalancerAttributes) and holds it against the targets' keep-alive, declared or read from a target's Keep-Alive header: the targets' must be longer, else the load balancer reuses a connection the target has just closed and answers 502, more often the busier it is.",
    options: Options,
    recommended: "error",
    requires: ["aws", "network"],
    permissions: ["elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes"]
  },
  async run(ctx) {
    if (ctx.options.loadBalancers.length === 0) return { status: "skip", summary: "No load balancer configured (loadBalancers)." };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const backend = ctx.options.backendKeepAlive ?? await measuredKeepAlive(ctx, found);
    if (backend === void 0 && !ctx.options.target)
      found.unverified("The targets' keep-alive is not known: set backendKeepAlive, or target to read it from a target's Keep-Alive header.");
    const elb = await import("./dist-es-5VQATYEP.js");
    for (const target of ctx.aws.targets) {
      const client = await ctx.aws.client(elb.ElasticLoadBalancingV2Client, target);
      const call = awsCaller(found, target);
      for (const given of ctx.options.loadBalancers) {
        const key = given.startsWith("arn:") ? { LoadBalancerArns: [given] } : { Names: [given] };
        const lb = (await call("elasticloadbalancing:DescribeLoadBalancers", given, () => client.send(new elb.DescribeLoadBalancersCommand(key)), "LoadBalancers"))?.LoadBalancers?.[0];
        if (!lb?.LoadBalancerArn) continue;
        const attributes = await call(
          "elasticloadbalancing:DescribeLoadBalancerAttributes",
          given,
          () => client.send(new elb.DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: lb.LoadBalancerArn })),
          "Attributes"
        );
        const idle = Number(attributes?.Attributes?.find((a) => a.Key === "idle_timeout.timeout_seconds")?.Value ?? NaN);
        if (Number.isFinite(idle)) judgeKeepAlive(target, { name: lb.LoadBalancerName ?? given, arn: lb.LoadBalancerArn }, idle * 1e3, backend, found);
      }
    }
    return found.outcome("The targets outlast every load balancer's idle timeout.");
  }
});
async function measuredKeepAlive(ctx, found) {
  const url = ctx.options.target;
  if (!url) return void 0;
  const answer = await ctx.http.request(url, { timeoutMs: ctx.options.requestTimeout, signal: ctx.signal, maxBytes: 1024 }).catch((error) => error);
  const timeout = answer instanceof Error ? void 0 : /timeout=(\d+)/i.exec(answer.headers["keep-alive"] ?? "")?.[1];
  if (timeout !== void 0) return Number(timeout) * 1e3;
  found.unverified(
    `${url} ${answer instanceof Error ? `did not answer (${answer.message})` : "sends no Keep-Alive timeout"}: set backendKeepAlive to the targets' keep-alive.`,
    { target: url }
  );
  return void 0;
}
var seconds = (ms) => `${formatNumber(ms / 1e3)} s`;
function judgeKeepAlive(target, lb, idleMs, backendMs, found) {
  const name = `${where(target)} ${lb.name}`;
  if (backendMs === void 0) return found.info(`${name}: idle timeout ${seconds(idleMs)}.`, { target: lb.arn });
  const said = `${name}: the targets keep connections ${seconds(backendMs)}, the load balancer ${seconds(idleMs)}`;
  if (backendMs > idleMs) return found.pass(`${said}: the load balancer closes first.`, { target: lb.arn });
  const idleUnder = Math.max(1, Math.floor(backendMs / 1e3) - 1);
  found.fail(`${said}: a target closes a connection the load balancer is about to reuse, and the visitor gets a 502, more often the busier it is.`, {
    target: lb.arn,
    fix: {
      action: `Raise the targets' keep-alive above ${seconds(idleMs)} (nginx keepalive_timeout ${idleMs / 1e3 + 15}s; Node server.keepAliveTimeout = ${idleMs + 5e3}), or lower the load balancer's idle timeout under the targets'.`,
      command: `aws elbv2 modify-load-balancer-attributes --load-balancer-arn ${lb.arn} --attributes Key=idle_timeout.timeout_seconds,Value=${idleUnder} --region ${target.region}`
    }
  });
}
export {
  keep_alive_default as default,
  judgeKeepAlive
};
