/**
 * The live figures of the AWS resources the checks name (lb-prewarm's load balancers, targets' target groups and
 * Auto Scaling groups, cloudfront's distributions; behind them the databases, tables, caches and SES), read
 * through CloudWatch GetMetricData: one call per account and region a look, the latest one-minute point of each
 * metric. Read-only, like every AWS call primetime makes.
 */
import type { WatchedByCheck } from '../check/index.js';
import type { LoadedConfig } from '../config/load.js';
import type { AwsAccess, AwsTarget } from '../aws/access.js';
import { classifyAwsError } from '../aws/errors.js';
import type { Reading, FigureKind } from './figures.js';
import { readAlarms } from './alarms.js';

/** What `primetime watch` calls for these resources, for iam-policy: none when it watches none. */
export function watchPermissions(resources: WatchedResources): string[] {
  if (!anyResource(resources)) return [];
  return [
    'cloudwatch:GetMetricData',
    ...(resources.loadBalancers.length ? ['elasticloadbalancing:DescribeLoadBalancers'] : []),
    ...(resources.cacheGroups.length ? ['elasticache:DescribeReplicationGroups'] : []),
    ...(resources.alarms.length || resources.alarmPrefixes.length ? ['cloudwatch:DescribeAlarms'] : []),
  ];
}

/** CloudWatch's finest period for these metrics; a look reads the last few to find the latest point. */
const PERIOD_S = 60;
const LOOKBACK_S = 5 * PERIOD_S;

export interface WatchedResources {
  loadBalancers: string[];
  targetGroups: string[];
  distributions: string[];
  autoScalingGroups: string[];
  dbInstances: string[];
  dbClusters: string[];
  tables: string[];
  cacheGroups: string[];
  /** SES in each region read: one "resource" when the email check is on. */
  email: string[];
  alarms: string[];
  alarmPrefixes: string[];
}

/**
 * What the checks declare for the watch (Check.watched), from their options, whether or not they are on: lists
 * joined, flags or-ed, and any other value the first check's. Every key is merged: a new one cannot be dropped.
 */
export function watchedByChecks(loaded: LoadedConfig): WatchedByCheck {
  const merged: Record<string, unknown> = {};
  for (const { check, options } of loaded.checks) {
    if (!check.watched || options === undefined) continue;
    for (const [key, value] of Object.entries(check.watched(options))) {
      const had = merged[key];
      if (Array.isArray(value)) merged[key] = [...((had as unknown[] | undefined) ?? []), ...value];
      else if (typeof value === 'boolean') merged[key] = Boolean(had) || value;
      else if (had === undefined) merged[key] = value;
    }
  }
  return merged as WatchedByCheck;
}

const RESOURCE_KINDS = [
  'loadBalancers',
  'targetGroups',
  'distributions',
  'autoScalingGroups',
  'dbInstances',
  'dbClusters',
  'tables',
  'cacheGroups',
  'alarms',
  'alarmPrefixes',
] as const;

/** The resources the checks name: the watch reads what exists. */
export function watchedResources(loaded: LoadedConfig): WatchedResources {
  const declared = watchedByChecks(loaded);
  const lists = Object.fromEntries(RESOURCE_KINDS.map((key) => [key, declared[key] ?? []])) as Omit<WatchedResources, 'email'>;
  return { ...lists, email: declared.email ? ['SES'] : [] };
}

export const anyResource = (r: WatchedResources) => Object.values(r).some((list) => list.length > 0);

interface Metric {
  namespace: string;
  name: string;
  dimensions: Record<string, string>;
  stat: string;
}

/** One figure: the metrics it needs and how their latest points make its value. */
interface Spec {
  kind: FigureKind;
  resource: string;
  metrics: Metric[];
  value(points: (number | undefined)[]): number | undefined;
  /** The id AWS knows it by, for the fix's command: a load balancer's ARN, a group's name. */
  id?: string;
  /** CloudFront's metrics live in us-east-1 whatever the region. */
  global?: boolean;
}

const first = (points: (number | undefined)[]) => points[0];
const perSecond = (points: (number | undefined)[]) => (points[0] === undefined ? undefined : points[0] / PERIOD_S);

/** What CloudWatch's dimensions hold: app/shop-alb/50dc6c495c0c9188 (after "loadbalancer/"), targetgroup/shop-tg/73e2d6bc24d8a067. */
const loadBalancerDimension = (arn: string) => arn.slice(arn.indexOf(':loadbalancer/') + ':loadbalancer/'.length);
const targetGroupDimension = (arn: string) => arn.slice(arn.indexOf(':targetgroup/') + 1);

