/** The watch's view of the CloudWatch alarms the alarms check names: each one's state at every read, as a figure. */
import type { AwsAccess, AwsTarget } from '../aws/access.js';
import { listAlarms, type AlarmFilter } from '../aws/alarms.js';
import { classifyAwsError } from '../aws/errors.js';
import { ALARM_STATES, type Reading } from './figures.js';

export async function readAlarms(
  access: AwsAccess,
  target: AwsTarget,
  wanted: { names: string[]; prefixes: string[] },
  label: (name: string) => string,
): Promise<Reading[]> {
  if (wanted.names.length === 0 && wanted.prefixes.length === 0) return [];
  const filters: AlarmFilter[] = [
    ...(wanted.names.length ? [{ AlarmNames: wanted.names }] : []),
    ...wanted.prefixes.map((AlarmNamePrefix) => ({ AlarmNamePrefix })),
  ];
  const seen = new Map<string, Reading>();
  try {
    for (const filter of filters)
      for (const alarm of await listAlarms(access, target, filter))
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
