/**
 * `primetime spelling`: the spelling check alone. `--baseline` then writes the words the site uses that the
 * dictionary does not know to the words file (spelling's wordsFile option), so a team adopting the check reviews
 * them once and later runs flag only what is new, as ESLint's bulk suppressions do.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { WordsData } from '../../../checks/spelling/index.js';
import { readWordsFile, writeWordsFile } from '../../../checks/spelling/words-file.js';
import { loadConfig } from '../../config/load.js';
import { parse } from '../args.js';
import { EXIT, type Io } from '../../run/io.js';
import { runAndReport } from '../../run/run-and-report.js';
import { parseFormats } from './check.js';

export async function spellingCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { baseline: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string', short: 'o' } });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const outDir = path.resolve(io.cwd, values.out ?? loaded.config.report.out);
  const outcome = await runAndReport({
    loaded,
    io,
    outDir,
    formats: parseFormats(values.format, loaded.config.report.formats),
    only: ['spelling'],
    verbose: values.verbose,
  });
  if (!values.baseline) return outcome.exitCode;
  const check = outcome.report.checks[0]!;
  const data = check.artifacts.find((a) => a.kind === 'data');
  if (!data || check.status === 'error' || check.status === 'not-run') {
    io.stderr.write(`primetime: no baseline written: the spelling check could not read the site (${check.summary})\n`);
    return EXIT.toolError;
  }
  const { wordsFile, groups } = JSON.parse(await readFile(path.join(outDir, data.path), 'utf8')) as WordsData;
  const existing = existsSync(wordsFile) ? await readWordsFile(wordsFile) : [];
  const written = await writeWordsFile(wordsFile, groups, existing);
  io.stderr.write(
    `Baseline: ${written.unknown} unknown words and ${written.typos} likely typos added to ${path.relative(io.cwd, wordsFile) || wordsFile}. Review it once (fix the typos on the site rather than keep them); later runs flag only new words.\n`,
  );
  return EXIT.go;
}