interface LoadBalancer {
  /** As figures name it (with the account and region when there are several). */
  name: string;
  awsName: string;
  arn: string;
  type: string;
}

function loadBalancerSpecs(lb: LoadBalancer, targetGroups: string[]): Spec[] {
  const namespace = lb.type === 'network' ? 'AWS/NetworkELB' : 'AWS/ApplicationELB';
  const LoadBalancer = loadBalancerDimension(lb.arn);
  const metric = (name: string, stat: string, extra: Record<string, string> = {}): Metric => ({
    namespace,
    name,
    dimensions: { LoadBalancer, ...extra },
    stat,
  });
  // AWS compares the per-minute Sum of PeakLCUs with the reservation ("Monitor LCU reservation", ELB user guide).
  const specs: Spec[] = [{ kind: 'lcus', resource: lb.name, metrics: [metric('PeakLCUs', 'Sum')], value: first, id: lb.arn }];
  if (lb.type === 'application') {
    specs.push(
      { kind: 'requests', resource: lb.name, metrics: [metric('RequestCount', 'Sum')], value: perSecond },
      {
        kind: 'errors',
        resource: lb.name,
        metrics: [metric('RequestCount', 'Sum'), metric('HTTPCode_ELB_5XX_Count', 'Sum'), metric('HTTPCode_Target_5XX_Count', 'Sum')],
        // No request in the minute: no share to judge. The load balancer's own 5xx count too: its stock page.
        value: ([requests, elb, target]) => (requests ? (100 * ((elb ?? 0) + (target ?? 0))) / requests : undefined),
      },
      { kind: 'p95', resource: lb.name, metrics: [metric('TargetResponseTime', 'p95')], value: (p) => (p[0] === undefined ? undefined : p[0] * 1_000) },
      { kind: 'connections', resource: lb.name, metrics: [metric('ActiveConnectionCount', 'Sum')], value: first },
      // What a short keep-alive and an exhausted load balancer look like: 502s, failed connections to the targets, refusals.
      { kind: 'lb-502', resource: lb.name, metrics: [metric('HTTPCode_ELB_502_Count', 'Sum')], value: first },
      { kind: 'target-errors', resource: lb.name, metrics: [metric('TargetConnectionErrorCount', 'Sum')], value: first },
      { kind: 'rejected', resource: lb.name, metrics: [metric('RejectedConnectionCount', 'Sum')], value: first, id: lb.arn },
    );
  }
  // Target health is published per target group and load balancer: a group not behind this one has no point.
  for (const arn of targetGroups) {
    const TargetGroup = targetGroupDimension(arn);
    const group = TargetGroup.split('/')[1] ?? TargetGroup;
    // A group named as its load balancer (elan-web behind elan-web) is named once.
    const resource = group === lb.awsName ? lb.name : `${lb.name} ${group}`;
    const health = (name: string, stat: string) => [metric(name, stat, { TargetGroup })];
    specs.push(
      { kind: 'healthy', resource, metrics: health('HealthyHostCount', 'Minimum'), value: first },
      { kind: 'unhealthy', resource, metrics: health('UnHealthyHostCount', 'Maximum'), value: first },
    );
  }
  return specs;
}

function otherSpecs(resources: WatchedResources, label: (name: string) => string): Spec[] {
  return [
    ...resources.distributions.flatMap((id): Spec[] => {
      const metric = (name: string, stat: string): Metric => ({
        namespace: 'AWS/CloudFront',
        name,
        dimensions: { DistributionId: id, Region: 'Global' },
        stat,
      });
      return [
        { kind: 'cdn-requests', resource: label(id), metrics: [metric('Requests', 'Sum')], value: perSecond, global: true },
        { kind: 'cdn-errors', resource: label(id), metrics: [metric('5xxErrorRate', 'Average')], value: first, global: true },
      ];
    }),
    ...resources.autoScalingGroups.map((name): Spec => ({
      kind: 'in-service',
      resource: label(name),
      metrics: [{ namespace: 'AWS/AutoScaling', name: 'GroupInServiceInstances', dimensions: { AutoScalingGroupName: name }, stat: 'Minimum' }],
      value: first,
      id: name,
    })),
  ];
}

/** A one-metric figure of a resource behind the load balancer. */
const single = (kind: FigureKind, resource: string, metric: Metric, value = first, id?: string): Spec => ({
  kind,
  resource,
  metrics: [metric],
  value,
  ...(id ? { id } : {}),
});

/** Each cache group's nodes (its MemberClusters): ElastiCache publishes per node, never per group. */
type CacheNodes = Map<string, string[]>;

