import { z } from 'zod';
import { awsPreflight, where } from '../../src/aws/check.js';
import type { AutoScalingGroup, ScheduledUpdateGroupAction } from '@aws-sdk/client-auto-scaling';
import type { AwsTarget } from '../../src/aws/access.js';
import { defineCheck, findings, formatNumber, type Findings, Duration } from '../../src/check/index.js';
import { vcpusOf } from '../../src/plan/instance-types.js';
import { readScalingGroups, readTargetGroups, type ScalingAccount, type TargetGroupHealth } from './read.js';

const Options = z.strictObject({
  targetGroups: z.array(z.string().min(1)).default([]).describe('Target group ARNs.'),
  minHealthy: z.number().int().min(1).default(2).describe('Healthy targets each group must have.'),
  autoScalingGroups: z.array(z.string().min(1)).default([]).describe('Auto Scaling group names.'),
  scaleOutMargin: Duration.prefault('30m').describe(
    'A scheduled scale-out must start at least this long before airtime (instances take minutes to boot and warm).',
  ),
});
export type Options = z.output<typeof Options>;

const MUST_RUN = ['Launch', 'HealthCheck', 'ReplaceUnhealthy'];

export default defineCheck({
  meta: {
    id: 'targets',
    title: 'Targets are healthy and Auto Scaling reaches the planned instances by airtime',
    failureTitle: 'Too few healthy targets, or Auto Scaling will not reach the peak in time',
    description:
      "Counts healthy targets per target group, and checks each Auto Scaling group: its capacity at airtime (now, or through a scheduled action that starts early enough) reaches the plan's instances, its maximum fits the vCPU quota, and no Launch or HealthCheck process is suspended.",
    options: Options,
    recommended: 'error',
    requires: ['aws'],
    permissions: [
      'elasticloadbalancing:DescribeTargetHealth',
      'autoscaling:DescribeAutoScalingGroups',
      'autoscaling:DescribeScheduledActions',
      'servicequotas:GetServiceQuota',
    ],
  },
  watched: ({ targetGroups, autoScalingGroups, minHealthy }) => ({ targetGroups, autoScalingGroups, minHealthy }),
  async run(ctx) {
    if (ctx.options.targetGroups.length === 0 && ctx.options.autoScalingGroups.length === 0)
      return { status: 'skip', summary: 'No target group or Auto Scaling group configured.' };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const need = ctx.plan.targets.instances;
    const rules: Rules = { ...ctx.options, need, airtime: ctx.event.airtime, now: ctx.clock.now(), vcpusPerInstance: ctx.event.capacity?.vcpusPerInstance };
    for (const group of await readTargetGroups(ctx, ctx.options.targetGroups, found)) judgeTargetGroup(group, rules, found);
    for (const account of await readScalingGroups(ctx, ctx.options.autoScalingGroups, need, found)) judgeScaling(account, rules, found);
    return found.outcome(`Healthy targets, and Auto Scaling reaches ${need ?? 'the planned'} instances by airtime.`);
  },
});

export type Rules = z.output<typeof Options> & { need?: number; airtime?: Date; now: Date; vcpusPerInstance?: number };

export function judgeTargetGroup({ target, arn, targets }: TargetGroupHealth, rules: Pick<Rules, 'minHealthy'>, found: Findings): void {
  const healthy = targets.filter((t) => t.TargetHealth?.State === 'healthy');
  const others = targets
    .filter((t) => t.TargetHealth?.State !== 'healthy')
    .map((t) => `${t.Target?.Id} ${t.TargetHealth?.State}${t.TargetHealth?.Reason ? ` (${t.TargetHealth.Reason})` : ''}`);
  const group = arn.split('/').at(-2) ?? arn;
  found[healthy.length >= rules.minHealthy ? 'pass' : 'fail'](
    `${where(target)} target group ${group}: ${healthy.length} healthy of ${targets.length} (at least ${rules.minHealthy})${others.length ? `; ${others.join(', ')}` : ''}.`,
    { target: arn },
  );
}

