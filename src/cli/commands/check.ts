import { loadConfig, type LoadedConfig } from '../../config/load.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import { list } from '../../util/list.js';
import type { Io } from '../../run/io.js';
import { reportToGithub } from '../../run/github.js';
import { runbookSection } from '../../run/runbook.js';
import { parseFailOn, runAndReport } from '../../run/run-and-report.js';

export const FORMATS = ['terminal', 'json', 'html', 'markdown', 'junit'];

export function parseFormats(value: string | undefined, fallback: string[]): string[] {
  const formats = value === undefined ? fallback : list(value);
  const unknown = formats.filter((f) => !FORMATS.includes(f));
  if (unknown.length > 0) throw new UsageError(`unknown format ${unknown.join(', ')}: choose from ${FORMATS.join(', ')}.`);
  return formats;
}

/** How the report is shown: `--json` and `--quiet`, for `check`, `demo` and `merge`. */
export const OUTPUT_FLAGS = {
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  out: { type: 'string', short: 'o' },
  format: { type: 'string' },
} as const;

/** The flags `check` and `demo` share: what to run and where the reports go. */
export const RUN_FLAGS = {
  ...OUTPUT_FLAGS,
  only: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
} as const;

type OutputFlags = { json?: boolean; quiet?: boolean; out?: string; format?: string };
type RunFlags = OutputFlags & { only?: string[]; skip?: string[]; verbose?: boolean };

export function outputOptionsFrom(values: OutputFlags, fallback: { out: string; formats: string[] }) {
  // A folder named "-" is never what was meant: the JSON on stdout is --json, as with `npm ls --json`.
  if (values.out === '-') throw new UsageError('--out takes a folder; to write the JSON report to stdout, use --json.');
  return {
    outDir: values.out ?? fallback.out,
    outChosen: values.out !== undefined,
    formats: parseFormats(values.format, fallback.formats),
    json: values.json,
    quiet: values.quiet,
  };
}

export function runOptionsFrom(values: RunFlags, loaded: LoadedConfig) {
  return {
    ...outputOptionsFrom(values, loaded.config.report),
    only: list(values.only),
    skip: list(values.skip),
    verbose: values.verbose,
  };
}

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { ...RUN_FLAGS, 'fail-on': { type: 'string' } });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const options = runOptionsFrom(values, loaded);
  const { report, written, exitCode } = await runAndReport({ loaded, io, ...options, failOn: parseFailOn(values['fail-on']) });
  // With --json, stdout is the JSON's alone: the runner reads workflow commands on stderr too.
  await reportToGithub(report, io, written, options.json ? io.stderr : io.stdout, runbookSection(loaded, report));
  return exitCode;
}
