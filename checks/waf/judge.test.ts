import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judged } from '../../test/fixtures/judge.js';
import { judge } from './index.js';

const target = { name: 'prod', region: 'eu-west-3' };
const arn = 'arn:aws:elasticloadbalancing:eu-west-3:1:loadbalancer/app/shop/1';
const visit = { viewersPerAddress: 50, pagesPerVisit: 3, requestsPerPageView: 4 };
const rule = (Limit: number, block: boolean) => ({ Name: 'rate', Statement: { RateBasedStatement: { Limit } }, Action: block ? { Block: {} } : { Count: {} } });

describe('waf judge', () => {
  it('warns when a blocking rate rule would stop viewers behind one carrier address', () => {
    const low = judged((found) => judge({ target, arn, webAcl: { Name: 'acl', Rules: [rule(500, true)] } as never }, visit, found));
    assert.equal(low.status, 'warn');
    assert.match(low.lines[1]!, /blocks beyond 500 requests .* send about 600 .*: they would be blocked/);
    assert.match(low.fixes[0]!, /at least 1,200/);
    assert.equal(judged((found) => judge({ target, arn, webAcl: { Name: 'acl', Rules: [rule(500, false)] } as never }, visit, found)).status, 'pass');
  });

  it('blocks a load balancer without a WebACL, with the command to attach one', () => {
    const bare = judged((found) => judge({ target, arn }, visit, found));
    assert.deepEqual(bare.lines, ['fail: prod (eu-west-3) shop: no WebACL attached.']);
  });
});
