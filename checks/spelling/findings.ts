/**
 * One defect, one finding: the same word flagged on several pages (a typo in a footer) is one finding listing
 * where it occurs. Unknown words are listed once each with their count and pages, never as findings.
 */
import type { RuleId, Rules } from './rules.js';
import type { SpellingFinding } from './speller.js';

export interface FindingGroup {
  rule: RuleId;
  word: string;
  level: 'fail' | 'warn' | 'info';
  /** Occurrences, all pages together. */
  count: number;
  /** Where it occurs, first seen first. */
  pages: string[];
  /** The first occurrence: its sentence, selector and suggestions stand for the rest. */
  first: SpellingFinding;
}

const LEVEL = { error: 'fail', warn: 'warn', info: 'info' } as const;
const PER_PAGE = new Set<RuleId>(['french-spaces', 'apostrophes', 'double-space']);

export function groupFindings(found: { finding: SpellingFinding; where: string }[], rules: Rules): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const { finding, where } of found) {
    const severity = rules[finding.rule];
    if (severity === 'off') continue;
    // Placeholder text differs from place to place: it is one defect however it reads. A house style and mixed
    // apostrophes are one finding a page.
    const key = `${finding.rule}|${finding.rule === 'placeholder' ? '' : PER_PAGE.has(finding.rule) ? where : finding.word}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { rule: finding.rule, word: finding.word, level: LEVEL[severity], count: 1, pages: [where], first: finding });
    else {
      group.count++;
      if (!group.pages.includes(where)) group.pages.push(where);
    }
  }
  return [...groups.values()];
}

/** Words seen on this many pages (or every page of a smaller site) are proposed as the site's vocabulary. */
export const VOCABULARY_PAGES = 3;

export function siteVocabulary(groups: FindingGroup[], pageCount: number): string[] {
  const bar = Math.min(VOCABULARY_PAGES, Math.max(2, pageCount));
  return groups.filter((g) => g.rule === 'unknown-word' && g.pages.length >= bar).map((g) => g.word);
}
