import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judged } from '../../test/fixtures/judge.js';
import { judgeScaling, judgeTargetGroup, type Rules } from './index.js';
import type { ScalingAccount } from './read.js';

const target = { name: 'prod', region: 'eu-west-3' };
const airtime = new Date('2027-03-11T20:00:00Z');
const rules: Rules = {
  targetGroups: [],
  minHealthy: 2,
  autoScalingGroups: ['web'],
  scaleOutMargin: 30 * 60_000,
  need: 12,
  airtime,
  now: new Date('2027-03-10T12:00:00Z'),
};
const account = (group: object, actions?: object[]): ScalingAccount => ({
  target,
  requested: ['web', 'api'],
  groups: [
    { AutoScalingGroupName: 'web', MinSize: 2, DesiredCapacity: 2, MaxSize: 20, Instances: [{ InstanceType: 'm5.large' }], ...group },
  ] as ScalingAccount['groups'],
  quotaVcpus: 32,
  scheduled: new Map(actions ? [['web', actions as never]] : []),
});

describe('targets judges', () => {
  it('counts healthy targets against the minimum and names the others', () => {
    const result = judged((found) =>
      judgeTargetGroup(
        {
          target,
          arn: 'arn:aws:elasticloadbalancing:eu-west-3:1:targetgroup/web/1',
          targets: [
            { Target: { Id: 'i-1' }, TargetHealth: { State: 'healthy' } },
            { Target: { Id: 'i-2' }, TargetHealth: { State: 'unhealthy', Reason: 'Target.Timeout' } },
          ],
        },
        rules,
        found,
      ),
    );
    assert.deepEqual(result.lines, ['fail: prod (eu-west-3) target group web: 1 healthy of 2 (at least 2); i-2 unhealthy (Target.Timeout).']);
  });

  it('passes a scheduled action that reaches the plan early enough, and blocks one that starts too late', () => {
    const early = judged((found) =>
      judgeScaling(account({}, [{ ScheduledActionName: 'show', MinSize: 12, StartTime: new Date('2027-03-11T19:00:00Z') }]), rules, found),
    );
    assert.match(early.lines.join('\n'), /pass: .*scheduled action show raises it to 12/);
    assert.match(early.lines.join('\n'), /no Auto Scaling group named api/);
    assert.match(early.lines.join('\n'), /MaxSize 20 × 2 vCPU \(m5\.large\) = 40 vCPU, over the account's quota of 32/);
    const late = judged((found) =>
      judgeScaling(account({ MaxSize: 8 }, [{ ScheduledActionName: 'late', MinSize: 12, StartTime: new Date('2027-03-11T19:50:00Z') }]), rules, found),
    );
    assert.match(late.lines.join('\n'), /MaxSize 8 is below the plan's 12 instances/);
    assert.match(late.lines.join('\n'), /no scheduled action reaching the plan's 12 by 2027-03-11T19:30:00\.000Z/);
    assert.match(late.fixes.join('\n'), /Schedule web to 12 instances/);
  });

  it('proves nothing missing when the scheduled actions could not be read, and resumes suspended launches', () => {
    const unread = judged((found) => judgeScaling({ ...account({ MaxSize: 6 }), requested: ['web'], quotaVcpus: undefined }, rules, found));
    assert.deepEqual(unread.lines, ["fail: prod (eu-west-3) web: MaxSize 6 is below the plan's 12 instances."]);
    const suspended = judged((found) =>
      judgeScaling({ ...account({ MinSize: 12, SuspendedProcesses: [{ ProcessName: 'Launch' }] }), requested: ['web'] }, rules, found),
    );
    assert.match(suspended.fixes[0]!, /Resume Launch on web/);
  });
});
