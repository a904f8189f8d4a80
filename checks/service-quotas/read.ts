/** Gathers each wanted quota: its value (applied, or the AWS default), its usage from CloudWatch, pending increases. */
import type { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { awsCaller, boundedPages, where, type AwsCall } from '../../src/aws/check.js';
import type { AwsTarget } from '../../src/aws/access.js';
import type { CheckContext, Findings } from '../../src/check/index.js';

export interface Wanted {
  service: string;
  code?: string;
  name?: string;
  need: number;
}

export interface QuotaReading {
  target: AwsTarget;
  want: Wanted;
  code: string;
  /** "ec2 L-1216C47A". */
  label: string;
  quota: { name?: string; value: number; onDefault: boolean };
  /** The highest usage over the usage window (0 when the quota has no usage metric). */
  usage: number;
  pending: { desiredValue: number; status: string; created?: Date; caseId?: string }[];
}

interface Clients {
  sq: typeof import('@aws-sdk/client-service-quotas');
  cw: typeof import('@aws-sdk/client-cloudwatch');
  quotas: ServiceQuotasClient;
  cloudwatch: CloudWatchClient;
  call: AwsCall;
}

/** Each quota wanted, its usage over the last `usageWindow` ms, and any increase pending, in every account and region read. */
export async function readQuotas(ctx: Pick<CheckContext, 'aws' | 'clock'>, wanted: Wanted[], usageWindow: number, found: Findings): Promise<QuotaReading[]> {
  const [sq, cw] = await Promise.all([import('@aws-sdk/client-service-quotas'), import('@aws-sdk/client-cloudwatch')]);
  const readings: QuotaReading[] = [];
  for (const target of ctx.aws.targets) {
    const clients = {
      sq,
      cw,
      quotas: await ctx.aws.client(sq.ServiceQuotasClient, target),
      cloudwatch: await ctx.aws.client(cw.CloudWatchClient, target),
      call: awsCaller(found, target),
    };
    for (const want of wanted) {
      const code = want.code ?? (await codeByName(clients, target, want, found));
      if (!code) continue;
      const label = `${want.service} ${code}`;
      const quota = await readQuota(clients, want.service, code, label);
      if (!quota) continue;
      const usage = await readUsage(clients, quota.metric, label, ctx.clock.now(), usageWindow);
      const pending = await readPending(clients, want.service, code, label);
      readings.push({ target, want, code, label, quota, usage, pending });
    }
  }
  return readings;
}

/** A quota given by name: list the service's quotas, page after page. */
async function codeByName({ sq, quotas, call }: Clients, target: AwsTarget, want: Wanted, found: Findings): Promise<string | undefined> {
  const lookup = await call(
    'servicequotas:ListServiceQuotas',
    `${want.service} quotas`,
    async () => {
      const pages = boundedPages((NextToken) => quotas.send(new sq.ListServiceQuotasCommand({ ServiceCode: want.service, NextToken })));
      for await (const page of pages) {
        // A page without its list (an empty body) proves no quota is missing.
        if (!page.Quotas) return { code: undefined, Quotas: undefined };
        const match = page.Quotas.find((q) => q.QuotaName === want.name);
        if (match) return { code: match.QuotaCode, Quotas: page.Quotas };
      }
      return { code: undefined, Quotas: [] };
    },
    'Quotas',
  );
  if (lookup && !lookup.code) found.fail(`${where(target)}: no ${want.service} quota named "${want.name}".`, { target: want.service });
  return lookup?.code;
}

async function readQuota({ sq, quotas, call }: Clients, service: string, code: string, label: string) {
  let onDefault = false;
  const answer = await call(
    'servicequotas:GetServiceQuota',
    label,
    async () => {
      try {
        return await quotas.send(new sq.GetServiceQuotaCommand({ ServiceCode: service, QuotaCode: code }));
      } catch (error) {
        // No applied value: the account runs on the AWS default.
        if ((error as Error).name !== 'NoSuchResourceException') throw error;
        onDefault = true;
        return await quotas.send(new sq.GetAWSDefaultServiceQuotaCommand({ ServiceCode: service, QuotaCode: code }));
      }
    },
    'Quota',
  );
  const quota = answer?.Quota;
  if (quota?.Value === undefined) return undefined;
  return { name: quota.QuotaName, value: quota.Value, onDefault, metric: quota.UsageMetric };
}

type UsageMetric = NonNullable<Awaited<ReturnType<typeof readQuota>>>['metric'];

async function readUsage({ cw, cloudwatch, call }: Clients, metric: UsageMetric, label: string, end: Date, windowMs: number): Promise<number> {
  if (!metric?.MetricNamespace || !metric.MetricName) return 0;
  const Metric = {
    Namespace: metric.MetricNamespace,
    MetricName: metric.MetricName,
    Dimensions: Object.entries(metric.MetricDimensions ?? {}).map(([Name, Value]) => ({ Name, Value })),
  };
  const result = await call(
    'cloudwatch:GetMetricData',
    `usage of ${label}`,
    () =>
      cloudwatch.send(
        new cw.GetMetricDataCommand({
          StartTime: new Date(end.getTime() - windowMs),
          EndTime: end,
          MetricDataQueries: [{ Id: 'usage', MetricStat: { Metric, Period: 300, Stat: metric.MetricStatisticRecommendation ?? 'Maximum' } }],
        }),
      ),
    'MetricDataResults',
  );
  return Math.max(0, ...(result?.MetricDataResults?.[0]?.Values ?? []));
}

async function readPending({ sq, quotas, call }: Clients, service: string, code: string, label: string): Promise<QuotaReading['pending']> {
  const history = await call(
    'servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota',
    label,
    () => quotas.send(new sq.ListRequestedServiceQuotaChangeHistoryByQuotaCommand({ ServiceCode: service, QuotaCode: code })),
    'RequestedQuotas',
  );
  return (history?.RequestedQuotas ?? [])
    .filter((r) => r.Status === 'PENDING' || r.Status === 'CASE_OPENED')
    .map((r) => ({ desiredValue: r.DesiredValue ?? 0, status: r.Status!, created: r.Created, caseId: r.CaseId }));
}
