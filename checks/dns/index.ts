import { z } from 'zod';
import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import { awsPreflight } from '../../src/aws/check.js';
import { defineCheck, findings, formatDuration, type Findings, Duration } from '../../src/check/index.js';
import { readRecords, type HealthReading, type RecordReading } from './read.js';

const Record = z.strictObject({
  zone: z.string().min(1).describe('The hosted zone id (Z0123456789ABC).'),
  name: z.string().min(1).describe('The record name: www.example.fr.'),
  type: z.enum(['A', 'AAAA', 'CNAME']).default('A'),
});

const Options = z.strictObject({
  records: z.array(Record).default([]).describe('Records the run of show may flip (to the plan-B host, to another origin), and failover records.'),
  maxTtl: Duration.prefault('300s').describe('Longest TTL of a record that may be flipped: resolvers keep the old answer that long.'),
});
export type Options = z.output<typeof Options>;

export default defineCheck({
  meta: {
    id: 'dns',
    title: 'The records the run of show may flip answer fast, and failover records are watched',
    failureTitle: 'A record would keep the old answer too long, or would never fail over',
    description:
      "Reads each record named in Route 53 (ListResourceRecordSets): its TTL must be at most maxTtl, since lowering it helps only once the old TTL has passed (so the fix says by when). Failover records need a secondary, and the primary a health check (or an alias that evaluates its target's health) that is enabled, not inverted and passing (GetHealthCheck, GetHealthCheckStatus).",
    options: Options,
    recommended: 'error',
    requires: ['aws'],
    permissions: ['route53:ListResourceRecordSets', 'route53:GetHealthCheck', 'route53:GetHealthCheckStatus'],
  },
  async run(ctx) {
    if (ctx.options.records.length === 0) return { status: 'skip', summary: 'No record configured (records).' };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const airtime = ctx.event.airtime;
    for (const reading of await readRecords(ctx, ctx.options.records, found)) judgeRecord(reading, { maxTtlMs: ctx.options.maxTtl, airtime }, found);
    return found.outcome('Every record answers fast, and failover records are watched by passing health checks.');
  },
});

export interface Rules {
  maxTtlMs: number;
  airtime?: Date;
}

export function judgeRecord({ target, asked, sets, health }: RecordReading, rules: Rules, found: Findings): void {
  // Route 53 is global: the account, without a region.
  const name = `${target.name} ${asked.name} ${asked.type}`;
  const at = { target: asked.name };
  if (sets.length === 0) return found.fail(`${name}: no such record in zone ${asked.zone}.`, at);
  for (const set of sets) judgeTtl(name, asked, set, rules, found);
  const primary = sets.find((s) => s.Failover === 'PRIMARY');
  if (!primary) return;
  if (!sets.some((s) => s.Failover === 'SECONDARY'))
    found.fail(`${name}: a PRIMARY failover record without a SECONDARY: there is nowhere to fail over to.`, {
      ...at,
      fix: 'Add the SECONDARY record pointing at the plan-B host.',
    });
  const id = primary.HealthCheckId;
  if (!id) {
    if (primary.AliasTarget?.EvaluateTargetHealth) return found.pass(`${name}: the PRIMARY alias evaluates its target's health.`, at);
    return found.fail(`${name}: the PRIMARY failover record has no health check: Route 53 takes it as always healthy, so it never fails over.`, {
      ...at,
      fix: 'Attach a health check on the site (or set EvaluateTargetHealth on its alias).',
    });
  }
  judgeHealthCheck(name, id, health.get(id), found);
}

/** A TTL under maxTtl; above it, the fix says how long before a flip it must be lowered. */
function judgeTtl(name: string, asked: RecordReading['asked'], set: ResourceRecordSet, rules: Rules, found: Findings): void {
  const label = `${name}${set.SetIdentifier ? ` (${set.SetIdentifier})` : ''}`;
  if (set.AliasTarget) return found.pass(`${label}: an alias, answered with its AWS target's TTL (60 s).`, { target: asked.name });
  const ttlMs = (set.TTL ?? 0) * 1_000;
  if (ttlMs <= rules.maxTtlMs) return found.pass(`${label}: TTL ${formatDuration(ttlMs)} (at most ${formatDuration(rules.maxTtlMs)}).`, { target: asked.name });
  const by = rules.airtime ? ` by ${new Date(rules.airtime.getTime() - ttlMs).toISOString().replace(/\.\d{3}Z$/, 'Z')}` : '';
  const change = { Changes: [{ Action: 'UPSERT', ResourceRecordSet: { ...set, TTL: 60 } }] };
  found.fail(
    `${label}: TTL ${formatDuration(ttlMs)}, over ${formatDuration(rules.maxTtlMs)}: a flip would reach visitors only as their resolvers forget the old answer.`,
    {
      target: asked.name,
      fix: {
        action: `Lower the TTL to 60 s at least ${formatDuration(ttlMs)} before the run of show may flip it (the old TTL must pass first)${by}.`,
        command: `aws route53 change-resource-record-sets --hosted-zone-id ${asked.zone} --change-batch '${JSON.stringify(change)}'`,
        leadTimeMs: ttlMs,
      },
    },
  );
}

function judgeHealthCheck(name: string, id: string, health: HealthReading | undefined, found: Findings): void {
  if (!health) return; // Not read: an unverified finding already says why.
  const at = { target: id };
  const config = health.check.HealthCheckConfig;
  if (config?.Disabled) found.fail(`${name}: health check ${id} is disabled: Route 53 takes it as healthy, so it never fails over.`, at);
  if (config?.Inverted) found.fail(`${name}: health check ${id} is inverted: it fails over when the site is up.`, at);
  const reports = health.observations.map((o) => o.StatusReport?.Status ?? '');
  const failing = reports.filter((s) => !s.startsWith('Success'));
  if (reports.length === 0) return found.unverified(`${name}: health check ${id} has no checker's report yet, so nothing is proven.`, at);
  if (failing.length * 2 > reports.length)
    found.fail(
      `${name}: health check ${id} fails for ${failing.length} of ${reports.length} checkers (${failing[0]}): traffic is on the SECONDARY already.`,
      at,
    );
  else if (!config?.Disabled && !config?.Inverted)
    found.pass(`${name}: health check ${id} passes for ${reports.length - failing.length} of ${reports.length} checkers.`, at);
}
