import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  ALARM_STATES
} from "./chunk-XEWZKPAK.js";
import {
  listAlarms
} from "./chunk-AHO7S2CE.js";
import {
  classifyAwsError
} from "./chunk-SM2HUKKK.js";

// src/watch/alarms.ts
async function readAlarms(access, target, wanted, label) {
  if (wanted.names.length === 0 && wanted.prefixes.length === 0) return [];
  const filters = [
    ...wanted.names.length ? [{ AlarmNames: wanted.names }] : [],
    ...wanted.prefixes.map((AlarmNamePrefix) => ({ AlarmNamePrefix }))
  ];
  const seen = /* @__PURE__ */ new Map();
  try {
    for (const filter of filters)
      for (const alarm of await listAlarms(access, target, filter))
        seen.set(alarm.AlarmName, {
          kind: "alarm",
          resource: label(alarm.AlarmName),
          value: Math.max(0, ALARM_STATES.indexOf(alarm.StateValue)),
          ...alarm.StateReason ? { detail: alarm.StateReason } : {}
        });
    return [...seen.values()];
  } catch (error) {
    return [{ kind: "unread", resource: label(`alarms (${target.region})`), error: classifyAwsError(error, "cloudwatch:DescribeAlarms").message }];
  }
}

// src/watch/cloudwatch.ts
function watchPermissions(resources) {
  if (!anyResource(resources)) return [];
  return [
    "cloudwatch:GetMetricData",
    ...resources.loadBalancers.length ? ["elasticloadbalancing:DescribeLoadBalancers"] : [],
    ...resources.cacheGroups.length ? ["elasticache:DescribeReplicationGroups"] : [],
    ...resources.alarms.length || resources.alarmPrefixes.length ? ["cloudwatch:DescribeAlarms"] : []
  ];
}
var PERIOD_S = 60;
var LOOKBACK_S = 5 * PERIOD_S;
function watchedByChecks(loaded) {
  const merged = {};
  for (const { check, options } of loaded.checks) {
    if (!check.watched || options === void 0) continue;
    for (const [key, value] of Object.entries(check.watched(options))) {
      const had = merged[key];
      if (Array.isArray(value)) merged[key] = [...had ?? [], ...value];
      else if (typeof value === "boolean") merged[key] = Boolean(had) || value;
      else if (had === void 0) merged[key] = value;
    }
  }
  return merged;
}
var RESOURCE_KINDS = [
  "loadBalancers",
  "targetGroups",
  "distributions",
  "autoScalingGroups",
  "dbInstances",
  "dbClusters",
  "tables",
  "cacheGroups",
  "alarms",
  "alarmPrefixes"
];
function watchedResources(loaded) {
  const declared = watchedByChecks(loaded);
  const lists = Object.fromEntries(RESOURCE_KINDS.map((key) => [key, declared[key] ?? []]));
  return { ...lists, email: declared.email ? ["SES"] : [] };
}
var anyResource = (r) => Object.values(r).some((list) => list.length > 0);
var first = (points) => points[0];
var perSecond = (points) => points[0] === void 0 ? void 0 : points[0] / PERIOD_S;
var loadBalancerDimension = (arn) => arn.slice(arn.indexOf(":loadbalancer/") + ":loadbalancer/".length);
var targetGroupDimension = (arn) => arn.slice(arn.indexOf(":targetgroup/") + 1);
function loadBalancerSpecs(lb, targetGroups) {
  const namespace = lb.type === "network" ? "AWS/NetworkELB" : "AWS/ApplicationELB";
  const LoadBalancer = loadBalancerDimension(lb.arn);
  const metric = (name, stat, extra = {}) => ({
    namespace,
    name,
    dimensions: { LoadBalancer, ...extra },
    stat
  });
  const specs = [{ kind: "lcus", resource: lb.name, metrics: [metric("PeakLCUs", "Sum")], value: first, id: lb.arn }];
  if (lb.type === "application") {
    specs.push(
      { kind: "requests", resource: lb.name, metrics: [metric("RequestCount", "Sum")], value: perSecond },
      {
        kind: "errors",
        resource: lb.name,
        metrics: [metric("RequestCount", "Sum"), metric("HTTPCode_ELB_5XX_Count", "Sum"), metric("HTTPCode_Target_5XX_Count", "Sum")],
        // No request in the minute: no share to judge. The load balancer's own 5xx count too: its stock page.
        value: ([requests, elb, target]) => requests ? 100 * ((elb ?? 0) + (target ?? 0)) / requests : void 0
      },
      { kind: "p95", resource: lb.name, metrics: [metric("TargetResponseTime", "p95")], value: (p) => p[0] === void 0 ? void 0 : p[0] * 1e3 },
      { kind: "connections", resource: lb.name, metrics: [metric("ActiveConnectionCount", "Sum")], value: first },
      // What a short keep-alive and an exhausted load balancer look like: 502s, failed connections to the targets, refusals.
      { kind: "lb-502", resource: lb.name, metrics: [metric("HTTPCode_ELB_502_Count", "Sum")], value: first },
      { kind: "target-errors", resource: lb.name, metrics: [metric("TargetConnectionErrorCount", "Sum")], value: first },
      { kind: "rejected", resource: lb.name, metrics: [metric("RejectedConnectionCount", "Sum")], value: first, id: lb.arn }
    );
  }
  for (const arn of targetGroups) {
    const TargetGroup = targetGroupDimension(arn);
    const group = TargetGroup.split("/")[1] ?? TargetGroup;
    const resource = group === lb.awsName ? lb.name : `${lb.name} ${group}`;
    const health = (name, stat) => [metric(name, stat, { TargetGroup })];
    specs.push(
      { kind: "healthy", resource, metrics: health("HealthyHostCount", "Minimum"), value: first },
      { kind: "unhealthy", resource, metrics: health("UnHealthyHostCount", "Maximum"), value: first }
    );
  }
  return specs;
}
function otherSpecs(resources, label) {
  return [
    ...resources.distributions.flatMap((id) => {
      const metric = (name, stat) => ({
        namespace: "AWS/CloudFront",
        name,
        dimensions: { DistributionId: id, Region: "Global" },
        stat
      });
      return [
        { kind: "cdn-requests", resource: label(id), metrics: [metric("Requests", "Sum")], value: perSecond, global: true },
        { kind: "cdn-errors", resource: label(id), metrics: [metric("5xxErrorRate", "Average")], value: first, global: true }
      ];
    }),
    ...resources.autoScalingGroups.map((name) => ({
      kind: "in-service",
      resource: label(name),
      metrics: [{ namespace: "AWS/AutoScaling", name: "GroupInServiceInstances", dimensions: { AutoScalingGroupName: name }, stat: "Minimum" }],
      value: first,
      id: name
    }))
  ];
}
var single = (kind, resource, metric, value = first, id) => ({
  kind,
  resource,
  metrics: [metric],
  value,
  ...id ? { id } : {}
});
function backendSpecs(resources, caches, label) {
  const rds = (name, key, id, stat) => ({ namespace: "AWS/RDS", name, dimensions: { [key]: id }, stat });
  const database = (key) => (id) => [
    single("db-connections", label(id), rds("DatabaseConnections", key, id, "Maximum"), first, id),
    single("db-cpu", label(id), rds("CPUUtilization", key, id, "Maximum"), first, id),
    ...key === "DBInstanceIdentifier" ? [single("replica-lag", label(id), rds("ReplicaLag", key, id, "Maximum"), first, id)] : []
  ];
  const table = (name, TableName) => ({ namespace: "AWS/DynamoDB", name, dimensions: { TableName }, stat: "Sum" });
  const cache = (name, CacheClusterId, stat) => ({ namespace: "AWS/ElastiCache", name, dimensions: { CacheClusterId }, stat });
  return [
    ...resources.dbInstances.flatMap(database("DBInstanceIdentifier")),
    ...resources.dbClusters.flatMap(database("DBClusterIdentifier")),
    ...resources.tables.flatMap((name) => [
      {
        kind: "throttles",
        resource: label(name),
        metrics: [table("WriteThrottleEvents", name), table("ReadThrottleEvents", name)],
        value: sum,
        id: name
      },
      single("writes", label(name), table("ConsumedWriteCapacityUnits", name), perSecond, name)
    ]),
    // A group's evictions are its nodes' together; its CPU, its busiest node's.
    ...[...caches].flatMap(([id, nodes]) => [
      { kind: "evictions", resource: label(id), metrics: nodes.map((node) => cache("Evictions", node, "Sum")), value: sum, id },
      { kind: "cache-cpu", resource: label(id), metrics: nodes.map((node) => cache("EngineCPUUtilization", node, "Maximum")), value: highest, id }
    ]),
    ...resources.email.map(() => single("emails", label("SES"), { namespace: "AWS/SES", name: "Send", dimensions: {}, stat: "Sum" }, perSecond))
  ];
}
var sum = (points) => points.every((p) => p === void 0) ? void 0 : points.reduce((a, p) => a + (p ?? 0), 0);
var highest = (points) => {
  const read = points.filter((p) => p !== void 0);
  return read.length ? Math.max(...read) : void 0;
};
function createFigureReader(access, resources) {
  const label = (target, name) => access.targets.length > 1 ? `${target.name} (${target.region}) ${name}` : name;
  const loadBalancersOf = describedOnce((target) => describeLoadBalancers(access, target, resources.loadBalancers, label));
  const cacheNodesOf = describedOnce((target) => describeCacheGroups(access, target, resources.cacheGroups, label));
  return {
    async read(now) {
      const readings = [];
      const globalRead = /* @__PURE__ */ new Set();
      for (const target of access.targets) {
        const lbs = resources.loadBalancers.length > 0 ? await loadBalancersOf(target) : { found: [], unread: [] };
        const caches = resources.cacheGroups.length > 0 ? await cacheNodesOf(target) : { found: /* @__PURE__ */ new Map(), unread: [] };
        const unread = [...lbs.unread, ...caches.unread];
        const specs = [
          ...lbs.found.flatMap((lb) => loadBalancerSpecs(lb, resources.targetGroups)),
          ...otherSpecs(resources, (name) => label(target, name)),
          ...backendSpecs(resources, caches.found, (name) => label(target, name))
        ];
        const global = globalRead.has(target.name) ? [] : specs.filter((s) => s.global);
        globalRead.add(target.name);
        const regional = specs.filter((s) => !s.global);
        readings.push(
          ...unread,
          ...await query(access, target, regional, now, label),
          ...await query(access, { ...target, region: "us-east-1" }, global, now, label),
          ...await readAlarms(access, target, { names: resources.alarms, prefixes: resources.alarmPrefixes }, (name) => label(target, name))
        );
      }
      return readings;
    }
  };
}
function describedOnce(describe) {
  const described = /* @__PURE__ */ new Map();
  return async (target) => {
    if (!described.has(target)) described.set(target, describe(target));
    const result = await described.get(target);
    if (result.unread.length) described.delete(target);
    return result;
  };
}
async function describeCacheGroups(access, target, ids, label) {
  const ec = await import("./dist-es-625ZAGUO.js");
  const found = /* @__PURE__ */ new Map();
  const unread = [];
  for (const id of ids) {
    try {
      const client = await access.client(ec.ElastiCacheClient, target);
      const group = (await client.send(new ec.DescribeReplicationGroupsCommand({ ReplicationGroupId: id }))).ReplicationGroups?.[0];
      if (group?.MemberClusters?.length) found.set(id, group.MemberClusters);
      else unread.push({ kind: "unread", resource: label(target, id), error: "ElastiCache lists no node in this replication group" });
    } catch (error) {
      unread.push({ kind: "unread", resource: label(target, id), error: classifyAwsError(error, "elasticache:DescribeReplicationGroups").message });
    }
  }
  return { found, unread };
}
async function describeLoadBalancers(access, target, names, label) {
  const elb = await import("./dist-es-5VQATYEP.js");
  const found = [];
  const unread = [];
  for (const given of names) {
    try {
      const client = await access.client(elb.ElasticLoadBalancingV2Client, target);
      const key = given.startsWith("arn:") ? { LoadBalancerArns: [given] } : { Names: [given] };
      const lb = (await client.send(new elb.DescribeLoadBalancersCommand(key))).LoadBalancers?.[0];
      if (lb?.LoadBalancerArn) {
        const awsName = lb.LoadBalancerName ?? given;
        found.push({ name: label(target, awsName), awsName, arn: lb.LoadBalancerArn, type: lb.Type ?? "application" });
      }
    } catch (error) {
      unread.push({ kind: "unread", resource: label(target, given), error: classifyAwsError(error, "elasticloadbalancing:DescribeLoadBalancers").message });
    }
  }
  return { found, unread };
}
async function query(access, target, specs, now, label) {
  if (specs.length === 0) return [];
  const cw = await import("./dist-es-CUAX7PDQ.js");
  const metrics = specs.flatMap((spec) => spec.metrics);
  try {
    const client = await access.client(cw.CloudWatchClient, target);
    const answer = await client.send(
      new cw.GetMetricDataCommand({
        StartTime: new Date(now - LOOKBACK_S * 1e3),
        EndTime: new Date(now),
        ScanBy: "TimestampDescending",
        MetricDataQueries: metrics.map((m, i) => ({
          Id: `m${i}`,
          MetricStat: {
            Metric: { Namespace: m.namespace, MetricName: m.name, Dimensions: Object.entries(m.dimensions).map(([Name, Value]) => ({ Name, Value })) },
            Period: PERIOD_S,
            Stat: m.stat
          }
        }))
      })
    );
    const latest = new Map((answer.MetricDataResults ?? []).map((r) => [r.Id, r.Values?.[0]]));
    let index = 0;
    return specs.map((spec) => {
      const points = spec.metrics.map(() => latest.get(`m${index++}`));
      const value = spec.value(points);
      return { kind: spec.kind, resource: spec.resource, ...value === void 0 ? {} : { value }, ...spec.id ? { id: spec.id } : {} };
    });
  } catch (error) {
    return [{ kind: "unread", resource: label(target, `CloudWatch (${target.region})`), error: classifyAwsError(error, "cloudwatch:GetMetricData").message }];
  }
}

export {
  watchPermissions,
  watchedByChecks,
  watchedResources,
  anyResource,
  createFigureReader
};
