import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  loadInputs,
  resolveLoadSettings
} from "./chunk-P6USQ76O.js";
import {
  buildPlan
} from "./chunk-KREMGFCU.js";
import {
  ConfigError
} from "./chunk-C65WBHE4.js";
import "./chunk-LZIHSDK5.js";
import "./chunk-FTILTXDE.js";
import {
  defineCheck
} from "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import {
  formatNumber,
  plural
} from "./chunk-KHW7QP7J.js";
import "./chunk-VPNDTBFQ.js";
import "./chunk-35Z2W6AO.js";
import "./chunk-DWOR55PJ.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/load/index.ts
import path from "node:path";
var load_default = defineCheck({
  meta: {
    id: "load",
    title: "The site holds the planned peak under load",
    failureTitle: "The site does not hold the planned peak under load",
    description: "Sends an open-model spike (arrivals on a schedule, whatever the answers' speed) to the hosts in load.allowHosts: ramp to the plan's origin requests/s, hold, ramp down, within hard caps. Judged over the peak window: the rate answered, p95 and p99 against their budgets, the error rate. Off by default.",
    // Everything lives in the top-level `load` section: `primetime load` and `primetime export` read it too.
    options: external_exports.strictObject({}),
    section: "load",
    // Off unless enabled: load against a site is never sent by default.
    requires: ["network"],
    // Alone: the load would slow every other check, and they would disturb the measurement.
    exclusive: true,
    // A wait for --start-at (15 minutes at most), the schedule (10 at most), then the requests still open.
    timeout: 27 * 6e4
  },
  validate(config) {
    try {
      resolveLoadSettings("", loadInputs(config), buildPlan(config.event));
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  },
  async run(ctx) {
    const { runLoad } = await import("./engine-73T5IGAS.js");
    const { judgeLoad } = await import("./judge-KG6XFCY6.js");
    const load = ctx.section;
    const settings = resolveLoadSettings("load", { load, site: ctx.site, event: ctx.event, network: ctx.network }, ctx.plan);
    const { index, count } = settings.shard;
    ctx.progress(
      `${settings.requests.length === 1 ? `sending to ${settings.requests[0].url}` : `sending a mix of ${settings.requests.length} requests`} with ${plural(settings.workers, "worker")}${count > 1 ? `, shard ${index}/${count}` : ""}`
    );
    if (settings.startAt !== void 0 && settings.startAt > Date.now())
      ctx.progress(`waiting until ${new Date(settings.startAt).toISOString()} to start with the other shards`);
    const result = await runLoad(settings, {
      signal: ctx.signal,
      onSecond: (s) => ctx.progress(
        `${String(s.second + 1).padStart(3)} s  ${formatNumber(s.answered).padStart(6)}/${formatNumber(s.requested)} req/s answered  p95 ${formatNumber(Math.round(s.p95Ms * 10) / 10)} ms  ${formatNumber(s.errors)} errors  ${formatNumber(s.inFlight)} open`
      )
    });
    const file = await ctx.artifacts.save(path.join("load", `result-${index}-of-${count}.json`), JSON.stringify(result));
    const outcome = judgeLoad(result);
    return {
      ...outcome,
      artifacts: [{ kind: "data", path: file, title: count > 1 ? `Load result, shard ${index}/${count} (for primetime merge)` : "Load result (JSON)" }]
    };
  }
});
export {
  load_default as default
};
