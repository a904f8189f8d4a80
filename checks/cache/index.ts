import { z } from 'zod';
import { awsPreflight, where } from '../../src/aws/check.js';
import { defineCheck, findings, formatNumber, plural, type Findings, Duration, Fraction } from '../../src/check/index.js';
import { readCaches, type CacheReading } from './read.js';

const Options = z.strictObject({
  groups: z.array(z.string().min(1)).default([]).describe('ElastiCache (Redis OSS, Valkey) replication group ids.'),
  maxCpu: Fraction.prefault(0.6).describe('Engine CPU a node may have reached over the last days: the peak needs the rest.'),
  poolPerInstance: z.number().int().positive().optional().describe('Connections each app instance opens to the cache.'),
  lookback: Duration.prefault('7d').describe('History read from CloudWatch.'),
});
export type Options = z.output<typeof Options>;

/** Redis OSS and Valkey's maxclients on ElastiCache, not adjustable. */
const MAX_CLIENTS = 65_000;
const CONNECTIONS_SHARE = 0.8;
/** Changing a group's node type is online but takes tens of minutes per node. */
const SCALE_LEAD_MS = 60 * 60_000;

export default defineCheck({
  meta: {
    id: 'cache',
    title: 'The cache holds the peak without evicting',
    failureTitle: 'The cache evicts, or has no headroom for the peak',
    description:
      "Reads each ElastiCache replication group named and each node's last days in CloudWatch: no eviction (a full cache sends every miss to the database), engine CPU under maxCpu, connections under maxclients with the plan's (instances × pool). A group without a replica loses its cache with a node.",
    options: Options,
    recommended: 'error',
    requires: ['aws'],
    permissions: ['elasticache:DescribeReplicationGroups', 'cloudwatch:GetMetricData'],
  },
  watched: ({ groups }) => ({ cacheGroups: groups }),
  async run(ctx) {
    if (ctx.options.groups.length === 0) return { status: 'skip', summary: 'No cache configured (groups).' };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const { instances } = ctx.plan.targets;
    const surge = ctx.event.backend?.deploySurge ?? 0;
    const pool = ctx.options.poolPerInstance;
    const planned = instances !== undefined && pool !== undefined ? (instances + surge) * pool : undefined;
    for (const cache of await readCaches(ctx, ctx.options.groups, ctx.options.lookback, found)) judgeCache(cache, { ...ctx.options, planned }, found);
    return found.outcome('Every cache holds without evicting, with CPU and connections to spare.');
  },
});

export type Rules = Options & { planned?: number };

export function judgeCache({ target, group, nodes }: CacheReading, rules: Rules, found: Findings): void {
  const id = group.ReplicationGroupId!;
  const name = `${where(target)} cache ${id}`;
  const at = { target: id };
  const scaleUp = {
    action: `Move ${id} to a larger node type (or add shards) before the show: online, tens of minutes per node.`,
    command: `aws elasticache modify-replication-group --replication-group-id ${id} --cache-node-type <larger than ${group.CacheNodeType}> --apply-immediately --region ${target.region}`,
    leadTimeMs: SCALE_LEAD_MS,
  };
  if (group.Status !== 'available') found.fail(`${name} is ${group.Status}, not available.`, at);
  if (nodes.length < 2 || group.AutomaticFailover !== 'enabled')
    found.warn(
      `${name}: ${nodes.length < 2 ? 'one node, no replica' : 'no automatic failover'}: losing a node at the peak sends every read to the database.`,
      at,
    );
  const days = Math.round(rules.lookback / 86_400_000);
  for (const node of nodes) {
    if (node.evictions !== undefined)
      found[node.evictions > 0 ? 'fail' : 'pass'](
        node.evictions > 0
          ? `${name} node ${node.node} evicted ${plural(Math.round(node.evictions), 'key')} over the last ${days} days: it is full, and at the peak every eviction is a miss that reaches the database.`
          : `${name} node ${node.node}: no eviction over the last ${days} days.`,
        node.evictions > 0 ? { ...at, fix: scaleUp } : at,
      );
    if (node.cpu !== undefined) {
      const cpu = `${name} node ${node.node}: engine CPU up to ${Math.round(node.cpu)} % over the last ${days} days (at most ${Math.round(rules.maxCpu * 100)} %)`;
      if (node.cpu / 100 <= rules.maxCpu) found.pass(`${cpu}.`, at);
      else found.fail(`${cpu}: the peak needs more than what is left.`, { ...at, fix: scaleUp });
    }
    judgeConnections(name, node.node, node.connections, rules.planned, found, at);
  }
}

/** The most clients seen, and the plan's, against maxclients. */
function judgeConnections(name: string, node: string, seen: number | undefined, planned: number | undefined, found: Findings, at: { target: string }): void {
  const most = Math.max(seen ?? 0, planned ?? 0);
  if (seen === undefined && planned === undefined) return;
  const said = `${name} node ${node}: ${formatNumber(most)} connections ${planned !== undefined && planned >= (seen ?? 0) ? 'at the peak (instances × pool)' : 'seen'} of ${formatNumber(MAX_CLIENTS)} (maxclients)`;
  if (most <= CONNECTIONS_SHARE * MAX_CLIENTS) return found.pass(`${said}.`, at);
  found.fail(`${said}: new clients would be refused.`, { ...at, fix: { action: 'Lower the pool per instance, or spread reads over replicas and shards.' } });
}
