/** `primetime load`: the load check alone, with live progress; `--shard i/N` runs one runner's share. */
import path from 'node:path';
import { loadConfig } from '../../config/load.js';
import { loadSection, parseShard } from '../../load/settings.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import type { Io } from '../../run/io.js';
import { runAndReport } from '../../run/run-and-report.js';
import { parseFormats } from './check.js';

export async function loadCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    shard: { type: 'string' },
    'start-at': { type: 'string' },
    'run-id': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const load = loadSection(loaded.file, loaded.config);
  if (values.shard !== undefined) {
    const shard = parseShard(values.shard);
    if (typeof shard === 'string') throw new UsageError(`--shard: ${shard}.`);
    load.shard = values.shard;
  }
  if (values['start-at'] !== undefined) {
    const at = Date.parse(values['start-at']);
    if (Number.isNaN(at) || !/T/.test(values['start-at']))
      throw new UsageError(`--start-at takes an ISO date and time such as 2027-03-11T20:30:00Z, not "${values['start-at']}".`);
    load.startAt = new Date(at).toISOString();
  }
  load.runId = values['run-id'] ?? load.runId ?? runIdFrom(io.env);
  const outcome = await runAndReport({
    loaded,
    io,
    outDir: values.out ?? loaded.config.report.out,
    outChosen: values.out !== undefined,
    formats: parseFormats(values.format, loaded.config.report.formats),
    only: ['load'],
    verbose: values.verbose,
  });
  const data = outcome.report.checks[0]?.artifacts.find((a) => a.kind === 'data');
  if (data && load.shard)
    io.stderr.write(`Shard result: ${path.relative(io.cwd, path.join(outcome.folder, data.path))} (primetime merge combines the shards' results)\n`);
  return outcome.exitCode;
}

/** The run a shard belongs to when none is given: PRIMETIME_RUN_ID, else the GitHub Actions run and its attempt. */
function runIdFrom(env: Io['env']): string | undefined {
  if (env.PRIMETIME_RUN_ID) return env.PRIMETIME_RUN_ID;
  return env.GITHUB_RUN_ID ? `github-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined;
}