/** Databases, tables, caches and SES: what dies first behind the load balancer on the night. */
function backendSpecs(resources: WatchedResources, caches: CacheNodes, label: (name: string) => string): Spec[] {
  const rds = (name: string, key: string, id: string, stat: string): Metric => ({ namespace: 'AWS/RDS', name, dimensions: { [key]: id }, stat });
  const database = (key: string) => (id: string) => [
    single('db-connections', label(id), rds('DatabaseConnections', key, id, 'Maximum'), first, id),
    single('db-cpu', label(id), rds('CPUUtilization', key, id, 'Maximum'), first, id),
    ...(key === 'DBInstanceIdentifier' ? [single('replica-lag', label(id), rds('ReplicaLag', key, id, 'Maximum'), first, id)] : []),
  ];
  const table = (name: string, TableName: string): Metric => ({ namespace: 'AWS/DynamoDB', name, dimensions: { TableName }, stat: 'Sum' });
  const cache = (name: string, CacheClusterId: string, stat: string): Metric => ({ namespace: 'AWS/ElastiCache', name, dimensions: { CacheClusterId }, stat });
  return [
    ...resources.dbInstances.flatMap(database('DBInstanceIdentifier')),
    ...resources.dbClusters.flatMap(database('DBClusterIdentifier')),
    ...resources.tables.flatMap((name) => [
      {
        kind: 'throttles' as const,
        resource: label(name),
        metrics: [table('WriteThrottleEvents', name), table('ReadThrottleEvents', name)],
        value: sum,
        id: name,
      },
      single('writes', label(name), table('ConsumedWriteCapacityUnits', name), perSecond, name),
    ]),
    // A group's evictions are its nodes' together; its CPU, its busiest node's.
    ...[...caches].flatMap(([id, nodes]): Spec[] => [
      { kind: 'evictions', resource: label(id), metrics: nodes.map((node) => cache('Evictions', node, 'Sum')), value: sum, id },
      { kind: 'cache-cpu', resource: label(id), metrics: nodes.map((node) => cache('EngineCPUUtilization', node, 'Maximum')), value: highest, id },
    ]),
    ...resources.email.map(() => single('emails', label('SES'), { namespace: 'AWS/SES', name: 'Send', dimensions: {}, stat: 'Sum' }, perSecond)),
  ];
}

/** No point in the minute: none of it happened. */
const sum = (points: (number | undefined)[]) => (points.every((p) => p === undefined) ? undefined : points.reduce<number>((a, p) => a + (p ?? 0), 0));
const highest = (points: (number | undefined)[]) => {
  const read = points.filter((p): p is number => p !== undefined);
  return read.length ? Math.max(...read) : undefined;
};

export interface FigureReader {
  read(now: number): Promise<Reading[]>;
}

/** A resource's name on the watch screen: prefixed with its account and region when several are watched. */
type Label = (target: AwsTarget, name: string) => string;

/** Reads the figures of every account and region; a call that fails is an unread figure, never a stopped watch. */
export function createFigureReader(access: AwsAccess, resources: WatchedResources): FigureReader {
  const label: Label = (target, name) => (access.targets.length > 1 ? `${target.name} (${target.region}) ${name}` : name);
  // The load balancers' ARNs and types, and the caches' nodes: they do not change during a show.
  const loadBalancersOf = describedOnce((target) => describeLoadBalancers(access, target, resources.loadBalancers, label));
  const cacheNodesOf = describedOnce((target) => describeCacheGroups(access, target, resources.cacheGroups, label));
  return {
    async read(now) {
      const readings: Reading[] = [];
      const globalRead = new Set<string>();
      for (const target of access.targets) {
        const lbs = resources.loadBalancers.length > 0 ? await loadBalancersOf(target) : { found: [], unread: [] };
        const caches = resources.cacheGroups.length > 0 ? await cacheNodesOf(target) : { found: new Map(), unread: [] };
        const unread = [...lbs.unread, ...caches.unread];
        const specs = [
          ...lbs.found.flatMap((lb) => loadBalancerSpecs(lb, resources.targetGroups)),
          ...otherSpecs(resources, (name) => label(target, name)),
          ...backendSpecs(resources, caches.found, (name) => label(target, name)),
        ];
        // CloudFront is global: read once per account, not once per region.
        const global = globalRead.has(target.name) ? [] : specs.filter((s) => s.global);
        globalRead.add(target.name);
        const regional = specs.filter((s) => !s.global);
        readings.push(
          ...unread,
          ...(await query(access, target, regional, now, label)),
          ...(await query(access, { ...target, region: 'us-east-1' }, global, now, label)),
          ...(await readAlarms(access, target, { names: resources.alarms, prefixes: resources.alarmPrefixes }, (name) => label(target, name))),
        );
      }
      return readings;
    },
  };
}

