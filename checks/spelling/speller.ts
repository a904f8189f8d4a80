/**
 * The speller: cspell's French dictionaries (both orthographies) and its English one, our tokeniser and typo
 * grading, our rules, and offsets mapped back to each piece of text. Text in another language (a `lang`
 * attribute, or a piece whose words are mostly English) is left out unless that language is enabled.
 */
import path from 'node:path';
import { createClassifier, type Verdict } from './classify.js';
import { englishWords, frenchFrequencyLists, frenchWords, loremWords, wordSet, type WordList } from './dictionary.js';
import { cedilla, repeatedWord, type RuleHit, type RuleId, type Rules } from './rules.js';
import { capitalAccent, doubleSpace, frenchSpaces, ouForOu, punctuationSpace, unbalanced } from './typography.js';
import { toRegExp, tokenize, type Token } from './tokens.js';
import { importOnDemand } from '../../src/core/on-demand.js';

export interface TextPiece {
  text: string;
  /** Where a visitor reads it: a CSS selector, or the attribute (placeholder of #email…). */
  selector: string;
  kind: string;
  /** The language of the element (its nearest `lang`), when the page says. */
  lang?: string;
}

export interface SpellingFinding extends RuleHit {
  piece: TextPiece;
  /** The sentence around the word. */
  context: string;
}

export interface SpellerOptions {
  languages: string[];
  words: string[];
  ignoreWords: string[];
  flagWords: string[];
  /** A repository's cspell config (cspell.json, .cspell.json, cspell.config.yaml…): its words and word lists are reused. */
  configFile?: string;
  rules: Rules;
  /** Check all-caps words too; by default they are acronyms. */
  checkAcronyms?: boolean;
}

/** Words of French web copy missing from the dictionary: units, and "email" (in Le Robert). Brands belong in the config's `words`. */
const FRENCH_WEB_WORDS = ['kWh', 'MWh', 'kVA', 'kW', 'TTC', 'HT', 'email', 'emails'];

const FRENCH_FUNCTION_WORDS = new Set(
  'le la les un une des du de au aux et ou mais donc car ni pour par avec sans sur sous dans en à vers chez entre ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle on nous vous ils elles qui que quoi dont où ne pas plus est sont a ont être avoir'.split(
    ' ',
  ),
);

export type Speller = Awaited<ReturnType<typeof createSpeller>>;

export async function createSpeller(options: SpellerOptions) {
  const [french, { common, names }, english, lorem, repository] = await Promise.all([
    frenchWords(),
    frenchFrequencyLists(),
    englishWords(),
    loremWords(),
    readRepositoryConfig(options.configFile),
  ]);
  const accepted = wordSet([...FRENCH_WEB_WORDS, ...options.words, ...options.ignoreWords, ...repository.words]);
  const extraLists = repository.lists;
  const acceptEnglish = options.languages.includes('en');
  const classify = createClassifier({
    french,
    common,
    names,
    english,
    accepted: { has: (word) => accepted.has(word) || extraLists.some((list) => list.has(word)) },
    forbidden: wordSet([...options.flagWords, ...repository.flagWords]),
    acceptEnglish,
    checkAcronyms: options.checkAcronyms ?? false,
  });
  const { readsAs, isEnglishOnly } = languageReader(french, english, lorem);
  const textRules = textRulesFor((word) => french.has(word) || accepted.has(word));
  let words = 0;

  return {
    /** The language a piece reads in: its lang attribute, else its words. */
    language: (piece: TextPiece) => readsAs(piece, tokenize(piece.text.normalize('NFC'), repository.ignore)),
    /** Whether the team accepts this word or phrase (config words, the words file, the repository's cspell words). */
    accepts: (phrase: string) => accepted.has(phrase),
    /** Words read so far (French prose only). */
    get words() {
      return words;
    },
    /** Checks every piece of one page; each distinct word is classified once per run. */
    check(pieces: TextPiece[]): SpellingFinding[] {
      const findings: SpellingFinding[] = [];
      for (const piece of pieces) {
        const text = proseText(piece);
        const tokens = tokenize(text, repository.ignore);
        const language = readsAs(piece, tokens);
        if (language === 'other' || (language === 'en' && !acceptEnglish)) continue;
        words += tokens.length;
        const add = (hit: RuleHit) => findings.push({ ...hit, piece, context: sentenceAround(text, hit.offset, hit.word.length) });
        if (language === 'lorem') {
          if (options.rules.placeholder !== 'off') add(placeholderHit(text));
          continue;
        }
        if (options.rules.spelling !== 'off' && language === 'fr') spellingHits(tokens, classify, isEnglishOnly, options.rules).forEach(add);
        if (language !== 'fr') continue;
        for (const [id, rule] of textRules) if (options.rules[id] !== 'off') rule(text).forEach(add);
        // Spaces as the page shows them: a non-breaking space beside another space is a gap a reader sees.
        if (options.rules['double-space'] !== 'off') doubleSpace(piece.text.normalize('NFC')).forEach(add);
      }
      return dedupe(findings);
    },
  };
}

