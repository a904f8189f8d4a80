import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judged } from '../../test/fixtures/judge.js';
import { judgeAddresses, judgeReservation, type LoadBalancer, type Rules } from './index.js';

const target = { name: 'prod', region: 'eu-west-3' };
const rules: Rules = { loadBalancers: ['shop'], classic: [], resolutions: 5, minAddresses: 2, leadTime: 4 * 3_600_000, need: 40 };
const lb = (units: number, codes: string[]): LoadBalancer => ({
  target,
  name: 'prod (eu-west-3) shop',
  lbName: 'shop',
  arn: 'arn:aws:elasticloadbalancing:eu-west-3:1:loadbalancer/app/shop/1',
  reservation: { units, states: codes.map((Code, i) => ({ AvailabilityZone: `eu-west-3${'abc'[i]}`, State: { Code: Code as 'provisioned' } })) },
});

describe('lb-prewarm judges', () => {
  it('passes a reservation that reaches the plan in every zone', () => {
    const result = judged((found) => judgeReservation(lb(40, ['provisioned', 'provisioned']), rules, found));
    assert.deepEqual(result.lines, ['pass: prod (eu-west-3) shop: 40 LCU reserved and provisioned in 2 zones (the plan needs 40).']);
  });

  it('blocks a reservation below the plan with the command to raise it, and says when a zone is still pending too late', () => {
    const result = judged((found) => judgeReservation(lb(10, ['provisioned', 'pending']), { ...rules, timeLeftMs: 3_600_000 }, found));
    assert.equal(result.status, 'fail');
    assert.match(result.lines[0]!, /10 LCU reserved; the plan needs 40 LCU/);
    assert.match(result.lines[1]!, /^warn: .*eu-west-3b is pending, and only 1 h remain before airtime/);
    assert.match(result.fixes[0]!, /Reserve 40 LCU on shop/);
  });

  it('reads a Classic ELB on one address as not scaled out, and an unresolved Classic name as a failure', () => {
    const one = judged((found) => judgeAddresses({ name: 'old', dnsName: 'old.elb.amazonaws.com', classic: true, addresses: ['192.0.2.1'] }, rules, found));
    assert.equal(one.status, 'warn');
    assert.match(one.lines[0]!, /1 distinct address over 5 lookups/);
    assert.equal(
      judged((found) => judgeAddresses({ name: 'alb', dnsName: 'alb.example', classic: false, addresses: ['192.0.2.1'] }, rules, found)).status,
      'skip',
    );
    assert.equal(judged((found) => judgeAddresses({ name: 'old', dnsName: 'old.example', classic: true, error: 'ENOTFOUND' }, rules, found)).status, 'fail');
  });
});
