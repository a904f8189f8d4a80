import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  importOnDemand,
  resolveOnDemand
} from "./chunk-2W5G6BIE.js";

// checks/spelling/words-file.ts
import { readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";

// checks/spelling/dictionary.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
var FRENCH = ["@cspell/dict-fr-fr/cspell-ext.json", "@cspell/dict-fr-reforme/cspell-ext.json"];
var ENGLISH = ["@cspell/dict-en_us/cspell-ext.json", "@cspell/dict-en-gb-mit/cspell-ext.json", "@cspell/dict-software-terms/cspell-ext.json"];
var LOREM = ["@cspell/dict-lorem-ipsum/cspell-ext.json"];
var cache = /* @__PURE__ */ new Map();
function dictionaryCacheDir() {
  const base = process.env.PRIMETIME_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "primetime");
  return path.join(base, "dictionaries");
}
async function decode(manifest) {
  const json = (await readFile(manifest, "utf8")).replace(/^\s*\/\/.*$/gm, "");
  const { dictionaryDefinitions } = JSON.parse(json);
  const { name, version } = JSON.parse(await readFile(path.join(path.dirname(manifest), "package.json"), "utf8"));
  return Promise.all(
    dictionaryDefinitions.map(
      ({ path: file }) => oneAtATime(async () => {
        const source = path.resolve(path.dirname(manifest), file);
        if (/\.txt(\.gz)?$/.test(file)) return wordSet(wordsOfList(await readText(source)));
        const trie = await cachedTrie(source, path.join(dictionaryCacheDir(), `${name.replace("/", "+")}@${version}-${path.basename(file)}.btrie`));
        return { has: (word) => trie.has(word) };
      })
    )
  );
}
async function readText(file) {
  const data = await readFile(file);
  return (file.endsWith(".gz") ? await promisify(gunzip)(data) : data).toString("utf8");
}
async function cachedTrie(source, cached) {
  const { decodeTrie, encodeITrieToBTrie } = await importOnDemand("cspell-trie-lib");
  try {
    return decodeTrie(await readFile(cached));
  } catch {
  }
  const trie = decodeTrie(await readText(source));
  try {
    await mkdir(path.dirname(cached), { recursive: true });
    const partial = `${cached}.${process.pid}.tmp`;
    await writeFile(partial, encodeITrieToBTrie(trie));
    await rename(partial, cached);
  } catch {
  }
  return trie;
}
var queue = Promise.resolve();
function oneAtATime(task) {
  const result = queue.then(task);
  queue = result.catch(() => void 0);
  return result;
}
function wordsOfList(text) {
  return text.split("\n").map((line) => line.trim().replace(/[*+]/g, "")).filter((line) => line && !line.startsWith("#") && !line.startsWith("!"));
}
function union(lists) {
  return { has: (word) => lists.some((list) => list.has(word)) };
}
async function load(files) {
  const key = files.join("|");
  if (!cache.has(key))
    cache.set(
      key,
      Promise.all(files.map(async (f) => decode(await resolveOnDemand(f)))).then((lists) => union(lists.flat()))
    );
  return cache.get(key);
}
var frenchWords = () => load(FRENCH);
var englishWords = () => load(ENGLISH);
var frequencyLists;
function frenchFrequencyLists() {
  frequencyLists ??= importOnDemand("@zxcvbn-ts/language-fr").then(({ dictionary }) => {
    const lists = dictionary;
    const capitalised = (list) => list.map((name) => name.charAt(0).toUpperCase() + name.slice(1));
    return {
      common: wordSet([...lists["commonWords-fr"], ...lists["wikipedia-fr"]]),
      names: wordSet(capitalised([...lists["firstnames-fr"], ...lists["lastnames-fr"]]))
    };
  });
  return frequencyLists;
}
var loremWords = () => load(LOREM);
function wordSet(words) {
  const set = /* @__PURE__ */ new Set();
  for (const word of words) {
    const same = sameWord(word);
    set.add(same).add(same.toLowerCase());
  }
  return {
    has: (word) => {
      const same = sameWord(word);
      return set.has(same) || set.has(same.toLowerCase());
    }
  };
}
function sameWord(word) {
  const composed = /[^\u0000-\u02ff]/.test(word) ? word.normalize("NFC") : word;
  return /['ʼ‘]/.test(composed) ? composed.replace(/['ʼ‘]/g, "\u2019") : composed;
}

// checks/spelling/words-file.ts
async function readWordsFile(file) {
  return wordsOf(await readFile2(file, "utf8"));
}
function wordsOf(text) {
  return text.split("\n").map((line) => line.replace(/#.*/, "").trim()).filter(Boolean);
}
var HEADER = "# Words primetime accepts on this site (one a line, # comments). Review them once: remove any that is a mistake.";
async function writeWordsFile(file, groups, existing) {
  const known = wordSet(wordsOf(existing ?? ""));
  const fresh = (rule) => groups.filter((g) => g.rule === rule && !known.has(g.word)).sort((a, b) => a.word.localeCompare(b.word, "fr")).map((g) => `${g.word}  # \xD7${g.count}, ${g.pages[0]}${g.pages.length > 1 ? ` and ${g.pages.length - 1} more` : ""}`);
  const unknown = fresh("unknown-word");
  const typos = fresh("spelling");
  const kept = existing === void 0 ? [HEADER] : [existing.replace(/\n+$/, "")];
  const lines = [
    ...kept,
    ...unknown.length ? ["", `# Unknown words found by primetime spelling --baseline (${unknown.length}): names, jargon, English.`, ...unknown] : [],
    ...typos.length ? ["", `# Likely typos found by the baseline (${typos.length}): better fixed on the site than kept here.`, ...typos] : []
  ];
  if (existing === void 0 || unknown.length + typos.length > 0) await writeFile2(file, `${lines.join("\n")}
`);
  return { unknown: unknown.length, typos: typos.length };
}

export {
  frenchWords,
  englishWords,
  frenchFrequencyLists,
  loremWords,
  wordSet,
  readWordsFile,
  writeWordsFile
};
