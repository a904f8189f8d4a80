/**
 * The runner: selects checks; opens the run's shared services (services.ts), checks the home page (home-step.ts),
 * then runs each check in isolation (isolated.ts: a throw or a timeout becomes an `error` result, never a pass),
 * I/O checks concurrently, exclusive checks alone, one shared browser; then builds the report.
 */
import path from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import { ConfigError } from '../config/problems.js';
import type { CheckReport, Report } from '../report/model.js';
import { assembleReport, finish } from '../report/assemble.js';
import type { Check, CheckOutcome, Clock, Logger, ProgressEvent, SharedBrowser } from '../check/index.js';
import { mapLimit } from '../util/limit.js';
import { didYouMean } from '../util/suggest.js';
import { SelectionError } from './errors.js';
import { homeStep } from './home-step.js';
import { runIsolated } from './isolated.js';
import { silentLogger } from './logger.js';
import { createMasker, redact, type Masker } from './secrets.js';
import { openRun, type RunServices } from './services.js';

export interface RunOptions {
  loaded: LoadedConfig;
  /** The checks to run, chosen once by the caller (selectChecks). */
  selected: Selected[];
  /** Report folder for artifacts. */
  outDir: string;
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
  /** The caller's masker, so its live lines and the report hide the same values (made from the config's otherwise). */
  mask?: Masker;
}

export interface Selected {
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
  // An "off" check named in --only runs: the problems its rules found when the config loaded are config errors now.
  const problems = chosen.flatMap(({ problemsIfRun }) => problemsIfRun ?? []);
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
  const { loaded, selected } = options;
  const { config } = loaded;
  const clock = options.clock ?? { now: () => new Date() };
  const mask = options.mask ?? createMasker(loaded.secrets);
  const signal = options.signal ?? new AbortController().signal;
  const services = openRun(loaded, { outDir: options.outDir, clock, mask, signal, ...(options.launchBrowser ? { launchBrowser: options.launchBrowser } : {}) });
  const runOne = (entry: Selected) => runEntry(entry, { ...options, clock, signal }, services);
  let results: CheckReport[];
  try {
    // Exclusive checks (Lighthouse, the load shot) run alone, after the others: they warm up meanwhile. A warm-up
    // that fails (or throws at once) is left: the check's run meets the same failure and says so.
    for (const { check } of selected)
      if (check.meta.exclusive && check.warmUp && !signal.aborted)
        void Promise.resolve()
          .then(() => check.warmUp?.())
          .catch(() => undefined);
    const home = await homeStep(
      selected.map((s) => s.check),
      services,
      signal,
    );
    // I/O checks side by side, up to runner.concurrency; then the exclusive ones, one at a time.
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
    results = [...shared, ...alone, ...(home ? [home] : [])];
  } finally {
    await services.close();
  }
  const report = assembleReport(results, {
    started: services.started,
    finished: clock.now(),
    event: { name: config.event.name, airtime: config.event.airtime, timeLeftMs: services.timeLeftMs },
    site: { baseUrl: services.shared.site.baseUrl },
    plan: { figures: services.shared.plan.figures, notes: services.shared.plan.notes },
    failOn: options.failOn ?? 'error',
    incomplete: signal.aborted,
    simulated: options.simulated ?? [],
    notRun: notRunIds(loaded, selected),
  });
  return redact(report, mask);
}

/** One selected check in its own context, with its progress reported; its result as the report shows it. */
async function runEntry(
  { check, severity, options: checkOptions, timeoutMs }: Selected,
  run: RunOptions & { clock: Clock; signal: AbortSignal },
  services: RunServices,
): Promise<CheckReport> {
  const { meta } = check;
  const base = { id: meta.id, description: meta.description, docs: meta.docs, severity };
  if (run.signal.aborted) return finish(base, meta, { status: 'not-run', summary: 'Not run: the run was interrupted.' }, 0, services.timeLeftMs);
  run.onProgress?.({ type: 'start', id: meta.id, title: meta.title });
  const { config, file } = run.loaded;
  let ended = false;
  const t0 = performance.now();
  const outcome = await runIsolated(
    check,
    {
      ...services.shared,
      options: checkOptions,
      ...(meta.section ? { section: config[meta.section] } : {}),
      baseDir: path.resolve(path.dirname(file)),
      clock: run.clock,
      log: run.log ?? silentLogger,
      // A check cut short (timeout, Ctrl-C) may still be winding down: its notes end with it.
      progress: (message) => ended || run.onProgress?.({ type: 'note', id: meta.id, message }),
      step: (message) => ended || run.onProgress?.({ type: 'step', id: meta.id, message }),
    },
    timeoutMs,
    run.signal,
    run.log ?? silentLogger,
  );
  ended = true;
  const result = finish(
    base,
    meta,
    outcome.status === 'not-run' ? outcome : requiredAws(outcome, meta, config.aws?.required ?? false),
    performance.now() - t0,
    services.timeLeftMs,
  );
  run.onProgress?.({ type: 'end', result });
  return result;
}

/** With aws.required, an AWS check that skipped proved nothing the config asked for: it could not verify its point. */
function requiredAws(outcome: CheckOutcome, meta: Check['meta'], required: boolean): CheckOutcome {
  if (!required || outcome.status !== 'skip' || !meta.requires.includes('aws')) return outcome;
  return { ...outcome, status: 'error', summary: `${outcome.summary} (aws.required is set: an AWS check that skips proves nothing)` };
}
