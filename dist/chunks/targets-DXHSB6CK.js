import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  EC2_STANDARD_VCPUS
} from "./chunk-2BMS7PNR.js";
import {
  awsCaller,
  awsPreflight,
  where
} from "./chunk-SM2HUKKK.js";
import {
  vcpusOf
} from "./chunk-FTILTXDE.js";
import {
  Duration,
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

// checks/targets/read.ts
async function readTargetGroups(ctx, arns, found) {
  if (arns.length === 0) return [];
  const elb = await import("./dist-es-5VQATYEP.js");
  const read = [];
  for (const target of ctx.aws.targets) {
    const call = awsCaller(found, target);
    const client = await ctx.aws.client(elb.ElasticLoadBalancingV2Client, target);
    for (const arn of arns) {
      const health = await call(
        "elasticloadbalancing:DescribeTargetHealth",
        arn,
        () => client.send(new elb.DescribeTargetHealthCommand({ TargetGroupArn: arn })),
        "TargetHealthDescriptions"
      );
      if (health) read.push({ target, arn, targets: health.TargetHealthDescriptions });
    }
  }
  return read;
}
async function readScalingGroups(ctx, requested, need, found) {
  if (requested.length === 0) return [];
  const [asg, sq] = await Promise.all([import("./dist-es-7C5PQ57S.js"), import("./dist-es-INSNOQOR.js")]);
  const read = [];
  for (const target of ctx.aws.targets) {
    const call = awsCaller(found, target);
    const client = await ctx.aws.client(asg.AutoScalingClient, target);
    const described = await call(
      "autoscaling:DescribeAutoScalingGroups",
      requested.join(", "),
      () => client.send(new asg.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: requested })),
      "AutoScalingGroups"
    );
    if (!described) continue;
    const quota = await call(
      "servicequotas:GetServiceQuota",
      `ec2 ${EC2_STANDARD_VCPUS}`,
      () => ctx.aws.client(sq.ServiceQuotasClient, target).then((c) => c.send(new sq.GetServiceQuotaCommand({ ServiceCode: "ec2", QuotaCode: EC2_STANDARD_VCPUS })))
    ).catch(() => void 0);
    const groups = described.AutoScalingGroups ?? [];
    const scheduled = /* @__PURE__ */ new Map();
    for (const group of groups.filter((g) => need !== void 0 && Math.max(g.MinSize ?? 0, g.DesiredCapacity ?? 0) < need)) {
      const actions = await call(
        "autoscaling:DescribeScheduledActions",
        group.AutoScalingGroupName,
        () => client.send(new asg.DescribeScheduledActionsCommand({ AutoScalingGroupName: group.AutoScalingGroupName }))
      );
      if (actions) scheduled.set(group.AutoScalingGroupName, actions.ScheduledUpdateGroupActions ?? []);
    }
    read.push({ target, requested, groups, quotaVcpus: quota?.Quota?.Value, scheduled });
  }
  return read;
}

