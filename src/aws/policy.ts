/** The least-privilege, read-only IAM policy for a set of checks: the union of the actions they declare. */
import type { Check } from '../check/index.js';

export function iamPolicy(checks: Check[]): { Version: string; Statement: { Sid: string; Effect: 'Allow'; Action: string[]; Resource: '*' }[] } {
  const actions = [...new Set(checks.flatMap((c) => c.meta.permissions ?? []))].sort();
  return { Version: '2012-10-17', Statement: actions.length ? [{ Sid: 'PrimetimeReadOnly', Effect: 'Allow', Action: actions, Resource: '*' }] : [] };
}
