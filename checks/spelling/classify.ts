/**
 * How likely a word is a typo. A word one edit from a dictionary word (a missing, doubled, swapped or wrong
 * letter, or wrong accents: "nuémrique", "processsus", "accèder") is a likely typo. A word far from every
 * dictionary word (a name, an acronym, jargon, a word of another language) is an unknown word: worth listing
 * once, never a blocker on its own. Each distinct word is classified once.
 */
import type { WordList } from './dictionary.js';

export type Verdict =
  | { kind: 'ok' }
  /** One edit from these dictionary words; `english`: the word is English too ("video"). */
  | { kind: 'typo'; candidates: string[]; english: boolean }
  | { kind: 'forbidden' }
  /** Not in the dictionary and far from it; `english` when the English dictionary knows it. */
  | { kind: 'unknown'; english: boolean };

export interface Lexicon {
  french: WordList;
  /** The French words in common use: where a typo's shape is also jargon's, only a near miss of one of them counts. */
  common: WordList;
  /** First and last names in use in France. */
  names: WordList;
  english: WordList;
  /** Words the team accepts (config words and ignoreWords, the repository's cspell words, the baseline). */
  accepted: WordList;
  forbidden: WordList;
  /** English words are fine ("languages: [fr, en]"). */
  acceptEnglish: boolean;
  /** Check all-caps words too (by default they are acronyms: RGPD, CNIL). */
  checkAcronyms: boolean;
}

/** Elided articles and conjunctions: l’énergie, qu’il, jusqu’à, presqu’île. */
const ELIDED = '(?:l|d|j|m|n|s|t|c|ç|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)';
const ELISION = new RegExp(`^${ELIDED}’(.+)$`, 'iu');
/** An elided word whose next word was cut off by the layout: "jusqu’" at the end of a line. */
const ELIDED_ALONE = new RegExp(`^${ELIDED}’$`, 'iu');
/** Prefixes written alone before a hyphen: co-construit, éco-responsable, ex-président, a-t-il. */
const PREFIXES = new Set(
  'co anti éco néo ex pré post non semi multi auto inter super hyper mini micro macro bio géo cyber e re ré sous demi mi vice pro pseudo quasi extra ultra intra contre méga télé euro franco afro t'.split(
    ' ',
  ),
);
const INCLUSIVE = /^(.+?)[·•‧⋅.](?:[\p{L}]{1,5})(?:[·•‧⋅.][\p{L}]{1,2})?$/u;
const ACCENTS: Record<string, string> = {
  a: 'aàâä',
  à: 'aàâä',
  â: 'aàâä',
  ä: 'aàâä',
  e: 'eéèêë',
  é: 'eéèêë',
  è: 'eéèêë',
  ê: 'eéèêë',
  ë: 'eéèêë',
  i: 'iîï',
  î: 'iîï',
  ï: 'iîï',
  o: 'oôö',
  ô: 'oôö',
  ö: 'oôö',
  u: 'uùûü',
  ù: 'uùûü',
  û: 'uùûü',
  ü: 'uùûü',
  c: 'cç',
  ç: 'cç',
  y: 'yÿ',
  ÿ: 'yÿ',
};
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzàâäéèêëîïôöùûüçœæ'];
const MAX_ACCENT_VARIANTS = 4096;

const isAllCaps = (word: string) => /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

type Classify = (word: string, sentenceStart: boolean) => Verdict;

