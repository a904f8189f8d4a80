/** CloudWatch (JSON 1.0): GetMetricData, the usage of each quota's metric and the scenario's other metrics. */
import type { Answer, AwsScenario } from './scenario.js';
import { json } from './wire.js';

type Query = {
  Id: string;
  MetricStat?: { Stat?: string; Metric?: { Namespace?: string; MetricName?: string; Dimensions?: { Name: string; Value: string }[] } };
};

/** The points of one query's metric, oldest first. */
function pointsOf(scenario: AwsScenario, query: Query): number[] {
  const metric = query.MetricStat?.Metric;
  const dims = Object.fromEntries((metric?.Dimensions ?? []).map((d) => [d.Name, d.Value]));
  // The quota's usage metric carries its dimensions; match the scenario's usage by quota code or by resource.
  const quota = (scenario.quotas ?? []).find(
    (x) => x.usageMetric && x.usageMetric.name === metric?.MetricName && Object.entries(x.usageMetric.dimensions).every(([k, v]) => dims[k] === v),
  );
  if (quota) return scenario.usage?.[quota.quotaCode] ?? [];
  const same = (a: Record<string, string>, b: Record<string, string>) =>
    Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
  return (
    (scenario.metrics ?? []).find(
      (m) => m.namespace === metric?.Namespace && m.name === metric?.MetricName && same(m.dimensions, dims) && (!m.stat || m.stat === query.MetricStat?.Stat),
    )?.values ?? []
  );
}

/** DescribeAlarms: by names or by prefix, pages of MaxRecords (50 by default), the next one's offset as NextToken. */
function describeAlarms(scenario: AwsScenario, input: Record<string, unknown>): Answer {
  const names = (input.AlarmNames as string[] | undefined) ?? [];
  const prefix = input.AlarmNamePrefix as string | undefined;
  const all = (scenario.alarms ?? []).filter((a) => (names.length === 0 || names.includes(a.name)) && (!prefix || a.name.startsWith(prefix)));
  const size = Number(input.MaxRecords ?? 50);
  const start = Number(input.NextToken ?? 0);
  const page = all.slice(start, start + size).map((a) => ({
    AlarmName: a.name,
    AlarmArn: `arn:aws:cloudwatch:eu-west-3:123456789012:alarm:${a.name}`,
    StateValue: a.state,
    StateReason: a.reason ?? `Threshold ${a.state === 'ALARM' ? 'Crossed' : 'not crossed'}`,
    StateUpdatedTimestamp: Math.floor(new Date(a.updated ?? '2027-03-10T09:00:00Z').getTime() / 1000),
    ActionsEnabled: a.actionsEnabled ?? true,
    AlarmActions: a.actions ?? ['arn:aws:sns:eu-west-3:123456789012:on-call'],
    MetricName: a.metric ?? 'HTTPCode_Target_5XX_Count',
    Namespace: 'AWS/ApplicationELB',
  }));
  return json(200, '1.0', { MetricAlarms: page, CompositeAlarms: [], ...(start + size < all.length ? { NextToken: String(start + size) } : {}) });
}

export function cloudWatch(scenario: AwsScenario, op: string, input: Record<string, unknown>): Answer {
  if (op === 'DescribeAlarms') return describeAlarms(scenario, input);
  if (op !== 'GetMetricData') return json(400, '1.0', { __type: 'InvalidParameterValue', message: `unsupported operation ${op}` });
  const queries = (input.MetricDataQueries as Query[]) ?? [];
  const end = Math.floor(Date.now() / 1000);
  const ascending = input.ScanBy === 'TimestampAscending';
  return json(200, '1.0', {
    MetricDataResults: queries.map((q) => {
      const values = pointsOf(scenario, q);
      const timestamps = values.map((_, i) => end - (values.length - i) * 60);
      // CloudWatch answers newest first unless asked otherwise.
      return {
        Id: q.Id,
        Label: q.MetricStat?.Metric?.MetricName,
        StatusCode: 'Complete',
        Timestamps: ascending ? timestamps : timestamps.reverse(),
        Values: ascending ? values : [...values].reverse(),
      };
    }),
    Messages: [],
  });
}
