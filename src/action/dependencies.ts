/**
 * The Action's dist/ bundles the light core; Lighthouse, Playwright and the dictionaries install on first need, as
 * from the CLI (src/core/on-demand.ts). Between jobs the Actions cache keeps each installed group, keyed on its
 * lockfile: a job restores it in seconds instead of running npm. Runs of HTTP-only checks never pay for either.
 */
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { installGroups, missingGroups, type OnDemandGroup } from '../core/on-demand.js';
import { formatDuration } from '../util/duration.js';

export const cacheKey = (group: OnDemandGroup) => `primetime-${group.name}-${group.hash}-${process.platform}-${process.arch}`;

export async function installOnDemand(packages: readonly string[]): Promise<void> {
  for (const group of missingGroups(packages)) {
    await core.group(`Installing ${group.packages.join(', ')} (first use in this job)`, async () => {
      const started = Date.now();
      const key = cacheKey(group);
      const cached = cache.isFeatureAvailable();
      if (cached && (await restore(group, key))) return core.info(`Restored from the Actions cache (${key}) in ${formatDuration(Date.now() - started)}.`);
      await installGroups([group], (line) => core.info(line));
      if (cached) await save(group, key);
      else core.info('The Actions cache is not available here: the next job installs again.');
    });
  }
}

// A cache that fails is a slower job, never a failed one: npm installs instead, and the next job tries again.
async function restore(group: OnDemandGroup, key: string): Promise<boolean> {
  try {
    return (await cache.restoreCache([group.folder], key)) === key;
  } catch (error) {
    core.warning(`The Actions cache could not be read (${(error as Error).message}): installing with npm.`);
    return false;
  }
}

async function save(group: OnDemandGroup, key: string): Promise<void> {
  try {
    if ((await cache.saveCache([group.folder], key)) !== -1) core.info(`Saved to the Actions cache as ${key}.`);
  } catch (error) {
    core.warning(`The Actions cache could not be written (${(error as Error).message}).`);
  }
}
