/** What every AWS check does first (find credentials) and around every call (turn a failure into a finding). */
import type { CheckContext, CheckOutcome, Findings } from '../check/index.js';
import type { AwsTarget } from './access.js';
import { classifyAwsError } from './errors.js';

/** A skip (or, with aws.required, an error) when a target has no credentials; nothing when all is ready. */
export async function awsPreflight(ctx: CheckContext): Promise<CheckOutcome | undefined> {
  for (const target of ctx.aws.targets) {
    if (!target.region) {
      const summary = 'No AWS region: set aws.targets[].regions, AWS_REGION or AWS_DEFAULT_REGION.';
      if (ctx.aws.required) throw new Error(`${target.name}: ${summary} (aws.required is set)`);
      return { status: 'skip', summary };
    }
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

/** `holds`: the field the answer must carry to prove anything (an empty or malformed answer lacks it). */
export type AwsCall = <T>(permission: string, resource: string, call: () => Promise<T>, holds?: keyof T & string) => Promise<T | undefined>;

/**
 * Runs one AWS call; a failure becomes an unverified finding naming the target, the resource and what to do: the
 * account was not read, so nothing is proven about it (could not verify, never "a quota would stop the scale-out").
 * So does an answer without the field that carries the point: a 200 with an empty body proves nothing either.
 */
export function awsCaller(found: Findings, target: AwsTarget): AwsCall {
  return async (permission, resource, call, holds) => {
    try {
      const answer = await call();
      if (holds === undefined || (answer as Record<string, unknown> | undefined)?.[holds] !== undefined) return answer;
      found.unverified(`${where(target)} ${resource}: AWS answered without ${holds} (an empty or malformed answer), so nothing is proven.`, {
        target: resource,
        data: { kind: 'empty', permission },
      });
      return undefined;
    } catch (error) {
      const { kind, message } = classifyAwsError(error, permission);
      found.unverified(`${where(target)} ${resource}: ${message}.`, { target: resource, data: { kind, permission } });
      return undefined;
    }
  };
}

/** The most pages a listing may take, and never the same token twice: an endpoint that pages forever is cut short. */
export const MAX_PAGES = 100;

/** Each page of a listing, following NextToken; a repeated token or more than MAX_PAGES pages is an error (could not verify). */
export async function* boundedPages<T extends { NextToken?: string }>(fetch: (token: string | undefined) => Promise<T>): AsyncGenerator<T> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 1; ; page++) {
    const answer = await fetch(token);
    yield answer;
    token = answer.NextToken;
    if (!token) return;
    if (seen.has(token)) throw new Error('AWS returned the same NextToken twice: the listing was stopped, not read to its end');
    if (page >= MAX_PAGES) throw new Error(`the listing went past ${MAX_PAGES} pages: stopped, not read to its end`);
    seen.add(token);
  }
}

export const where = (target: AwsTarget) => `${target.name} (${target.region})`;
