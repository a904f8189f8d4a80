/** Auto Scaling (query/XML): groups and scheduled actions. */
import type { Answer, AwsScenario } from './scenario.js';
import { queryError, queryOk } from './wire.js';

const ASG_NS = 'http://autoscaling.amazonaws.com/doc/2011-01-01/';

export function autoScaling(scenario: AwsScenario, action: string, params: URLSearchParams): Answer {
  const groups = scenario.autoScalingGroups ?? [];
  switch (action) {
    case 'DescribeAutoScalingGroups': {
      const names = [...params.entries()].filter(([k]) => k.startsWith('AutoScalingGroupNames.member.')).map(([, v]) => v);
      return queryOk(ASG_NS, action, {
        AutoScalingGroups: groups
          .filter((g) => names.length === 0 || names.includes(g.name))
          .map((g) => ({
            AutoScalingGroupName: g.name,
            AutoScalingGroupARN: `arn:aws:autoscaling:eu-west-3:123456789012:autoScalingGroup:1:autoScalingGroupName/${g.name}`,
            MinSize: g.min,
            MaxSize: g.max,
            DesiredCapacity: g.desired,
            DefaultCooldown: 300,
            AvailabilityZones: ['eu-west-3a', 'eu-west-3b'],
            HealthCheckType: 'ELB',
            CreatedTime: '2026-01-15T10:00:00.000Z',
            Instances: Array.from({ length: g.inService ?? g.desired }, (_, i) => ({
              InstanceId: `i-${g.name}-${i}`,
              InstanceType: g.instanceType,
              AvailabilityZone: 'eu-west-3a',
              LifecycleState: 'InService',
              HealthStatus: 'Healthy',
              ProtectedFromScaleIn: false,
            })),
            SuspendedProcesses: (g.suspended ?? []).map((p) => ({ ProcessName: p, SuspensionReason: 'User suspended at 2027-03-01T10:00:00Z' })),
          })),
      });
    }
    case 'DescribeScheduledActions': {
      const name = params.get('AutoScalingGroupName') ?? '';
      return queryOk(ASG_NS, action, {
        ScheduledUpdateGroupActions: (scenario.scheduledActions?.[name] ?? []).map((a) => ({
          AutoScalingGroupName: name,
          ScheduledActionName: a.name,
          StartTime: a.startTime,
          MinSize: a.min,
          MaxSize: a.max,
          DesiredCapacity: a.desired,
        })),
      });
    }
  }
  return queryError(400, 'InvalidAction', `unsupported action ${action}`);
}
