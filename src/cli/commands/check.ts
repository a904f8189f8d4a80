import { loadConfig, type LoadedConfig } from '../../config/load.js';
import { list, parse, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { runAndReport } from '../run-and-report.js';

export const FORMATS = ['terminal', 'json', 'html', 'markdown', 'junit'];

export function parseFormats(value: string | undefined, fallback: string[]): string[] {
  const formats = value === undefined ? fallback : list(value);
  const unknown = formats.filter((f) => !FORMATS.includes(f));
  if (unknown.length > 0) throw new UsageError(`unknown format ${unknown.join(', ')}: choose from ${FORMATS.join(', ')}.`);
  return formats;
}

export function parseFailOn(value: string | undefined): 'error' | 'warn' {
  if (value === undefined || value === 'error' || value === 'warn') return value ?? 'error';
  throw new UsageError(`--fail-on takes error or warn, not "${value}".`);
}

/** The flags `check` and `demo` share: what to run and where the reports go. */
export const RUN_FLAGS = {
  only: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const;

type RunFlags = { only?: string[]; skip?: string[]; format?: string; out?: string; verbose?: boolean };

export function runOptionsFrom(values: RunFlags, loaded: LoadedConfig) {
  return {
    outDir: values.out ?? loaded.config.report.out,
    formats: parseFormats(values.format, loaded.config.report.formats),
    only: list(values.only),
    skip: list(values.skip),
    verbose: values.verbose,
  };
}

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { ...RUN_FLAGS, 'fail-on': { type: 'string' } });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  return (await runAndReport({ loaded, io, ...runOptionsFrom(values, loaded), failOn: parseFailOn(values['fail-on']) })).exitCode;
}
