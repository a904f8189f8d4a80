/**
 * The run of show ("chronogramme"): steps at a time relative to airtime (T-3d, T-30m, T+45m) or absolute, each
 * with an owner and, when primetime can tell, what proves it done (a check of the last report). primetime also
 * derives the steps it knows from the plan and its fixes, with their lead times, so a new config starts with one.
 */
import { parseDuration } from '../util/duration.js';

export interface RunbookStep {
  /** "T-3d", "T+45m", "T-0", or an ISO 8601 date with offset. */
  at: string;
  title: string;
  owner: string;
  /** A check whose pass in the last report proves the step done. */
  check?: string;
  /** The command that does the step (`primetime warm`): shown, not run. */
  command?: string;
}

export type StepState = 'done' | 'late' | 'due' | 'skipped' | 'manual';

export interface TimedStep extends RunbookStep {
  when: Date;
  state: StepState;
}

const RELATIVE = /^T\s*([+-])\s*(.+)$/;

/** When a step happens: relative to airtime ("T-4h", "T+0") or absolute. Throws a message naming the fix. */
export function stepTime(at: string, airtime: Date | undefined): Date {
  const relative = RELATIVE.exec(at.trim());
  if (relative) {
    if (!airtime) throw new Error(`"${at}" is relative to airtime: set event.airtime, or give the step an absolute time`);
    const offset = relative[2] === '0' ? 0 : parseDuration(relative[2]!);
    return new Date(airtime.getTime() + (relative[1] === '-' ? -offset : offset));
  }
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(at.trim())) return new Date(at.trim());
  throw new Error(`"${at}" is not a time: write T-3d, T-30m, T+45m (relative to airtime) or an ISO 8601 date with offset`);
}

/** The check ids that passed in the last report, by id: what proves a step done. */
export type LastReport = { finishedAt: string; checks: { id: string; status: string }[] } | undefined;

export function stepState(step: RunbookStep, when: Date, now: Date, last: LastReport): StepState {
  if (!step.check) return 'manual';
  if (last?.checks.some((c) => c.id === step.check && c.status === 'pass')) return 'done';
  // A check the last run skipped (nothing to verify there) proves nothing either way: not late, not done.
  if (last?.checks.some((c) => c.id === step.check && c.status === 'skip')) return 'skipped';
  return when.getTime() <= now.getTime() ? 'late' : 'due';
}

export function timeline(steps: RunbookStep[], airtime: Date | undefined, now: Date, last: LastReport): TimedStep[] {
  return steps
    .map((step) => {
      const when = stepTime(step.at, airtime);
      return { ...step, when, state: stepState(step, when, now, last) };
    })
    .sort((a, b) => a.when.getTime() - b.when.getTime());
}

/**
 * The steps primetime knows, from the checks a config enables and the lead times of their fixes: a quota increase
 * takes days, a load-balancer reservation hours; the caches are warmed and the final check run shortly before
 * airtime; the reservation is reset after the show (it is billed while it lasts).
 */
export function derivedSteps(enabled: readonly string[]): RunbookStep[] {
  const on = (id: string) => enabled.includes(id);
  return [
    ...(on('service-quotas')
      ? [{ at: 'T-3d', title: 'Raise the account quotas the plan needs (AWS answers within days)', owner: 'ops', check: 'service-quotas' }]
      : []),
    ...(on('tls') ? [{ at: 'T-1d', title: 'Renew any certificate that would expire before the show', owner: 'ops', check: 'tls' }] : []),
    ...(on('lb-prewarm') ? [{ at: 'T-4h', title: 'Reserve the load balancers’ capacity (LCU reservation)', owner: 'ops', check: 'lb-prewarm' }] : []),
    ...(on('targets') ? [{ at: 'T-30m', title: 'Scale out to the planned instance count (scheduled action)', owner: 'ops', check: 'targets' }] : []),
    { at: 'T-15m', title: 'Warm the caches', owner: 'ops', command: 'primetime warm' },
    { at: 'T-10m', title: 'Final check: GO or NO-GO', owner: 'lead', command: 'primetime check' },
    ...(on('peak-mode') ? [{ at: 'T-5m', title: 'Switch peak mode on (the heavy pages light)', owner: 'ops' }] : []),
    { at: 'T-0', title: 'Eyes on the screens: the TV, the analytics, the servers’ curves; answer the chat and social networks', owner: 'support' },
    ...(on('peak-mode') ? [{ at: 'T+1h', title: 'Switch peak mode off', owner: 'ops' }] : []),
    ...(on('lb-prewarm') ? [{ at: 'T+1h', title: 'Reset the LCU reservation (it is billed while it lasts)', owner: 'ops' }] : []),
  ];
}
