import { z } from 'zod';
import { awsPreflight, where } from '../../src/aws/check.js';
import { defineCheck, findings, formatNumber, judgeHeadroom, type Findings, Duration, Fraction } from '../../src/check/index.js';
import { readDatabases, type DatabaseReading } from './read.js';

const Options = z.strictObject({
  instances: z.array(z.string().min(1)).default([]).describe('RDS DB instance identifiers.'),
  clusters: z.array(z.string().min(1)).default([]).describe('Aurora DB cluster identifiers (judged on their writer).'),
  maxShare: Fraction.prefault(0.8).describe(
    "Share of max_connections the app may use at the peak: the rest is for admin, replication and a deploy's stragglers.",
  ),
  readReplicas: z.boolean().default(false).describe('Reads go to replicas: each database must have at least one.'),
  minFreeStorage: Fraction.prefault(0.1).describe('Free storage an instance without storage autoscaling must keep.'),
  lookback: Duration.prefault('7d').describe('History read from CloudWatch (free storage).'),
});
export type Options = z.output<typeof Options>;

/** A parameter change waits for a reboot (minutes; a failover with Multi-AZ): to be done in a quiet hour, not at T-0. */
const REBOOT_LEAD_MS = 30 * 60_000;

export default defineCheck({
  meta: {
    id: 'database',
    title: "The database takes the app's connections at the peak",
    failureTitle: "The database's max_connections is too low for the peak",
    description:
      "Reads each RDS instance and Aurora cluster named: the connections the app opens at the peak (instances × pool, plus a rolling deploy's surge) must stay under maxShare of max_connections (set in the parameter group, or the engine's default formula on the class's memory); replicas where reads go to them; free storage where it does not grow by itself.",
    options: Options,
    recommended: 'error',
    requires: ['aws'],
    permissions: ['rds:DescribeDBInstances', 'rds:DescribeDBClusters', 'rds:DescribeDBParameters', 'cloudwatch:GetMetricData'],
  },
  watched: ({ instances, clusters }) => ({ dbInstances: instances, dbClusters: clusters }),
  async run(ctx) {
    const { instances, clusters, lookback } = ctx.options;
    if (instances.length === 0 && clusters.length === 0) return { status: 'skip', summary: 'No database configured (instances, clusters).' };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const need = ctx.plan.targets.databaseConnections;
    if (need === undefined) found.info('Set event.backend.poolPerInstance and event.capacity to hold max_connections against the connections at the peak.');
    for (const db of await readDatabases(ctx, { instances, clusters, lookbackMs: lookback }, found)) judgeDatabase(db, { ...ctx.options, need }, found);
    return found.outcome(`Every database takes the ${need === undefined ? 'planned' : formatNumber(need)} connections of the peak.`);
  },
});

export type Rules = Options & { need?: number };

export function judgeDatabase(db: DatabaseReading, rules: Rules, found: Findings): void {
  const name = `${where(db.target)} ${db.kind === 'cluster' ? 'cluster' : 'instance'} ${db.name}`;
  const at = { target: db.name };
  if (!['available', 'backing-up', 'storage-optimization'].includes(db.status)) found.fail(`${name} is ${db.status}, not available.`, at);
  if (db.pendingReboot)
    found.warn(`${name}: its parameter group has changes waiting for a reboot, so the max_connections read may not be the one in effect.`, {
      ...at,
      fix: {
        action: `Reboot ${db.writer?.DBInstanceIdentifier ?? db.name} in a quiet hour before the show.`,
        command: rebootCommand(db),
        leadTimeMs: REBOOT_LEAD_MS,
      },
    });
  judgeConnections(db, rules, found);
  if (rules.readReplicas && db.readers.length === 0)
    found.fail(`${name}: reads go to replicas (readReplicas), but it has none: every read lands on the writer.`, {
      ...at,
      fix: {
        action: `Add a ${db.kind === 'cluster' ? 'reader to the cluster' : 'read replica'} before the show: it takes tens of minutes to create and catch up.`,
        command:
          db.kind === 'cluster'
            ? `aws rds create-db-instance --db-cluster-identifier ${db.name} --db-instance-identifier ${db.name}-reader --db-instance-class ${db.writer?.DBInstanceClass ?? '<class>'} --engine ${db.writer?.Engine ?? '<engine>'} --region ${db.target.region}`
            : `aws rds create-db-instance-read-replica --db-instance-identifier ${db.name}-replica --source-db-instance-identifier ${db.name} --region ${db.target.region}`,
        leadTimeMs: 60 * 60_000,
      },
    });
  judgeStorage(db, rules, found);
}

