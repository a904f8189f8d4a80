/** The spelling check's costs: loading the French dictionary once, then words per second on the demo corpus. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { extractFromHtml } from '../checks/spelling/extract.js';
import { DEFAULT_RULES } from '../checks/spelling/rules.js';
import { createSpeller } from '../checks/spelling/speller.js';
import { CLEAN_SITE } from '../src/demo/site.js';
import { median } from './stats.js';

export async function benchSpelling(rounds = 7): Promise<void> {
  const pages = globSync('**/*.html', { cwd: CLEAN_SITE(), absolute: true }).map((file) => extractFromHtml(readFileSync(file, 'utf8')));
  const pieces = pages.flat();
  const words = pieces.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  const rules = DEFAULT_RULES;

  const loadStarted = performance.now();
  const speller = await createSpeller({ languages: ['fr'], words: [], ignoreWords: [], flagWords: [], rules });
  await speller.check([{ text: 'électricité', selector: 'p', kind: 'text' }]);
  const loadMs = performance.now() - loadStarted;

  const runs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    for (const page of pages) await speller.check(page);
    runs.push(performance.now() - started);
  }
  const warm = median(runs);
  console.log(
    `\nSpelling (cspell's French dictionaries, corpus ${words} words in ${pieces.length} pieces, ${pages.length} files of ${path.basename(CLEAN_SITE())}/)`,
  );
  console.log(`  dictionary load + first check   ${loadMs.toFixed(0)} ms`);
  console.log(
    `  whole corpus, dictionary loaded median ${warm.toFixed(0)} ms = ${Math.round((words / warm) * 1000).toLocaleString('en-US')} words/s   (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})`,
  );
  console.log(`  the load costs ×${(loadMs / warm).toFixed(1)} one pass over the corpus: it happens once per run`);
}
