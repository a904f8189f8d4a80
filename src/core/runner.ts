/**
 * The runner: selects checks, runs each in isolation (a throw or a timeout becomes an `error` result, never a
 * pass), I/O checks concurrently, exclusive checks alone, one shared browser; then builds the report.
 */
import type { LoadedConfig } from '../config/load.js';
import { buildPlan } from '../plan/plan.js';
import type { CheckReport, Report } from '../report/model.js';
import { assembleReport, finish } from '../report/assemble.js';
import { formatDuration } from '../util/duration.js';
import path from 'node:path';
import { createArtifactStore } from './artifacts.js';
import {
  CheckOutcomeSchema,
  type Check,
  type CheckContext,
  type CheckOutcome,
  type Clock,
  type Evidence,
  type Logger,
  type ProgressEvent,
  type SharedBrowser,
  type ChromiumLaunch,
} from '../check/index.js';
import { createNetwork } from './network.js';
import { homeProblem } from '../web/page-status.js';
import { createMasker, redact } from './secrets.js';
import { createAwsAccess } from '../aws/access.js';
import { mapLimit } from '../util/limit.js';
import { silentLogger } from './logger.js';
import { resolveSite } from '../web/site.js';
import { SelectionError } from './errors.js';
import { didYouMean } from '../util/suggest.js';
import { ConfigError } from '../config/problems.js';

export interface RunOptions {
  loaded: LoadedConfig;
  /** Report folder for artifacts. */
  outDir: string;
  only?: string[];
  skip?: string[];
  failOn?: 'error' | 'warn';
  /** Ctrl-C: checks still running are aborted, the rest not started; the report is marked incomplete. */
  signal?: AbortSignal;
  clock?: Clock;
  log?: Logger;
  onProgress?: (event: ProgressEvent) => void;
  /** Launches the shared browser (tests may hand their own). */
  launchBrowser?: () => Promise<SharedBrowser>;
  /** Labels of simulated parts, carried into the report. */
  simulated?: string[];
}

interface Selected {
  check: Check;
  severity: 'warn' | 'error';
  options: unknown;
  timeoutMs: number;
}

export function selectChecks(loaded: LoadedConfig, only: string[] = [], skip: string[] = []): Selected[] {
  const known = loaded.checks.map((entry) => entry.check.meta.id);
  for (const id of [...only, ...skip]) {
    if (!known.includes(id)) throw new SelectionError(`unknown check "${id}" in --only/--skip.${didYouMean(id, known)} Known checks: ${known.join(', ')}.`);
  }
  const chosen = loaded.checks.filter(
    ({ check, severity }) => (only.length > 0 ? only.includes(check.meta.id) : severity !== 'off') && !skip.includes(check.meta.id),
  );
  // An "off" check named in --only was not validated with the config: its problems are config errors too.
  const problems = chosen.flatMap(({ check, severity }) => (severity === 'off' && check.validate ? check.validate(loaded.config, true) : []));
  if (problems.length > 0) throw new ConfigError(loaded.file, problems);
  return chosen.map(({ check, severity, options, timeoutMs }) => ({
    check,
    // Naming an "off" check in --only runs it: the user asked for it by name.
    severity: severity === 'off' ? 'error' : severity,
    options,
    timeoutMs: timeoutMs ?? check.meta.timeout ?? loaded.config.runner.timeout,
  }));
}

/** The config's enabled checks a selection leaves out: a run without them is partial. */
export function notRunIds(loaded: LoadedConfig, selected: Selected[]): string[] {
  const chosen = new Set(selected.map(({ check }) => check.meta.id));
  return loaded.checks.filter(({ check, severity }) => severity !== 'off' && !chosen.has(check.meta.id)).map(({ check }) => check.meta.id);
}