// checks/targets/index.ts
var Options = external_exports.strictObject({
  targetGroups: external_exports.array(external_exports.string().min(1)).default([]).describe("Target group ARNs."),
  minHealthy: external_exports.number().int().min(1).default(2).describe("Healthy targets each group must have."),
  autoScalingGroups: external_exports.array(external_exports.string().min(1)).default([]).describe("Auto Scaling group names."),
  scaleOutMargin: Duration.prefault("30m").describe(
    "A scheduled scale-out must start at least this long before airtime (instances take minutes to boot and warm)."
  )
});
var MUST_RUN = ["Launch", "HealthCheck", "ReplaceUnhealthy"];
var targets_default = defineCheck({
  meta: {
    id: "targets",
    title: "Targets are healthy and Auto Scaling reaches the planned instances by airtime",
    failureTitle: "Too few healthy targets, or Auto Scaling will not reach the peak in time",
    description: "Counts healthy targets per target group, and checks each Auto Scaling group: its capacity at airtime (now, or through a scheduled action that starts early enough) reaches the plan's instances, its maximum fits the vCPU quota, and no Launch or HealthCheck process is suspended.",
    options: Options,
    recommended: "error",
    requires: ["aws"],
    permissions: [
      "elasticloadbalancing:DescribeTargetHealth",
      "autoscaling:DescribeAutoScalingGroups",
      "autoscaling:DescribeScheduledActions",
      "servicequotas:GetServiceQuota"
    ]
  },
  watched: ({ targetGroups, autoScalingGroups, minHealthy }) => ({ targetGroups, autoScalingGroups, minHealthy }),
  async run(ctx) {
    if (ctx.options.targetGroups.length === 0 && ctx.options.autoScalingGroups.length === 0)
      return { status: "skip", summary: "No target group or Auto Scaling group configured." };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const need = ctx.plan.targets.instances;
    const rules = { ...ctx.options, need, airtime: ctx.event.airtime, now: ctx.clock.now(), vcpusPerInstance: ctx.event.capacity?.vcpusPerInstance };
    for (const group of await readTargetGroups(ctx, ctx.options.targetGroups, found)) judgeTargetGroup(group, rules, found);
    for (const account of await readScalingGroups(ctx, ctx.options.autoScalingGroups, need, found)) judgeScaling(account, rules, found);
    return found.outcome(`Healthy targets, and Auto Scaling reaches ${need ?? "the planned"} instances by airtime.`);
  }
});
function judgeTargetGroup({ target, arn, targets }, rules, found) {
  const healthy = targets.filter((t) => t.TargetHealth?.State === "healthy");
  const others = targets.filter((t) => t.TargetHealth?.State !== "healthy").map((t) => `${t.Target?.Id} ${t.TargetHealth?.State}${t.TargetHealth?.Reason ? ` (${t.TargetHealth.Reason})` : ""}`);
  const group = arn.split("/").at(-2) ?? arn;
  found[healthy.length >= rules.minHealthy ? "pass" : "fail"](
    `${where(target)} target group ${group}: ${healthy.length} healthy of ${targets.length} (at least ${rules.minHealthy})${others.length ? `; ${others.join(", ")}` : ""}.`,
    { target: arn }
  );
}
function judgeScaling({ target, requested, groups, quotaVcpus, scheduled }, rules, found) {
  for (const missing of requested.filter((name) => !groups.some((g) => g.AutoScalingGroupName === name)))
    found.fail(`${where(target)}: no Auto Scaling group named ${missing}.`, { target: missing });
  for (const group of groups) {
    const name = `${where(target)} ${group.AutoScalingGroupName}`;
    const at = { target: group.AutoScalingGroupName };
    const suspended = (group.SuspendedProcesses ?? []).map((p) => p.ProcessName).filter((p) => MUST_RUN.includes(p));
    if (suspended.length)
      found.fail(`${name}: ${suspended.join(", ")} suspended: the group cannot launch or replace instances.`, {
        ...at,
        fix: {
          action: `Resume ${suspended.join(", ")} on ${group.AutoScalingGroupName}.`,
          command: `aws autoscaling resume-processes --auto-scaling-group-name ${group.AutoScalingGroupName} --scaling-processes ${suspended.join(" ")} --region ${target.region}`
        }
      });
    const type = group.Instances?.[0]?.InstanceType;
    const perInstance = rules.vcpusPerInstance ?? (type ? vcpusOf(type) : void 0);
    const maxSize = group.MaxSize ?? 0;
    if (quotaVcpus !== void 0 && perInstance !== void 0 && maxSize * perInstance > quotaVcpus)
      found.fail(
        `${name}: MaxSize ${group.MaxSize} \xD7 ${perInstance} vCPU (${type}) = ${maxSize * perInstance} vCPU, over the account's quota of ${formatNumber(quotaVcpus)}.`,
        at
      );
    if (rules.need === void 0) {
      found.info(`${name}: min ${group.MinSize}, desired ${group.DesiredCapacity}, max ${group.MaxSize}. Set event.capacity to compare with the peak.`, at);
      continue;
    }
    if (maxSize < rules.need) found.fail(`${name}: MaxSize ${group.MaxSize} is below the plan's ${rules.need} instances.`, at);
    judgeCapacityAtAirtime(target, group, scheduled.get(group.AutoScalingGroupName), { ...rules, need: rules.need }, found);
  }
}
function judgeCapacityAtAirtime(target, group, actions, rules, found) {
  const { need, airtime, scaleOutMargin } = rules;
  const name = `${where(target)} ${group.AutoScalingGroupName}`;
  const at = { target: group.AutoScalingGroupName };
  const now = Math.max(group.MinSize ?? 0, group.DesiredCapacity ?? 0);
  if (now >= need) return found.pass(`${name}: ${now} instances already (min ${group.MinSize}, desired ${group.DesiredCapacity}), the plan needs ${need}.`, at);
  const latestStart = airtime ? new Date(airtime.getTime() - scaleOutMargin) : void 0;
  const inTime = (actions ?? []).find(
    (a) => Math.max(a.MinSize ?? 0, a.DesiredCapacity ?? 0) >= need && (!latestStart || a.StartTime !== void 0 && a.StartTime <= latestStart && (!airtime || a.StartTime >= new Date(airtime.getTime() - 864e5)))
  );
  if (inTime)
    return found.pass(
      `${name}: ${now} instances now; scheduled action ${inTime.ScheduledActionName} raises it to ${Math.max(inTime.MinSize ?? 0, inTime.DesiredCapacity ?? 0)} at ${inTime.StartTime?.toISOString()}, before airtime.`,
      at
    );
  if (!actions) return;
  const start = (latestStart ?? new Date(rules.now.getTime() + 36e5)).toISOString().replace(/\.\d{3}Z$/, "Z");
  found.fail(
    `${name}: ${now} instances (min ${group.MinSize}, desired ${group.DesiredCapacity}) and no scheduled action reaching the plan's ${need} ${latestStart ? `by ${latestStart.toISOString()}` : "before airtime"}. Reactive scaling takes minutes: the spike takes seconds.`,
    {
      ...at,
      fix: {
        action: `Schedule ${group.AutoScalingGroupName} to ${need} instances at least ${Math.round(scaleOutMargin / 6e4)} minutes before airtime (and back down after the show).`,
        command: `aws autoscaling put-scheduled-update-group-action --auto-scaling-group-name ${group.AutoScalingGroupName} --scheduled-action-name primetime-airtime --start-time ${start} --min-size ${need} --desired-capacity ${need}${(group.MaxSize ?? 0) < need ? ` --max-size ${need}` : ""} --region ${target.region}`,
        leadTimeMs: scaleOutMargin
      }
    }
  );
}
export {
  targets_default as default,
  judgeScaling,
  judgeTargetGroup
};
