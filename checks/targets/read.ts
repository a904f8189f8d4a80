/** Gathers target health per target group, and per account the Auto Scaling groups, the vCPU quota and the scheduled actions. */
import type { AutoScalingGroup, ScheduledUpdateGroupAction } from '@aws-sdk/client-auto-scaling';
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsCaller } from '../../src/aws/check.js';
import type { AwsTarget } from '../../src/aws/access.js';
import { EC2_STANDARD_VCPUS } from '../../src/aws/quota-codes.js';
import type { CheckContext, Findings } from '../../src/check/index.js';

export interface TargetGroupHealth {
  target: AwsTarget;
  arn: string;
  targets: TargetHealthDescription[];
}

export interface ScalingAccount {
  target: AwsTarget;
  /** The names asked for: a name AWS does not return does not exist. */
  requested: string[];
  groups: AutoScalingGroup[];
  /** The EC2 On-Demand Standard vCPU quota, when it could be read. */
  quotaVcpus?: number;
  /** Scheduled actions, read only for a group below the plan's instances now. */
  scheduled: Map<string, ScheduledUpdateGroupAction[]>;
}

/** The health of each target group named (their ARNs), in every account and region read. */
export async function readTargetGroups(ctx: Pick<CheckContext, 'aws'>, arns: string[], found: Findings): Promise<TargetGroupHealth[]> {
  if (arns.length === 0) return [];
  const elb = await import('@aws-sdk/client-elastic-load-balancing-v2');
  const read: TargetGroupHealth[] = [];
  for (const target of ctx.aws.targets) {
    const call = awsCaller(found, target);
    const client = await ctx.aws.client(elb.ElasticLoadBalancingV2Client, target);
    for (const arn of arns) {
      const health = await call(
        'elasticloadbalancing:DescribeTargetHealth',
        arn,
        () => client.send(new elb.DescribeTargetHealthCommand({ TargetGroupArn: arn })),
        'TargetHealthDescriptions',
      );
      if (health) read.push({ target, arn, targets: health.TargetHealthDescriptions! });
    }
  }
  return read;
}

/** The Auto Scaling groups named, the vCPU quota, and the scheduled actions of a group below `need` instances now. */
export async function readScalingGroups(
  ctx: Pick<CheckContext, 'aws'>,
  requested: string[],
  need: number | undefined,
  found: Findings,
): Promise<ScalingAccount[]> {
  if (requested.length === 0) return [];
  const [asg, sq] = await Promise.all([import('@aws-sdk/client-auto-scaling'), import('@aws-sdk/client-service-quotas')]);
  const read: ScalingAccount[] = [];
  for (const target of ctx.aws.targets) {
    const call = awsCaller(found, target);
    const client = await ctx.aws.client(asg.AutoScalingClient, target);
    const described = await call(
      'autoscaling:DescribeAutoScalingGroups',
      requested.join(', '),
      () => client.send(new asg.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: requested })),
      'AutoScalingGroups',
    );
    if (!described) continue;
    const quota = await call('servicequotas:GetServiceQuota', `ec2 ${EC2_STANDARD_VCPUS}`, () =>
      ctx.aws.client(sq.ServiceQuotasClient, target).then((c) => c.send(new sq.GetServiceQuotaCommand({ ServiceCode: 'ec2', QuotaCode: EC2_STANDARD_VCPUS }))),
    ).catch(() => undefined);
    const groups = described.AutoScalingGroups ?? [];
    const scheduled = new Map<string, ScheduledUpdateGroupAction[]>();
    for (const group of groups.filter((g) => need !== undefined && Math.max(g.MinSize ?? 0, g.DesiredCapacity ?? 0) < need)) {
      const actions = await call('autoscaling:DescribeScheduledActions', group.AutoScalingGroupName!, () =>
        client.send(new asg.DescribeScheduledActionsCommand({ AutoScalingGroupName: group.AutoScalingGroupName })),
      );
      if (actions) scheduled.set(group.AutoScalingGroupName!, actions.ScheduledUpdateGroupActions ?? []);
    }
    read.push({ target, requested, groups, quotaVcpus: quota?.Quota?.Value, scheduled });
  }
  return read;
}
