/**
 * A resource's history from CloudWatch, for the checks that judge the last days (free storage, evictions, CPU):
 * one GetMetricData call for all the metrics asked, hourly points. A metric without a point is "could not verify"
 * (a new resource, metrics in another region), never a pass.
 */
import type { CheckContext, Findings } from '../check/index.js';
import type { AwsTarget } from './access.js';
import { awsCaller, where } from './check.js';

export interface MetricSpec {
  namespace: string;
  name: string;
  dimensions: Record<string, string>;
  stat: string;
}

export interface HistoryQuery {
  /** What the metric is of, in a finding: "free storage of shop-db". */
  label: string;
  metric: MetricSpec;
}

const HOUR_S = 3_600;

/** Each query's hourly points over the last `lookbackMs`; undefined for a query not read or without a point. */
export async function readHistory(
  ctx: Pick<CheckContext, 'aws' | 'clock'>,
  target: AwsTarget,
  found: Findings,
  queries: HistoryQuery[],
  lookbackMs: number,
): Promise<(number[] | undefined)[]> {
  if (queries.length === 0) return [];
  const cw = await import('@aws-sdk/client-cloudwatch');
  const end = ctx.clock.now();
  const client = await ctx.aws.client(cw.CloudWatchClient, target);
  const answer = await awsCaller(found, target)(
    'cloudwatch:GetMetricData',
    queries.map((q) => q.label).join(', '),
    () =>
      client.send(
        new cw.GetMetricDataCommand({
          StartTime: new Date(end.getTime() - lookbackMs),
          EndTime: end,
          MetricDataQueries: queries.map(({ metric }, i) => ({
            Id: `h${i}`,
            MetricStat: {
              Metric: {
                Namespace: metric.namespace,
                MetricName: metric.name,
                Dimensions: Object.entries(metric.dimensions).map(([Name, Value]) => ({ Name, Value })),
              },
              Period: HOUR_S,
              Stat: metric.stat,
            },
          })),
        }),
      ),
    'MetricDataResults',
  );
  if (!answer) return queries.map(() => undefined);
  const days = Math.round(lookbackMs / 86_400_000);
  return queries.map(({ label, metric }, i) => {
    const values = answer.MetricDataResults?.find((r) => r.Id === `h${i}`)?.Values ?? [];
    if (values.length > 0) return values;
    found.unverified(`${where(target)} ${label}: CloudWatch has no ${metric.name} point over the last ${days} days, so nothing is proven.`, {
      target: Object.values(metric.dimensions)[0],
      data: { kind: 'no-data', permission: 'cloudwatch:GetMetricData' },
    });
    return undefined;
  });
}

/** The lowest point of one metric over the last days (free storage), or undefined. */
export async function lowestOverDays(
  ctx: Pick<CheckContext, 'aws' | 'clock'>,
  target: AwsTarget,
  found: Findings,
  query: HistoryQuery & { lookbackMs: number },
): Promise<number | undefined> {
  const [points] = await readHistory(ctx, target, found, [query], query.lookbackMs);
  return points ? Math.min(...points) : undefined;
}
