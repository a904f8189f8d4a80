/** CloudWatch alarms by names or by a name prefix, every page of them: what the alarms check judges and the watch shows. */
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { AwsAccess, AwsTarget } from './access.js';
import { boundedPages } from './check.js';

export type AlarmFilter = { AlarmNames: string[] } | { AlarmNamePrefix: string };

export async function listAlarms(access: Pick<AwsAccess, 'client'>, target: AwsTarget, filter: AlarmFilter): Promise<MetricAlarm[]> {
  const cw = await import('@aws-sdk/client-cloudwatch');
  const client = await access.client(cw.CloudWatchClient, target);
  const alarms: MetricAlarm[] = [];
  for await (const page of boundedPages((token) => client.send(new cw.DescribeAlarmsCommand({ ...filter, AlarmTypes: ['MetricAlarm'], NextToken: token }))))
    alarms.push(...(page.MetricAlarms ?? []));
  return alarms;
}
