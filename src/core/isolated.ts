/**
 * One check run in isolation: raced against its time limit and the run's Ctrl-C, its outcome validated. A throw, a
 * timeout or an unusable outcome becomes an `error` result, never a pass; an interruption, `not-run`.
 */
import { CheckOutcomeSchema, type Check, type CheckContext, type CheckOutcome, type Logger } from '../check/index.js';
import { formatDuration } from '../util/duration.js';

export type IsolatedOutcome = CheckOutcome | { status: 'not-run'; summary: string };

/** `ctx` without its signal: the check gets one that aborts on its timeout as on the run's. */
export async function runIsolated(
  check: Check,
  ctx: Omit<CheckContext, 'signal'>,
  timeoutMs: number,
  runSignal: AbortSignal,
  log: Logger,
): Promise<IsolatedOutcome> {
  const controller = new AbortController();
  const stop = () => controller.abort(runSignal.reason);
  runSignal.addEventListener('abort', stop, { once: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(timeoutMs)), timeoutMs);
      controller.signal.addEventListener('abort', () => reject(new InterruptedError()), { once: true });
    });
    return validateOutcome(await Promise.race([check.run({ ...ctx, signal: controller.signal }), deadline]));
  } catch (error) {
    if (error instanceof TimeoutError) controller.abort(error);
    log.debug(`${check.meta.id}: ${(error as Error)?.stack ?? String(error)}`);
    if (error instanceof InterruptedError) return { status: 'not-run', summary: 'Interrupted before it finished.' };
    return { status: 'error', summary: `The check could not complete: ${(error as Error)?.message ?? String(error)}` };
  } finally {
    clearTimeout(timer);
    runSignal.removeEventListener('abort', stop);
  }
}

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`it did not finish within ${formatDuration(ms)} (raise its timeout option if it needs longer).`);
  }
}
class InterruptedError extends Error {}

/** A plugin may hand back anything: an unusable result is an error, never a pass. */
function validateOutcome(value: unknown): CheckOutcome {
  const parsed = CheckOutcomeSchema.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the result'}: ${issue.message}`).join('; ');
    throw new Error(`it returned an invalid result (${where}); expected { status: pass | fail | warn | skip | error, summary, … }.`);
  }
  return parsed.data;
}
