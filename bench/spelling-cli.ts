/**
 * The spelling check end to end, as a user runs it: `primetime check --only spelling` on the built pages of the
 * eight real sites (../shared/corpus/real-sites, read in place), start-up and dictionary load included, with
 * Grammalecte off and on. Words are the French words the check reads (counted apart, by the same speller).
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { extractFromHtml } from '../checks/spelling/extract.js';
import { DEFAULT_RULES } from '../checks/spelling/rules.js';
import { createSpeller } from '../checks/spelling/speller.js';
import { decodeHtmlFile, notAPage } from '../src/web/html.js';
import { runCli } from '../test/fixtures/cli.js';
import { tempDir } from '../test/fixtures/sites.js';
import { CORPUS } from '../test/real-sites/serve.js';
import { compare } from './stats.js';

export async function benchSpellingCli(rounds = 3): Promise<void> {
  const glob = [`${CORPUS}/sites/**/*.html`, `${CORPUS}/sites/**/*.htm`];
  const files = globSync(glob, { absolute: true });
  if (files.length === 0) return console.log(`\nSpelling end to end: no corpus at ${CORPUS}: skipped.`);
  const speller = await createSpeller({ languages: ['fr'], words: [], ignoreWords: [], flagWords: [], rules: DEFAULT_RULES });
  for (const file of files) {
    const html = decodeHtmlFile(readFileSync(file));
    if (!notAPage(html)) speller.check(extractFromHtml(html));
  }
  const dirs: Record<string, string> = {};
  for (const grammar of ['off', 'error']) {
    const dir = (dirs[grammar] = await tempDir());
    const options = `{ site: false, funnel: false, rules: { grammar: ${grammar} }, files: [${glob.map((g) => `'${g}'`).join(', ')}] }`;
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event: { name: x, audience: 1000, reach: 10% }\nsite: { baseUrl: 'http://127.0.0.1:9' }\nchecks:\n  spelling: [error, ${options}]\n`,
    );
  }
  const run = (dir: string) => async () => {
    const result = await runCli(['check', '--only', 'spelling', '--format', 'json', '--out', 'out'], { cwd: dir, timeoutMs: 600_000 });
    if (result.code !== 0 && result.code !== 1) throw new Error(`spelling exited ${result.code}: ${result.stderr}`);
  };
  const timings = await compare({ 'grammar off': run(dirs.off!), 'grammar on (Grammalecte)': run(dirs.error!) }, rounds);
  console.log(
    `\nSpelling end to end (primetime check --only spelling on ${files.length} built pages of the 8 real sites, ${speller.words.toLocaleString('en-US')} French words)`,
  );
  for (const t of timings)
    console.log(
      `  ${t.name.padEnd(26)} median ${(t.median / 1000).toFixed(1)} s = ${Math.round((speller.words / t.median) * 1000).toLocaleString('en-US')} words/s   (runs: ${t.runs.map((r) => (r / 1000).toFixed(1)).join(', ')} s)`,
    );
}