/** The rules that read a piece's text alone, in the order they report; `isFrench` knows the site's words too. */
function textRulesFor(isFrench: (word: string) => boolean): [RuleId, (text: string) => RuleHit[]][] {
  return [
    ['cedilla', cedilla],
    ['repeated-word', repeatedWord],
    ['punctuation-space', punctuationSpace],
    ['capital-accent', (text) => capitalAccent(text, isFrench)],
    ['unbalanced', unbalanced],
    ['french-spaces', frenchSpaces],
    ['grammar', ouForOu],
  ];
}

/** The language a piece reads in (its lang attribute, else its words), and whether a word is English only. */
function languageReader(french: WordList, english: WordList, lorem: WordList) {
  // Asked for every word of every piece, twice a piece (which pieces are French, then their words): once a word.
  const known = new Map<string, { fr: boolean; en: boolean; lorem: boolean }>();
  const languagesOf = (word: string) => {
    let languages = known.get(word);
    if (languages) return languages;
    const lower = word.toLowerCase().replace(/'/g, '’');
    // French's small words (les, de, et, pour…) say French even where English has them too (la, de).
    const en = !FRENCH_FUNCTION_WORDS.has(lower) && (english.has(lower) || english.has(word));
    languages = { fr: french.has(lower) || french.has(word), en, lorem: lorem.has(lower) };
    known.set(word, languages);
    return languages;
  };
  // "the" is English whatever French says of "thé".
  const isEnglishOnly = (token: Token | undefined) => token !== undefined && ((l) => l.en && !l.fr)(languagesOf(token.word));
  /** A piece whose words are mostly English is English; mostly lorem ipsum, placeholder text. */
  const languageOfWords = (tokens: Token[]): 'fr' | 'en' | 'lorem' => {
    let [frenchOnly, englishOnly, loremOnly] = [0, 0, 0];
    for (const { word } of tokens) {
      const { fr, en, lorem: latin } = languagesOf(word);
      if (!fr && latin) loremOnly++;
      else if (en && !fr) englishOnly++;
      else if (fr && !en) frenchOnly++;
    }
    if (loremOnly >= 2 && loremOnly >= frenchOnly) return 'lorem';
    return englishOnly >= 2 && englishOnly > frenchOnly ? 'en' : 'fr';
  };
  const readsAs = (piece: TextPiece, tokens: Token[]): 'fr' | 'en' | 'lorem' | 'other' => {
    const lang = piece.lang?.toLowerCase().split('-')[0];
    if (lang && lang !== 'fr') return lang === 'en' ? 'en' : 'other';
    return languageOfWords(tokens);
  };
  return { readsAs, isEnglishOnly };
}

/** The words of a French piece that are not French, by the classifier, each with the rule it breaks (unless off). */
function spellingHits(
  tokens: Token[],
  classify: ReturnType<typeof createClassifier>,
  isEnglishOnly: (token: Token | undefined) => boolean,
  rules: SpellerOptions['rules'],
): RuleHit[] {
  const hits: RuleHit[] = [];
  tokens.forEach((token, i) => {
    let verdict = classify(token.word, token.sentenceStart);
    // An English word inside an English phrase ("Guide to the Installation") is English, not French without
    // accents; and "the" is English whatever French says of "thé".
    if (verdict.kind === 'typo' && verdict.english && (/^the$/i.test(token.word) || [tokens[i - 1], tokens[i + 1]].some(isEnglishOnly)))
      verdict = { kind: 'unknown', english: true };
    const hit = hitOf(token, verdict);
    if (hit && rules[hit.rule] !== 'off') hits.push(hit);
  });
  return hits;
}

function placeholderHit(text: string): RuleHit {
  const at = Math.max(0, text.search(/lorem|ipsum/i));
  const word = text.slice(at).split(/\s+/).slice(0, 3).join(' ');
  return { rule: 'placeholder', offset: at, word, message: 'placeholder text (lorem ipsum) left on the page', suggestions: [] };
}

function hitOf(token: Token, verdict: Verdict): RuleHit | undefined {
  const at = { offset: token.offset, word: token.word };
  switch (verdict.kind) {
    case 'ok':
      return undefined;
    case 'forbidden':
      return { ...at, rule: 'spelling', message: `"${token.word}" is a word this site must not use`, suggestions: [] };
    case 'typo':
      return { ...at, rule: 'spelling', message: `"${token.word}" is not in the dictionary`, suggestions: verdict.candidates.slice(0, 3) };
    case 'unknown':
      return {
        ...at,
        rule: 'unknown-word',
        message: verdict.english ? 'an English word, not French' : 'not in the dictionary, and no near French word: a name, jargon or an acronym?',
        suggestions: [],
      };
  }
}

/** A repository's cspell config: its words, forbidden words, word lists and ignore patterns; never its language. */
async function readRepositoryConfig(file: string | undefined) {
  const none = { words: [] as string[], flagWords: [] as string[], lists: [] as WordList[], ignore: [] as RegExp[] };
  if (!file) return none;
  const cspell = await importOnDemand<typeof import('cspell-lib')>('cspell-lib');
  const found = (await cspell.readSettings(path.resolve(file))) as unknown as Record<string, unknown>;
  const pick = <T>(key: string) => (found[key] as T[] | undefined) ?? [];
  const definitions = pick<{ name: string; path?: string }>('dictionaryDefinitions').filter((d) => d.path);
  // Word lists the repository defines (project-words.txt…), loaded through cspell itself; not its bundled ones.
  const lists = definitions.length
    ? [await cspell.getDictionary({ dictionaryDefinitions: definitions, dictionaries: definitions.map((d) => d.name) } as never)].map(
        (dictionary): WordList => ({ has: (word) => dictionary.has(word, { ignoreCase: false }) }),
      )
    : [];
  return {
    words: [...pick<string>('words'), ...pick<string>('ignoreWords')],
    flagWords: pick<string>('flagWords'),
    lists,
    ignore: pick<string>('ignoreRegExpList')
      .map(toRegExp)
      .filter((r): r is RegExp => Boolean(r)),
  };
}

/** The dictionary and the cedilla rule both see "çi": report it once, as the more telling rule, with every suggestion. */
function dedupe(findings: SpellingFinding[]): SpellingFinding[] {
  const byPlace = new Map<string, SpellingFinding>();
  for (const finding of findings) {
    const key = `${finding.piece.selector}|${finding.piece.text}|${finding.offset}`;
    const seen = byPlace.get(key);
    if (!seen) byPlace.set(key, finding);
    else if (finding.rule !== 'spelling' && finding.rule !== 'unknown-word' && (seen.rule === 'spelling' || seen.rule === 'unknown-word'))
      byPlace.set(key, { ...finding, suggestions: [...new Set([...finding.suggestions, ...seen.suggestions])] });
  }
  return [...byPlace.values()];
}

/** A piece's text as every rule reads it: composed accents, one space for any run of spaces. */
export const proseText = (piece: TextPiece) => piece.text.normalize('NFC').replace(/\s+/g, ' ');

export function sentenceAround(line: string, offset: number, length: number): string {
  const sentenceStart = line.lastIndexOf('. ', offset);
  const start = Math.max(sentenceStart < 0 ? 0 : sentenceStart + 2, offset - 60);
  const endDot = line.indexOf('. ', offset + length);
  const end = Math.min(endDot < 0 ? line.length : endDot + 1, offset + length + 60);
  return `${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < line.length ? '…' : ''}`;
}
