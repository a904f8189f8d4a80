/**
 * Rules beyond the dictionary, each with an id. They see what a dictionary cannot: a cedilla before e, i or y
 * (never French: "çi-dessous"), a word typed twice ("le le"), and French typography (a space before ; : ! ?).
 */
export interface RuleHit {
  rule: RuleId;
  /** Offset in the text, and the text flagged. */
  offset: number;
  word: string;
  message: string;
  suggestions: string[];
}

export type RuleId = 'spelling' | 'unknown-word' | 'placeholder' | 'cedilla' | 'repeated-word' | 'typography';

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

/** Addresses, links and times carry colons and question marks that are not punctuation. */
const NOT_PROSE = /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b|\bhttps?:\/\/\S+|\b\d{1,2}:\d{2}\b/g;

export function typography(text: string): RuleHit[] {
  const prose = text.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
  const hits: RuleHit[] = [];
  // French sets ; : ! ? apart with a (narrow non-breaking) space; a regular space is accepted too.
  for (const match of prose.matchAll(/[\p{L}\d»)]([;:!?])/gu)) {
    hits.push({
      rule: 'typography',
      offset: match.index! + 1,
      word: match[1]!,
      message: `French needs a space (ideally non-breaking) before "${match[1]}"`,
      suggestions: [`\u202f${match[1]}`],
    });
  }
  for (const match of prose.matchAll(/«(?=[^\s\u00a0\u202f])|(?<=[^\s\u00a0\u202f])»/gu)) {
    hits.push({
      rule: 'typography',
      offset: match.index!,
      word: match[0],
      message: `French puts a (non-breaking) space inside ${match[0] === '«' ? '« and the text' : 'the text and »'}`,
      suggestions: [match[0] === '«' ? '«\u00a0' : '\u00a0»'],
    });
  }
  return hits;
}
