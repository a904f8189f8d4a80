import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  EC2_STANDARD_VCPUS
} from "./chunk-2BMS7PNR.js";
import {
  awsCaller,
  awsPreflight,
  boundedPages,
  where
} from "./chunk-SM2HUKKK.js";
import {
  Duration,
  Fraction,
  defineCheck
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

// checks/service-quotas/read.ts
async function readQuotas(ctx, wanted, usageWindow, found) {
  const [sq, cw] = await Promise.all([import("./dist-es-INSNOQOR.js"), import("./dist-es-CUAX7PDQ.js")]);
  const readings = [];
  for (const target of ctx.aws.targets) {
    const clients = {
      sq,
      cw,
      quotas: await ctx.aws.client(sq.ServiceQuotasClient, target),
      cloudwatch: await ctx.aws.client(cw.CloudWatchClient, target),
      call: awsCaller(found, target)
    };
    for (const want of wanted) {
      const code = want.code ?? await codeByName(clients, target, want, found);
      if (!code) continue;
      const label = `${want.service} ${code}`;
      const quota = await readQuota(clients, want.service, code, label);
      if (!quota) continue;
      const usage = await readUsage(clients, quota.metric, label, ctx.clock.now(), usageWindow);
      const pending = await readPending(clients, want.service, code, label);
      readings.push({ target, want, code, label, quota, usage, pending });
    }
  }
  return readings;
}
async function codeByName({ sq, quotas, call }, target, want, found) {
  const lookup = await call(
    "servicequotas:ListServiceQuotas",
    `${want.service} quotas`,
    async () => {
      const pages = boundedPages((NextToken) => quotas.send(new sq.ListServiceQuotasCommand({ ServiceCode: want.service, NextToken })));
      for await (const page of pages) {
        if (!page.Quotas) return { code: void 0, Quotas: void 0 };
        const match = page.Quotas.find((q) => q.QuotaName === want.name);
        if (match) return { code: match.QuotaCode, Quotas: page.Quotas };
      }
      return { code: void 0, Quotas: [] };
    },
    "Quotas"
  );
  if (lookup && !lookup.code) found.fail(`${where(target)}: no ${want.service} quota named "${want.name}".`, { target: want.service });
  return lookup?.code;
}
async function readQuota({ sq, quotas, call }, service, code, label) {
  let onDefault = false;
  const answer = await call(
    "servicequotas:GetServiceQuota",
    label,
    async () => {
      try {
        return await quotas.send(new sq.GetServiceQuotaCommand({ ServiceCode: service, QuotaCode: code }));
      } catch (error) {
        if (error.name !== "NoSuchResourceException") throw error;
        onDefault = true;
        return await quotas.send(new sq.GetAWSDefaultServiceQuotaCommand({ ServiceCode: service, QuotaCode: code }));
      }
    },
    "Quota"
  );
  const quota = answer?.Quota;
  if (quota?.Value === void 0) return void 0;
  return { name: quota.QuotaName, value: quota.Value, onDefault, metric: quota.UsageMetric };
}
async function readUsage({ cw, cloudwatch, call }, metric, label, end, windowMs) {
  if (!metric?.MetricNamespace || !metric.MetricName) return 0;
  const Metric = {
    Namespace: metric.MetricNamespace,
    MetricName: metric.MetricName,
    Dimensions: Object.entries(metric.MetricDimensions ?? {}).map(([Name, Value]) => ({ Name, Value }))
  };
  const result = await call(
    "cloudwatch:GetMetricData",
    `usage of ${label}`,
    () => cloudwatch.send(
      new cw.GetMetricDataCommand({
        StartTime: new Date(end.getTime() - windowMs),
        EndTime: end,
        MetricDataQueries: [{ Id: "usage", MetricStat: { Metric, Period: 300, Stat: metric.MetricStatisticRecommendation ?? "Maximum" } }]
      })
    ),
    "MetricDataResults"
  );
  return Math.max(0, ...result?.MetricDataResults?.[0]?.Values ?? []);
}
async function readPending({ sq, quotas, call }, service, code, label) {
  const history = await call(
    "servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota",
    label,
    () => quotas.send(new sq.ListRequestedServiceQuotaChangeHistoryByQuotaCommand({ ServiceCode: service, QuotaCode: code })),
    "RequestedQuotas"
  );
  return (history?.RequestedQuotas ?? []).filter((r) => r.Status === "PENDING" || r.Status === "CASE_OPENED").map((r) => ({ desiredValue: r.DesiredValue ?? 0, status: r.Status, created: r.Created, caseId: r.CaseId }));
}

// checks/service-quotas/index.ts
var Options = external_exports.strictObject({
  quotas: external_exports.array(
    external_exports.strictObject({
      service: external_exports.string().min(1).describe("Service code: ec2, elasticloadbalancing, lambda, autoscaling\u2026"),
      code: external_exports.string().optional().describe("Quota code, e.g. L-53DA6B97."),
      name: external_exports.string().optional().describe('Or its name, e.g. "Application Load Balancers per Region".'),
      need: external_exports.number().min(0).default(0).describe("What the event adds on top of current usage.")
    }).refine((q) => q.code || q.name, "give the quota's code or its name")
  ).default([]).describe("Quotas to prove besides the EC2 vCPU quota the plan implies."),
  ec2Vcpus: external_exports.boolean().default(true).describe("Prove the EC2 On-Demand Standard vCPU quota (L-1216C47A) covers current usage plus the plan's vCPUs."),
  warnAt: Fraction.prefault(0.8).describe("Warning at this share of the quota (projected usage)."),
  failAt: Fraction.prefault(1).describe("Blocker at this share."),
  usageWindow: Duration.prefault("3h").describe("How far back CloudWatch usage is read (the maximum counts)."),
  leadTime: Duration.prefault("3d").describe("How long an increase takes to be approved.")
});
var service_quotas_default = defineCheck({
  meta: {
    id: "service-quotas",
    title: "Account quotas cover current usage plus the planned peak",
    failureTitle: "An account quota would stop the scale-out",
    description: "Reads each quota (the EC2 vCPU quota the plan implies, and the configured ones) and its current usage from CloudWatch, projects usage at the peak, and compares it with the quota: warning at 80 %, blocker at 100 %. Pending increase requests are reported.",
    options: Options,
    recommended: "error",
    requires: ["aws"],
    permissions: [
      "servicequotas:GetServiceQuota",
      "servicequotas:GetAWSDefaultServiceQuota",
      "servicequotas:ListServiceQuotas",
      "servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota",
      "cloudwatch:GetMetricData"
    ]
  },
  async run(ctx) {
    const found = findings();
    const vcpus = ctx.plan.targets.vcpus;
    const wanted = [
      ...ctx.options.ec2Vcpus && vcpus !== void 0 ? [{ service: "ec2", code: EC2_STANDARD_VCPUS, need: vcpus }] : [],
      ...ctx.options.quotas
    ];
    if (ctx.options.ec2Vcpus && vcpus === void 0)
      found.info("The plan has no vCPU figure (set event.capacity), so the EC2 vCPU quota was not compared with the peak.");
    if (wanted.length === 0)
      return { status: "skip", summary: "No quota to prove: set event.capacity (for the EC2 vCPU quota) or list quotas.", evidence: found.evidence };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    for (const reading of await readQuotas(ctx, wanted, ctx.options.usageWindow, found)) judge(reading, ctx.options, found);
    return found.outcome(`Every quota covers its projected peak with room to spare (under ${Math.round(ctx.options.warnAt * 100)} %).`);
  }
});
function judge({ target, want, code, label, quota, usage, pending }, rules, found) {
  if (quota.onDefault) found.info(`${where(target)} ${label}: no applied value; the AWS default of ${formatNumber(quota.value)} applies.`, { target: label });
  const projected = usage + want.need;
  const share = projected / quota.value;
  const figures = `usage ${formatNumber(usage)} + ${formatNumber(want.need)} for the event = ${formatNumber(projected)} of ${formatNumber(quota.value)} (${Math.round(share * 100)} %)`;
  const data = { quotaCode: code, service: want.service, value: quota.value, usage, need: want.need, projected, share };
  const level = share >= rules.failAt ? "fail" : share >= rules.warnAt ? "warn" : "pass";
  found[level](`${where(target)} ${quota.name ?? label} (${label}): ${figures}.`, { target: label, data });
  for (const r of pending)
    found.info(
      `${where(target)} ${label}: an increase to ${formatNumber(r.desiredValue)} is ${r.status} since ${r.created?.toISOString().slice(0, 10)}${r.caseId ? ` (support case ${r.caseId})` : ""}.`,
      { target: label }
    );
  if (level === "pass" || pending.some((r) => r.desiredValue >= projected / rules.warnAt)) return;
  const desired = Math.ceil(projected / rules.warnAt);
  found.fix({
    action: `Ask for ${want.service} ${code} to be raised to ${formatNumber(desired)} in ${target.region} (the projected peak stays under ${Math.round(rules.warnAt * 100)} %).`,
    command: `aws service-quotas request-service-quota-increase --service-code ${want.service} --quota-code ${code} --desired-value ${desired} --region ${target.region}${target.profile ? ` --profile ${target.profile}` : ""}`,
    leadTimeMs: rules.leadTime
  });
}
export {
  service_quotas_default as default,
  judge
};
