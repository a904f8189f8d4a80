/**
 * The watch's live figures from the config: the AWS resources the checks name, read through CloudWatch and set
 * against the plan (its requests/s, LCUs and instances) and the budgets (error share, watch.slow).
 */
import type { LoadedConfig } from '../config/load.js';
import { createAwsAccess } from '../aws/access.js';
import { classifyAwsError } from '../aws/errors.js';
import { buildPlan } from '../plan/plan.js';
import { anyResource, createFigureReader, watchedByChecks, watchedResources } from './cloudwatch.js';
import { judgeReading, type FigureLimits } from './figures.js';
import type { FigureSource } from './watch.js';

/** CloudWatch's period for these metrics: reading more often returns the same points (and is billed per metric). */
export const FIGURES_EVERY_MS = 60_000;

export type LiveFigures = { source: FigureSource; resources: number } | { off: string };

export async function liveFigures(loaded: LoadedConfig, env: NodeJS.ProcessEnv, everyMs = FIGURES_EVERY_MS): Promise<LiveFigures | undefined> {
  const { config } = loaded;
  const resources = watchedResources(loaded);
  if (!anyResource(resources)) return undefined;
  const access = createAwsAccess(config, env);
  for (const target of access.targets) {
    try {
      if (!target.region) throw new Error('Region is missing');
      await access.credentials(target);
    } catch (error) {
      const { message } = classifyAwsError(error, 'credentials');
      // Without AWS the pages are still watched (aws.required makes it an error: the command's call).
      return { off: `${target.name}: ${message}` };
    }
  }
  const plan = buildPlan(config.event).targets;
  const declared = watchedByChecks(loaded);
  const limits: FigureLimits = {
    requestsPerSecond: plan.requestsPerSecond,
    // Behind a CDN the load balancer sees its misses only.
    originRequestsPerSecond: resources.distributions.length > 0 ? plan.originRequestsPerSecond : plan.requestsPerSecond,
    lcus: declared.lcus ?? plan.lcus,
    instances: plan.instances,
    minHealthy: declared.minHealthy ?? 1,
    errorRate: config.load?.budgets.errorRate ?? 0.01,
    slowMs: config.watch.slow,
    databaseConnections: plan.databaseConnections,
    writesPerSecond: plan.writesPerSecond,
    emailsPerSecond: plan.emailsPerSecond,
  };
  const reader = createFigureReader(access, resources);
  return {
    resources: Object.values(resources).flat().length,
    source: { everyMs, read: async (now) => (await reader.read(now)).map((reading) => judgeReading(reading, limits)) },
  };
}
