/** Gathers the record sets the config names from Route 53 (global: once per account), and each failover health check. */
import type { HealthCheck, HealthCheckObservation, ResourceRecordSet } from '@aws-sdk/client-route-53';
import { awsCaller } from '../../src/aws/check.js';
import type { AwsTarget } from '../../src/aws/access.js';
import type { CheckContext, Findings } from '../../src/check/index.js';

export interface RecordAsked {
  zone: string;
  name: string;
  type: string;
}

export interface HealthReading {
  check: HealthCheck;
  observations: HealthCheckObservation[];
}

export interface RecordReading {
  target: AwsTarget;
  asked: RecordAsked;
  sets: ResourceRecordSet[];
  /** Health checks the sets name, by id; absent when they could not be read. */
  health: Map<string, HealthReading>;
}

const sameName = (a: string, b: string) => a.replace(/\.$/, '').toLowerCase() === b.replace(/\.$/, '').toLowerCase();

export async function readRecords(ctx: Pick<CheckContext, 'aws'>, asked: RecordAsked[], found: Findings): Promise<RecordReading[]> {
  const r53 = await import('@aws-sdk/client-route-53');
  const read: RecordReading[] = [];
  // Route 53 is global: one read per account, whatever the regions.
  const accounts = ctx.aws.targets.filter((t, i, all) => all.findIndex((o) => o.name === t.name) === i);
  for (const target of accounts) {
    const client = await ctx.aws.client(r53.Route53Client, { ...target, region: 'us-east-1' });
    const call = awsCaller(found, target);
    for (const record of asked) {
      const listed = await call(
        'route53:ListResourceRecordSets',
        `${record.name} ${record.type}`,
        () =>
          client.send(
            new r53.ListResourceRecordSetsCommand({
              HostedZoneId: record.zone,
              StartRecordName: record.name,
              StartRecordType: record.type as never,
              MaxItems: 20,
            }),
          ),
        'ResourceRecordSets',
      );
      if (!listed) continue;
      const sets = listed.ResourceRecordSets!.filter((s) => sameName(s.Name ?? '', record.name) && s.Type === record.type);
      const health = new Map<string, HealthReading>();
      for (const id of new Set(sets.map((s) => s.HealthCheckId).filter((id): id is string => Boolean(id)))) {
        const check = await call(
          'route53:GetHealthCheck',
          `health check ${id}`,
          () => client.send(new r53.GetHealthCheckCommand({ HealthCheckId: id })),
          'HealthCheck',
        );
        const status = await call(
          'route53:GetHealthCheckStatus',
          `health check ${id}`,
          () => client.send(new r53.GetHealthCheckStatusCommand({ HealthCheckId: id })),
          'HealthCheckObservations',
        );
        if (check && status) health.set(id, { check: check.HealthCheck!, observations: status.HealthCheckObservations! });
      }
      read.push({ target, asked: record, sets, health });
    }
  }
  return read;
}