/** The app's connections at the peak against maxShare of max_connections: pass, warn past the share, fail past the limit. */
function judgeConnections(db: DatabaseReading, rules: Rules, found: Findings): void {
  const name = `${where(db.target)} ${db.name}`;
  const at = { target: db.name };
  const limit = db.maxConnections;
  if (!limit || limit.value === undefined) {
    if (db.writer && limit)
      found.unverified(
        `${name}: max_connections is "${limit.setting}" in ${limit.group}, which primetime cannot compute for ${db.writer.DBInstanceClass}: set it to a number in the parameter group.`,
        at,
      );
    return;
  }
  const how = limit.setting === String(limit.value) ? `set in ${limit.group}` : `the default formula of ${limit.group} on ${db.writer?.DBInstanceClass}, about`;
  if (rules.need === undefined) return found.info(`${name}: max_connections ${how} ${formatNumber(limit.value)}.`, at);
  judgeHeadroom(found, {
    need: rules.need,
    capacity: limit.value,
    maxShare: rules.maxShare,
    said: `${name}: ${formatNumber(rules.need)} connections at the peak of max_connections ${how} ${formatNumber(limit.value)}`,
    over: 'the peak would be refused "too many connections"',
    target: db.name,
    fix: (wanted) => raiseMaxConnections(db, wanted),
  });
}

function raiseMaxConnections(db: DatabaseReading, wanted: number) {
  const group = db.maxConnections!.group;
  const instance = db.writer?.DBInstanceIdentifier ?? db.name;
  const set = `--parameters "ParameterName=max_connections,ParameterValue=${wanted},ApplyMethod=pending-reboot" --region ${db.target.region}`;
  return db.maxConnections!.isDefaultGroup
    ? {
        action: `Raise max_connections to ${formatNumber(wanted)}: ${group} is a default group, so create a group of the same family with max_connections ${wanted}, attach it to ${instance} and reboot (or move to a larger class, or put RDS Proxy in front).`,
        command: `aws rds create-db-parameter-group --db-parameter-group-name ${instance}-primetime --db-parameter-group-family <family of ${group}> --description "max_connections for the show" && aws rds modify-db-parameter-group --db-parameter-group-name ${instance}-primetime ${set} && aws rds modify-db-instance --db-instance-identifier ${instance} --db-parameter-group-name ${instance}-primetime --apply-immediately && ${rebootCommand(db)}`,
        leadTimeMs: REBOOT_LEAD_MS,
      }
    : {
        action: `Raise max_connections to ${formatNumber(wanted)} in ${group}, then reboot ${instance} in a quiet hour (or move to a larger class, or put RDS Proxy in front).`,
        command: `aws rds modify-db-parameter-group --db-parameter-group-name ${group} ${set} && ${rebootCommand(db)}`,
        leadTimeMs: REBOOT_LEAD_MS,
      };
}

const rebootCommand = (db: DatabaseReading) =>
  `aws rds reboot-db-instance --db-instance-identifier ${db.writer?.DBInstanceIdentifier ?? db.name} --region ${db.target.region}`;

/** An instance's own storage: enough free space, unless storage autoscaling grows it. Aurora's grows by itself. */
function judgeStorage(db: DatabaseReading, rules: Rules, found: Findings): void {
  const allocatedGiB = db.writer?.AllocatedStorage;
  if (db.kind !== 'instance' || db.lowestFreeBytes === undefined || !allocatedGiB) return;
  const free = db.lowestFreeBytes / (allocatedGiB * 1024 ** 3);
  const grows = (db.writer?.MaxAllocatedStorage ?? 0) > allocatedGiB;
  const said = `${where(db.target)} ${db.name}: at least ${Math.round(free * 100)} % of ${formatNumber(allocatedGiB)} GiB free over the last days`;
  if (free >= rules.minFreeStorage) return found.pass(`${said}.`, { target: db.name });
  if (grows) return found.info(`${said}; storage autoscaling grows it up to ${formatNumber(db.writer!.MaxAllocatedStorage!)} GiB.`, { target: db.name });
  found.fail(`${said}, under ${Math.round(rules.minFreeStorage * 100)} %, and storage autoscaling is off: a full disk stops every write.`, {
    target: db.name,
    fix: {
      action: `Turn on storage autoscaling for ${db.name} (or grow its storage).`,
      command: `aws rds modify-db-instance --db-instance-identifier ${db.name} --max-allocated-storage ${allocatedGiB * 2} --apply-immediately --region ${db.target.region}`,
      leadTimeMs: REBOOT_LEAD_MS,
    },
  });
}
