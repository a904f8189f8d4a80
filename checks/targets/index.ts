import { z } from 'zod';
import { awsCaller, awsPreflight, where } from '../../src/aws/check.js';
import { Duration } from '../../src/config/schema.js';
import { defineCheck, type Evidence, type Remediation } from '../../src/core/check.js';
import { failOrPass } from '../../src/core/outcome.js';
import { vcpusOf } from '../../src/plan/instance-types.js';
import { formatNumber } from '../../src/report/text.js';
import { EC2_STANDARD_VCPUS } from '../../src/aws/quota-codes.js';

const Options = z.strictObject({
  targetGroups: z.array(z.string().min(1)).default([]).describe('Target group ARNs.'),
  minHealthy: z.number().int().min(1).default(2).describe('Healthy targets each group must have.'),
  autoScalingGroups: z.array(z.string().min(1)).default([]).describe('Auto Scaling group names.'),
  scaleOutMargin: Duration.prefault('30m').describe(
    'A scheduled scale-out must start at least this long before airtime (instances take minutes to boot and warm).',
  ),
});

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
  async run(ctx) {
    if (ctx.options.targetGroups.length === 0 && ctx.options.autoScalingGroups.length === 0)
      return { status: 'skip', summary: 'No target group or Auto Scaling group configured.' };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const [elb, asg, sq] = await Promise.all([
      import('@aws-sdk/client-elastic-load-balancing-v2'),
      import('@aws-sdk/client-auto-scaling'),
      import('@aws-sdk/client-service-quotas'),
    ]);
    const evidence: Evidence[] = [];
    const remediation: Remediation[] = [];
    const need = ctx.plan.targets.instances;
    const airtime = ctx.config.event.airtime ? new Date(ctx.config.event.airtime) : undefined;

    for (const target of ctx.aws.targets) {
      const call = awsCaller(evidence, target);
      const elbClient = await ctx.aws.client(elb.ElasticLoadBalancingV2Client, target);
      for (const arn of ctx.options.targetGroups) {
        const health = await call('elasticloadbalancing:DescribeTargetHealth', arn, () =>
          elbClient.send(new elb.DescribeTargetHealthCommand({ TargetGroupArn: arn })),
        );
        if (!health) continue;
        const all = health.TargetHealthDescriptions ?? [];
        const healthy = all.filter((t) => t.TargetHealth?.State === 'healthy');
        const others = all
          .filter((t) => t.TargetHealth?.State !== 'healthy')
          .map((t) => `${t.Target?.Id} ${t.TargetHealth?.State}${t.TargetHealth?.Reason ? ` (${t.TargetHealth.Reason})` : ''}`);
        const group = arn.split('/').at(-2) ?? arn;
        evidence.push({
          level: healthy.length >= ctx.options.minHealthy ? 'pass' : 'fail',
          message: `${where(target)} target group ${group}: ${healthy.length} healthy of ${all.length} (at least ${ctx.options.minHealthy})${others.length ? `; ${others.join(', ')}` : ''}.`,
          target: arn,
        });
      }

      if (ctx.options.autoScalingGroups.length === 0) continue;
      const asgClient = await ctx.aws.client(asg.AutoScalingClient, target);
      const groups = await call('autoscaling:DescribeAutoScalingGroups', ctx.options.autoScalingGroups.join(', '), () =>
        asgClient.send(new asg.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ctx.options.autoScalingGroups })),
      );
      if (!groups) continue;
      for (const missing of ctx.options.autoScalingGroups.filter((name) => !groups.AutoScalingGroups?.some((g) => g.AutoScalingGroupName === name))) {
        evidence.push({ level: 'fail', message: `${where(target)}: no Auto Scaling group named ${missing}.`, target: missing });
      }
      const quota = await call('servicequotas:GetServiceQuota', `ec2 ${EC2_STANDARD_VCPUS}`, () =>
        ctx.aws
          .client(sq.ServiceQuotasClient, target)
          .then((c) => c.send(new sq.GetServiceQuotaCommand({ ServiceCode: 'ec2', QuotaCode: EC2_STANDARD_VCPUS }))),
      ).catch(() => undefined);
      for (const group of groups.AutoScalingGroups ?? []) {
        const name = `${where(target)} ${group.AutoScalingGroupName}`;
        const suspended = (group.SuspendedProcesses ?? []).map((p) => p.ProcessName!).filter((p) => MUST_RUN.includes(p));
        if (suspended.length) {
          evidence.push({
            level: 'fail',
            message: `${name}: ${suspended.join(', ')} suspended: the group cannot launch or replace instances.`,
            target: group.AutoScalingGroupName,
          });
          remediation.push({
            action: `Resume ${suspended.join(', ')} on ${group.AutoScalingGroupName}.`,
            command: `aws autoscaling resume-processes --auto-scaling-group-name ${group.AutoScalingGroupName} --scaling-processes ${suspended.join(' ')} --region ${target.region}`,
          });
        }
        const type = group.Instances?.[0]?.InstanceType;
        const perInstance = ctx.config.event.capacity?.vcpusPerInstance ?? (type ? vcpusOf(type) : undefined);
        if (quota?.Quota?.Value !== undefined && perInstance !== undefined && (group.MaxSize ?? 0) * perInstance > quota.Quota.Value) {
          evidence.push({
            level: 'fail',
            message: `${name}: MaxSize ${group.MaxSize} × ${perInstance} vCPU (${type}) = ${(group.MaxSize ?? 0) * perInstance} vCPU, over the account's quota of ${formatNumber(quota.Quota.Value)}.`,
            target: group.AutoScalingGroupName,
          });
        }
        if (need === undefined) {
          evidence.push({
            level: 'info',
            message: `${name}: min ${group.MinSize}, desired ${group.DesiredCapacity}, max ${group.MaxSize}. Set event.capacity to compare with the peak.`,
            target: group.AutoScalingGroupName,
          });
          continue;
        }
        if ((group.MaxSize ?? 0) < need) {
          evidence.push({
            level: 'fail',
            message: `${name}: MaxSize ${group.MaxSize} is below the plan's ${need} instances.`,
            target: group.AutoScalingGroupName,
          });
        }
        const now = Math.max(group.MinSize ?? 0, group.DesiredCapacity ?? 0);
        if (now >= need) {
          evidence.push({
            level: 'pass',
            message: `${name}: ${now} instances already (min ${group.MinSize}, desired ${group.DesiredCapacity}), the plan needs ${need}.`,
            target: group.AutoScalingGroupName,
          });
          continue;
        }
        const actions = await call('autoscaling:DescribeScheduledActions', group.AutoScalingGroupName!, () =>
          asgClient.send(new asg.DescribeScheduledActionsCommand({ AutoScalingGroupName: group.AutoScalingGroupName })),
        );
        const latestStart = airtime ? new Date(airtime.getTime() - ctx.options.scaleOutMargin) : undefined;
        const inTime = (actions?.ScheduledUpdateGroupActions ?? []).find(
          (a) =>
            Math.max(a.MinSize ?? 0, a.DesiredCapacity ?? 0) >= need &&
            (!latestStart ||
              (a.StartTime !== undefined && a.StartTime <= latestStart && (!airtime || a.StartTime >= new Date(airtime.getTime() - 86_400_000)))),
        );
        if (inTime) {
          evidence.push({
            level: 'pass',
            message: `${name}: ${now} instances now; scheduled action ${inTime.ScheduledActionName} raises it to ${Math.max(inTime.MinSize ?? 0, inTime.DesiredCapacity ?? 0)} at ${inTime.StartTime?.toISOString()}, before airtime.`,
            target: group.AutoScalingGroupName,
          });
          continue;
        }
        evidence.push({
          level: 'fail',
          message: `${name}: ${now} instances (min ${group.MinSize}, desired ${group.DesiredCapacity}) and no scheduled action reaching the plan's ${need} ${latestStart ? `by ${latestStart.toISOString()}` : 'before airtime'}. Reactive scaling takes minutes: the spike takes seconds.`,
          target: group.AutoScalingGroupName,
        });
        const start = (latestStart ?? new Date(ctx.clock.now().getTime() + 3_600_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
        remediation.push({
          action: `Schedule ${group.AutoScalingGroupName} to ${need} instances at least ${Math.round(ctx.options.scaleOutMargin / 60_000)} minutes before airtime (and back down after the show).`,
          command: `aws autoscaling put-scheduled-update-group-action --auto-scaling-group-name ${group.AutoScalingGroupName} --scheduled-action-name primetime-airtime --start-time ${start} --min-size ${need} --desired-capacity ${need}${(group.MaxSize ?? 0) < need ? ` --max-size ${need}` : ''} --region ${target.region}`,
          leadTimeMs: ctx.options.scaleOutMargin,
        });
      }
    }
    return failOrPass(evidence, remediation, `Healthy targets, and Auto Scaling reaches ${need ?? 'the planned'} instances by airtime.`);
  },
});
