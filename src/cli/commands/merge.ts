/** `primetime merge`: the shards' results into one verdict; histograms add up exactly, percentiles are read after. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, type LoadedConfig } from '../../config/load.js';
import { assembleReport, finish } from '../../report/assemble.js';
import { loadBuiltinCheck } from '../../../checks/registry.js';
import { judgeLoad } from '../../load/judge.js';
import { K6StreamError, resultFromK6 } from '../../load/k6-stream.js';
import { loadInputs, resolveWholeShot } from '../../load/settings.js';
import { LoadResultSchema, mergeResults, MergeError, type LoadResult } from '../../load/result.js';
import { buildPlan } from '../../plan/plan.js';
import { plural } from '../../report/text.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import type { Io } from '../../run/io.js';
import { presentReport } from '../../run/run-and-report.js';
import { OUTPUT_FLAGS, outputOptionsFrom } from './check.js';

const RESULT_FILE = /^result-\d+-of-\d+\.json$/;

/** Files as given; folders searched for result-i-of-N.json (how a matrix job's artifacts download). */
async function resultFiles(paths: string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UsageError(`${given}: no such file or folder.`);
    if (info.isFile()) files.push(absolute);
    else {
      const found = (await readdir(absolute, { recursive: true })).filter((f) => RESULT_FILE.test(path.basename(f)));
      if (found.length === 0) throw new UsageError(`${given}: no result-i-of-N.json file in this folder.`);
      files.push(...found.map((f) => path.join(absolute, f)));
    }
  }
  return files;
}

async function readResult(file: string, cwd: string): Promise<{ file: string; result: LoadResult }> {
  const name = path.relative(cwd, file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${name}: not a JSON file (${(error as Error).message}).`);
  }
  const parsed = LoadResultSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${name}: not a primetime load result (${issue.path.join('.') || 'root'}: ${issue.message}).`);
  }
  return { file: name, result: parsed.data };
}

export async function mergeCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ...OUTPUT_FLAGS, k6: { type: 'boolean' } }, true);
  if (positionals.length === 0)
    throw new UsageError("give the shards' result files, or the folders that hold them: primetime merge shards/ (or k6's raw streams with --k6)");
  const started = new Date();
  // The event and its plan come from the config when there is one (k6 streams need it: the schedule is the config's).
  // Merging sends nothing: the config's ${VAR} values are not needed.
  const loaded = values.config || values.k6 ? await loadConfig(values.config, io.cwd, io.env, { keepUnset: true }) : undefined;
  const { merged, sources } = values.k6 ? await fromK6(positionals, loaded!, io) : await mergeShards(positionals, io);
  const plan = loaded ? buildPlan(loaded.config.event) : undefined;
  const { meta } = await loadBuiltinCheck('load');
  const outcome = judgeLoad(merged);
  const check = finish({ id: meta.id, description: meta.description, docs: meta.docs, severity: 'error' }, meta, outcome, merged.durationMs, undefined);
  const shown = outputOptionsFrom(values, {
    out: loaded?.config.report.out ?? 'primetime-report',
    formats: loaded?.config.report.formats ?? ['terminal', 'json', 'html'],
  });
  if (!shown.quiet) io.stderr.write(`primetime: merged ${plural(sources, values.k6 ? 'k6 stream' : 'shard result')} of ${merged.site}\n`);
  const report = assembleReport([check], {
    started,
    finished: new Date(),
    event: { name: loaded?.config.event.name ?? `Load shot on ${merged.site}`, airtime: loaded?.config.event.airtime },
    site: { baseUrl: merged.site },
    plan: { figures: plan?.figures ?? [], notes: plan?.notes ?? [] },
    failOn: 'error',
    incomplete: false,
    simulated: [],
  });
  return (await presentReport(report, io, shown.outDir, shown.formats, shown)).exitCode;
}

interface Merged {
  merged: LoadResult;
  /** How many files went into it. */
  sources: number;
}

async function mergeShards(paths: string[], io: Io): Promise<Merged> {
  const results = await Promise.all((await resultFiles(paths, io.cwd)).map((f) => readResult(f, io.cwd)));
  try {
    return { merged: mergeResults(results), sources: results.length };
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(`cannot merge: ${error.message}`);
    throw error;
  }
}

/** k6's raw streams, one per runner, judged against the exported (whole) shot's schedule, peak window and budgets. */
async function fromK6(paths: string[], loaded: LoadedConfig, io: Io): Promise<Merged> {
  const settings = resolveWholeShot(loaded.file, loadInputs(loaded.config), buildPlan(loaded.config.event));
  try {
    const merged = await resultFromK6(
      paths.map((p) => path.resolve(io.cwd, p)),
      settings,
    );
    return { merged, sources: paths.length };
  } catch (error) {
    if (error instanceof K6StreamError) throw new UsageError(error.message);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`${(error as NodeJS.ErrnoException).path}: no such file.`);
    throw error;
  }
}
