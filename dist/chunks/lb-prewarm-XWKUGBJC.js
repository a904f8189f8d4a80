import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  awsCaller,
  awsPreflight,
  where
} from "./chunk-SM2HUKKK.js";
import {
  Duration,
  defineCheck,
  firstLine
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  formatNumber,
  plural
} from "./chunk-KHW7QP7J.js";
import {
  distinctAddresses
} from "./chunk-GL2DH5J2.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/lb-prewarm/index.ts
var Options = external_exports.strictObject({
  loadBalancers: external_exports.array(external_exports.string().min(1)).default([]).describe("ALB, NLB or GWLB names or ARNs."),
  classic: external_exports.array(external_exports.strictObject({ name: external_exports.string().min(1), dnsName: external_exports.string().min(1) })).default([]).describe("Classic ELBs: no capacity API, only the DNS signal."),
  lcus: external_exports.number().int().min(0).optional().describe("LCUs to reserve; by default the event plan's."),
  resolutions: external_exports.number().int().min(0).max(20).default(5).describe("DNS resolutions of each load balancer name (0: no DNS signal)."),
  minAddresses: external_exports.number().int().min(1).default(2).describe("Distinct addresses expected from a Classic ELB's name."),
  leadTime: Duration.prefault("4h").describe("How long an LCU reservation takes to be provisioned.")
});
var lb_prewarm_default = defineCheck({
  meta: {
    id: "lb-prewarm",
    title: "Load balancers have their LCU reservation provisioned for the peak",
    failureTitle: "A load balancer is not pre-warmed for the peak",
    description: "Reads each ALB, NLB or GWLB's LCU reservation (the modern form of pre-warming): it must reach the plan's LCUs and be provisioned in every zone. Each name is also resolved several times: distinct addresses are a signal of scale, not a proof; for a Classic ELB it is the only signal.",
    options: Options,
    recommended: "error",
    requires: ["aws", "network"],
    permissions: ["elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeCapacityReservation"]
  },
  watched: ({ loadBalancers, lcus }) => ({ loadBalancers, ...lcus !== void 0 ? { lcus } : {} }),
  async run(ctx) {
    const { loadBalancers, classic } = ctx.options;
    if (loadBalancers.length === 0 && classic.length === 0) return { status: "skip", summary: "No load balancer configured (loadBalancers, classic)." };
    const found = findings();
    const rules = { ...ctx.options, need: ctx.options.lcus ?? ctx.plan.targets.lcus, timeLeftMs: ctx.event.timeLeftMs };
    const resolve = (name, dnsName, isClassic) => resolveName(name, dnsName, isClassic, ctx.network.dnsServers, ctx.options.resolutions);
    for (const lb of classic) if (rules.resolutions > 0) judgeAddresses(await resolve(lb.name, lb.dnsName, true), rules, found);
    if (loadBalancers.length > 0) {
      const skipped = await awsPreflight(ctx);
      if (skipped) return classic.length ? found.outcome("Classic ELBs answer from several addresses.") : skipped;
      for (const lb of await readReservations(ctx, found)) {
        if (lb.reservation) judgeReservation(lb, rules, found);
        if (lb.dnsName && rules.resolutions > 0) judgeAddresses(await resolve(lb.name, lb.dnsName, false), rules, found);
      }
    }
    return found.outcome(`Every load balancer has at least ${formatNumber(rules.need)} LCU reserved and provisioned.`);
  }
});
async function resolveName(name, dnsName, classic, dnsServers, resolutions) {
  try {
    return { name, dnsName, classic, addresses: await distinctAddresses(dnsName, dnsServers, resolutions) };
  } catch (error) {
    return { name, dnsName, classic, error: error.code ?? firstLine(error) };
  }
}
async function readReservations(ctx, found) {
  const elb = await import("./dist-es-5VQATYEP.js");
  const { loadBalancers } = ctx.options;
  const arns = loadBalancers.filter((x) => x.startsWith("arn:"));
  const names = loadBalancers.filter((x) => !x.startsWith("arn:"));
  const read = [];
  for (const target of ctx.aws.targets) {
    const call = awsCaller(found, target);
    const client = await ctx.aws.client(elb.ElasticLoadBalancingV2Client, target);
    const described = await call(
      "elasticloadbalancing:DescribeLoadBalancers",
      loadBalancers.join(", "),
      () => client.send(new elb.DescribeLoadBalancersCommand({ ...arns.length ? { LoadBalancerArns: arns } : {}, ...names.length ? { Names: names } : {} })),
      "LoadBalancers"
    );
    for (const lb of described?.LoadBalancers ?? []) {
      const reservation = await call(
        "elasticloadbalancing:DescribeCapacityReservation",
        lb.LoadBalancerName,
        () => client.send(new elb.DescribeCapacityReservationCommand({ LoadBalancerArn: lb.LoadBalancerArn }))
      );
      read.push({
        target,
        name: `${where(target)} ${lb.LoadBalancerName}`,
        lbName: lb.LoadBalancerName,
        arn: lb.LoadBalancerArn,
        dnsName: lb.DNSName,
        ...reservation && {
          reservation: { units: reservation.MinimumLoadBalancerCapacity?.CapacityUnits ?? 0, states: reservation.CapacityReservationState ?? [] }
        }
      });
    }
  }
  return read;
}
function judgeReservation({ target, name, lbName, arn, reservation }, rules, found) {
  const { units, states } = reservation;
  const { need } = rules;
  const data = {
    arn,
    reserved: units,
    needed: need,
    zones: states.map((s) => ({ zone: s.AvailabilityZone, state: s.State?.Code, reason: s.State?.Reason, effective: s.EffectiveCapacityUnits }))
  };
  if (units < need)
    found.fail(`${name}: ${units ? `${formatNumber(units)} LCU reserved` : "no LCU reservation"}; the plan needs ${formatNumber(need)} LCU.`, {
      target: arn,
      data,
      fix: {
        action: `Reserve ${formatNumber(need)} LCU on ${lbName} (fulfilment takes minutes to hours; it is billed until reset, and only two decreases a day are allowed: reset it after the show).`,
        command: `aws elbv2 modify-capacity-reservation --load-balancer-arn ${arn} --minimum-load-balancer-capacity CapacityUnits=${need} --region ${target.region}`,
        leadTimeMs: rules.leadTime
      }
    });
  const notReady = states.filter((s) => s.State?.Code !== "provisioned");
  const late = rules.timeLeftMs !== void 0 && rules.timeLeftMs < rules.leadTime ? `, and only ${formatDuration(Math.max(0, rules.timeLeftMs))} remain before airtime` : "";
  for (const s of notReady)
    (s.State?.Code === "failed" ? found.fail : found.warn)(
      `${name}: the reservation in ${s.AvailabilityZone} is ${s.State?.Code}${s.State?.Reason ? ` (${s.State.Reason})` : ""}${late}.`,
      { target: arn, data }
    );
  if (units >= need && notReady.length === 0)
    found.pass(`${name}: ${formatNumber(units)} LCU reserved and provisioned in ${plural(states.length, "zone")} (the plan needs ${formatNumber(need)}).`, {
      target: arn,
      data
    });
}
function judgeAddresses({ name, dnsName, classic, addresses, error }, rules, found) {
  if (!addresses) return (classic ? found.fail : found.info)(`${name}: ${dnsName} did not resolve (${error}).`, { target: dnsName });
  const low = classic && addresses.length < rules.minAddresses;
  (low ? found.warn : found.info)(
    `${name}: ${dnsName} resolved to ${plural(addresses.length, "distinct address", "distinct addresses")} over ${rules.resolutions} lookups (${addresses.join(", ")})${low ? `, fewer than ${rules.minAddresses}: a Classic ELB scales out by adding addresses, so this one has not` : ""}. A signal, not a proof.`,
    {
      target: dnsName,
      data: { addresses },
      ...low && {
        fix: {
          action: `Classic ELBs cannot reserve capacity: ask AWS support to pre-warm ${name}, or move to an ALB and reserve LCUs.`,
          leadTimeMs: 2 * 864e5
        }
      }
    }
  );
}
export {
  lb_prewarm_default as default,
  judgeAddresses,
  judgeReservation
};
