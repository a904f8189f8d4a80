import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  awsCaller,
  where
} from "./chunk-SM2HUKKK.js";

// src/aws/metrics.ts
var HOUR_S = 3600;
async function readHistory(ctx, target, found, queries, lookbackMs) {
  if (queries.length === 0) return [];
  const cw = await import("./dist-es-CUAX7PDQ.js");
  const end = ctx.clock.now();
  const client = await ctx.aws.client(cw.CloudWatchClient, target);
  const answer = await awsCaller(found, target)(
    "cloudwatch:GetMetricData",
    queries.map((q) => q.label).join(", "),
    () => client.send(
      new cw.GetMetricDataCommand({
        StartTime: new Date(end.getTime() - lookbackMs),
        EndTime: end,
        MetricDataQueries: queries.map(({ metric }, i) => ({
          Id: `h${i}`,
          MetricStat: {
            Metric: {
              Namespace: metric.namespace,
              MetricName: metric.name,
              Dimensions: Object.entries(metric.dimensions).map(([Name, Value]) => ({ Name, Value }))
            },
            Period: HOUR_S,
            Stat: metric.stat
          }
        }))
      })
    ),
    "MetricDataResults"
  );
  if (!answer) return queries.map(() => void 0);
  const days = Math.round(lookbackMs / 864e5);
  return queries.map(({ label, metric }, i) => {
    const values = answer.MetricDataResults?.find((r) => r.Id === `h${i}`)?.Values ?? [];
    if (values.length > 0) return values;
    found.unverified(`${where(target)} ${label}: CloudWatch has no ${metric.name} point over the last ${days} days, so nothing is proven.`, {
      target: Object.values(metric.dimensions)[0],
      data: { kind: "no-data", permission: "cloudwatch:GetMetricData" }
    });
    return void 0;
  });
}
async function lowestOverDays(ctx, target, found, query) {
  const [points] = await readHistory(ctx, target, found, [query], query.lookbackMs);
  return points ? Math.min(...points) : void 0;
}

export {
  readHistory,
  lowestOverDays
};
