/**
 * French typography a reader notices, with no house style in it: a space before a comma or a period, a
 * punctuation mark glued to the next word, a capital without the accent its word needs ("A travers", "Etat"), a
 * quote or bracket left open, straight and curly apostrophes mixed on one page. French spaces before ; : ! ? and
 * inside « » are a house style (most French sites leave them out): their own rule, off by default.
 */
import type { RuleHit } from './rules.js';
import { blankOut, type NotWord } from './tokens.js';

/**
 * Addresses, links, domains and times carry punctuation that is not punctuation: each is masked with a filler that
 * is neither a letter nor a space, so the marks around it are still judged ("voir exemple.fr , puis").
 */
const NOT_PROSE: NotWord[] = [
  { pattern: /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/gu, hint: /@/ },
  { pattern: /\bhttps?:\/\/[^\s"“”«»()[\]<>]+|\bwww\.[^\s"“”«»()[\]<>]+/gu, hint: /:\/\/|www\./ },
  { pattern: /(?<![\p{L}\p{N}])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.[a-z]{2,6}\b/gu, hint: /\.[a-z]/ },
  { pattern: /\b\d{1,2}:\d{2}\b/gu, hint: /\d:\d/ },
];
let masked = { text: '', prose: '' };
/** The rules run one after the other on the same text: it is masked once (the last text is kept). */
const blankNonProse = (text: string) => (masked.text === text ? masked.prose : (masked = { text, prose: blankOut(text, NOT_PROSE, '_') }).prose);

const hit = (rule: RuleHit['rule'], offset: number, word: string, message: string, suggestions: string[]): RuleHit => ({
  rule,
  offset,
  word,
  message,
  suggestions,
});

/** A space before a comma or a period, and a comma, ; ! ? or a period glued to the next word. */
export function punctuationSpace(text: string): RuleHit[] {
  const prose = blankNonProse(text);
  const hits: RuleHit[] = [];
  // "offres , sans", "fin ." (not an ellipsis written ". . .", not ".5").
  for (const match of prose.matchAll(/(?<=[\p{L}\d»)])[ \u00a0\u202f]+([,.])(?![.\d])/gu))
    hits.push(hit('punctuation-space', match.index!, match[0], `no space before "${match[1]}"`, [match[1]!]));
  // "offres,sans", "vraiment!Pourquoi"; decimals (3,5) and smileys are not words.
  for (const match of prose.matchAll(/(?<=\p{L}{2})([,;!?])(?=\p{L}{2})/gu))
    hits.push(hit('punctuation-space', match.index!, match[1]!, `a space after "${match[1]}"`, [`${match[1]} `]));
  // "la fin.Le début": a lowercase word, a period, then a capitalised word (initials "M.Dupont" and domains aside).
  for (const match of prose.matchAll(/(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu)) hits.push(hit('punctuation-space', match.index!, '.', 'a space after "."', ['. ']));
  return hits;
}

