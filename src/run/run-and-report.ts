/** Shared by `check` and `demo`: run, stream progress, write the reports, print the verdict, pick the exit code. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import { createLogger } from '../core/logger.js';
import { ensurePackages } from '../core/on-demand.js';
import { notRunIds, runChecks, selectChecks } from '../core/runner.js';
import { createMasker } from '../core/secrets.js';
import { renderJson } from '../report/render/json.js';
import { colorWanted, createStyle, renderProgress, renderTerminal, renderVerdict } from '../report/render/terminal.js';
import type { Report } from '../report/model.js';
import { openReportFolder, writeFailure, type ReportFolder } from '../report/folder.js';
import { writeReports } from '../report/write.js';
import { EXIT, UsageError, type Io } from './io.js';
import { progressWriter } from './live-line.js';

export interface RunAndReportOptions {
  loaded: LoadedConfig;
  io: Io;
  outDir: string;
  /** The user named the report folder (--out): a partial run writes there too, instead of beside the full report. */
  outChosen?: boolean;
  formats: string[];
  only?: string[];
  skip?: string[];
  failOn?: 'error' | 'warn';
  verbose?: boolean;
  simulated?: string[];
  /** The JSON report on stdout, and nothing else there: the terminal report goes to stderr. */
  json?: boolean;
  /** No progress, and of the terminal report only the verdict line. */
  quiet?: boolean;
  /**
   * Installs the heavy packages the selected checks need, before any check starts its clock (the Action's installs
   * in a log group and keeps them in the Actions cache); by default, on first need with progress lines.
   */
  install?: (packages: string[]) => Promise<void>;
}

export type Presentation = Pick<RunAndReportOptions, 'json' | 'quiet'>;

export interface RunOutcome {
  report: Report;
  /** Paths of the files written, by format. */
  written: Record<string, string>;
  /** The report folder written (a partial run's is beside the full report's). */
  folder: string;
  exitCode: number;
}

export async function runAndReport(options: RunAndReportOptions): Promise<RunOutcome> {
  const { io, loaded } = options;
  const errStyle = createStyle(colorWanted(io.stderr, io.env));
  const log = createLogger(Boolean(options.verbose), (line) => io.stderr.write(line + '\n'));
  const selected = selectChecks(loaded, options.only, options.skip);
  // Opened before any check: an unwritable report folder stops the run at once, not after it.
  const folder = await openReportFolder(reportFolderFor(path.resolve(io.cwd, options.outDir), notRunIds(loaded, selected), options));
  // The live lines are masked like the report: a secret in the URL or a progress note never reaches the terminal.
  const mask = createMasker(loaded.secrets);
  const live = progressWriter(io.stderr, options);
  const progress = (line: string) => live.line(mask(line));
  progress(errStyle.dim(`primetime: checking ${loaded.config.site.baseUrl} (${path.relative(io.cwd, loaded.file) || loaded.file})`));
  // Lighthouse, Playwright and the dictionaries install on first need, before any check starts its clock.
  const packages = selected.flatMap(({ check }) => check.meta.packages ?? []);
  const install = options.install ?? ((wanted: string[]) => ensurePackages(wanted, (line) => progress(errStyle.dim(line)), io.env));
  await install(packages).catch(async (error: unknown) => {
    await folder.discard();
    throw error;
  });
  io.interrupt.addEventListener('abort', () => io.stderr.write('\nInterrupted: stopping the checks and writing the partial report…\n'), { once: true });

  const report = await runChecks({
    loaded,
    selected,
    mask,
    outDir: folder.staging,
    failOn: options.failOn,
    signal: io.interrupt,
    log,
    simulated: options.simulated,
    onProgress: (event) => {
      const line = renderProgress(event, errStyle);
      if (line && event.type === 'step') live.step(mask(line));
      else if (line) progress(line);
    },
  });
  live.done();
  return presentReport(report, io, folder, options.formats, options);
}

