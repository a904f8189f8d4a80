/** CloudWatch (JSON 1.0): GetMetricData, the usage of each quota's metric. */
import type { Answer, AwsScenario } from './scenario.js';
import { json } from './wire.js';

export function cloudWatch(scenario: AwsScenario, op: string, input: Record<string, unknown>): Answer {
  if (op !== 'GetMetricData') return json(400, '1.0', { __type: 'InvalidParameterValue', message: `unsupported operation ${op}` });
  const queries =
    (input.MetricDataQueries as { Id: string; MetricStat?: { Metric?: { MetricName?: string; Dimensions?: { Name: string; Value: string }[] } } }[]) ?? [];
  const end = Math.floor(Date.now() / 1000);
  return json(200, '1.0', {
    MetricDataResults: queries.map((q) => {
      // The quota's usage metric carries its dimensions; match the scenario's usage by quota code or by resource.
      const dims = Object.fromEntries((q.MetricStat?.Metric?.Dimensions ?? []).map((d) => [d.Name, d.Value]));
      const quota = (scenario.quotas ?? []).find(
        (x) =>
          x.usageMetric && x.usageMetric.name === q.MetricStat?.Metric?.MetricName && Object.entries(x.usageMetric.dimensions).every(([k, v]) => dims[k] === v),
      );
      const values = (quota && scenario.usage?.[quota.quotaCode]) ?? [];
      return {
        Id: q.Id,
        Label: q.MetricStat?.Metric?.MetricName,
        StatusCode: 'Complete',
        Timestamps: values.map((_, i) => end - (values.length - i) * 300),
        Values: values,
      };
    }),
    Messages: [],
  });
}
