/**
 * The site's words file: one word a line, # comments. Read as accepted words; written by
 * `primetime spelling --baseline` with every word the current site uses that the dictionary does not know,
 * so a team adopting the check reviews them once and is then told only of new ones.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { wordSet } from './dictionary.js';
import type { FindingGroup } from './findings.js';

export async function readWordsFile(file: string): Promise<string[]> {
  return wordsOf(await readFile(file, 'utf8'));
}

function wordsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

const HEADER = '# Words primetime accepts on this site (one a line, # comments). Review them once: remove any that is a mistake.';

/**
 * Adds what the file does not hold yet, in sections of its own after what is there: a person's words, comments and
 * order are kept as written. Unknown words first; likely typos after, under a heading that says to fix them rather
 * than keep them.
 */
export async function writeWordsFile(
  file: string,
  groups: Pick<FindingGroup, 'rule' | 'word' | 'count' | 'pages'>[],
  existing: string | undefined,
): Promise<{ unknown: number; typos: number }> {
  const known = wordSet(wordsOf(existing ?? ''));
  const fresh = (rule: string) =>
    groups
      .filter((g) => g.rule === rule && !known.has(g.word))
      .sort((a, b) => a.word.localeCompare(b.word, 'fr'))
      .map((g) => `${g.word}  # ×${g.count}, ${g.pages[0]}${g.pages.length > 1 ? ` and ${g.pages.length - 1} more` : ''}`);
  const unknown = fresh('unknown-word');
  const typos = fresh('spelling');
  const kept = existing === undefined ? [HEADER] : [existing.replace(/\n+$/, '')];
  const lines = [
    ...kept,
    ...(unknown.length ? ['', `# Unknown words found by primetime spelling --baseline (${unknown.length}): names, jargon, English.`, ...unknown] : []),
    ...(typos.length ? ['', `# Likely typos found by the baseline (${typos.length}): better fixed on the site than kept here.`, ...typos] : []),
  ];
  if (existing === undefined || unknown.length + typos.length > 0) await writeFile(file, `${lines.join('\n')}\n`);
  return { unknown: unknown.length, typos: typos.length };
}