/** The classifier of a run: each distinct word (and whether it starts a sentence) judged once. */
export function createClassifier(lexicon: Lexicon): Classify {
  const cache = new Map<string, Verdict>();
  const classify: Classify = (word, sentenceStart) => {
    const key = `${sentenceStart ? '^' : ''}${word}`;
    let verdict = cache.get(key);
    if (!verdict) cache.set(key, (verdict = judge(word.replace(/'/g, '’'), sentenceStart, lexicon, classify)));
    return verdict;
  };
  return classify;
}

/**
 * The forms a dictionary may hold: as written; with a sentence's capital lowered, or its accent restored
 * (Etude, Etat: accents on capitals are often left out); an all-caps word in lower case; a name written in lower
 * case (fil d’ariane).
 */
function forms(word: string): string[] {
  const list = [word, word.charAt(0).toUpperCase() + word.slice(1)];
  if (isCapitalised(word)) list.push(lowerFirst(word), ...[...(ACCENTS[lowerFirst(word.charAt(0))] ?? '')].map((c) => c + word.slice(1)));
  if (isAllCaps(word)) list.push(word.toLowerCase(), word.charAt(0) + word.slice(1).toLowerCase());
  return list;
}
const knownTo = (list: WordList, word: string) => forms(word).some((form) => list.has(form));

/**
 * Dictionary words one edit away, most telling edits first: accents, then a swap, an extra, a missing and a
 * wrong letter. Short words land one edit from many others, so each edit needs a longer word. Some shapes are
 * also the shapes of jargon and names: a wrong letter, a change in the first two letters (ctime,
 * ldaps, dbus), any change of a word a sentence starts with (a name in a table cell), an English word without
 * the accents of a French one ("core"): for those, only a near miss of a word in common use counts.
 */
function nearMisses(lexicon: Lexicon, word: string, shapes: 'accents' | 'name' | 'all', risky: boolean): string[] {
  const found = new Set<string>();
  const letters = [...word];
  const n = letters.length;
  const test = (candidate: string, riskyShape = risky) => {
    if (candidate !== word && candidate.length > 1 && lexicon.french.has(candidate) && (!riskyShape || lexicon.common.has(candidate))) found.add(candidate);
  };
  const early = (i: number) => risky || i < 2;
  accentVariants(letters).forEach((c) => test(c));
  if (shapes === 'accents') return [...found];
  if (n >= 4) for (let i = n >= 5 ? 0 : 1; i + 1 < n; i++) test(join(letters, i, 2, letters[i + 1]! + letters[i]!), early(i));
  for (let i = 0; n >= 5 && i < n; i++)
    if (shapes === 'all' || letters[i] === letters[i + 1]) test(join(letters, i, 1, ''), early(i) && letters[i] !== letters[i + 1]);
  if (shapes === 'name') return [...found];
  if (n >= 4) for (let i = 0; i <= n; i++) for (const c of ALPHABET) test(join(letters, i, 0, c), early(i));
  if (n >= 6) for (let i = 0; i < n; i++) for (const c of ALPHABET) if (c !== letters[i]) test(join(letters, i, 1, c), true);
  return [...found];
}

/** Agent nouns French coins freely from a known verb: archiveur, enrobeur, coloriseur (archiver, enrober). */
function isDerived(lexicon: Lexicon, word: string): boolean {
  const stem = /^(.{3,})(?:eur|euse|rice)s?$/u.exec(word)?.[1];
  return stem !== undefined && ['er', 'ir'].some((ending) => lexicon.french.has(stem + ending));
}

function judge(written: string, sentenceStart: boolean, lexicon: Lexicon, classify: Classify): Verdict {
  if (ELIDED_ALONE.test(written)) return { kind: 'ok' };
  const word = written.replace(/’$/, '');
  if (/[\p{N}_]/u.test(word) || [...word.matchAll(/\p{L}/gu)].length < 2) return { kind: 'ok' };
  if (knownTo(lexicon.forbidden, word)) return { kind: 'forbidden' };
  if (knownTo(lexicon.accepted, word)) return { kind: 'ok' };
  if (isAllCaps(word) && !lexicon.checkAcronyms) return { kind: 'ok' };
  if (knownTo(lexicon.french, word)) return { kind: 'ok' };
  const elided = ELISION.exec(word);
  if (elided) return classify(elided[1]!, sentenceStart);
  if (/[-‑]/.test(word)) return compound(word, sentenceStart, lexicon, classify);
  const inclusive = INCLUSIVE.exec(word);
  if (inclusive)
    return knownTo(lexicon.french, inclusive[1]!) || knownTo(lexicon.accepted, inclusive[1]!) ? { kind: 'ok' } : classify(inclusive[1]!, sentenceStart);
  const englishWord = knownTo(lexicon.english, word);
  if (englishWord && lexicon.acceptEnglish) return { kind: 'ok' };
  // A capital inside the word (EcoWatt, iPhone, CMaps) or all capitals make a name: only wrong accents make it a
  // typo, and never for an English name. A capital inside a sentence makes a name too (a first or last name
  // always), unless it is a swapped or doubled letter away from a word in common use ("Élan Énergei"). In a
  // French sentence an English word that is a French word without its accents is a typo ("video", "details",
  // "telephone"); other English words are not.
  const shaped = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(word) || isAllCaps(word);
  const name = shaped || (isCapitalised(word) && !sentenceStart);
  if ((name && (englishWord || lexicon.names.has(word))) || isDerived(lexicon, word.toLowerCase())) return { kind: 'unknown', english: englishWord };
  const base = isCapitalised(word) && !isAllCaps(word) ? lowerFirst(word) : word;
  const shapes = shaped || englishWord ? 'accents' : name ? 'name' : 'all';
  const candidates = nearMisses(lexicon, base, shapes, englishWord || isCapitalised(word)).map((c) =>
    base === word ? c : c.charAt(0).toUpperCase() + c.slice(1),
  );
  return candidates.length > 0 ? { kind: 'typo', candidates, english: englishWord } : { kind: 'unknown', english: englishWord };
}

/**
 * c’est-à-dire, co-construit: whole, then by parts (a known prefix counts as a part). A part is a typo only
 * among French parts: fonts-sil-charis or green-emeraude are names, not French with a typo.
 */
function compound(word: string, sentenceStart: boolean, lexicon: Lexicon, classify: Classify): Verdict {
  const parts = word.split(/[-‑]/).filter(Boolean);
  const verdicts = parts.map((part, i) =>
    PREFIXES.has(part.toLowerCase()) || (i > 0 && /^’?\p{L}’?$/u.test(part)) ? ({ kind: 'ok' } as const) : classify(part, sentenceStart && i === 0),
  );
  const typoAt = verdicts.findIndex((v) => v.kind === 'typo' || v.kind === 'forbidden');
  const othersFrench = parts.every(
    (part, i) => i === typoAt || (verdicts[i]!.kind === 'ok' && !(knownTo(lexicon.english, part) && !lexicon.french.has(part.toLowerCase()))),
  );
  if (typoAt >= 0 && !othersFrench) return { kind: 'unknown', english: false };
  if (typoAt >= 0) {
    const verdict = verdicts[typoAt]!;
    if (verdict.kind !== 'typo') return verdict;
    return { ...verdict, candidates: verdict.candidates.map((c) => parts.map((p, i) => (i === typoAt ? c : p)).join('-')) };
  }
  const unknown = verdicts.find((v) => v.kind === 'unknown');
  return unknown ?? { kind: 'ok' };
}

function join(letters: string[], at: number, remove: number, insert: string): string {
  return letters.slice(0, at).join('') + insert + letters.slice(at + remove).join('');
}

/** Every way of re-accenting the word (télèphone, telephone → téléphone), within a bound. */
function accentVariants(letters: string[]): string[] {
  const choices = letters.map((c) => ACCENTS[c] ?? c);
  const count = choices.reduce((n, c) => n * c.length, 1);
  if (count > MAX_ACCENT_VARIANTS) return letters.flatMap((c, i) => [...(ACCENTS[c] ?? '')].map((a) => join(letters, i, 1, a)));
  let variants = [''];
  for (const choice of choices) variants = variants.flatMap((prefix) => [...choice].map((c) => prefix + c));
  return variants;
}
