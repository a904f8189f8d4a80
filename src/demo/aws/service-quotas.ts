/** Service Quotas (JSON 1.1): applied and default values, paged lists, increase requests. */
import type { Answer, AwsScenario, SimulatedQuota } from './scenario.js';
import { json } from './wire.js';

const quotaJson = (q: SimulatedQuota) => ({
  ServiceCode: q.serviceCode,
  ServiceName: q.serviceCode,
  QuotaCode: q.quotaCode,
  QuotaName: q.quotaName,
  QuotaArn: `arn:aws:servicequotas:eu-west-3:123456789012:${q.serviceCode}/${q.quotaCode}`,
  Value: q.value,
  Unit: 'None',
  Adjustable: true,
  GlobalQuota: false,
  ...(q.usageMetric
    ? {
        UsageMetric: {
          MetricNamespace: q.usageMetric.namespace,
          MetricName: q.usageMetric.name,
          MetricDimensions: q.usageMetric.dimensions,
          MetricStatisticRecommendation: q.usageMetric.statistic,
        },
      }
    : {}),
});

export function serviceQuotas(scenario: AwsScenario, op: string, input: Record<string, unknown>): Answer {
  const faults = scenario.faults ?? {};
  const quotas = scenario.quotas ?? [];
  const find = () => quotas.find((q) => q.serviceCode === input.ServiceCode && q.quotaCode === input.QuotaCode);
  const missing = () =>
    json(400, '1.1', {
      __type: 'NoSuchResourceException',
      message: `The request failed because the specified quota ${String(input.QuotaCode)} does not exist.`,
    });
  switch (op) {
    case 'GetServiceQuota': {
      const quota = find();
      return !quota || quota.applied === false ? missing() : json(200, '1.1', { Quota: quotaJson(quota) });
    }
    case 'GetAWSDefaultServiceQuota': {
      const quota = find();
      return quota ? json(200, '1.1', { Quota: quotaJson(quota) }) : missing();
    }
    case 'ListServiceQuotas': {
      const all = quotas.filter((q) => q.serviceCode === input.ServiceCode && q.applied !== false);
      const size = faults.pageSize ?? 100;
      const start = Number(input.NextToken ?? 0);
      const next = start + size < all.length ? String(start + size) : undefined;
      return json(200, '1.1', { Quotas: all.slice(start, start + size).map(quotaJson), ...(next ? { NextToken: next } : {}) });
    }
    case 'ListRequestedServiceQuotaChangeHistoryByQuota': {
      const requests = (scenario.quotaRequests ?? []).filter((r) => r.serviceCode === input.ServiceCode && r.quotaCode === input.QuotaCode);
      return json(200, '1.1', {
        RequestedQuotas: requests.map((r, i) => ({
          Id: `req-${i}`,
          CaseId: r.caseId,
          ServiceCode: r.serviceCode,
          QuotaCode: r.quotaCode,
          DesiredValue: r.desiredValue,
          Status: r.status,
          Created: Date.parse(r.created) / 1000,
          LastUpdated: Date.parse(r.created) / 1000,
        })),
      });
    }
  }
  return json(400, '1.1', { __type: 'InvalidParameterException', message: `unsupported operation ${op}` });
}
