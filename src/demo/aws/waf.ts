/** WAFv2 (JSON 1.1): the WebACL attached to a resource. */
import type { Answer, AwsScenario } from './scenario.js';
import { json } from './wire.js';

export function waf(scenario: AwsScenario, op: string, input: Record<string, unknown>): Answer {
  if (op !== 'GetWebACLForResource') return json(400, '1.1', { __type: 'WAFInvalidOperationException', message: `unsupported operation ${op}` });
  const arn = String(input.ResourceArn);
  if (!scenario.webAcls || !(arn in scenario.webAcls)) return json(400, '1.1', { __type: 'WAFNonexistentItemException', message: `resource ${arn} not found` });
  const acl = scenario.webAcls[arn];
  if (!acl) return json(200, '1.1', {});
  const visibility = { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl.name };
  return json(200, '1.1', {
    WebACL: {
      Name: acl.name,
      Id: 'acl-1',
      ARN: `arn:aws:wafv2:eu-west-3:123456789012:regional/webacl/${acl.name}/acl-1`,
      DefaultAction: { Allow: {} },
      VisibilityConfig: visibility,
      Rules: acl.rules.map((r, i) => ({
        Name: r.name,
        Priority: i,
        Statement: r.rateLimit
          ? { RateBasedStatement: { Limit: r.rateLimit, AggregateKeyType: 'IP' } }
          : { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } },
        ...(r.rateLimit ? { Action: { [r.action ?? 'Block']: {} } } : { OverrideAction: { None: {} } }),
        VisibilityConfig: { ...visibility, MetricName: r.name },
      })),
    },
  });
}
