/** SES v2 (REST-JSON): GetAccount, the account's production access, sending status and quota. */
import type { Answer, AwsScenario } from './scenario.js';
import { restJsonError } from './wire.js';

export function ses(scenario: AwsScenario): Answer {
  const account = scenario.ses;
  if (!account) return restJsonError(404, 'NotFoundException', 'SES is not set up in this region.');
  return {
    status: 200,
    type: 'application/json',
    body: JSON.stringify({
      ProductionAccessEnabled: account.production,
      SendingEnabled: account.sendingEnabled ?? true,
      EnforcementStatus: account.enforcement ?? 'HEALTHY',
      DedicatedIpAutoWarmupEnabled: false,
      SendQuota: { Max24HourSend: account.max24HourSend, MaxSendRate: account.maxSendRate, SentLast24Hours: account.sentLast24Hours },
    }),
  };
}
