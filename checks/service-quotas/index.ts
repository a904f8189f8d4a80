import { z } from 'zod';
import { awsCaller, awsPreflight, where } from '../../src/aws/check.js';
import { EC2_STANDARD_VCPUS } from '../../src/aws/quota-codes.js';
import { Duration, Fraction } from '../../src/config/schema.js';
import { defineCheck, type Evidence, type Remediation } from '../../src/core/check.js';
import { failOrPass } from '../../src/core/outcome.js';
import { formatNumber } from '../../src/report/text.js';

/** Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances, counted in vCPUs. */

const Options = z.strictObject({
  quotas: z
    .array(
      z
        .strictObject({
          service: z.string().min(1).describe('Service code: ec2, elasticloadbalancing, lambda, autoscaling…'),
          code: z.string().optional().describe('Quota code, e.g. L-53DA6B97.'),
          name: z.string().optional().describe('Or its name, e.g. "Application Load Balancers per Region".'),
          need: z.number().min(0).default(0).describe('What the event adds on top of current usage.'),
        })
        .refine((q) => q.code || q.name, "give the quota's code or its name"),
    )
    .default([])
    .describe('Quotas to prove besides the EC2 vCPU quota the plan implies.'),
  ec2Vcpus: z.boolean().default(true).describe("Prove the EC2 On-Demand Standard vCPU quota (L-1216C47A) covers current usage plus the plan's vCPUs."),
  warnAt: Fraction.prefault(0.8).describe('Warning at this share of the quota (projected usage).'),
  failAt: Fraction.prefault(1).describe('Blocker at this share.'),
  usageWindow: Duration.prefault('3h').describe('How far back CloudWatch usage is read (the maximum counts).'),
  leadTime: Duration.prefault('3d').describe('How long an increase takes to be approved.'),
});

