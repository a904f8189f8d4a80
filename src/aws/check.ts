/** What every AWS check does first (find credentials) and around every call (turn a failure into a finding). */
import type { CheckContext, CheckOutcome, Findings } from '../check/index.js';
import type { AwsTarget } from './access.js';
import { classifyAwsError } from './errors.js';

/** A skip (or, with aws.required, an error) when a target has no credentials; nothing when all is ready. */
export async function awsPreflight(ctx: CheckContext): Promise<CheckOutcome | undefined> {
  for (const target of ctx.aws.targets) {
    if (!target.region) return { status: 'skip', summary: 'No AWS region: set aws.targets[].regions, AWS_REGION or AWS_DEFAULT_REGION.' };
    try {
      await ctx.aws.credentials(target);
    } catch (error) {
      const { kind, message } = classifyAwsError(error, 'credentials');
      // Only missing credentials may skip; anything else is a failure to run, never a quiet skip.
      if (kind !== 'no-credentials') throw error;
      if (ctx.aws.required) throw new Error(`${target.name}: ${message} (aws.required is set)`, { cause: error });
      return { status: 'skip', summary: `${target.name}: ${message}. Set them up (or remove the AWS checks) to prove the account's readiness.` };
    }
  }
  return undefined;
}

export type AwsCall = <T>(permission: string, resource: string, call: () => Promise<T>) => Promise<T | undefined>;

/**
 * Runs one AWS call; a failure becomes an unverified finding naming the target, the resource and what to do: the
 * account was not read, so nothing is proven about it (could not verify, never "a quota would stop the scale-out").
 */
export function awsCaller(found: Findings, target: AwsTarget): AwsCall {
  return async (permission, resource, call) => {
    try {
      return await call();
    } catch (error) {
      const { kind, message } = classifyAwsError(error, permission);
      found.unverified(`${where(target)} ${resource}: ${message}.`, { target: resource, data: { kind, permission } });
      return undefined;
    }
  };
}

export const where = (target: AwsTarget) => `${target.name} (${target.region})`;
