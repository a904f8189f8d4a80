import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judged } from '../../test/fixtures/judge.js';
import { judge } from './index.js';
import type { QuotaReading } from './read.js';

const rules = { warnAt: 0.8, failAt: 1, leadTime: 3 * 86_400_000 };
const reading = (value: number, usage: number, pending: QuotaReading['pending'] = []): QuotaReading => ({
  target: { name: 'prod', region: 'eu-west-3' },
  want: { service: 'ec2', code: 'L-1216C47A', need: 64 },
  code: 'L-1216C47A',
  label: 'ec2 L-1216C47A',
  quota: { name: 'Running On-Demand Standard instances', value, onDefault: false },
  usage,
  pending,
});

describe('service-quotas judge', () => {
  it('projects usage plus the event against the quota: pass, warning at 80 %, blocker at 100 %', () => {
    assert.equal(judged((found) => judge(reading(1000, 100), rules, found)).status, 'pass');
    const near = judged((found) => judge(reading(200, 100), rules, found));
    assert.equal(near.status, 'warn');
    assert.match(near.lines[0]!, /usage 100 \+ 64 for the event = 164 of 200 \(82 %\)/);
    const over = judged((found) => judge(reading(128, 100), rules, found));
    assert.equal(over.status, 'fail');
    assert.match(over.fixes[0]!, /raised to 205 in eu-west-3/);
  });

  it('asks for no increase when one pending already covers the peak', () => {
    const covered = judged((found) => judge(reading(128, 100, [{ desiredValue: 256, status: 'PENDING', caseId: '123' }]), rules, found));
    assert.equal(covered.status, 'fail');
    assert.deepEqual(covered.fixes, []);
    assert.match(covered.lines[1]!, /an increase to 256 is PENDING.*support case 123/);
  });
});
