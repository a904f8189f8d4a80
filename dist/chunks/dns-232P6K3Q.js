import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  awsCaller,
  awsPreflight
} from "./chunk-SM2HUKKK.js";
import {
  Duration,
  defineCheck
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import "./chunk-KHW7QP7J.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/dns/read.ts
var sameName = (a, b) => a.replace(/\.$/, "").toLowerCase() === b.replace(/\.$/, "").toLowerCase();
async function readRecords(ctx, asked, found) {
  const r53 = await import("./dist-es-MPAO7Z7W.js");
  const read = [];
  const accounts = ctx.aws.targets.filter((t, i, all) => all.findIndex((o) => o.name === t.name) === i);
  for (const target of accounts) {
    const client = await ctx.aws.client(r53.Route53Client, { ...target, region: "us-east-1" });
    const call = awsCaller(found, target);
    for (const record of asked) {
      const listed = await call(
        "route53:ListResourceRecordSets",
        `${record.name} ${record.type}`,
        () => client.send(
          new r53.ListResourceRecordSetsCommand({
            HostedZoneId: record.zone,
            StartRecordName: record.name,
            StartRecordType: record.type,
            MaxItems: 20
          })
        ),
        "ResourceRecordSets"
      );
      if (!listed) continue;
      const sets = listed.ResourceRecordSets.filter((s) => sameName(s.Name ?? "", record.name) && s.Type === record.type);
      const health = /* @__PURE__ */ new Map();
      for (const id of new Set(sets.map((s) => s.HealthCheckId).filter((id2) => Boolean(id2)))) {
        const check = await call(
          "route53:GetHealthCheck",
          `health check ${id}`,
          () => client.send(new r53.GetHealthCheckCommand({ HealthCheckId: id })),
          "HealthCheck"
        );
        const status = await call(
          "route53:GetHealthCheckStatus",
          `health check ${id}`,
          () => client.send(new r53.GetHealthCheckStatusCommand({ HealthCheckId: id })),
          "HealthCheckObservations"
        );
        if (check && status) health.set(id, { check: check.HealthCheck, observations: status.HealthCheckObservations });
      }
      read.push({ target, asked: record, sets, health });
    }
  }
  return read;
}

// checks/dns/index.ts
var Record = external_exports.strictObject({
  zone: external_exports.string().min(1).describe("The hosted zone id (Z0123456789ABC)."),
  name: external_exports.string().min(1).describe("The record name: www.example.fr."),
  type: external_exports.enum(["A", "AAAA", "CNAME"]).default("A")
});
var Options = external_exports.strictObject({
  records: external_exports.array(Record).default([]).describe("Records the run of show may flip (to the plan-B host, to another origin), and failover records."),
  maxTtl: Duration.prefault("300s").describe("Longest TTL of a record that may be flipped: resolvers keep the old answer that long.")
});
var dns_default = defineCheck({
  meta: {
    id: "dns",
    title: "The records the run of show may flip answer fast, and failover records are watched",
    failureTitle: "A record would keep the old answer too long, or would never fail over",
    description: "Reads each record named in Route 53 (ListResourceRecordSets): its TTL must be at most maxTtl, since lowering it helps only once the old TTL has passed (so the fix says by when). Failover records need a secondary, and the primary a health check (or an alias that evaluates its target's health) that is enabled, not inverted and passing (GetHealthCheck, GetHealthCheckStatus).",
    options: Options,
    recommended: "error",
    requires: ["aws"],
    permissions: ["route53:ListResourceRecordSets", "route53:GetHealthCheck", "route53:GetHealthCheckStatus"]
  },
  async run(ctx) {
    if (ctx.options.records.length === 0) return { status: "skip", summary: "No record configured (records)." };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const airtime = ctx.event.airtime;
    for (const reading of await readRecords(ctx, ctx.options.records, found)) judgeRecord(reading, { maxTtlMs: ctx.options.maxTtl, airtime }, found);
    return found.outcome("Every record answers fast, and failover records are watched by passing health checks.");
  }
});
function judgeRecord({ target, asked, sets, health }, rules, found) {
  const name = `${target.name} ${asked.name} ${asked.type}`;
  const at = { target: asked.name };
  if (sets.length === 0) return found.fail(`${name}: no such record in zone ${asked.zone}.`, at);
  for (const set of sets) judgeTtl(name, asked, set, rules, found);
  const primary = sets.find((s) => s.Failover === "PRIMARY");
  if (!primary) return;
  if (!sets.some((s) => s.Failover === "SECONDARY"))
    found.fail(`${name}: a PRIMARY failover record without a SECONDARY: there is nowhere to fail over to.`, {
      ...at,
      fix: "Add the SECONDARY record pointing at the plan-B host."
    });
  const id = primary.HealthCheckId;
  if (!id) {
    if (primary.AliasTarget?.EvaluateTargetHealth) return found.pass(`${name}: the PRIMARY alias evaluates its target's health.`, at);
    return found.fail(`${name}: the PRIMARY failover record has no health check: Route 53 takes it as always healthy, so it never fails over.`, {
      ...at,
      fix: "Attach a health check on the site (or set EvaluateTargetHealth on its alias)."
    });
  }
  judgeHealthCheck(name, id, health.get(id), found);
}
function judgeTtl(name, asked, set, rules, found) {
  const label = `${name}${set.SetIdentifier ? ` (${set.SetIdentifier})` : ""}`;
  if (set.AliasTarget) return found.pass(`${label}: an alias, answered with its AWS target's TTL (60 s).`, { target: asked.name });
  const ttlMs = (set.TTL ?? 0) * 1e3;
  if (ttlMs <= rules.maxTtlMs) return found.pass(`${label}: TTL ${formatDuration(ttlMs)} (at most ${formatDuration(rules.maxTtlMs)}).`, { target: asked.name });
  const by = rules.airtime ? ` by ${new Date(rules.airtime.getTime() - ttlMs).toISOString().replace(/\.\d{3}Z$/, "Z")}` : "";
  const change = { Changes: [{ Action: "UPSERT", ResourceRecordSet: { ...set, TTL: 60 } }] };
  found.fail(
    `${label}: TTL ${formatDuration(ttlMs)}, over ${formatDuration(rules.maxTtlMs)}: a flip would reach visitors only as their resolvers forget the old answer.`,
    {
      target: asked.name,
      fix: {
        action: `Lower the TTL to 60 s at least ${formatDuration(ttlMs)} before the run of show may flip it (the old TTL must pass first)${by}.`,
        command: `aws route53 change-resource-record-sets --hosted-zone-id ${asked.zone} --change-batch '${JSON.stringify(change)}'`,
        leadTimeMs: ttlMs
      }
    }
  );
}
function judgeHealthCheck(name, id, health, found) {
  if (!health) return;
  const at = { target: id };
  const config = health.check.HealthCheckConfig;
  if (config?.Disabled) found.fail(`${name}: health check ${id} is disabled: Route 53 takes it as healthy, so it never fails over.`, at);
  if (config?.Inverted) found.fail(`${name}: health check ${id} is inverted: it fails over when the site is up.`, at);
  const reports = health.observations.map((o) => o.StatusReport?.Status ?? "");
  const failing = reports.filter((s) => !s.startsWith("Success"));
  if (reports.length === 0) return found.unverified(`${name}: health check ${id} has no checker's report yet, so nothing is proven.`, at);
  if (failing.length * 2 > reports.length)
    found.fail(
      `${name}: health check ${id} fails for ${failing.length} of ${reports.length} checkers (${failing[0]}): traffic is on the SECONDARY already.`,
      at
    );
  else if (!config?.Disabled && !config?.Inverted)
    found.pass(`${name}: health check ${id} passes for ${reports.length - failing.length} of ${reports.length} checkers.`, at);
}
export {
  dns_default as default,
  judgeRecord
};