/** Every named group exists, and each can launch, fits the vCPU quota, and reaches the plan by airtime. */
export function judgeScaling({ target, requested, groups, quotaVcpus, scheduled }: ScalingAccount, rules: Rules, found: Findings): void {
  for (const missing of requested.filter((name) => !groups.some((g) => g.AutoScalingGroupName === name)))
    found.fail(`${where(target)}: no Auto Scaling group named ${missing}.`, { target: missing });
  for (const group of groups) {
    const name = `${where(target)} ${group.AutoScalingGroupName}`;
    const at = { target: group.AutoScalingGroupName };
    const suspended = (group.SuspendedProcesses ?? []).map((p) => p.ProcessName!).filter((p) => MUST_RUN.includes(p));
    if (suspended.length)
      found.fail(`${name}: ${suspended.join(', ')} suspended: the group cannot launch or replace instances.`, {
        ...at,
        fix: {
          action: `Resume ${suspended.join(', ')} on ${group.AutoScalingGroupName}.`,
          command: `aws autoscaling resume-processes --auto-scaling-group-name ${group.AutoScalingGroupName} --scaling-processes ${suspended.join(' ')} --region ${target.region}`,
        },
      });
    const type = group.Instances?.[0]?.InstanceType;
    const perInstance = rules.vcpusPerInstance ?? (type ? vcpusOf(type) : undefined);
    const maxSize = group.MaxSize ?? 0;
    if (quotaVcpus !== undefined && perInstance !== undefined && maxSize * perInstance > quotaVcpus)
      found.fail(
        `${name}: MaxSize ${group.MaxSize} × ${perInstance} vCPU (${type}) = ${maxSize * perInstance} vCPU, over the account's quota of ${formatNumber(quotaVcpus)}.`,
        at,
      );
    if (rules.need === undefined) {
      found.info(`${name}: min ${group.MinSize}, desired ${group.DesiredCapacity}, max ${group.MaxSize}. Set event.capacity to compare with the peak.`, at);
      continue;
    }
    if (maxSize < rules.need) found.fail(`${name}: MaxSize ${group.MaxSize} is below the plan's ${rules.need} instances.`, at);
    judgeCapacityAtAirtime(target, group, scheduled.get(group.AutoScalingGroupName!), { ...rules, need: rules.need }, found);
  }
}

/** Enough instances now, or a scheduled action that raises the group early enough before airtime. */
function judgeCapacityAtAirtime(
  target: AwsTarget,
  group: AutoScalingGroup,
  actions: ScheduledUpdateGroupAction[] | undefined,
  rules: Rules & { need: number },
  found: Findings,
): void {
  const { need, airtime, scaleOutMargin } = rules;
  const name = `${where(target)} ${group.AutoScalingGroupName}`;
  const at = { target: group.AutoScalingGroupName };
  const now = Math.max(group.MinSize ?? 0, group.DesiredCapacity ?? 0);
  if (now >= need) return found.pass(`${name}: ${now} instances already (min ${group.MinSize}, desired ${group.DesiredCapacity}), the plan needs ${need}.`, at);
  const latestStart = airtime ? new Date(airtime.getTime() - scaleOutMargin) : undefined;
  const inTime = (actions ?? []).find(
    (a) =>
      Math.max(a.MinSize ?? 0, a.DesiredCapacity ?? 0) >= need &&
      (!latestStart || (a.StartTime !== undefined && a.StartTime <= latestStart && (!airtime || a.StartTime >= new Date(airtime.getTime() - 86_400_000)))),
  );
  if (inTime)
    return found.pass(
      `${name}: ${now} instances now; scheduled action ${inTime.ScheduledActionName} raises it to ${Math.max(inTime.MinSize ?? 0, inTime.DesiredCapacity ?? 0)} at ${inTime.StartTime?.toISOString()}, before airtime.`,
      at,
    );
  // No action read (the call failed): an unverified finding already says so, nothing is proven missing.
  if (!actions) return;
  const start = (latestStart ?? new Date(rules.now.getTime() + 3_600_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  found.fail(
    `${name}: ${now} instances (min ${group.MinSize}, desired ${group.DesiredCapacity}) and no scheduled action reaching the plan's ${need} ${latestStart ? `by ${latestStart.toISOString()}` : 'before airtime'}. Reactive scaling takes minutes: the spike takes seconds.`,
    {
      ...at,
      fix: {
        action: `Schedule ${group.AutoScalingGroupName} to ${need} instances at least ${Math.round(scaleOutMargin / 60_000)} minutes before airtime (and back down after the show).`,
        command: `aws autoscaling put-scheduled-update-group-action --auto-scaling-group-name ${group.AutoScalingGroupName} --scheduled-action-name primetime-airtime --start-time ${start} --min-size ${need} --desired-capacity ${need}${(group.MaxSize ?? 0) < need ? ` --max-size ${need}` : ''} --region ${target.region}`,
        leadTimeMs: scaleOutMargin,
      },
    },
  );
}