/** Sentence starts: the start of the text, or after . ! ? … and a space. */
const SENTENCE_A = /(?:^|(?<=[.!?…]\s))A(?= \p{L}{2}| l['’]| \d)/gu;
const UNACCENTED_CAPITAL: Record<string, string[]> = { E: ['É', 'È', 'Ê'], A: ['À', 'Â'], I: ['Î'], O: ['Ô'], U: ['Û'] };

/**
 * "A travers" at the start of a sentence is the preposition "À" (the verb "a" never starts one); "Etat", "Ecole":
 * a capital without the accent its only French form has, as the Imprimerie nationale and the Académie write it.
 * `isFrench` says whether a lower-case word is French.
 */
export function capitalAccent(text: string, isFrench: (word: string) => boolean): RuleHit[] {
  const prose = blankNonProse(text);
  const hits: RuleHit[] = [];
  for (const match of prose.matchAll(SENTENCE_A)) hits.push(hit('capital-accent', match.index!, 'A', '"à" keeps its accent as a capital', ['À']));
  // After an elision too: "l’Etat".
  for (const match of prose.matchAll(/(?<![\p{L}\p{N}-])([EAIOU])(\p{Ll}{2,})(?![\p{L}\p{N}'’-])/gu)) {
    const [word, first, rest] = match as unknown as [string, string, string];
    if (isFrench(word.toLowerCase())) continue;
    const accented = UNACCENTED_CAPITAL[first]!.filter((capital) => isFrench(capital.toLowerCase() + rest));
    if (accented.length > 0)
      hits.push(
        hit(
          'capital-accent',
          match.index!,
          word,
          'a capital keeps its accent',
          accented.map((capital) => capital + rest),
        ),
      );
  }
  return hits;
}

const PAIRS: [open: string, close: string][] = [
  ['«', '»'],
  ['“', '”'],
  ['(', ')'],
  ['[', ']'],
];

/** A quote or bracket opened and never closed in its piece of text, or closed and never opened. */
export function unbalanced(text: string): RuleHit[] {
  // Numbered and lettered list marks ("1)", "a)", at the start or after a full stop) and smileys close nothing.
  const prose = blankNonProse(text).replace(/(?:^|(?<=[.!?]\s))[\p{L}\d]{1,2}\)|[:;]-?[()]/gu, (m) => ' '.repeat(m.length));
  const hits: RuleHit[] = [];
  for (const [open, close] of PAIRS) {
    if (!prose.includes(open) && !prose.includes(close)) continue;
    const stack: number[] = [];
    const stray: number[] = [];
    for (let i = 0; i < prose.length; i++) {
      if (prose[i] === open) stack.push(i);
      else if (prose[i] === close && stack.pop() === undefined) stray.push(i);
    }
    for (const at of stack) hits.push(hit('unbalanced', at, open, `"${open}" is never closed`, [close]));
    for (const at of stray) hits.push(hit('unbalanced', at, close, `"${close}" closes nothing`, [open]));
  }
  const straight = [...prose.matchAll(/"/g)];
  if (straight.length % 2 === 1) hits.push(hit('unbalanced', straight.at(-1)!.index!, '"', 'a quotation mark is never closed', ['"']));
  return hits;
}

/**
 * Two spaces inside a sentence, as the page shows them: a browser collapses regular spaces, so a doubled gap is a
 * non-breaking space beside another space ("offre&nbsp; verte").
 */
export function doubleSpace(text: string): RuleHit[] {
  return [...text.matchAll(/(\S+)([ \u00a0\u202f]{2,})(\S+)/gu)].map(([found, before, gap, after], i, all) =>
    hit('double-space', all[i]!.index!, found, `${gap!.length} spaces in a row`, [`${before} ${after}`]),
  );
}

/** French spaces: before ; : ! ? and inside « » (a regular space is accepted too). A house style. */
export function frenchSpaces(text: string): RuleHit[] {
  const prose = blankNonProse(text);
  const hits: RuleHit[] = [];
  for (const match of prose.matchAll(/[\p{L}\d»)]([;:!?])/gu))
    hits.push(hit('french-spaces', match.index! + 1, match[1]!, `French needs a space (ideally non-breaking) before "${match[1]}"`, [`\u202f${match[1]}`]));
  for (const match of prose.matchAll(/«(?=[^\s\u00a0\u202f])|(?<=[^\s\u00a0\u202f])»/gu))
    hits.push(
      hit('french-spaces', match.index!, match[0], `French puts a (non-breaking) space inside ${match[0] === '«' ? '« and the text' : 'the text and »'}`, [
        match[0] === '«' ? '«\u00a0' : '\u00a0»',
      ]),
    );
  return hits;
}

/** The apostrophes of one piece's words: straight (l'offre), curly (l’offre), or both. */
export function apostrophesOf(text: string): { straight: boolean; curly: boolean } {
  return { straight: /\p{L}'\p{L}/u.test(text), curly: /\p{L}’\p{L}/u.test(text) };
}

/** Nouns of place and time after which "ou" followed by a subject is the relative "où": "le jour où vous partez". */
const WHERE_WHEN = 'là|jour|jours|moment|cas|endroit|endroits|lieu|instant|époque|période|heure|année|mois|semaine|pays|ville|région';
const OU_FOR_OU = new RegExp(
  `(?<![\\p{L}])(?:(${WHERE_WHEN}) ou (?=(?:il|elle|ils|elles|on|nous|vous|je|tu|ce|cela|ça)(?![\\p{L}])|[jc][’'])|([dD]|[jJ]usqu)[’']ou(?![\\p{L}]))`,
  'gu',
);

/**
 * "ou" for "où" where nothing else can be meant: after a noun of place or time and before a subject ("là ou vous
 * souhaitez"), and elided ("d’ou", "jusqu’ou"). Grammalecte, which weighs every "ou", leaves most of these.
 */
export function ouForOu(text: string): RuleHit[] {
  return [...text.matchAll(OU_FOR_OU)].map((match) => {
    const fixed = match[0].replace(/ou$/, 'où').replace(/ ou $/, ' où ');
    return hit('grammar', match.index!, match[0].trim(), `confused words, "ou": "où" (where, when) is meant here`, [fixed.trim()]);
  });
}
