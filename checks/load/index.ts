import path from 'node:path';
import { z } from 'zod';
import { defineCheck, plural } from '../../src/check/index.js';
import { formatNumber } from '../../src/report/text.js';
import { ConfigError } from '../../src/config/problems.js';
import { buildPlan } from '../../src/plan/plan.js';
import { loadInputs, resolveLoadSettings } from '../../src/load/settings.js';
import type { LoadConfig } from '../../src/config/schema.js';

export default defineCheck({
  meta: {
    id: 'load',
    title: 'The site holds the planned peak under load',
    failureTitle: 'The site does not hold the planned peak under load',
    description:
      "Sends an open-model spike (arrivals on a schedule, whatever the answers' speed) to the hosts in load.allowHosts: ramp to the plan's origin requests/s, hold, ramp down, within hard caps. Judged over the peak window: the rate answered, p95 and p99 against their budgets, the error rate. Off by default.",
    // Everything lives in the top-level `load` section: `primetime load` and `primetime export` read it too.
    options: z.strictObject({}),
    section: 'load',
    // Off unless enabled: load against a site is never sent by default.
    requires: ['network'],
    // Alone: the load would slow every other check, and they would disturb the measurement.
    exclusive: true,
    // A wait for --start-at (15 minutes at most), the schedule (10 at most), then the requests still open.
    timeout: 27 * 60_000,
  },
  validate(config) {
    try {
      resolveLoadSettings('', loadInputs(config), buildPlan(config.event));
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  },
  async run(ctx) {
    const { runLoad } = await import('../../src/load/engine.js');
    const { judgeLoad } = await import('../../src/load/judge.js');
    const load = ctx.section as LoadConfig | undefined;
    const settings = resolveLoadSettings('load', { load, site: ctx.site, event: ctx.event, network: ctx.network }, ctx.plan);
    const { index, count } = settings.shard;
    ctx.progress(
      `${settings.requests.length === 1 ? `sending to ${settings.requests[0]!.url}` : `sending a mix of ${settings.requests.length} requests`} with ${plural(settings.workers, 'worker')}${count > 1 ? `, shard ${index}/${count}` : ''}`,
    );
    if (settings.startAt !== undefined && settings.startAt > Date.now())
      ctx.progress(`waiting until ${new Date(settings.startAt).toISOString()} to start with the other shards`);
    const result = await runLoad(settings, {
      signal: ctx.signal,
      onSecond: (s) =>
        ctx.progress(
          `${String(s.second + 1).padStart(3)} s  ${formatNumber(s.answered).padStart(6)}/${formatNumber(s.requested)} req/s answered  p95 ${formatNumber(Math.round(s.p95Ms * 10) / 10)} ms  ${formatNumber(s.errors)} errors  ${formatNumber(s.inFlight)} open`,
        ),
    });
    const file = await ctx.artifacts.save(path.join('load', `result-${index}-of-${count}.json`), JSON.stringify(result));
    const outcome = judgeLoad(result);
    return {
      ...outcome,
      artifacts: [{ kind: 'data', path: file, title: count > 1 ? `Load result, shard ${index}/${count} (for primetime merge)` : 'Load result (JSON)' }],
    };
  },
});
