/**
 * Words as a French reader reads them. What is not a word (addresses, domains, paths, handles, hashtags, codes,
 * phone numbers, prices) is blanked first, keeping offsets; a token then keeps its apostrophes (l’énergie),
 * hyphens (c’est-à-dire) and inclusive-writing points (salarié·e·s) whole, and is never split on capitals or
 * digits (EcoWatt is one name, not "Eco" + "Watt").
 */
export interface Token {
  word: string;
  /** Offset in the text. */
  offset: number;
  /** First word of its sentence (or of its label): a capital there is not a name. */
  sentenceStart: boolean;
}

/** Never words: each is blanked before tokenising. */
const NOT_WORDS: RegExp[] = [
  /\b(?:https?|ftp|file):\/\/\S+|\bwww\.\S+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // Domains and file names: service-public.fr, index.html, Node.js.
  /(?<![\p{L}\p{N}])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.[a-z][a-z0-9]{1,23}(?![\p{L}\p{N}])/gu,
  // Paths: /etc/apt, ~/.config, ./build, C:\Users.
  /(?<![\p{L}\p{N}])(?:~|\.{1,2})?\/[\p{L}\p{N}._~%/-]+|\b[A-Z]:\\\S*/gu,
  // Code that escaped its <code> element: BEM class names (fr-btn--sm, card__title), attributes (role="alert").
  /[\p{L}\p{N}_-]*(?:--|__)[\p{L}\p{N}_-]+|[\p{L}\p{N}_-]+=(?:"[^"]*"|'[^']*'|\S+)/gu,
  // Handles and hashtags.
  /(?<![\p{L}\p{N}&])[@#][\p{L}\p{N}_]+/gu,
  // Promo codes (EKW000638585), phone numbers, prices and units.
  /\b[A-Z]{2,}[0-9][A-Z0-9]{3,}\b/g,
  /(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/g,
  /\b\d+(?:[.,]\d+)?\s?(?:€|%|kWh|MWh|kVA|kW|Go|Mo|Ko)(?:\/\p{L}+)?/gu,
];

/** Endings of inclusive writing after a point: étudiant·e·s, salarié.e.s, animateur·ice. */
const INCLUSIVE_ENDING = '(?:e|es|s|x|ne|nes|le|les|se|ses|te|tes|ve|ves|fe|fes|ice|ices|rice|rices|trice|trices|euse|euses|ère|ères|eur|eurs|ale|ales|aux)';
const TOKEN = new RegExp(
  `[\\p{L}\\p{M}\\p{N}_]+(?:(?:['’][\\p{L}\\p{M}]+)|(?:[-‑][\\p{L}\\p{M}\\p{N}_]+)|(?:[·•‧⋅][\\p{L}]+)|(?:\\.${INCLUSIVE_ENDING}(?![\\p{L}\\p{N}])))*['’]?`,
  'gu',
);
/** What ends a sentence or opens a new one: a capital after it is a sentence start, not a name. */
const SENTENCE_BREAK = /[.!?…:;«“"([{—–•·|>»*=\n][\s\u00a0\u202f]*$/u;

const blank = (text: string, pattern: RegExp) => text.replace(pattern, (m) => ' '.repeat(m.length));

/** `ignore`: extra patterns (a cspell config's ignoreRegExpList). */
export function tokenize(text: string, ignore: readonly RegExp[] = []): Token[] {
  const prose = [...NOT_WORDS, ...ignore].reduce(blank, text);
  const tokens: Token[] = [];
  for (const match of prose.matchAll(TOKEN)) {
    const before = prose.slice(Math.max(0, match.index - 8), match.index);
    tokens.push({ word: match[0], offset: match.index, sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(before) });
  }
  return tokens;
}

/** A cspell-style pattern ("/\\bfoo\\b/gi" or a bare source) as a global RegExp; named patterns are not ours. */
export function toRegExp(pattern: string): RegExp | undefined {
  const literal = /^\/(.*)\/([a-z]*)$/su.exec(pattern);
  try {
    if (literal) return new RegExp(literal[1]!, literal[2]!.includes('g') ? literal[2] : `${literal[2]}g`);
    return /^[A-Za-z]+$/.test(pattern) ? undefined : new RegExp(pattern, 'gu');
  } catch {
    return undefined;
  }
}
