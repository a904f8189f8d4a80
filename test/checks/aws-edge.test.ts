/** The edge on the night, through the real SDK clients against the local endpoint: alarms (CloudWatch JSON 1.0). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AwsScenario } from '../../src/demo/aws-endpoint.js';
import { runAwsCheck } from '../fixtures/aws.js';

const lines = (result: { evidence: { level: string; message: string; unverified?: boolean }[] }) =>
  result.evidence.map((e) => `${e.unverified ? 'unverified' : e.level}: ${e.message}`);

describe('alarms (CloudWatch DescribeAlarms through the real SDK)', () => {
  const alarms: AwsScenario['alarms'] = [
    { name: 'elan-5xx', state: 'OK' },
    { name: 'elan-latency', state: 'OK' },
    ...Array.from({ length: 60 }, (_, i) => ({ name: `elan-target-${i}`, state: 'OK' as const })),
  ];

  it('passes named and prefixed alarms that are OK and tell someone, read page by page', async () => {
    const { result, endpoint } = await runAwsCheck('alarms', { alarms }, { names: ['elan-5xx'], prefixes: ['elan-'] });
    assert.equal(result.status, 'pass', lines(result).join('\n'));
    assert.equal(result.evidence.filter((e) => e.level === 'pass').length, 62);
    // 62 alarms match the prefix: two pages of 50.
    assert.deepEqual(endpoint.calls, ['cloudwatch:DescribeAlarms', 'cloudwatch:DescribeAlarms', 'cloudwatch:DescribeAlarms']);
  });

  it('fails an alarm firing, one that cannot fire, and one missing; warns one that tells nobody', async () => {
    const faulty: AwsScenario['alarms'] = [
      { name: 'elan-5xx', state: 'ALARM', reason: 'Threshold Crossed: 3 datapoints were greater than the threshold (10.0)' },
      { name: 'elan-latency', state: 'INSUFFICIENT_DATA', metric: 'TargetResponseTime' },
      { name: 'elan-cpu', state: 'OK', actionsEnabled: false },
      { name: 'elan-disk', state: 'OK', actions: [] },
    ];
    const { result } = await runAwsCheck('alarms', { alarms: faulty }, { names: ['elan-5xx', 'elan-latency', 'elan-cpu', 'elan-disk', 'elan-gone'] });
    assert.equal(result.status, 'fail');
    const all = lines(result).join('\n');
    assert.match(all, /fail: .* no alarm named elan-gone: deleted or renamed/);
    assert.match(all, /fail: .* alarm elan-5xx is in ALARM since 2027-03-10T09:00:00Z: Threshold Crossed/);
    assert.match(all, /fail: .* alarm elan-latency has INSUFFICIENT_DATA .* AWS\/ApplicationELB\/TargetResponseTime has no data, so it cannot fire/);
    assert.match(all, /warn: .* alarm elan-cpu: its actions are disabled/);
    assert.match(all, /warn: .* alarm elan-disk has no action/);
    assert.ok(result.remediation.some((r) => r.action === 'aws cloudwatch enable-alarm-actions --alarm-names elan-cpu --region eu-west-3'));
  });

  it('a prefix nothing matches fails; a denied call could not be verified', async () => {
    const none = await runAwsCheck('alarms', { alarms }, { prefixes: ['shop-'] });
    assert.match(lines(none.result)[0]!, /^fail: .* no alarm starts with "shop-"/);
    const denied = await runAwsCheck('alarms', { alarms, faults: { denied: ['cloudwatch:DescribeAlarms'] } }, { names: ['elan-5xx'] });
    assert.match(lines(denied.result)[0]!, /^unverified: .* access denied: the role needs cloudwatch:DescribeAlarms/);
    assert.equal(denied.result.status, 'error');
  });
});
