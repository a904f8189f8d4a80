/**
 * cspell's own dictionaries, read with cspell's trie library. Decoded straight into its compact trie, a look-up
 * costs under a microsecond instead of about ten through a cspell settings collection: the speller looks up
 * thousands of near misses per page. Decoding the packages' text format takes about 2 s and 250 MB at its peak,
 * so the first run keeps each trie in cspell's binary format in a cache folder, which later runs read in tens of
 * milliseconds and a few MB.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { importOnDemand, resolveOnDemand } from '../../src/core/on-demand.js';

export interface WordList {
  /** Exact look-up: case and accents count. */
  has(word: string): boolean;
}

/** Both official French orthographies: the classic one and the 1990 reform (maitrise, chaine, évènement). */
const FRENCH = ['@cspell/dict-fr-fr/cspell-ext.json', '@cspell/dict-fr-reforme/cspell-ext.json'];
/** English, and the software terms a technical page uses (inode, procfs, manpage). */
const ENGLISH = ['@cspell/dict-en_us/cspell-ext.json', '@cspell/dict-en-gb-mit/cspell-ext.json', '@cspell/dict-software-terms/cspell-ext.json'];
/** The words of "lorem ipsum" filler: placeholder text left on a page is a defect of its own. */
const LOREM = ['@cspell/dict-lorem-ipsum/cspell-ext.json'];

const cache = new Map<string, Promise<WordList>>();

/** Where decoded tries are kept between runs: PRIMETIME_CACHE_DIR, else the user's cache folder. */
export function dictionaryCacheDir(): string {
  const base = process.env.PRIMETIME_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'primetime');
  return path.join(base, 'dictionaries');
}

/** A dictionary package's files (tries, or plain word lists), as its cspell-ext.json declares them. */
async function decode(manifest: string): Promise<WordList[]> {
  // Some manifests carry // comments (JSONC).
  const json = (await readFile(manifest, 'utf8')).replace(/^\s*\/\/.*$/gm, '');
  const { dictionaryDefinitions } = JSON.parse(json) as { dictionaryDefinitions: { path: string }[] };
  const { name, version } = JSON.parse(await readFile(path.join(path.dirname(manifest), 'package.json'), 'utf8')) as { name: string; version: string };
  return Promise.all(
    dictionaryDefinitions.map(({ path: file }) =>
      oneAtATime(async (): Promise<WordList> => {
        const source = path.resolve(path.dirname(manifest), file);
        if (/\.txt(\.gz)?$/.test(file)) return wordSet(wordsOfList(await readText(source)));
        const trie = await cachedTrie(source, path.join(dictionaryCacheDir(), `${name.replace('/', '+')}@${version}-${path.basename(file)}.btrie`));
        return { has: (word: string) => trie.has(word) };
      }),
    ),
  );
}

async function readText(file: string): Promise<string> {
  const data = await readFile(file);
  return (file.endsWith('.gz') ? await promisify(gunzip)(data) : data).toString('utf8');
}

async function cachedTrie(source: string, cached: string) {
  const { decodeTrie, encodeITrieToBTrie } = await importOnDemand<typeof import('cspell-trie-lib')>('cspell-trie-lib');
  try {
    return decodeTrie(await readFile(cached));
  } catch {
    // Not cached yet, or unreadable: decode the package's own file, then try to keep it.
  }
  const trie = decodeTrie(await readText(source));
  try {
    await mkdir(path.dirname(cached), { recursive: true });
    const partial = `${cached}.${process.pid}.tmp`;
    await writeFile(partial, encodeITrieToBTrie(trie));
    await rename(partial, cached);
  } catch {
    // A read-only home folder only costs the next run the same decoding.
  }
  return trie;
}

/** Decoding a dictionary's text takes far more memory than the trie it gives: one at a time keeps the peak low. */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
}

/** A cspell word list: one word a line, # comments, ! forbidden words, * and + compound marks. */
function wordsOfList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/[*+]/g, ''))
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'));
}

function union(lists: WordList[]): WordList {
  return { has: (word) => lists.some((list) => list.has(word)) };
}

/** Loads each dictionary once per process, whatever the number of spellers. */
async function load(files: string[]): Promise<WordList> {
  const key = files.join('|');
  if (!cache.has(key))
    cache.set(
      key,
      Promise.all(files.map(async (f) => decode(await resolveOnDemand(f)))).then((lists) => union(lists.flat())),
    );
  return cache.get(key)!;
}

export const frenchWords = () => load(FRENCH);
export const englishWords = () => load(ENGLISH);

let frequencyLists: Promise<{ common: WordList; names: WordList }> | undefined;
/**
 * zxcvbn-ts's French lists: the words people actually use, ranked by frequency in film subtitles and Wikipedia
 * (about 66,000 forms), and first and last names in use in France. A near miss of a common word is a likely typo
 * even where a near miss of a rare word is more likely jargon ("ctime" is one letter from "cime").
 */
export function frenchFrequencyLists(): Promise<{ common: WordList; names: WordList }> {
  frequencyLists ??= importOnDemand<typeof import('@zxcvbn-ts/language-fr')>('@zxcvbn-ts/language-fr').then(({ dictionary }) => {
    const lists = dictionary as unknown as Record<string, string[]>;
    const capitalised = (list: string[]) => list.map((name) => name.charAt(0).toUpperCase() + name.slice(1));
    return {
      common: wordSet([...lists['commonWords-fr']!, ...lists['wikipedia-fr']!]),
      names: wordSet(capitalised([...lists['firstnames-fr']!, ...lists['lastnames-fr']!])),
    };
  });
  return frequencyLists;
}
export const loremWords = () => load(LOREM);

/** A set of words as a WordList that forgives the case of a word's first letter (a brand at a sentence start). */
export function wordSet(words: Iterable<string>): WordList {
  const set = new Set<string>();
  for (const word of words) {
    const same = sameWord(word);
    set.add(same).add(same.toLowerCase());
  }
  return {
    has: (word) => {
      const same = sameWord(word);
      return set.has(same) || set.has(same.toLowerCase());
    },
  };
}

/**
 * One form for a word however it was typed: composed accents, and the straight, curly or modifier apostrophe alike.
 * Asked for every word a page holds, so it does only what the word needs: a word without a combining mark (none
 * below U+0300) is already composed, and one without an apostrophe has none to change.
 */
function sameWord(word: string): string {
  const composed = /[^\u0000-\u02ff]/.test(word) ? word.normalize('NFC') : word;
  return /['ʼ‘]/.test(composed) ? composed.replace(/['ʼ‘]/g, '’') : composed;
}
