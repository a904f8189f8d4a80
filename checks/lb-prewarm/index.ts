import { z } from 'zod';
import { awsCaller, awsPreflight, where } from '../../src/aws/check.js';
import { Duration } from '../../src/config/schema.js';
import { defineCheck, type Evidence, type Remediation } from '../../src/core/check.js';
import { distinctAddresses } from '../../src/web/lookup.js';
import { failOrPass } from '../../src/core/outcome.js';
import { formatNumber } from '../../src/report/text.js';
import { formatDuration } from '../../src/util/duration.js';

const Options = z.strictObject({
  loadBalancers: z.array(z.string().min(1)).default([]).describe('ALB, NLB or GWLB names or ARNs.'),
  classic: z
    .array(z.strictObject({ name: z.string().min(1), dnsName: z.string().min(1) }))
    .default([])
    .describe('Classic ELBs: no capacity API, only the DNS signal.'),
  lcus: z.number().int().min(0).optional().describe("LCUs to reserve; by default the event plan's."),
  resolutions: z.number().int().min(0).max(20).default(5).describe('DNS resolutions of each load balancer name (0: no DNS signal).'),
  minAddresses: z.number().int().min(1).default(2).describe("Distinct addresses expected from a Classic ELB's name."),
  leadTime: Duration.prefault('4h').describe('How long an LCU reservation takes to be provisioned.'),
});

export default defineCheck({
  meta: {
    id: 'lb-prewarm',
    title: 'Load balancers have their LCU reservation provisioned for the peak',
    failureTitle: 'A load balancer is not pre-warmed for the peak',
    description:
      "Reads each ALB, NLB or GWLB's LCU reservation (the modern form of pre-warming): it must reach the plan's LCUs and be provisioned in every zone. Each name is also resolved several times: distinct addresses are a signal of scale, not a proof; for a Classic ELB it is the only signal.",
    options: Options,
    recommended: 'error',
    requires: ['aws', 'network'],
    permissions: ['elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeCapacityReservation'],
  },
  async run(ctx) {
    if (ctx.options.loadBalancers.length === 0 && ctx.options.classic.length === 0)
      return { status: 'skip', summary: 'No load balancer configured (loadBalancers, classic).' };
    const evidence: Evidence[] = [];
    const remediation: Remediation[] = [];
    const need = ctx.options.lcus ?? ctx.plan.targets.lcus!;
    const dnsSignal = async (name: string, dnsName: string, classic: boolean) => {
      if (ctx.options.resolutions === 0) return;
      try {
        const addresses = await distinctAddresses(dnsName, ctx.config.network.dnsServers, ctx.options.resolutions);
        const low = classic && addresses.length < ctx.options.minAddresses;
        evidence.push({
          level: low ? 'warn' : 'info',
          message: `${name}: ${dnsName} resolved to ${addresses.length} distinct address${addresses.length === 1 ? '' : 'es'} over ${ctx.options.resolutions} lookups (${addresses.join(', ')})${low ? `, fewer than ${ctx.options.minAddresses}: a Classic ELB scales out by adding addresses, so this one has not` : ''}. A signal, not a proof.`,
          target: dnsName,
          data: { addresses },
        });
        if (low)
          remediation.push({
            action: `Classic ELBs cannot reserve capacity: ask AWS support to pre-warm ${name}, or move to an ALB and reserve LCUs.`,
            leadTimeMs: 2 * 86_400_000,
          });
      } catch (error) {
        evidence.push({
          level: classic ? 'fail' : 'info',
          message: `${name}: ${dnsName} did not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
          target: dnsName,
        });
      }
    };
    for (const lb of ctx.options.classic) await dnsSignal(lb.name, lb.dnsName, true);

    if (ctx.options.loadBalancers.length > 0) {
      const skipped = await awsPreflight(ctx);
      if (skipped) return ctx.options.classic.length ? failOrPass(evidence, remediation, 'Classic ELBs answer from several addresses.') : skipped;
      const elb = await import('@aws-sdk/client-elastic-load-balancing-v2');
      for (const target of ctx.aws.targets) {
        const call = awsCaller(evidence, target);
        const client = await ctx.aws.client(elb.ElasticLoadBalancingV2Client, target);
        const arns = ctx.options.loadBalancers.filter((x) => x.startsWith('arn:'));
        const names = ctx.options.loadBalancers.filter((x) => !x.startsWith('arn:'));
        const found = await call('elasticloadbalancing:DescribeLoadBalancers', ctx.options.loadBalancers.join(', '), () =>
          client.send(new elb.DescribeLoadBalancersCommand({ ...(arns.length ? { LoadBalancerArns: arns } : {}), ...(names.length ? { Names: names } : {}) })),
        );
        for (const lb of found?.LoadBalancers ?? []) {
          const name = `${where(target)} ${lb.LoadBalancerName}`;
          const reservation = await call('elasticloadbalancing:DescribeCapacityReservation', lb.LoadBalancerName!, () =>
            client.send(new elb.DescribeCapacityReservationCommand({ LoadBalancerArn: lb.LoadBalancerArn })),
          );
          if (reservation) {
            const units = reservation.MinimumLoadBalancerCapacity?.CapacityUnits ?? 0;
            const states = reservation.CapacityReservationState ?? [];
            const data = {
              arn: lb.LoadBalancerArn,
              reserved: units,
              needed: need,
              zones: states.map((s) => ({ zone: s.AvailabilityZone, state: s.State?.Code, reason: s.State?.Reason, effective: s.EffectiveCapacityUnits })),
            };
            if (units < need) {
              evidence.push({
                level: 'fail',
                message: `${name}: ${units ? `${formatNumber(units)} LCU reserved` : 'no LCU reservation'}; the plan needs ${formatNumber(need)} LCU.`,
                target: lb.LoadBalancerArn,
                data,
              });
              remediation.push({
                action: `Reserve ${formatNumber(need)} LCU on ${lb.LoadBalancerName} (fulfilment takes minutes to hours; it is billed until reset, and only two decreases a day are allowed: reset it after the show).`,
                command: `aws elbv2 modify-capacity-reservation --load-balancer-arn ${lb.LoadBalancerArn} --minimum-load-balancer-capacity CapacityUnits=${need} --region ${target.region}`,
                leadTimeMs: ctx.options.leadTime,
              });
            }
            const notReady = states.filter((s) => s.State?.Code !== 'provisioned');
            for (const s of notReady) {
              const late =
                ctx.timeLeftMs !== undefined && ctx.timeLeftMs < ctx.options.leadTime
                  ? `, and only ${formatDuration(Math.max(0, ctx.timeLeftMs))} remain before airtime`
                  : '';
              evidence.push({
                level: s.State?.Code === 'failed' ? 'fail' : 'warn',
                message: `${name}: the reservation in ${s.AvailabilityZone} is ${s.State?.Code}${s.State?.Reason ? ` (${s.State.Reason})` : ''}${late}.`,
                target: lb.LoadBalancerArn,
                data,
              });
            }
            if (units >= need && notReady.length === 0)
              evidence.push({
                level: 'pass',
                message: `${name}: ${formatNumber(units)} LCU reserved and provisioned in ${states.length} zone${states.length === 1 ? '' : 's'} (the plan needs ${formatNumber(need)}).`,
                target: lb.LoadBalancerArn,
                data,
              });
          }
          if (lb.DNSName) await dnsSignal(name, lb.DNSName, false);
        }
      }
    }
    return failOrPass(evidence, remediation, `Every load balancer has at least ${formatNumber(need)} LCU reserved and provisioned.`);
  },
});
