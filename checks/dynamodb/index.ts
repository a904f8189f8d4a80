import { z } from 'zod';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { awsCaller, awsPreflight, where } from '../../src/aws/check.js';
import type { AwsTarget } from '../../src/aws/access.js';
import { defineCheck, findings, formatNumber, judgeHeadroom, type Findings, Fraction } from '../../src/check/index.js';

const Table = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1),
    writes: Fraction.prefault(1).describe("Share of the plan's writes that land in this table."),
    reads: Fraction.prefault(1).describe("Share of the plan's reads served by this table."),
  }),
]);

const Options = z.strictObject({
  tables: z
    .array(Table)
    .default([])
    .describe("Table names, or { name, writes, reads } with the share of the plan's writes and reads each takes (all by default)."),
  itemKb: z.number().positive().default(1).describe('Typical item size: a write costs one unit per KB, a read one unit per 4 KB.'),
  consistentReads: z.boolean().default(false).describe('Strongly consistent reads cost twice an eventually consistent one.'),
  maxShare: Fraction.prefault(0.8).describe('Share of the capacity the peak may use.'),
});
export type Options = z.output<typeof Options>;

/** Raising warm throughput runs in the background for minutes to tens of minutes; give it an hour before the show. */
const WARM_LEAD_MS = 60 * 60_000;

export default defineCheck({
  meta: {
    id: 'dynamodb',
    title: 'DynamoDB tables take the writes and reads of the peak',
    failureTitle: 'A DynamoDB table would throttle at the peak',
    description:
      "Reads each table named (DescribeTable): a provisioned table's capacity, an on-demand table's warm throughput (what it takes at once) and maximum, for the table and each global secondary index, against the plan's writes/s and reads/s in capacity units. Auto scaling reacts in minutes: the spike takes seconds.",
    options: Options,
    recommended: 'error',
    requires: ['aws'],
    permissions: ['dynamodb:DescribeTable'],
  },
  watched: ({ tables }) => ({ tables: tables.map((t) => (typeof t === 'string' ? t : t.name)) }),
  async run(ctx) {
    if (ctx.options.tables.length === 0) return { status: 'skip', summary: 'No DynamoDB table configured (tables).' };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const { writesPerSecond, readsPerSecond } = ctx.plan.targets;
    if (writesPerSecond === undefined) found.info('Set event.backend (conversion, writes and reads per visit) to hold the tables against the peak.');
    const ddb = await import('@aws-sdk/client-dynamodb');
    for (const target of ctx.aws.targets) {
      const client = await ctx.aws.client(ddb.DynamoDBClient, target);
      for (const table of ctx.options.tables.map((t) => (typeof t === 'string' ? { name: t, writes: 1, reads: 1 } : t))) {
        const answer = await awsCaller(found, target)(
          'dynamodb:DescribeTable',
          table.name,
          () => client.send(new ddb.DescribeTableCommand({ TableName: table.name })),
          'Table',
        );
        if (!answer) continue;
        const need = unitsNeeded(ctx.options, (writesPerSecond ?? 0) * table.writes, (readsPerSecond ?? 0) * table.reads);
        judgeTable(target, answer.Table!, writesPerSecond === undefined ? undefined : need, ctx.options, found);
      }
    }
    return found.outcome("Every DynamoDB table takes the peak's writes and reads.");
  },
});

export interface Units {
  write: number;
  read: number;
}

/** Capacity units per second for these writes and reads of items of `itemKb`. */
export function unitsNeeded({ itemKb, consistentReads }: Pick<Options, 'itemKb' | 'consistentReads'>, writes: number, reads: number): Units {
  return { write: Math.ceil(writes * Math.ceil(itemKb)), read: Math.ceil(reads * Math.ceil(itemKb / 4) * (consistentReads ? 1 : 0.5)) };
}

type Throughput = Pick<TableDescription, 'ProvisionedThroughput' | 'WarmThroughput' | 'OnDemandThroughput'>;