/** Read once a target and kept; asked again at the next look when part of it could not be read (a throttled call, a blip). */
function describedOnce<T>(describe: (target: AwsTarget) => Promise<{ found: T; unread: Reading[] }>) {
  const described = new Map<AwsTarget, Promise<{ found: T; unread: Reading[] }>>();
  return async (target: AwsTarget) => {
    if (!described.has(target)) described.set(target, describe(target));
    const result = await described.get(target)!;
    if (result.unread.length) described.delete(target);
    return result;
  };
}

/** Each cache group named: its nodes; one that cannot be described, an unread figure. */
async function describeCacheGroups(access: AwsAccess, target: AwsTarget, ids: string[], label: Label) {
  const ec = await import('@aws-sdk/client-elasticache');
  const found: CacheNodes = new Map();
  const unread: Reading[] = [];
  for (const id of ids) {
    try {
      const client = await access.client(ec.ElastiCacheClient, target);
      const group = (await client.send(new ec.DescribeReplicationGroupsCommand({ ReplicationGroupId: id }))).ReplicationGroups?.[0];
      if (group?.MemberClusters?.length) found.set(id, group.MemberClusters);
      else unread.push({ kind: 'unread', resource: label(target, id), error: 'ElastiCache lists no node in this replication group' });
    } catch (error) {
      unread.push({ kind: 'unread', resource: label(target, id), error: classifyAwsError(error, 'elasticache:DescribeReplicationGroups').message });
    }
  }
  return { found, unread };
}

/** Each load balancer named, by name or ARN: its ARN and type; one that cannot be described, an unread figure. */
async function describeLoadBalancers(access: AwsAccess, target: AwsTarget, names: string[], label: Label) {
  const elb = await import('@aws-sdk/client-elastic-load-balancing-v2');
  const found: LoadBalancer[] = [];
  const unread: Reading[] = [];
  for (const given of names) {
    try {
      const client = await access.client(elb.ElasticLoadBalancingV2Client, target);
      const key = given.startsWith('arn:') ? { LoadBalancerArns: [given] } : { Names: [given] };
      const lb = (await client.send(new elb.DescribeLoadBalancersCommand(key))).LoadBalancers?.[0];
      if (lb?.LoadBalancerArn) {
        const awsName = lb.LoadBalancerName ?? given;
        found.push({ name: label(target, awsName), awsName, arn: lb.LoadBalancerArn, type: lb.Type ?? 'application' });
      }
    } catch (error) {
      unread.push({ kind: 'unread', resource: label(target, given), error: classifyAwsError(error, 'elasticloadbalancing:DescribeLoadBalancers').message });
    }
  }
  return { found, unread };
}

/** One GetMetricData call for the specs' metrics: each spec's value from the latest point of its metrics. */
async function query(access: AwsAccess, target: AwsTarget, specs: Spec[], now: number, label: Label): Promise<Reading[]> {
  if (specs.length === 0) return [];
  const cw = await import('@aws-sdk/client-cloudwatch');
  const metrics = specs.flatMap((spec) => spec.metrics);
  try {
    const client = await access.client(cw.CloudWatchClient, target);
    const answer = await client.send(
      new cw.GetMetricDataCommand({
        StartTime: new Date(now - LOOKBACK_S * 1_000),
        EndTime: new Date(now),
        ScanBy: 'TimestampDescending',
        MetricDataQueries: metrics.map((m, i) => ({
          Id: `m${i}`,
          MetricStat: {
            Metric: { Namespace: m.namespace, MetricName: m.name, Dimensions: Object.entries(m.dimensions).map(([Name, Value]) => ({ Name, Value })) },
            Period: PERIOD_S,
            Stat: m.stat,
          },
        })),
      }),
    );
    // The latest point of each metric (newest first, as asked).
    const latest = new Map((answer.MetricDataResults ?? []).map((r) => [r.Id, r.Values?.[0]]));
    let index = 0;
    return specs.map((spec) => {
      const points = spec.metrics.map(() => latest.get(`m${index++}`));
      const value = spec.value(points);
      return { kind: spec.kind, resource: spec.resource, ...(value === undefined ? {} : { value }), ...(spec.id ? { id: spec.id } : {}) };
    });
  } catch (error) {
    return [{ kind: 'unread', resource: label(target, `CloudWatch (${target.region})`), error: classifyAwsError(error, 'cloudwatch:GetMetricData').message }];
  }
}
