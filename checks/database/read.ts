/**
 * Gathers each named RDS instance and Aurora cluster: the instance that takes the writes, its readers, its
 * max_connections (set in its parameter group, or the engine's default formula on its class's memory), and for an
 * instance with its own storage the lowest free storage of the last days.
 */
import type { DBInstance } from '@aws-sdk/client-rds';
import { awsCaller, boundedPages, type AwsCall } from '../../src/aws/check.js';
import type { AwsTarget } from '../../src/aws/access.js';
import { lowestOverDays } from '../../src/aws/metrics.js';
import type { CheckContext, Findings } from '../../src/check/index.js';
import { memoryGiBOf } from '../../src/plan/instance-types.js';
import { evaluateParameter } from './formula.js';

export interface MaxConnections {
  /** undefined: the group's value is a formula RDS does not document, or the class's memory is unknown. */
  value?: number;
  /** As the group holds it: "500", "{DBInstanceClassMemory/12582880}". */
  setting: string;
  group: string;
  /** A default group (default.mysql8.0) cannot be changed: a new group must be attached. */
  isDefaultGroup: boolean;
}

export interface DatabaseReading {
  target: AwsTarget;
  /** The instance or cluster identifier, as the config names it. */
  name: string;
  kind: 'instance' | 'cluster';
  status: string;
  /** The instance that takes the writes (a cluster's writer); absent when it could not be described. */
  writer?: DBInstance;
  readers: string[];
  maxConnections?: MaxConnections;
  /** Parameter changes wait for a reboot: what was read may not be what runs. */
  pendingReboot: boolean;
  /** Lowest FreeStorageSpace of the last days, in bytes (an instance with its own storage: not Aurora). */
  lowestFreeBytes?: number;
}

export interface DatabaseNames {
  instances: string[];
  clusters: string[];
  lookbackMs: number;
}

type Rds = typeof import('@aws-sdk/client-rds');
interface Reader {
  rds: Rds;
  client: InstanceType<Rds['RDSClient']>;
  call: AwsCall;
  target: AwsTarget;
  groups: Map<string, Promise<string | undefined>>;
}

export async function readDatabases(ctx: Pick<CheckContext, 'aws' | 'clock'>, names: DatabaseNames, found: Findings): Promise<DatabaseReading[]> {
  const rds = await import('@aws-sdk/client-rds');
  const read: DatabaseReading[] = [];
  for (const target of ctx.aws.targets) {
    const reader: Reader = { rds, client: await ctx.aws.client(rds.RDSClient, target), call: awsCaller(found, target), target, groups: new Map() };
    for (const id of names.instances) {
      const instance = await describeInstance(reader, id);
      if (instance) read.push(await instanceReading(reader, instance, ctx, names.lookbackMs, found));
    }
    for (const id of names.clusters) {
      const cluster = await clusterReading(reader, id);
      if (cluster) read.push(cluster);
    }
  }
  return read;
}

async function describeInstance({ rds, client, call }: Reader, id: string): Promise<DBInstance | undefined> {
  const answer = await call('rds:DescribeDBInstances', id, () => client.send(new rds.DescribeDBInstancesCommand({ DBInstanceIdentifier: id })), 'DBInstances');
  return answer?.DBInstances?.[0];
}

async function instanceReading(
  reader: Reader,
  instance: DBInstance,
  ctx: Pick<CheckContext, 'aws' | 'clock'>,
  lookbackMs: number,
  found: Findings,
): Promise<DatabaseReading> {
  const id = instance.DBInstanceIdentifier!;
  const free = await lowestOverDays(ctx, reader.target, found, {
    label: `free storage of ${id}`,
    metric: { namespace: 'AWS/RDS', name: 'FreeStorageSpace', dimensions: { DBInstanceIdentifier: id }, stat: 'Minimum' },
    lookbackMs,
  });
  return {
    target: reader.target,
    name: id,
    kind: 'instance',
    status: instance.DBInstanceStatus ?? 'unknown',
    writer: instance,
    readers: instance.ReadReplicaDBInstanceIdentifiers ?? [],
    maxConnections: await maxConnectionsOf(reader, instance),
    pendingReboot: (instance.DBParameterGroups ?? []).some((g) => g.ParameterApplyStatus === 'pending-reboot'),
    lowestFreeBytes: free,
  };
}

async function clusterReading(reader: Reader, id: string): Promise<DatabaseReading | undefined> {
  const { rds, client, call } = reader;
  const answer = await call('rds:DescribeDBClusters', id, () => client.send(new rds.DescribeDBClustersCommand({ DBClusterIdentifier: id })), 'DBClusters');
  const cluster = answer?.DBClusters?.[0];
  if (!cluster) return undefined;
  const members = cluster.DBClusterMembers ?? [];
  const writerId = members.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier;
  const writer = writerId ? await describeInstance(reader, writerId) : undefined;
  return {
    target: reader.target,
    name: id,
    kind: 'cluster',
    status: cluster.Status ?? 'unknown',
    writer,
    readers: members.filter((m) => !m.IsClusterWriter).map((m) => m.DBInstanceIdentifier!),
    maxConnections: writer ? await maxConnectionsOf(reader, writer) : undefined,
    pendingReboot: (writer?.DBParameterGroups ?? []).some((g) => g.ParameterApplyStatus === 'pending-reboot'),
  };
}

/** max_connections in the instance's parameter group, evaluated on its class's memory when it is a formula. */
async function maxConnectionsOf(reader: Reader, instance: DBInstance): Promise<MaxConnections | undefined> {
  const group = instance.DBParameterGroups?.[0]?.DBParameterGroupName;
  if (!group) return undefined;
  if (!reader.groups.has(group)) reader.groups.set(group, readMaxConnectionsSetting(reader, group));
  const setting = await reader.groups.get(group)!;
  if (setting === undefined) return undefined;
  const memoryGiB = memoryGiBOf(instance.DBInstanceClass ?? '');
  const value =
    memoryGiB === undefined && /DBInstanceClassMemory/.test(setting)
      ? undefined
      : evaluateParameter(setting, { DBInstanceClassMemory: (memoryGiB ?? 0) * 1024 ** 3 });
  return { value, setting, group, isDefaultGroup: group.startsWith('default.') };
}

/** The group's max_connections as written, read page by page (a group holds hundreds of parameters). */
async function readMaxConnectionsSetting({ rds, client, call }: Reader, group: string): Promise<string | undefined> {
  const pages = boundedPages((token) =>
    client.send(new rds.DescribeDBParametersCommand({ DBParameterGroupName: group, Marker: token })).then((page) => ({ ...page, NextToken: page.Marker })),
  );
  return call(`rds:DescribeDBParameters`, `parameter group ${group}`, async () => {
    for await (const page of pages) {
      const parameter = page.Parameters?.find((p) => p.ParameterName === 'max_connections');
      if (parameter) return parameter.ParameterValue ?? '';
    }
    throw Object.assign(new Error(`no max_connections in parameter group ${group}`), { name: 'ParameterNotFound' });
  });
}