export default defineCheck({
  meta: {
    id: 'service-quotas',
    title: 'Account quotas cover current usage plus the planned peak',
    failureTitle: 'An account quota would stop the scale-out',
    description:
      'Reads each quota (the EC2 vCPU quota the plan implies, and the configured ones) and its current usage from CloudWatch, projects usage at the peak, and compares it with the quota: warning at 80 %, blocker at 100 %. Pending increase requests are reported.',
    options: Options,
    recommended: 'error',
    requires: ['aws'],
    permissions: [
      'servicequotas:GetServiceQuota',
      'servicequotas:GetAWSDefaultServiceQuota',
      'servicequotas:ListServiceQuotas',
      'servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota',
      'cloudwatch:GetMetricData',
    ],
  },
  async run(ctx) {
    const sq = await import('@aws-sdk/client-service-quotas');
    const { CloudWatchClient, GetMetricDataCommand } = await import('@aws-sdk/client-cloudwatch');
    const evidence: Evidence[] = [];
    const remediation: Remediation[] = [];
    const vcpus = ctx.plan.targets.vcpus;
    const wanted = [
      ...(ctx.options.ec2Vcpus && vcpus !== undefined ? [{ service: 'ec2', code: EC2_STANDARD_VCPUS, name: undefined, need: vcpus }] : []),
      ...ctx.options.quotas,
    ];
    if (ctx.options.ec2Vcpus && vcpus === undefined)
      evidence.push({ level: 'info', message: 'The plan has no vCPU figure (set event.capacity), so the EC2 vCPU quota was not compared with the peak.' });
    if (wanted.length === 0) return { status: 'skip', summary: 'No quota to prove: set event.capacity (for the EC2 vCPU quota) or list quotas.', evidence };
    // Credentials only once there is something to prove: the SDK's chain may probe the network to find them.
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;

    for (const target of ctx.aws.targets) {
      const call = awsCaller(evidence, target);
      const quotas = await ctx.aws.client(sq.ServiceQuotasClient, target);
      const cloudwatch = await ctx.aws.client(CloudWatchClient, target);
      for (const want of wanted) {
        let code = want.code;
        if (!code) {
          // By name: list the service's quotas, page after page.
          const lookup = await call('servicequotas:ListServiceQuotas', `${want.service} quotas`, async () => {
            for await (const page of sq.paginateListServiceQuotas({ client: quotas }, { ServiceCode: want.service })) {
              const match = (page.Quotas ?? []).find((q) => q.QuotaName === want.name);
              if (match) return { code: match.QuotaCode };
            }
            return { code: undefined };
          });
          if (lookup && !lookup.code)
            evidence.push({ level: 'fail', message: `${where(target)}: no ${want.service} quota named "${want.name}".`, target: want.service });
          if (!lookup?.code) continue;
          code = lookup.code;
        }
        const label = `${want.service} ${code}`;
        let onDefault = false;
        const quota = await call('servicequotas:GetServiceQuota', label, async () => {
          try {
            return (await quotas.send(new sq.GetServiceQuotaCommand({ ServiceCode: want.service, QuotaCode: code }))).Quota;
          } catch (error) {
            // No applied value: the account runs on the AWS default.
            if ((error as Error).name !== 'NoSuchResourceException') throw error;
            onDefault = true;
            return (await quotas.send(new sq.GetAWSDefaultServiceQuotaCommand({ ServiceCode: want.service, QuotaCode: code }))).Quota;
          }
        });
        if (!quota || quota.Value === undefined) continue;
        if (onDefault)
          evidence.push({
            level: 'info',
            message: `${where(target)} ${label}: no applied value; the AWS default of ${formatNumber(quota.Value)} applies.`,
            target: label,
          });
        const name = `${quota.QuotaName ?? label} (${label})`;
        let usage = 0;
        const metric = quota.UsageMetric;
        if (metric?.MetricNamespace && metric.MetricName) {
          const end = ctx.clock.now();
          const result = await call('cloudwatch:GetMetricData', `usage of ${label}`, () =>
            cloudwatch.send(
              new GetMetricDataCommand({
                StartTime: new Date(end.getTime() - ctx.options.usageWindow),
                EndTime: end,
                MetricDataQueries: [
                  {
                    Id: 'usage',
                    MetricStat: {
                      Metric: {
                        Namespace: metric.MetricNamespace,
                        MetricName: metric.MetricName,
                        Dimensions: Object.entries(metric.MetricDimensions ?? {}).map(([Name, Value]) => ({ Name, Value })),
                      },
                      Period: 300,
                      Stat: metric.MetricStatisticRecommendation ?? 'Maximum',
                    },
                  },
                ],
              }),
            ),
          );
          usage = Math.max(0, ...(result?.MetricDataResults?.[0]?.Values ?? []));
        }
        const projected = usage + want.need;
        const share = projected / quota.Value;
        const figures = `usage ${formatNumber(usage)} + ${formatNumber(want.need)} for the event = ${formatNumber(projected)} of ${formatNumber(quota.Value)} (${Math.round(share * 100)} %)`;
        const data = { quotaCode: code, service: want.service, value: quota.Value, usage, need: want.need, projected, share };
        const level = share >= ctx.options.failAt ? 'fail' : share >= ctx.options.warnAt ? 'warn' : 'pass';
        evidence.push({ level, message: `${where(target)} ${name}: ${figures}.`, target: label, data });

        const history = await call('servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota', label, () =>
          quotas.send(new sq.ListRequestedServiceQuotaChangeHistoryByQuotaCommand({ ServiceCode: want.service, QuotaCode: code })),
        );
        const pending = (history?.RequestedQuotas ?? []).filter((r) => r.Status === 'PENDING' || r.Status === 'CASE_OPENED');
        for (const r of pending) {
          evidence.push({
            level: 'info',
            message: `${where(target)} ${label}: an increase to ${formatNumber(r.DesiredValue ?? 0)} is ${r.Status} since ${r.Created?.toISOString().slice(0, 10)}${r.CaseId ? ` (support case ${r.CaseId})` : ''}.`,
            target: label,
          });
        }
        if (level !== 'pass' && pending.every((r) => (r.DesiredValue ?? 0) < projected / ctx.options.warnAt)) {
          const desired = Math.ceil(projected / ctx.options.warnAt);
          remediation.push({
            action: `Ask for ${want.service} ${code} to be raised to ${formatNumber(desired)} in ${target.region} (the projected peak stays under ${Math.round(ctx.options.warnAt * 100)} %).`,
            command: `aws service-quotas request-service-quota-increase --service-code ${want.service} --quota-code ${code} --desired-value ${desired} --region ${target.region}${target.profile ? ` --profile ${target.profile}` : ''}`,
            leadTimeMs: ctx.options.leadTime,
          });
        }
      }
    }
    return failOrPass(evidence, remediation, `Every quota covers its projected peak with room to spare (under ${Math.round(ctx.options.warnAt * 100)} %).`);
  },
});