/** The table, then each global secondary index (every write to the table may write to it too). */
export function judgeTable(target: AwsTarget, table: TableDescription, need: Units | undefined, rules: Pick<Options, 'maxShare'>, found: Findings): void {
  const name = `${where(target)} table ${table.TableName}`;
  const onDemand = table.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST';
  if (!['ACTIVE', 'UPDATING'].includes(table.TableStatus ?? '')) found.fail(`${name} is ${table.TableStatus}, not ACTIVE.`, { target: table.TableName });
  if (!need) return found.info(`${name}: ${onDemand ? 'on demand' : 'provisioned'}.`, { target: table.TableName });
  const parts: [string, Throughput, string?][] = [
    [name, table],
    ...(table.GlobalSecondaryIndexes ?? []).map((i): [string, Throughput, string?] => [`${name} index ${i.IndexName}`, i, i.IndexName]),
  ];
  for (const [label, part, index] of parts)
    for (const kind of ['write', 'read'] as const)
      judgeUnits(label, kind, part, onDemand, need[kind], { target, table: table.TableName!, index, maxShare: rules.maxShare }, found);
}

interface Where {
  target: AwsTarget;
  table: string;
  /** A global secondary index of the table. */
  index?: string;
  maxShare: number;
}

/** update-table with the new warm throughput or provisioned capacity (the other dimension kept), for the table or one index. */
function raiseCommand(at: Where, part: Throughput, kind: 'write' | 'read', wanted: number, onDemand: boolean): string {
  const units = onDemand
    ? { [kind === 'write' ? 'WriteUnitsPerSecond' : 'ReadUnitsPerSecond']: wanted }
    : {
        ReadCapacityUnits: kind === 'read' ? wanted : (part.ProvisionedThroughput?.ReadCapacityUnits ?? 0),
        WriteCapacityUnits: kind === 'write' ? wanted : (part.ProvisionedThroughput?.WriteCapacityUnits ?? 0),
      };
  const field = onDemand ? 'WarmThroughput' : 'ProvisionedThroughput';
  const change = at.index
    ? `--global-secondary-index-updates '${JSON.stringify([{ Update: { IndexName: at.index, [field]: units } }])}'`
    : `--${onDemand ? 'warm-throughput' : 'provisioned-throughput'} ${Object.entries(units)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')}`;
  return `aws dynamodb update-table --table-name ${at.table} ${change} --region ${at.target.region}`;
}

/** One dimension of one table or index: what it takes at once (provisioned, or warm and capped on demand) vs the need. */
function judgeUnits(label: string, kind: 'write' | 'read', part: Throughput, onDemand: boolean, need: number, at: Where, found: Findings): void {
  if (need === 0) return;
  const Kind = kind === 'write' ? 'Write' : 'Read';
  const provisioned = part.ProvisionedThroughput?.[`${Kind}CapacityUnits`];
  const warm = part.WarmThroughput?.[`${Kind}UnitsPerSecond`];
  const max = part.OnDemandThroughput?.[`Max${Kind}RequestUnits`];
  const what = `${formatNumber(need)} ${kind} units/s at the peak`;
  if (onDemand && max !== undefined && max > 0 && max < need)
    found.fail(`${label}: ${what}, over its on-demand maximum of ${formatNumber(max)}/s: the rest is throttled.`, { target: at.table });
  const capacity = onDemand ? warm : provisioned;
  if (capacity === undefined)
    return found.unverified(`${label}: AWS did not say its ${onDemand ? 'warm throughput' : 'provisioned capacity'}, so nothing is proven.`, {
      target: at.table,
    });
  judgeHeadroom(found, {
    need,
    capacity,
    maxShare: at.maxShare,
    said: `${label}: ${what} of ${formatNumber(capacity)} ${onDemand ? 'warm' : 'provisioned'}`,
    over: 'the rest is throttled until DynamoDB adapts, minutes after the spike',
    target: at.table,
    fix: (wanted) => ({
      action: onDemand
        ? `Pre-warm ${label} to ${formatNumber(wanted)} ${kind} units/s. Warm throughput cannot be lowered afterwards, and costs once.`
        : `Raise ${label}'s ${kind} capacity to ${formatNumber(wanted)} before the show (decreases are limited per day).`,
      command: raiseCommand(at, part, kind, wanted, onDemand),
      leadTimeMs: onDemand ? WARM_LEAD_MS : 15 * 60_000,
    }),
  });
}
