import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  readHistory
} from "./chunk-RZR4UEAU.js";
import {
  awsCaller,
  awsPreflight,
  where
} from "./chunk-SM2HUKKK.js";
import {
  Duration,
  Fraction,
  defineCheck
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  formatNumber,
  plural
} from "./chunk-KHW7QP7J.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/cache/read.ts
var METRICS = [
  ["evictions", "Evictions", "Sum"],
  ["cpu", "EngineCPUUtilization", "Maximum"],
  ["connections", "CurrConnections", "Maximum"]
];
async function readCaches(ctx, ids, lookbackMs, found) {
  const ec = await import("./dist-es-625ZAGUO.js");
  const read = [];
  for (const target of ctx.aws.targets) {
    const client = await ctx.aws.client(ec.ElastiCacheClient, target);
    for (const id of ids) {
      const answer = await awsCaller(found, target)(
        "elasticache:DescribeReplicationGroups",
        id,
        () => client.send(new ec.DescribeReplicationGroupsCommand({ ReplicationGroupId: id })),
        "ReplicationGroups"
      );
      const group = answer?.ReplicationGroups?.[0];
      if (group) read.push({ target, group, nodes: await nodeHistories(ctx, target, group, lookbackMs, found) });
    }
  }
  return read;
}
async function nodeHistories(ctx, target, group, lookbackMs, found) {
  const nodes = group.MemberClusters ?? [];
  const queries = nodes.flatMap(
    (node) => METRICS.map(([, name, stat]) => ({
      label: `${name} of ${node}`,
      metric: { namespace: "AWS/ElastiCache", name, dimensions: { CacheClusterId: node }, stat }
    }))
  );
  const points = await readHistory(ctx, target, found, queries, lookbackMs);
  return nodes.map((node, n) => {
    const of = (m) => points[n * METRICS.length + m];
    const evictions = of(0);
    const [cpu, connections] = [of(1), of(2)].map((p) => p ? Math.max(...p) : void 0);
    return { node, evictions: evictions?.reduce((a, b) => a + b, 0), cpu, connections };
  });
}

// checks/cache/index.ts
var Options = external_exports.strictObject({
  groups: external_exports.array(external_exports.string().min(1)).default([]).describe("ElastiCache (Redis OSS, Valkey) replication group ids."),
  maxCpu: Fraction.prefault(0.6).describe("Engine CPU a node may have reached over the last days: the peak needs the rest."),
  poolPerInstance: external_exports.number().int().positive().optional().describe("Connections each app instance opens to the cache."),
  lookback: Duration.prefault("7d").describe("History read from CloudWatch.")
});
var MAX_CLIENTS = 65e3;
var CONNECTIONS_SHARE = 0.8;
var SCALE_LEAD_MS = 60 * 6e4;
var cache_default = defineCheck({
  meta: {
    id: "cache",
    title: "The cache holds the peak without evicting",
    failureTitle: "The cache evicts, or has no headroom for the peak",
    description: "Reads each ElastiCache replication group named and each node's last days in CloudWatch: no eviction (a full cache sends every miss to the database), engine CPU under maxCpu, connections under maxclients with the plan's (instances \xD7 pool). A group without a replica loses its cache with a node.",
    options: Options,
    recommended: "error",
    requires: ["aws"],
    permissions: ["elasticache:DescribeReplicationGroups", "cloudwatch:GetMetricData"]
  },
  watched: ({ groups }) => ({ cacheGroups: groups }),
  async run(ctx) {
    if (ctx.options.groups.length === 0) return { status: "skip", summary: "No cache configured (groups)." };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const { instances } = ctx.plan.targets;
    const surge = ctx.event.backend?.deploySurge ?? 0;
    const pool = ctx.options.poolPerInstance;
    const planned = instances !== void 0 && pool !== void 0 ? (instances + surge) * pool : void 0;
    for (const cache of await readCaches(ctx, ctx.options.groups, ctx.options.lookback, found)) judgeCache(cache, { ...ctx.options, planned }, found);
    return found.outcome("Every cache holds without evicting, with CPU and connections to spare.");
  }
});
function judgeCache({ target, group, nodes }, rules, found) {
  const id = group.ReplicationGroupId;
  const name = `${where(target)} cache ${id}`;
  const at = { target: id };
  const scaleUp = {
    action: `Move ${id} to a larger node type (or add shards) before the show: online, tens of minutes per node.`,
    command: `aws elasticache modify-replication-group --replication-group-id ${id} --cache-node-type <larger than ${group.CacheNodeType}> --apply-immediately --region ${target.region}`,
    leadTimeMs: SCALE_LEAD_MS
  };
  if (group.Status !== "available") found.fail(`${name} is ${group.Status}, not available.`, at);
  if (nodes.length < 2 || group.AutomaticFailover !== "enabled")
    found.warn(
      `${name}: ${nodes.length < 2 ? "one node, no replica" : "no automatic failover"}: losing a node at the peak sends every read to the database.`,
      at
    );
  const days = Math.round(rules.lookback / 864e5);
  for (const node of nodes) {
    if (node.evictions !== void 0)
      found[node.evictions > 0 ? "fail" : "pass"](
        node.evictions > 0 ? `${name} node ${node.node} evicted ${plural(Math.round(node.evictions), "key")} over the last ${days} days: it is full, and at the peak every eviction is a miss that reaches the database.` : `${name} node ${node.node}: no eviction over the last ${days} days.`,
        node.evictions > 0 ? { ...at, fix: scaleUp } : at
      );
    if (node.cpu !== void 0) {
      const cpu = `${name} node ${node.node}: engine CPU up to ${Math.round(node.cpu)} % over the last ${days} days (at most ${Math.round(rules.maxCpu * 100)} %)`;
      if (node.cpu / 100 <= rules.maxCpu) found.pass(`${cpu}.`, at);
      else found.fail(`${cpu}: the peak needs more than what is left.`, { ...at, fix: scaleUp });
    }
    judgeConnections(name, node.node, node.connections, rules.planned, found, at);
  }
}
function judgeConnections(name, node, seen, planned, found, at) {
  const most = Math.max(seen ?? 0, planned ?? 0);
  if (seen === void 0 && planned === void 0) return;
  const said = `${name} node ${node}: ${formatNumber(most)} connections ${planned !== void 0 && planned >= (seen ?? 0) ? "at the peak (instances \xD7 pool)" : "seen"} of ${formatNumber(MAX_CLIENTS)} (maxclients)`;
  if (most <= CONNECTIONS_SHARE * MAX_CLIENTS) return found.pass(`${said}.`, at);
  found.fail(`${said}: new clients would be refused.`, { ...at, fix: { action: "Lower the pool per instance, or spread reads over replicas and shards." } });
}
export {
  cache_default as default,
  judgeCache
};
