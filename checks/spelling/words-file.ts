/**
 * The site's words file: one word a line, # comments. Read as accepted words; written by
 * `primetime spelling --baseline` with every word the current site uses that the dictionary does not know,
 * so a team adopting the check reviews them once and is then told only of new ones.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { FindingGroup } from './findings.js';

export async function readWordsFile(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** Unknown words first; likely typos after, under a heading that says to fix them rather than keep them. */
export async function writeWordsFile(
  file: string,
  groups: Pick<FindingGroup, 'rule' | 'word' | 'count' | 'pages'>[],
  existing: string[],
): Promise<{ unknown: number; typos: number }> {
  const known = new Set(existing);
  const fresh = (rule: string) =>
    groups
      .filter((g) => g.rule === rule && !known.has(g.word))
      .sort((a, b) => a.word.localeCompare(b.word, 'fr'))
      .map((g) => `${g.word}  # ×${g.count}, ${g.pages[0]}${g.pages.length > 1 ? ` and ${g.pages.length - 1} more` : ''}`);
  const unknown = fresh('unknown-word');
  const typos = fresh('spelling');
  const lines = [
    '# Words primetime accepts on this site (one a line, # comments). Review them once: remove any that is a mistake.',
    ...existing,
    ...(unknown.length ? ['', `# Unknown words found by primetime spelling --baseline (${unknown.length}): names, jargon, English.`, ...unknown] : []),
    ...(typos.length ? ['', `# Likely typos found by the baseline (${typos.length}): better fixed on the site than kept here.`, ...typos] : []),
  ];
  await writeFile(file, `${lines.join('\n')}\n`);
  return { unknown: unknown.length, typos: typos.length };
}
