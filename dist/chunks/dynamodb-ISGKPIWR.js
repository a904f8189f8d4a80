import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  awsCaller,
  awsPreflight,
  where
} from "./chunk-SM2HUKKK.js";
import {
  Fraction,
  defineCheck,
  judgeHeadroom
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  formatNumber
} from "./chunk-KHW7QP7J.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/dynamodb/index.ts
var Table = external_exports.union([
  external_exports.string().min(1),
  external_exports.strictObject({
    name: external_exports.string().min(1),
    writes: Fraction.prefault(1).describe("Share of the plan's writes that land in this table."),
    reads: Fraction.prefault(1).describe("Share of the plan's reads served by this table.")
  })
]);
var Options = external_exports.strictObject({
  tables: external_exports.array(Table).default([]).describe("Table names, or { name, writes, reads } with the share of the plan's writes and reads each takes (all by default)."),
  itemKb: external_exports.number().positive().default(1).describe("Typical item size: a write costs one unit per KB, a read one unit per 4 KB."),
  consistentReads: external_exports.boolean().default(false).describe("Strongly consistent reads cost twice an eventually consistent one."),
  maxShare: Fraction.prefault(0.8).describe("Share of the capacity the peak may use.")
});
var WARM_LEAD_MS = 60 * 6e4;
var dynamodb_default = defineCheck({
  meta: {
    id: "dynamodb",
    title: "DynamoDB tables take the writes and reads of the peak",
    failureTitle: "A DynamoDB table would throttle at the peak",
    description: "Reads each table named (DescribeTable): a provisioned table's capacity, an on-demand table's warm throughput (what it takes at once) and maximum, for the table and each global secondary index, against the plan's writes/s and reads/s in capacity units. Auto scaling reacts in minutes: the spike takes seconds.",
    options: Options,
    recommended: "error",
    requires: ["aws"],
    permissions: ["dynamodb:DescribeTable"]
  },
  watched: ({ tables }) => ({ tables: tables.map((t) => typeof t === "string" ? t : t.name) }),
  async run(ctx) {
    if (ctx.options.tables.length === 0) return { status: "skip", summary: "No DynamoDB table configured (tables)." };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const { writesPerSecond, readsPerSecond } = ctx.plan.targets;
    if (writesPerSecond === void 0) found.info("Set event.backend (conversion, writes and reads per visit) to hold the tables against the peak.");
    const ddb = await import("./dist-es-7R2EK3FM.js");
    for (const target of ctx.aws.targets) {
      const client = await ctx.aws.client(ddb.DynamoDBClient, target);
      for (const table of ctx.options.tables.map((t) => typeof t === "string" ? { name: t, writes: 1, reads: 1 } : t)) {
        const answer = await awsCaller(found, target)(
          "dynamodb:DescribeTable",
          table.name,
          () => client.send(new ddb.DescribeTableCommand({ TableName: table.name })),
          "Table"
        );
        if (!answer) continue;
        const need = unitsNeeded(ctx.options, (writesPerSecond ?? 0) * table.writes, (readsPerSecond ?? 0) * table.reads);
        judgeTable(target, answer.Table, writesPerSecond === void 0 ? void 0 : need, ctx.options, found);
      }
    }
    return found.outcome("Every DynamoDB table takes the peak's writes and reads.");
  }
});
function unitsNeeded({ itemKb, consistentReads }, writes, reads) {
  return { write: Math.ceil(writes * Math.ceil(itemKb)), read: Math.ceil(reads * Math.ceil(itemKb / 4) * (consistentReads ? 1 : 0.5)) };
}
function judgeTable(target, table, need, rules, found) {
  const name = `${where(target)} table ${table.TableName}`;
  const onDemand = table.BillingModeSummary?.BillingMode === "PAY_PER_REQUEST";
  if (!["ACTIVE", "UPDATING"].includes(table.TableStatus ?? "")) found.fail(`${name} is ${table.TableStatus}, not ACTIVE.`, { target: table.TableName });
  if (!need) return found.info(`${name}: ${onDemand ? "on demand" : "provisioned"}.`, { target: table.TableName });
  const parts = [
    [name, table],
    ...(table.GlobalSecondaryIndexes ?? []).map((i) => [`${name} index ${i.IndexName}`, i, i.IndexName])
  ];
  for (const [label, part, index] of parts)
    for (const kind of ["write", "read"])
      judgeUnits(label, kind, part, onDemand, need[kind], { target, table: table.TableName, index, maxShare: rules.maxShare }, found);
}
function raiseCommand(at, part, kind, wanted, onDemand) {
  const units = onDemand ? { [kind === "write" ? "WriteUnitsPerSecond" : "ReadUnitsPerSecond"]: wanted } : {
    ReadCapacityUnits: kind === "read" ? wanted : part.ProvisionedThroughput?.ReadCapacityUnits ?? 0,
    WriteCapacityUnits: kind === "write" ? wanted : part.ProvisionedThroughput?.WriteCapacityUnits ?? 0
  };
  const field = onDemand ? "WarmThroughput" : "ProvisionedThroughput";
  const change = at.index ? `--global-secondary-index-updates '${JSON.stringify([{ Update: { IndexName: at.index, [field]: units } }])}'` : `--${onDemand ? "warm-throughput" : "provisioned-throughput"} ${Object.entries(units).map(([k, v]) => `${k}=${v}`).join(",")}`;
  return `aws dynamodb update-table --table-name ${at.table} ${change} --region ${at.target.region}`;
}
function judgeUnits(label, kind, part, onDemand, need, at, found) {
  if (need === 0) return;
  const Kind = kind === "write" ? "Write" : "Read";
  const provisioned = part.ProvisionedThroughput?.[`${Kind}CapacityUnits`];
  const warm = part.WarmThroughput?.[`${Kind}UnitsPerSecond`];
  const max = part.OnDemandThroughput?.[`Max${Kind}RequestUnits`];
  const what = `${formatNumber(need)} ${kind} units/s at the peak`;
  if (onDemand && max !== void 0 && max > 0 && max < need)
    found.fail(`${label}: ${what}, over its on-demand maximum of ${formatNumber(max)}/s: the rest is throttled.`, { target: at.table });
  const capacity = onDemand ? warm : provisioned;
  if (capacity === void 0)
    return found.unverified(`${label}: AWS did not say its ${onDemand ? "warm throughput" : "provisioned capacity"}, so nothing is proven.`, {
      target: at.table
    });
  judgeHeadroom(found, {
    need,
    capacity,
    maxShare: at.maxShare,
    said: `${label}: ${what} of ${formatNumber(capacity)} ${onDemand ? "warm" : "provisioned"}`,
    over: "the rest is throttled until DynamoDB adapts, minutes after the spike",
    target: at.table,
    fix: (wanted) => ({
      action: onDemand ? `Pre-warm ${label} to ${formatNumber(wanted)} ${kind} units/s. Warm throughput cannot be lowered afterwards, and costs once.` : `Raise ${label}'s ${kind} capacity to ${formatNumber(wanted)} before the show (decreases are limited per day).`,
      command: raiseCommand(at, part, kind, wanted, onDemand),
      leadTimeMs: onDemand ? WARM_LEAD_MS : 15 * 6e4
    })
  });
}
export {
  dynamodb_default as default,
  judgeTable,
  unitsNeeded
};
