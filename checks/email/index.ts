import { z } from 'zod';
import type { GetAccountCommandOutput } from '@aws-sdk/client-sesv2';
import { awsCaller, awsPreflight, where } from '../../src/aws/check.js';
import type { AwsTarget } from '../../src/aws/access.js';
import { defineCheck, findings, formatNumber, grouped, judgeHeadroom, type Findings, Duration, Fraction } from '../../src/check/index.js';

const Options = z.strictObject({
  enabled: z.boolean().default(false).describe('The site sends email through SES in the regions read (aws.targets).'),
  maxShare: Fraction.prefault(0.8).describe('Share of the sending rate the peak may use: retries and other mail need the rest.'),
  leadTime: Duration.prefault('1d').describe('How long AWS takes to answer a sending quota increase or production access (about a day).'),
});
export type Options = z.output<typeof Options>;

/** 25.6 emails/s: a rate of a few dozen reads with its tenth. */
const rateOf = (n: number) => grouped(n, 1);

/** Service Quotas codes of SES's sending rate and 24-hour sending quota. */
const SES_RATE = 'L-CDEF9B6B';
const SES_DAILY = 'L-804C8AE8';

export default defineCheck({
  meta: {
    id: 'email',
    title: "SES sends the funnel's emails at the peak",
    failureTitle: "SES would refuse the funnel's emails at the peak",
    description:
      "Reads the SES account (sesv2 GetAccount) in each region: out of the sandbox, sending enabled and not shut down, a sending rate above the plan's emails/s (with maxShare) and a 24-hour quota that still holds the event's emails after what was sent in the last 24 hours.",
    options: Options,
    recommended: 'error',
    requires: ['aws'],
    permissions: ['ses:GetAccount'],
  },
  watched: ({ enabled }) => ({ email: enabled }),
  async run(ctx) {
    if (!ctx.options.enabled) return { status: 'skip', summary: 'SES not in use (email.enabled).' };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    const { emailsPerSecond, emailsPerDay } = ctx.plan.targets;
    if (emailsPerSecond === undefined) found.info("Set event.backend.conversion to hold SES's quota against the emails at the peak.");
    const ses = await import('@aws-sdk/client-sesv2');
    for (const target of ctx.aws.targets) {
      const client = await ctx.aws.client(ses.SESv2Client, target);
      const account = await awsCaller(found, target)('ses:GetAccount', 'SES account', () => client.send(new ses.GetAccountCommand({})), 'SendQuota');
      if (account) judgeAccount(target, account, { ...ctx.options, emailsPerSecond, emailsPerDay }, found);
    }
    return found.outcome(`SES sends ${emailsPerSecond === undefined ? "the plan's" : rateOf(emailsPerSecond)} emails/s at the peak.`);
  },
});

export type Rules = Options & { emailsPerSecond?: number; emailsPerDay?: number };
type Account = Pick<GetAccountCommandOutput, 'ProductionAccessEnabled' | 'SendingEnabled' | 'EnforcementStatus' | 'SendQuota'>;

export function judgeAccount(target: AwsTarget, account: Account, rules: Rules, found: Findings): void {
  const name = `${where(target)} SES`;
  const increase = (code: string, value: number, what: string) => ({
    action: `Ask AWS for ${what} of ${formatNumber(value)} in ${target.region} (SES console, or Service Quotas).`,
    command: `aws service-quotas request-service-quota-increase --service-code ses --quota-code ${code} --desired-value ${value} --region ${target.region}`,
    leadTimeMs: rules.leadTime,
  });
  if (!account.ProductionAccessEnabled)
    found.fail(`${name} is in the sandbox: it sends only to verified addresses, 200 a day, 1 a second.`, {
      target: target.region,
      fix: {
        action: `Request production access for SES in ${target.region} (the SES console's account dashboard); AWS answers in about a day.`,
        leadTimeMs: rules.leadTime,
      },
    });
  if (account.SendingEnabled === false) found.fail(`${name}: sending is disabled for the account.`, { target: target.region });
  if (account.EnforcementStatus && account.EnforcementStatus !== 'HEALTHY')
    found.fail(`${name}: the account is ${account.EnforcementStatus} (bounces or complaints): a burst of sign-ups can get it shut down.`, {
      target: target.region,
    });
  const { MaxSendRate = 0, Max24HourSend = 0, SentLast24Hours = 0 } = account.SendQuota ?? {};
  if (rules.emailsPerSecond === undefined)
    return found.info(`${name}: ${formatNumber(MaxSendRate)} emails/s, ${formatNumber(Max24HourSend)} a day.`, { target: target.region });
  judgeHeadroom(found, {
    need: rules.emailsPerSecond,
    capacity: MaxSendRate,
    maxShare: rules.maxShare,
    said: `${name}: ${rateOf(rules.emailsPerSecond)} emails/s at the peak of a sending rate of ${rateOf(MaxSendRate)}/s`,
    over: 'SES answers "Maximum sending rate exceeded" and the confirmation emails are lost unless queued',
    target: target.region,
    fix: (wanted) => increase(SES_RATE, wanted, 'a sending rate'),
  });
  // Max24HourSend -1: no daily quota.
  const left = Max24HourSend < 0 ? Infinity : Max24HourSend - SentLast24Hours;
  const day = `${name}: ${formatNumber(rules.emailsPerDay ?? 0)} emails for the event, ${Max24HourSend < 0 ? 'no daily quota' : `${formatNumber(left)} left of ${formatNumber(Max24HourSend)} a day (${formatNumber(SentLast24Hours)} sent in the last 24 h)`}`;
  if (left >= (rules.emailsPerDay ?? 0)) found.pass(`${day}.`, { target: target.region });
  else
    found.fail(`${day}.`, {
      target: target.region,
      fix: increase(SES_DAILY, Math.ceil((SentLast24Hours + rules.emailsPerDay!) / rules.maxShare), 'a 24-hour sending quota'),
    });
}
