/** Gathers each named ElastiCache replication group and, per node, its evictions, engine CPU and connections over the last days. */
import type { ReplicationGroup } from '@aws-sdk/client-elasticache';
import { awsCaller } from '../../src/aws/check.js';
import type { AwsTarget } from '../../src/aws/access.js';
import { readHistory, type HistoryQuery } from '../../src/aws/metrics.js';
import type { CheckContext, Findings } from '../../src/check/index.js';

export interface NodeHistory {
  node: string;
  /** Keys evicted over the lookback (the sum); undefined: not read. */
  evictions?: number;
  /** Highest hourly maximum of EngineCPUUtilization, in %. */
  cpu?: number;
  /** Highest hourly maximum of CurrConnections. */
  connections?: number;
}

export interface CacheReading {
  target: AwsTarget;
  group: ReplicationGroup;
  nodes: NodeHistory[];
}

const METRICS = [
  ['evictions', 'Evictions', 'Sum'],
  ['cpu', 'EngineCPUUtilization', 'Maximum'],
  ['connections', 'CurrConnections', 'Maximum'],
] as const;

export async function readCaches(ctx: Pick<CheckContext, 'aws' | 'clock'>, ids: string[], lookbackMs: number, found: Findings): Promise<CacheReading[]> {
  const ec = await import('@aws-sdk/client-elasticache');
  const read: CacheReading[] = [];
  for (const target of ctx.aws.targets) {
    const client = await ctx.aws.client(ec.ElastiCacheClient, target);
    for (const id of ids) {
      const answer = await awsCaller(found, target)(
        'elasticache:DescribeReplicationGroups',
        id,
        () => client.send(new ec.DescribeReplicationGroupsCommand({ ReplicationGroupId: id })),
        'ReplicationGroups',
      );
      const group = answer?.ReplicationGroups?.[0];
      if (group) read.push({ target, group, nodes: await nodeHistories(ctx, target, group, lookbackMs, found) });
    }
  }
  return read;
}

/** One GetMetricData call for every node of the group: the sum of its evictions, its highest CPU and connections. */
async function nodeHistories(
  ctx: Pick<CheckContext, 'aws' | 'clock'>,
  target: AwsTarget,
  group: ReplicationGroup,
  lookbackMs: number,
  found: Findings,
): Promise<NodeHistory[]> {
  const nodes = group.MemberClusters ?? [];
  const queries: HistoryQuery[] = nodes.flatMap((node) =>
    METRICS.map(([, name, stat]) => ({
      label: `${name} of ${node}`,
      metric: { namespace: 'AWS/ElastiCache', name, dimensions: { CacheClusterId: node }, stat },
    })),
  );
  const points = await readHistory(ctx, target, found, queries, lookbackMs);
  return nodes.map((node, n) => {
    const of = (m: number) => points[n * METRICS.length + m];
    const evictions = of(0);
    const [cpu, connections] = [of(1), of(2)].map((p) => (p ? Math.max(...p) : undefined));
    return { node, evictions: evictions?.reduce((a, b) => a + b, 0), cpu, connections };
  });
}
