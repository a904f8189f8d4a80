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

/**
 * What is not a word, and a cheap test a text must pass for the pattern to be worth running: the patterns read
 * Unicode classes at every position, and most texts hold no address, path or code at all.
 */
export interface NotWord {
  pattern: RegExp;
  hint: RegExp;
}

/** Never words: each is blanked before tokenising. */
const NOT_WORDS: NotWord[] = [
  { pattern: /\b(?:https?|ftp|file):\/\/\S+|\bwww\.\S+/giu, hint: /:\/\/|www\./i },
  { pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, hint: /@/ },
  // Domains and file names: service-public.fr, index.html, Node.js.
  { pattern: /(?<![\p{L}\p{N}])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.[a-z][a-z0-9]{1,23}(?![\p{L}\p{N}])/gu, hint: /\.[a-z]/ },
  // Paths: /etc/apt, ~/.config, ./build, C:\Users.
  { pattern: /(?<![\p{L}\p{N}])(?:~|\.{1,2})?\/[\p{L}\p{N}._~%/-]+|\b[A-Z]:\\\S*/gu, hint: /\/|:\\/ },
  // Code that escaped its <code> element: BEM class names (fr-btn--sm, card__title), attributes (role="alert").
  { pattern: /[\p{L}\p{N}_-]*(?:--|__)[\p{L}\p{N}_-]+|[\p{L}\p{N}_-]+=(?:"[^"]*"|'[^']*'|\S+)/gu, hint: /--|__|=/ },
  // Handles and hashtags.
  { pattern: /(?<![\p{L}\p{N}&])[@#][\p{L}\p{N}_]+/gu, hint: /[@#]/ },
  // Promo codes (EKW000638585), phone numbers, prices and units.
  { pattern: /\b[A-Z]{2,}[0-9][A-Z0-9]{3,}\b/g, hint: /[A-Z]\d/ },
  { pattern: /(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/g, hint: /\d/ },
  { pattern: /\b\d+(?:[.,]\d+)?\s?(?:€|%|kWh|MWh|kVA|kW|Go|Mo|Ko)(?:\/\p{L}+)?/gu, hint: /\d/ },
];

/** The text with each match of `notWords` replaced by as many `filler` characters: offsets stay those of the text. */
export function blankOut(text: string, notWords: readonly NotWord[], filler = ' '): string {
  let out = text;
  for (const { pattern, hint } of notWords) if (hint.test(out)) out = out.replace(pattern, (m) => filler.repeat(m.length));
  return out;
}

/** Endings of inclusive writing after a point: étudiant·e·s, salarié.e.s, animateur·ice. */
const INCLUSIVE_ENDING = '(?:e|es|s|x|ne|nes|le|les|se|ses|te|tes|ve|ves|fe|fes|ice|ices|rice|rices|trice|trices|euse|euses|ère|ères|eur|eurs|ale|ales|aux)';
const TOKEN = new RegExp(
  `[\\p{L}\\p{M}\\p{N}_]+(?:(?:['’][\\p{L}\\p{M}]+)|(?:[-‑][\\p{L}\\p{M}\\p{N}_]+)|(?:[·•‧⋅][\\p{L}]+)|(?:\\.${INCLUSIVE_ENDING}(?![\\p{L}\\p{N}])))*['’]?`,
  'gu',
);
/** What ends a sentence or opens a new one: a capital after it is a sentence start, not a name. */
const SENTENCE_BREAK = /[.!?…:;«“"([{—–•·|>»*=\n][\s\u00a0\u202f]*$/u;

/** `ignore`: extra patterns (a cspell config's ignoreRegExpList). */
export function tokenize(text: string, ignore: readonly RegExp[] = []): Token[] {
  const prose = blankOut(text, [...NOT_WORDS, ...ignore.map((pattern) => ({ pattern, hint: /[^]/ }))]);
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
