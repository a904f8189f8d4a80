/**
 * `primetime spelling`: the spelling check alone. `--baseline` then writes the words the site uses that the
 * dictionary does not know to the words file (spelling's wordsFile option), so a team adopting the check reviews
 * them once and later runs flag only what is new, as ESLint's bulk suppressions do.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { WordsData } from '../../../checks/spelling/index.js';
import { writeWordsFile } from '../../../checks/spelling/words-file.js';
import { loadConfig } from '../../config/load.js';
import { parse } from '../args.js';
import { EXIT, type Io } from '../../run/io.js';
import { runAndReport, type RunOutcome } from '../../run/run-and-report.js';
import { parseFormats } from './check.js';

export async function spellingCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { baseline: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string', short: 'o' } });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  // A baseline writes the words file and leaves the reports alone, unless --out names where to put one.
  const scratch = values.baseline && values.out === undefined ? await mkdtemp(path.join(os.tmpdir(), 'primetime-baseline-')) : undefined;
  try {
    const outcome = await runAndReport({
      loaded,
      io,
      outDir: scratch ?? values.out ?? loaded.config.report.out,
      outChosen: values.out !== undefined || scratch !== undefined,
      formats: scratch ? ['terminal'] : parseFormats(values.format, loaded.config.report.formats),
      only: ['spelling'],
      verbose: values.verbose,
    });
    return values.baseline ? await writeBaseline(outcome, io) : outcome.exitCode;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

async function writeBaseline({ report, folder }: RunOutcome, io: Io): Promise<number> {
  const check = report.checks.find((c) => c.id === 'spelling')!;
  const data = check.artifacts.find((a) => a.kind === 'data');
  if (!data || check.status === 'error' || check.status === 'not-run') {
    io.stderr.write(`primetime: no baseline written: the spelling check could not read the site (${check.summary})\n`);
    return EXIT.toolError;
  }
  const { wordsFile, groups } = JSON.parse(await readFile(path.join(folder, data.path), 'utf8')) as WordsData;
  const existing = existsSync(wordsFile) ? await readFile(wordsFile, 'utf8') : undefined;
  const written = await writeWordsFile(wordsFile, groups, existing);
  io.stderr.write(
    `Baseline: ${written.unknown} unknown words and ${written.typos} likely typos added to ${path.relative(io.cwd, wordsFile) || wordsFile}. Review it once (fix the typos on the site rather than keep them); later runs flag only new words.\n`,
  );
  return EXIT.go;
}
