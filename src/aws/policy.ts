/** The least-privilege, read-only IAM policy for a set of checks (and the watch): the union of the actions they declare. */
import type { Check } from '../check/index.js';

export function iamPolicy(
  checks: Check[],
  more: string[] = [],
): { Version: string; Statement: { Sid: string; Effect: 'Allow'; Action: string[]; Resource: '*' }[] } {
  const actions = [...new Set([...checks.flatMap((c) => c.meta.permissions ?? []), ...more])].sort();
  return { Version: '2012-10-17', Statement: actions.length ? [{ Sid: 'PrimetimeReadOnly', Effect: 'Allow', Action: actions, Resource: '*' }] : [] };
}
