import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  boundedPages
} from "./chunk-SM2HUKKK.js";

// src/aws/alarms.ts
async function listAlarms(access, target, filter) {
  const cw = await import("./dist-es-CUAX7PDQ.js");
  const client = await access.client(cw.CloudWatchClient, target);
  const alarms = [];
  for await (const page of boundedPages((token) => client.send(new cw.DescribeAlarmsCommand({ ...filter, AlarmTypes: ["MetricAlarm"], NextToken: token }))))
    alarms.push(...page.MetricAlarms ?? []);
  return alarms;
}

export {
  listAlarms
};
