import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  lowestOverDays
} from "./chunk-RZR4UEAU.js";
import {
  awsCaller,
  awsPreflight,
  boundedPages,
  where
} from "./chunk-SM2HUKKK.js";
import {
  memoryGiBOf
} from "./chunk-FTILTXDE.js";
import {
  Duration,
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

// checks/database/formula.ts
var TOKEN = /\s*(\d+|[A-Za-z]\w*|[{}(),*/])/y;
function tokenize(text) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const from = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) return text.slice(from).trim() === "" ? tokens : void 0;
    tokens.push(match[1]);
  }
  return tokens;
}
var FUNCTIONS = {
  GREATEST: (args) => Math.max(...args),
  LEAST: (args) => Math.min(...args),
  SUM: (args) => args.reduce((a, b) => a + b, 0),
  log: ([value]) => value !== void 0 && value > 0 ? Math.log2(value) : void 0
};
function evaluateParameter(text, variables) {
  const tokens = tokenize(text);
  if (!tokens?.length) return void 0;
  let at = 0;
  const fail = () => {
    throw new SyntaxError(text);
  };
  const expect = (token) => tokens[at] === token ? at++ : fail();
  const product = () => {
    let value = term();
    while (tokens[at] === "*" || tokens[at] === "/") {
      const op = tokens[at++];
      const right = term();
      value = Math.trunc(op === "*" ? value * right : right === 0 ? fail() : value / right);
    }
    return value;
  };
  const term = () => {
    const token = tokens[at++] ?? fail();
    if (/^\d+$/.test(token)) return Number(token);
    if (token === "{") {
      const value = product();
      expect("}");
      return value;
    }
    if (token in FUNCTIONS) return call(token);
    const variable = variables[token];
    return variable ?? fail();
  };
  const call = (name) => {
    expect("(");
    const args = [product()];
    while (tokens[at] === ",") {
      at++;
      args.push(product());
    }
    expect(")");
    return FUNCTIONS[name](args) ?? fail();
  };
  try {
    const value = product();
    return at === tokens.length && Number.isFinite(value) ? Math.trunc(value) : void 0;
  } catch {
    return void 0;
  }
}