export async function runChecks(options: RunOptions): Promise<Report> {
  const { loaded } = options;
  const { config } = loaded;
  const clock = options.clock ?? { now: () => new Date() };
  const log = options.log ?? silentLogger;
  const started = clock.now();
  const selected = selectChecks(loaded, options.only, options.skip);
  const plan = buildPlan(config.event);
  const airtime = config.event.airtime ? new Date(config.event.airtime) : undefined;
  const timeLeftMs = airtime ? airtime.getTime() - started.getTime() : undefined;
  const event = { ...config.event, airtime, timeLeftMs };
  const { network, http } = createNetwork(config);
  const aws = createAwsAccess(config);
  const site = resolveSite(config.site);
  const mask = createMasker(loaded.secrets);
  const artifacts = createArtifactStore(options.outDir, mask);
  const runSignal = options.signal ?? new AbortController().signal;

  let launch: Promise<ChromiumLaunch> | undefined;
  const chromium = () =>
    (launch ??= (async () => {
      const { findBrowser } = await import('../browser/launch.js');
      const { chromiumNetworkArgs } = await import('../browser/network.js');
      const executablePath = await findBrowser(config.browser.executablePath);
      return { executablePath, args: [...config.browser.args, ...(await chromiumNetworkArgs(config, site, network, runSignal))] };
    })());
  let browser: Promise<SharedBrowser> | undefined;
  const sharedBrowser = () =>
    (browser ??= (
      options.launchBrowser ??
      (async () => {
        const { launchBrowser } = await import('../browser/launch.js');
        const { executablePath, args } = await chromium();
        return launchBrowser(executablePath, args);
      })
    )());

  const runOne = async ({ check, severity, options: checkOptions, timeoutMs }: Selected): Promise<CheckReport> => {
    const { meta } = check;
    const base = { id: meta.id, description: meta.description, docs: meta.docs, severity };
    if (runSignal.aborted) return finish(base, meta, { status: 'not-run', summary: 'Not run: the run was interrupted.' }, 0, timeLeftMs);
    options.onProgress?.({ type: 'start', id: meta.id, title: meta.title });
    const controller = new AbortController();
    const stop = () => controller.abort(runSignal.reason);
    runSignal.addEventListener('abort', stop, { once: true });
    const t0 = performance.now();
    let ended = false;
    const ctx: CheckContext = {
      options: checkOptions,
      ...(meta.section ? { section: config[meta.section] } : {}),
      event,
      baseDir: path.resolve(path.dirname(loaded.file)),
      site,
      network,
      aws,
      plan,
      http,
      browser: sharedBrowser,
      chromium,
      clock,
      log,
      signal: controller.signal,
      artifacts,
      // A check cut short (timeout, Ctrl-C) may still be winding down: its notes end with it.
      progress: (message) => ended || options.onProgress?.({ type: 'note', id: meta.id, message }),
      step: (message) => ended || options.onProgress?.({ type: 'step', id: meta.id, message }),
    };
    let timer: NodeJS.Timeout | undefined;
    let outcome: CheckOutcome | { status: 'not-run'; summary: string };
    try {
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(timeoutMs)), timeoutMs);
        controller.signal.addEventListener('abort', () => reject(new InterruptedError()), { once: true });
      });
      outcome = requiredAws(validateOutcome(await Promise.race([check.run(ctx), deadline])), meta, config.aws?.required ?? false);
    } catch (error) {
      if (error instanceof TimeoutError) controller.abort(error);
      log.debug(`${meta.id}: ${(error as Error)?.stack ?? String(error)}`);
      outcome =
        error instanceof InterruptedError
          ? { status: 'not-run', summary: 'Interrupted before it finished.' }
          : { status: 'error', summary: `The check could not complete: ${(error as Error)?.message ?? String(error)}` };
    } finally {
      clearTimeout(timer);
      runSignal.removeEventListener('abort', stop);
    }
    ended = true;
    const result = finish(base, meta, outcome, performance.now() - t0, timeLeftMs);
    options.onProgress?.({ type: 'end', result });
    return result;
  };

  let results: CheckReport[];
  try {
    // Whatever checks are selected, a site whose home page is not its own page is not ready: say so first.
    const touchesSite = selected.some(({ check }) => check.meta.requires.some((r) => r === 'network' || r === 'browser'));
    const home = touchesSite ? await homeProblem(http, site.home, runSignal, network.timeoutMs, site.marker) : undefined;
    const shared = await mapLimit(
      selected.filter((s) => !s.check.meta.exclusive),
      config.runner.concurrency,
      runOne,
    );
    const alone = await mapLimit(
      selected.filter((s) => s.check.meta.exclusive),
      1,
      runOne,
    );
    results = [...shared, ...alone, ...(home ? [homeReport(home)] : [])];
  } finally {
    await Promise.allSettled([http.close(), browser?.then((b) => b.close())]);
  }

  const report = assembleReport(results, {
    started,
    finished: clock.now(),
    event: { name: config.event.name, airtime: config.event.airtime, timeLeftMs },
    site: { baseUrl: site.baseUrl },
    plan: { figures: plan.figures, notes: plan.notes },
    failOn: options.failOn ?? 'error',
    incomplete: runSignal.aborted,
    simulated: options.simulated ?? [],
    notRun: notRunIds(loaded, selected),
  });
  return redact(report, mask);
}

/** The home page that did not answer 2xx, as a blocker of its own. */
function homeReport(problem: Evidence): CheckReport {
  return finish(
    {
      id: 'home-page',
      description:
        "Fetches the home page before the checks: it must answer 2xx with the site's own HTML page (not empty, carrying site.marker when set), or nothing the checks read can be taken for the site.",
      severity: 'error',
    },
    { title: 'The home page answers', failureTitle: "The home page is not the site's page" },
    {
      status: 'fail',
      summary: problem.message,
      evidence: [problem],
      remediation: [
        {
          action:
            "Make the home page answer 200 with the site's page (check the deploy, the origin and the CDN) before anything else: the other checks judge what it serves.",
        },
      ],
    },
    0,
    undefined,
  );
}

/** With aws.required, an AWS check that skipped proved nothing the config asked for: it could not verify its point. */
function requiredAws(outcome: CheckOutcome, meta: Check['meta'], required: boolean): CheckOutcome {
  if (!required || outcome.status !== 'skip' || !meta.requires.includes('aws')) return outcome;
  return { ...outcome, status: 'error', summary: `${outcome.summary} (aws.required is set: an AWS check that skips proves nothing)` };
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
