import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  listAlarms
} from "./chunk-AHO7S2CE.js";
import {
  awsCaller,
  awsPreflight,
  where
} from "./chunk-SM2HUKKK.js";
import {
  defineCheck
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  plural
} from "./chunk-KHW7QP7J.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/alarms/index.ts
var Options = external_exports.strictObject({
  names: external_exports.array(external_exports.string().min(1)).default([]).describe("Alarms that must exist and be OK before airtime."),
  prefixes: external_exports.array(external_exports.string().min(1)).default([]).describe('Every alarm whose name starts with one of these (e.g. "elan-").')
});
var alarms_default = defineCheck({
  meta: {
    id: "alarms",
    title: "The alarms that will wake the team are armed and quiet before airtime",
    failureTitle: "An alarm is firing, blind, missing or will tell nobody",
    description: "Reads the CloudWatch alarms the config names (DescribeAlarms, by name or prefix): each must exist and be OK before airtime; ALARM means something is already wrong, INSUFFICIENT_DATA an alarm that cannot fire (its metric has no data). An alarm whose actions are off, or that has none, tells nobody.",
    options: Options,
    recommended: "error",
    requires: ["aws"],
    permissions: ["cloudwatch:DescribeAlarms"]
  },
  watched: ({ names, prefixes }) => ({ alarms: names, alarmPrefixes: prefixes }),
  async run(ctx) {
    const { names, prefixes } = ctx.options;
    if (names.length === 0 && prefixes.length === 0) return { status: "skip", summary: "No alarm configured (names, prefixes)." };
    const skipped = await awsPreflight(ctx);
    if (skipped) return skipped;
    const found = findings();
    for (const target of ctx.aws.targets) {
      const call = awsCaller(found, target);
      const list = (filter, label) => call("cloudwatch:DescribeAlarms", label, async () => ({ alarms: await listAlarms(ctx.aws, target, filter) }));
      const named = names.length ? await list({ AlarmNames: names }, names.join(", ")) : { alarms: [] };
      if (named) judgeNamed(target, names, named.alarms, found);
      for (const prefix of prefixes) {
        const matched = await list({ AlarmNamePrefix: prefix }, `alarms ${prefix}*`);
        if (matched && matched.alarms.length === 0) found.fail(`${where(target)}: no alarm starts with "${prefix}".`, { target: prefix });
        matched?.alarms.filter((a) => !names.includes(a.AlarmName)).forEach((alarm) => judgeAlarm(target, alarm, found));
      }
    }
    return found.outcome("Every alarm is armed, tells someone, and is OK before airtime.");
  }
});
function judgeNamed(target, names, alarms, found) {
  for (const name of names.filter((n) => !alarms.some((a) => a.AlarmName === n)))
    found.fail(`${where(target)}: no alarm named ${name}: deleted or renamed, it will not fire on the night.`, { target: name });
  for (const alarm of alarms) judgeAlarm(target, alarm, found);
}
function judgeAlarm(target, alarm, found) {
  const name = `${where(target)} alarm ${alarm.AlarmName}`;
  const at = { target: alarm.AlarmName };
  const since = alarm.StateUpdatedTimestamp ? ` since ${alarm.StateUpdatedTimestamp.toISOString().replace(/\.\d{3}Z$/, "Z")}` : "";
  if (alarm.StateValue === "ALARM")
    found.fail(`${name} is in ALARM${since}: ${alarm.StateReason ?? "no reason given"}.`, {
      ...at,
      fix: "Fix what it says before the show: an alarm already firing at airtime hides the one that matters."
    });
  else if (alarm.StateValue === "INSUFFICIENT_DATA")
    found.fail(`${name} has INSUFFICIENT_DATA${since}: its metric ${alarm.Namespace}/${alarm.MetricName} has no data, so it cannot fire.`, {
      ...at,
      fix: "Check its dimensions against the resource's (a renamed load balancer, a new target group), or let it treat missing data as breaching."
    });
  const actions = alarm.AlarmActions ?? [];
  if (alarm.ActionsEnabled === false)
    found.warn(`${name}: its actions are disabled: it tells nobody.`, {
      ...at,
      fix: `aws cloudwatch enable-alarm-actions --alarm-names ${alarm.AlarmName} --region ${target.region}`
    });
  else if (actions.length === 0)
    found.warn(`${name} has no action: it changes state and tells nobody.`, { ...at, fix: "Give it an SNS topic the on-call team receives." });
  if (alarm.StateValue === "OK" && alarm.ActionsEnabled !== false && actions.length > 0)
    found.pass(`${name} is OK and tells ${plural(actions.length, "target")}.`, at);
}
export {
  alarms_default as default,
  judgeAlarm
};