// checks/database/read.ts
async function readDatabases(ctx, names, found) {
  const rds = await import("./dist-es-JP74UP4S.js");
  const read = [];
  for (const target of ctx.aws.targets) {
    const reader = { rds, client: await ctx.aws.client(rds.RDSClient, target), call: awsCaller(found, target), target, groups: /* @__PURE__ */ new Map() };
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
async function describeInstance({ rds, client, call }, id) {
  const answer = await call("rds:DescribeDBInstances", id, () => client.send(new rds.DescribeDBInstancesCommand({ DBInstanceIdentifier: id })), "DBInstances");
  return answer?.DBInstances?.[0];
}
async function instanceReading(reader, instance, ctx, lookbackMs, found) {
  const id = instance.DBInstanceIdentifier;
  const free = await lowestOverDays(ctx, reader.target, found, {
    label: `free storage of ${id}`,
    metric: { namespace: "AWS/RDS", name: "FreeStorageSpace", dimensions: { DBInstanceIdentifier: id }, stat: "Minimum" },
    lookbackMs
  });
  return {
    target: reader.target,
    name: id,
    kind: "instance",
    status: instance.DBInstanceStatus ?? "unknown",
    writer: instance,
    readers: instance.ReadReplicaDBInstanceIdentifiers ?? [],
    maxConnections: await maxConnectionsOf(reader, instance),
    pendingReboot: (instance.DBParameterGroups ?? []).some((g) => g.ParameterApplyStatus === "pending-reboot"),
    lowestFreeBytes: free
  };
}
async function clusterReading(reader, id) {
  const { rds, client, call } = reader;
  const answer = await call("rds:DescribeDBClusters", id, () => client.send(new rds.DescribeDBClustersCommand({ DBClusterIdentifier: id })), "DBClusters");
  const cluster = answer?.DBClusters?.[0];
  if (!cluster) return void 0;
  const members = cluster.DBClusterMembers ?? [];
  const writerId = members.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier;
  const writer = writerId ? await describeInstance(reader, writerId) : void 0;
  return {
    target: reader.target,
    name: id,
    kind: "cluster",
    status: cluster.Status ?? "unknown",
    writer,
    readers: members.filter((m) => !m.IsClusterWriter).map((m) => m.DBInstanceIdentifier),
    maxConnections: writer ? await maxConnectionsOf(reader, writer) : void 0,
    pendingReboot: (writer?.DBParameterGroups ?? []).some((g) => g.ParameterApplyStatus === "pending-reboot")
  };
}
async function maxConnectionsOf(reader, instance) {
  const group = instance.DBParameterGroups?.[0]?.DBParameterGroupName;
  if (!group) return void 0;
  if (!reader.groups.has(group)) reader.groups.set(group, readMaxConnectionsSetting(reader, group));
  const setting = await reader.groups.get(group);
  if (setting === void 0) return void 0;
  const memoryGiB = memoryGiBOf(instance.DBInstanceClass ?? "");
  const value = memoryGiB === void 0 && /DBInstanceClassMemory/.test(setting) ? void 0 : evaluateParameter(setting, { DBInstanceClassMemory: (memoryGiB ?? 0) * 1024 ** 3 });
  return { value, setting, group, isDefaultGroup: group.startsWith("default.") };
}
async function readMaxConnectionsSetting({ rds, client, call }, group) {
  const pages = boundedPages(
    (token) => client.send(new rds.DescribeDBParametersCommand({ DBParameterGroupName: group, Marker: token })).then((page) => ({ ...page, NextToken: page.Marker }))
  );
  return call(`rds:DescribeDBParameters`, `parameter group ${group}`, async () => {
    for await (const page of pages) {
      const parameter = page.Parameters?.find((p) => p.ParameterName === "max_connections");
      if (parameter) return parameter.ParameterValue ?? "";
    }
    throw Object.assign(new Error(`no max_connections in parameter group ${group}`), { name: "ParameterNotFound" });
  });
}

// checks/database/index.ts
var Options = external_exports.strictObject({
  instances: external_exports.array(external_exports.string().min(1)).default([]).describe("RDS DB instance identifiers."),
  clusters: external_exports.array(external_exports.string().min(1)).default([]).describe("Aurora DB cluster identifiers (judged on their writer)."),
  maxShare: Fraction.prefault(0.8).describe(
    "Share of max_connections the app may use at the peak: the rest is for admin, replication and a deploy's stragglers."
  ),
  readReplicas: external_exports.boolean().default(false).describe("Reads go to replicas: each database must have at least one."),
  minFreeStorage: Fraction.prefault(0.1).describe("Free storage an instance without storage autoscaling must keep."),
  lookback: Duration.prefault("7d").describe("History read from CloudWatch (free storage).")
});
var REBOOT_LEAD_MS = 30 * 6e4;
var database_default = defineCheck({
  meta: {
    id: "database",
    title: "The database takes the app's connections at the peak",
    failureTitle: "The database's max_connections is too low for the peak",
    description: "Reads each RDS instance and Aurora cluster named: the connections the app opens at the peak (instances \xD7 pool, plus a rolling deploy's surge) must stay under maxShare of max_connections (set in the parameter group, or the engine's default formula on the class's memory); replicas where reads go to them; free storage where it does not grow by itself.",
    options: Options,
    recommended: "error",
    requires: ["aws"],
    permissions: ["rds:DescribeDBInstances", "rds:DescribeDBClusters", "rds:DescribeDBParameters", "cloudwatch:GetMetricData"]
  },
  watched: ({ instances, clusters }) => ({ dbInstances: instances, dbClusters: clusters }),
  async run(ctx) {
    const { instances, clusters, lookback } = ctx.options;
    if (instances.length === 0 && clusters.length === 0) return { status: "skip", summary: "No database configured (instances, clusters)." };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const need = ctx.plan.targets.databaseConnections;
    if (need === void 0) found.info("Set event.backend.poolPerInstance and event.capacity to hold max_connections against the connections at the peak.");
    for (const db of await readDatabases(ctx, { instances, clusters, lookbackMs: lookback }, found)) judgeDatabase(db, { ...ctx.options, need }, found);
    return found.outcome(`Every database takes the ${need === void 0 ? "planned" : formatNumber(need)} connections of the peak.`);
  }
});
function judgeDatabase(db, rules, found) {
  const name = `${where(db.target)} ${db.kind === "cluster" ? "cluster" : "instance"} ${db.name}`;
  const at = { target: db.name };
  if (!["available", "backing-up", "storage-optimization"].includes(db.status)) found.fail(`${name} is ${db.status}, not available.`, at);
  if (db.pendingReboot)
    found.warn(`${name}: its parameter group has changes waiting for a reboot, so the max_connections read may not be the one in effect.`, {
      ...at,
      fix: {
        action: `Reboot ${db.writer?.DBInstanceIdentifier ?? db.name} in a quiet hour before the show.`,
        command: rebootCommand(db),
        leadTimeMs: REBOOT_LEAD_MS
      }
    });
  judgeConnections(db, rules, found);
  if (rules.readReplicas && db.readers.length === 0)
    found.fail(`${name}: reads go to replicas (readReplicas), but it has none: every read lands on the writer.`, {
      ...at,
      fix: {
        action: `Add a ${db.kind === "cluster" ? "reader to the cluster" : "read replica"} before the show: it takes tens of minutes to create and catch up.`,
        command: db.kind === "cluster" ? `aws rds create-db-instance --db-cluster-identifier ${db.name} --db-instance-identifier ${db.name}-reader --db-instance-class ${db.writer?.DBInstanceClass ?? "<class>"} --engine ${db.writer?.Engine ?? "<engine>"} --region ${db.target.region}` : `aws rds create-db-instance-read-replica --db-instance-identifier ${db.name}-replica --source-db-instance-identifier ${db.name} --region ${db.target.region}`,
        leadTimeMs: 60 * 6e4
      }
    });
  judgeStorage(db, rules, found);
}
function judgeConnections(db, rules, found) {
  const name = `${where(db.target)} ${db.name}`;
  const at = { target: db.name };
  const limit = db.maxConnections;
  if (!limit || limit.value === void 0) {
    if (db.writer && limit)
      found.unverified(
        `${name}: max_connections is "${limit.setting}" in ${limit.group}, which primetime cannot compute for ${db.writer.DBInstanceClass}: set it to a number in the parameter group.`,
        at
      );
    return;
  }
  const how = limit.setting === String(limit.value) ? `set in ${limit.group}` : `the default formula of ${limit.group} on ${db.writer?.DBInstanceClass}, about`;
  if (rules.need === void 0) return found.info(`${name}: max_connections ${how} ${formatNumber(limit.value)}.`, at);
  judgeHeadroom(found, {
    need: rules.need,
    capacity: limit.value,
    maxShare: rules.maxShare,
    said: `${name}: ${formatNumber(rules.need)} connections at the peak of max_connections ${how} ${formatNumber(limit.value)}`,
    over: 'the peak would be refused "too many connections"',
    target: db.name,
    fix: (wanted) => raiseMaxConnections(db, wanted)
  });
}
function raiseMaxConnections(db, wanted) {
  const group = db.maxConnections.group;
  const instance = db.writer?.DBInstanceIdentifier ?? db.name;
  const set = `--parameters "ParameterName=max_connections,ParameterValue=${wanted},ApplyMethod=pending-reboot" --region ${db.target.region}`;
  return db.maxConnections.isDefaultGroup ? {
    action: `Raise max_connections to ${formatNumber(wanted)}: ${group} is a default group, so create a group of the same family with max_connections ${wanted}, attach it to ${instance} and reboot (or move to a larger class, or put RDS Proxy in front).`,
    command: `aws rds create-db-parameter-group --db-parameter-group-name ${instance}-primetime --db-parameter-group-family <family of ${group}> --description "max_connections for the show" && aws rds modify-db-parameter-group --db-parameter-group-name ${instance}-primetime ${set} && aws rds modify-db-instance --db-instance-identifier ${instance} --db-parameter-group-name ${instance}-primetime --apply-immediately && ${rebootCommand(db)}`,
    leadTimeMs: REBOOT_LEAD_MS
  } : {
    action: `Raise max_connections to ${formatNumber(wanted)} in ${group}, then reboot ${instance} in a quiet hour (or move to a larger class, or put RDS Proxy in front).`,
    command: `aws rds modify-db-parameter-group --db-parameter-group-name ${group} ${set} && ${rebootCommand(db)}`,
    leadTimeMs: REBOOT_LEAD_MS
  };
}
var rebootCommand = (db) => `aws rds reboot-db-instance --db-instance-identifier ${db.writer?.DBInstanceIdentifier ?? db.name} --region ${db.target.region}`;
function judgeStorage(db, rules, found) {
  const allocatedGiB = db.writer?.AllocatedStorage;
  if (db.kind !== "instance" || db.lowestFreeBytes === void 0 || !allocatedGiB) return;
  const free = db.lowestFreeBytes / (allocatedGiB * 1024 ** 3);
  const grows = (db.writer?.MaxAllocatedStorage ?? 0) > allocatedGiB;
  const said = `${where(db.target)} ${db.name}: at least ${Math.round(free * 100)} % of ${formatNumber(allocatedGiB)} GiB free over the last days`;
  if (free >= rules.minFreeStorage) return found.pass(`${said}.`, { target: db.name });
  if (grows) return found.info(`${said}; storage autoscaling grows it up to ${formatNumber(db.writer.MaxAllocatedStorage)} GiB.`, { target: db.name });
  found.fail(`${said}, under ${Math.round(rules.minFreeStorage * 100)} %, and storage autoscaling is off: a full disk stops every write.`, {
    target: db.name,
    fix: {
      action: `Turn on storage autoscaling for ${db.name} (or grow its storage).`,
      command: `aws rds modify-db-instance --db-instance-identifier ${db.name} --max-allocated-storage ${allocatedGiB * 2} --apply-immediately --region ${db.target.region}`,
      leadTimeMs: REBOOT_LEAD_MS
    }
  });
}
export {
  database_default as default,
  judgeDatabase
};
