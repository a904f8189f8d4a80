import { z } from 'zod';
import { awsPreflight, where } from '../../src/aws/check.js';
import { EC2_STANDARD_VCPUS } from '../../src/aws/quota-codes.js';
import { defineCheck, findings, formatNumber, type Findings, Duration, Fraction } from '../../src/check/index.js';
import { readQuotas, type QuotaReading, type Wanted } from './read.js';

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
export type Options = z.output<typeof Options>;

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
    const found = findings();
    const vcpus = ctx.plan.targets.vcpus;
    const wanted: Wanted[] = [
      ...(ctx.options.ec2Vcpus && vcpus !== undefined ? [{ service: 'ec2', code: EC2_STANDARD_VCPUS, need: vcpus }] : []),
      ...ctx.options.quotas,
    ];
    if (ctx.options.ec2Vcpus && vcpus === undefined)
      found.info('The plan has no vCPU figure (set event.capacity), so the EC2 vCPU quota was not compared with the peak.');
    if (wanted.length === 0)
      return { status: 'skip', summary: 'No quota to prove: set event.capacity (for the EC2 vCPU quota) or list quotas.', evidence: found.evidence };
    // Credentials only once there is something to prove: the SDK's chain may probe the network to find them.
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    for (const reading of await readQuotas(ctx, wanted, ctx.options.usageWindow, found)) judge(reading, ctx.options, found);
    return found.outcome(`Every quota covers its projected peak with room to spare (under ${Math.round(ctx.options.warnAt * 100)} %).`);
  },
});

/** Projected usage (now plus the event's need) against the quota; an increase to ask for unless one pending covers it. */
export function judge(
  { target, want, code, label, quota, usage, pending }: QuotaReading,
  rules: Pick<Options, 'warnAt' | 'failAt' | 'leadTime'>,
  found: Findings,
): void {
  if (quota.onDefault) found.info(`${where(target)} ${label}: no applied value; the AWS default of ${formatNumber(quota.value)} applies.`, { target: label });
  const projected = usage + want.need;
  const share = projected / quota.value;
  const figures = `usage ${formatNumber(usage)} + ${formatNumber(want.need)} for the event = ${formatNumber(projected)} of ${formatNumber(quota.value)} (${Math.round(share * 100)} %)`;
  const data = { quotaCode: code, service: want.service, value: quota.value, usage, need: want.need, projected, share };
  const level = share >= rules.failAt ? 'fail' : share >= rules.warnAt ? 'warn' : 'pass';
  found[level](`${where(target)} ${quota.name ?? label} (${label}): ${figures}.`, { target: label, data });
  for (const r of pending)
    found.info(
      `${where(target)} ${label}: an increase to ${formatNumber(r.desiredValue)} is ${r.status} since ${r.created?.toISOString().slice(0, 10)}${r.caseId ? ` (support case ${r.caseId})` : ''}.`,
      { target: label },
    );
  if (level === 'pass' || pending.some((r) => r.desiredValue >= projected / rules.warnAt)) return;
  const desired = Math.ceil(projected / rules.warnAt);
  found.fix({
    action: `Ask for ${want.service} ${code} to be raised to ${formatNumber(desired)} in ${target.region} (the projected peak stays under ${Math.round(rules.warnAt * 100)} %).`,
    command: `aws service-quotas request-service-quota-increase --service-code ${want.service} --quota-code ${code} --desired-value ${desired} --region ${target.region}${target.profile ? ` --profile ${target.profile}` : ''}`,
    leadTimeMs: rules.leadTime,
  });
}
