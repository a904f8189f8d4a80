import { loadConfig, type LoadedConfig } from '../../config/load.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import { list } from '../../util/list.js';
import type { Io } from '../../run/io.js';
import { parseFailOn, runAndReport } from '../../run/run-and-report.js';

export const FORMATS = ['terminal', 'json', 'html', 'markdown', 'junit'];

export function parseFormats(value: string | undefined, fallback: string[]): string[] {
  const formats = value === undefined ? fallback : list(value);
  const unknown = formats.filter((f) => !FORMATS.includes(f));
  if (unknown.length > 0) throw new UsageError(`unknown format ${unknown.join(', ')}: choose from ${FORMATS.join(', ')}.`);
  return formats;
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