/**
 * A partial run never replaces a full report: unless the user named its folder, it writes beside one, in a folder
 * named after its selection (primetime-report/spelling/, primetime-report/skip-lighthouse/).
 */
function reportFolderFor(outDir: string, notRun: string[], options: Pick<RunAndReportOptions, 'only' | 'skip' | 'outChosen'>): string {
  if (notRun.length === 0 || options.outChosen || !holdsFullReport(outDir)) return outDir;
  const only = options.only ?? [];
  // Check ids are kebab-case: safe in a file name as they are.
  return path.join(outDir, only.length > 0 ? only.join('+') : `skip-${(options.skip ?? []).join('+')}`);
}

function holdsFullReport(outDir: string): boolean {
  try {
    const earlier = JSON.parse(readFileSync(path.join(outDir, 'report.json'), 'utf8')) as Partial<Report>;
    return earlier.notRun?.length === 0 && earlier.incomplete === false;
  } catch {
    // No report there, or one written before reports named their partial runs: nothing to keep.
    return false;
  }
}

/** --fail-on, or the Action's fail-on input. */
export function parseFailOn(value: string | undefined): 'error' | 'warn' {
  if (value === undefined || value === 'error' || value === 'warn') return value ?? 'error';
  throw new UsageError(`--fail-on takes error or warn, not "${value}".`);
}

/**
 * Writes the report files and puts them in the report folder's place. A write that fails (a full disk, a permission)
 * leaves the earlier report whole and no staging folder behind: the verdict is still printed, with the cause.
 */
async function writeIntoFolder(report: Report, folder: ReportFolder, formats: string[]): Promise<{ written: Record<string, string>; failure?: string }> {
  try {
    const staged = await writeReports(report, folder.staging, formats);
    await folder.commit();
    return {
      written: Object.fromEntries(Object.entries(staged).map(([format, file]) => [format, path.join(folder.final, path.relative(folder.staging, file))])),
    };
  } catch (error) {
    await folder.discard().catch(() => undefined);
    return {
      written: {},
      failure: `the report could not be written to ${folder.final} (${writeFailure(error)}); an earlier report there is left as it was. Free some space or choose another folder with --out.`,
    };
  }
}

/** Every blocker is a check that could not run: the tool failed, the site was not proven broken (exit 2, not 1). */
function onlyUnverified(report: Report): boolean {
  const blockers = report.checks.filter((c) => c.outcome === 'blocker');
  return report.verdict === 'NO-GO' && blockers.length > 0 && blockers.every((c) => c.status === 'error');
}

/** Writes the report files, prints the verdict, and picks the exit code (also for `primetime merge`). */
export async function presentReport(report: Report, io: Io, out: string | ReportFolder, formats: string[], shown: Presentation = {}): Promise<RunOutcome> {
  // With --json, stdout carries the JSON alone: what a person reads moves to stderr.
  const terminal = shown.json ? io.stderr : io.stdout;
  const outStyle = createStyle(colorWanted(terminal, io.env));
  const folder = typeof out === 'string' ? await openReportFolder(path.resolve(io.cwd, out)) : out;
  const { written, failure } = await writeIntoFolder(report, folder, formats);
  const main = written.html ?? written.json ?? Object.values(written)[0];
  if (formats.includes('terminal'))
    terminal.write(shown.quiet ? renderVerdict(report, outStyle) : renderTerminal(report, outStyle, main && path.relative(io.cwd, main)));
  else if (main && !shown.quiet) io.stderr.write(`Report: ${path.relative(io.cwd, main)}\n`);
  if (shown.json) io.stdout.write(renderJson(report));
  if (failure) io.stderr.write(`primetime: ${failure}\n`);
  const exitCode = failure || report.incomplete || onlyUnverified(report) ? EXIT.toolError : report.verdict === 'GO' ? EXIT.go : EXIT.noGo;
  return { report, written, folder: folder.final, exitCode };
}
