/** The watch's view of the CloudWatch alarms the alarms check names: each one's state at every read, as a figure. */
import type { AwsAccess, AwsTarget } from '../aws/access.js';
import { boundedPages } from '../aws/check.js';
import { classifyAwsError } from '../aws/errors.js';
import { ALARM_STATES, type Reading } from './figures.js';

export async function readAlarms(
  access: AwsAccess,
  target: AwsTarget,
  wanted: { names: string[]; prefixes: string[] },
  label: (name: string) => string,
): Promise<Reading[]> {
  if (wanted.names.length === 0 && wanted.prefixes.length === 0) return [];
  const cw = await import('@aws-sdk/client-cloudwatch');
  const filters = [...(wanted.names.length ? [{ AlarmNames: wanted.names }] : []), ...wanted.prefixes.map((AlarmNamePrefix) => ({ AlarmNamePrefix }))];
  const seen = new Map<string, Reading>();
  try {
    const client = await access.client(cw.CloudWatchClient, target);
    for (const filter of filters)
      for await (const page of boundedPages((token) => client.send(new cw.DescribeAlarmsCommand({ ...filter, AlarmTypes: ['MetricAlarm'], NextToken: token }))))
        for (const alarm of page.MetricAlarms ?? [])
          seen.set(alarm.AlarmName!, {
            kind: 'alarm',
            resource: label(alarm.AlarmName!),
            value: Math.max(0, ALARM_STATES.indexOf(alarm.StateValue as (typeof ALARM_STATES)[number])),
            ...(alarm.StateReason ? { detail: alarm.StateReason } : {}),
          });
    return [...seen.values()];
  } catch (error) {
    return [{ kind: 'unread', resource: label(`alarms (${target.region})`), error: classifyAwsError(error, 'cloudwatch:DescribeAlarms').message }];
  }
}
