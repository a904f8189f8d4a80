/**
 * Rules beyond the dictionary, each with an id. They see what a dictionary cannot: a cedilla before e, i or y
 * (never French: "çi-dessous"), a word typed twice ("le le"), typography (typography.ts) and grammar (grammar.ts).
 */
export interface RuleHit {
  rule: RuleId;
  /** Offset in the text, and the text flagged. */
  offset: number;
  word: string;
  message: string;
  suggestions: string[];
}

export type RuleSeverity = 'off' | 'info' | 'warn' | 'error';

/**
 * Every rule, written once: its default severity (the config's `rules` option starts from it), what it flags, and
 * the fix a finding of it calls for. Likely typos block; typography and grammar warn (a reader notices them, the
 * night goes on); unknown words (names, jargon, English) are listed for information; French spaces before ; : ! ?
 * are a house style, off unless the team keeps it.
 */
export const SPELLING_RULES = {
  spelling: {
    severity: 'error',
    description: 'Likely typos: one edit from a French word (a missing, doubled, swapped or wrong letter or accent).',
    fix: 'Correct the text in the page templates or the CMS; add brand and product names to the words option (or run primetime spelling --baseline).',
  },
  placeholder: {
    severity: 'error',
    description: 'Lorem ipsum left on a page.',
    fix: 'Replace the placeholder text with the real copy before the broadcast.',
  },
  cedilla: {
    severity: 'error',
    description: 'A cedilla before e, i or y, never French ("çi-dessous").',
    fix: 'Write c, not ç, before e, i and y ("ci-dessous", "recevoir").',
  },
  'repeated-word': { severity: 'error', description: 'A word typed twice ("le le").', fix: 'Remove the repeated word.' },
  'punctuation-space': {
    severity: 'warn',
    description: 'A space before a comma or a period ("nos offres , sans engagement"), or a punctuation mark glued to the next word ("fin.Le").',
    fix: 'No space before a comma or a period; one space after a comma, a period, ; ! and ?.',
  },
  'capital-accent': {
    severity: 'warn',
    description: 'A capital without the accent its word needs: "A travers" for "À travers", "Etat" for "État" (Imprimerie nationale, Académie française).',
    fix: 'Write accented capitals (À, É, Ê…): French keeps accents on capitals.',
  },
  'double-space': {
    // Information: real sites' editors leave &nbsp; beside spaces by the dozen on a page (measured: 70 on one page
    // of a WordPress site), a gap a reader rarely notices.
    severity: 'info',
    description: 'Two spaces in a row inside a sentence, as the page shows them (a non-breaking space beside another space): one finding a page.',
    fix: 'Leave one space: remove the extra &nbsp; in the template or the CMS.',
  },
  unbalanced: {
    severity: 'warn',
    description: 'A quote or bracket opened and never closed, or closed and never opened, in one piece of text.',
    fix: 'Close the quote or bracket, or remove the stray one.',
  },
  apostrophes: {
    severity: 'info',
    description: "Straight (l'offre) and curly (l’offre) apostrophes mixed on one page: one finding per page.",
    fix: 'Use one apostrophe throughout the page, the curly one (’) as French typography prefers.',
  },
  'french-spaces': {
    severity: 'off',
    description:
      'French spaces before ; : ! ? and inside « »: a house style (most French sites, real ones included, leave them out), so off unless the team keeps it; one finding per page.',
    fix: 'Put a non-breaking space (U+202F or U+00A0) before ; : ! ? and inside « », as French typography wants.',
  },
  grammar: {
    severity: 'warn',
    description:
      'Agreement and grammar, through the Grammalecte engine: determiner and adjective agreement, a/à, ou/où, ce/se, ces/ses, past participles, infinitives after a preposition. Only the rules precise on real sites.',
    fix: 'Correct the sentence as suggested; a proven false alarm goes in the words file or under data-primetime-ignore.',
  },
  'unknown-word': { severity: 'info', description: 'Words far from every French word (names, jargon, English): listed once each.', fix: undefined },
} as const satisfies Record<string, { severity: RuleSeverity; description: string; fix: string | undefined }>;

export type RuleId = keyof typeof SPELLING_RULES;
export type Rules = Record<RuleId, RuleSeverity>;

/** Each rule at its default severity. */
export const DEFAULT_RULES = Object.fromEntries(Object.entries(SPELLING_RULES).map(([id, rule]) => [id, rule.severity])) as Rules;

const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** "nous nous engageons", "vous vous inscrivez": French repeats these correctly. */
const LEGIT_REPEATS = new Set(['nous', 'vous']);

export function cedilla(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const match of text.matchAll(WORD)) {
    const at = match[0].search(/ç(?=[eiyéèêëîïEIYÉÈÊËÎÏ])/iu);
    if (at < 0) continue;
    const fixed = match[0].replace(/ç(?=[eiyéèêëîï])/giu, (c) => (c === 'Ç' ? 'C' : 'c'));
    hits.push({ rule: 'cedilla', offset: match.index!, word: match[0], message: `"ç" before ${match[0][at + 1]} is never French`, suggestions: [fixed] });
  }
  return hits;
}

export function repeatedWord(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const match of text.matchAll(/(?<![\p{L}'’-])([\p{L}]+)\s+\1(?![\p{L}'’-])/giu)) {
    if (LEGIT_REPEATS.has(match[1]!.toLowerCase())) continue;
    hits.push({ rule: 'repeated-word', offset: match.index!, word: match[0], message: `"${match[1]}" is repeated`, suggestions: [match[1]!] });
  }
  return hits;
}
