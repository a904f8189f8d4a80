/**
 * The spelling check on real French text this project did not write (bench/french-corpus.ts): false alarms per
 * 1,000 words with the default options and no site words, their most frequent words, throughput and memory;
 * then recall on real typos planted in that same text (one typo a sentence, of each kind a person makes).
 */
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../checks/spelling/extract.js';
import { groupFindings } from '../checks/spelling/findings.js';
import { DEFAULT_RULES } from '../checks/spelling/rules.js';
import { createSpeller, type Speller, type TextPiece } from '../checks/spelling/speller.js';
import { frenchCorpora } from './french-corpus.js';

export async function benchSpellingReal(): Promise<void> {
  const corpora = frenchCorpora();
  const loadStarted = performance.now();
  const speller = await createSpeller({ languages: ['fr'], words: [], ignoreWords: [], flagWords: [], rules: DEFAULT_RULES });
  const loadMs = performance.now() - loadStarted;
  console.log(`\nSpelling on real French text (default options, no site words); dictionaries loaded in ${loadMs.toFixed(0)} ms`);
  for (const corpus of corpora) {
    const pages = corpus.files.map((file) => ({ file, pieces: extractFromHtml(readFileSync(file, 'utf8')) }));
    const wordsBefore = speller.words;
    const started = performance.now();
    const findings = pages.flatMap(({ file, pieces }) => speller.check(pieces).map((finding) => ({ finding, where: file })));
    const ms = performance.now() - started;
    const words = speller.words - wordsBefore;
    const groups = groupFindings(findings, DEFAULT_RULES);
    const level = (l: string) => groups.filter((g) => g.level === l);
    const per1000 = (n: number) => ((n / words) * 1000).toFixed(2);
    console.log(`\n  ${corpus.source}: ${pages.length} pages, ${words.toLocaleString('en-US')} words`);
    console.log(
      `    findings ${level('fail').length + level('warn').length} (${per1000(level('fail').length + level('warn').length)} per 1,000 words): blocking ${level('fail').length} (${per1000(level('fail').length)}), warnings ${level('warn').length}; unknown words listed ${level('info').length}`,
    );
    console.log(
      `    ${Math.round((words / ms) * 1000).toLocaleString('en-US')} words/s; peak memory of the process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
    const top = [...groups.filter((g) => g.level !== 'info')].sort((a, b) => b.count - a.count).slice(0, 10);
    console.log(`    most frequent findings: ${top.map((g) => `${g.word} ×${g.count} (${g.rule})`).join(', ')}`);
    const unknown = level('info')
      .sort((a, b) => b.count - a.count)
      .slice(0, 10);
    console.log(`    most frequent unknown words (listed, not findings): ${unknown.map((g) => `${g.word} ×${g.count}`).join(', ')}`);
  }
  const dsfr = corpora.find((c) => c.name === 'dsfr');
  if (dsfr)
    recall(
      speller,
      dsfr.files.flatMap((file) => extractFromHtml(readFileSync(file, 'utf8'))),
    );
}

/** A small seeded generator, so every run plants the same typos. */
export function random(seed: number) {
  let state = seed >>> 0;
  // mulberry32
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const STRIP: Record<string, string> = { é: 'e', è: 'e', ê: 'e', à: 'a', â: 'a', î: 'i', ô: 'o', û: 'u', ù: 'u', ç: 'c' };
const SWAP_ACCENT: Record<string, string> = { é: 'è', è: 'é', ê: 'é', à: 'â', â: 'à' };
type Mutation = (word: string, pick: (n: number) => number) => string | undefined;
const at = (word: string, i: number, remove: number, insert: string) => word.slice(0, i) + insert + word.slice(i + remove);
const positions = (word: string, test: (c: string) => boolean) => [...word].flatMap((c, i) => (test(c) ? [i] : []));
/** The kinds of typo people make; a position is drawn uniformly over the whole word. */
const MUTATIONS: Record<string, Mutation> = {
  'swapped letters': (w, pick) => {
    const i = pick(w.length - 1);
    return w[i] === w[i + 1] ? undefined : at(w, i, 2, w[i + 1]! + w[i]!);
  },
  'doubled letter': (w, pick) => {
    const i = pick(w.length);
    return at(w, i, 0, w[i]!);
  },
  'missing letter': (w, pick) => at(w, pick(w.length), 1, ''),
  'missing accent': (w, pick) => {
    const list = positions(w, (c) => c in STRIP);
    const i = list[pick(list.length)];
    return i === undefined ? undefined : at(w, i, 1, STRIP[w[i]!]!);
  },
  'wrong accent': (w, pick) => {
    const list = positions(w, (c) => c in SWAP_ACCENT);
    const i = list[pick(list.length)];
    return i === undefined ? undefined : at(w, i, 1, SWAP_ACCENT[w[i]!]!);
  },
  'agreement (-ée for -é)': (w) => (w.endsWith('é') ? `${w}e` : w.endsWith('és') ? `${w.slice(0, -1)}es` : undefined),
  cedilla: (w, pick) => {
    const list = positions(w, (c) => c === 'c').filter((i) => /[eiy]/.test(w[i + 1] ?? ''));
    return list.length ? at(w, list[pick(list.length)]!, 1, 'ç') : undefined;
  },
};

/** Plants one typo in a real sentence at a time, and counts it caught when a blocking finding names it. */
function recall(speller: Speller, pieces: TextPiece[]) {
  const pick = random(2026);
  const sentences = pieces.filter((p) => p.kind === 'text' && p.text.split(' ').length >= 6 && speller.language(p) === 'fr');
  console.log('\n  Recall on real typos planted in real sentences of the design system pages (500 tries a kind, positions drawn over the whole word):');
  for (const [kind, mutate] of Object.entries(MUTATIONS)) {
    let [planted, caught, early] = [0, 0, 0];
    for (let tries = 0; tries < 5000 && planted < 500; tries++) {
      const piece = sentences[pick(sentences.length)]!;
      const words = [...piece.text.matchAll(/(?<![\p{L}’'-])\p{Ll}{5,}(?![\p{L}’'-])/gu)];
      const word = words[pick(words.length)];
      if (!word || speller.check([{ ...piece, text: word[0] }]).length > 0) continue;
      const typo = mutate(word[0], pick);
      if (!typo || typo === word[0] || isWord(speller, typo)) continue;
      const text = piece.text.slice(0, word.index) + typo + piece.text.slice(word.index! + word[0].length);
      planted++;
      const firstChange = [...typo].findIndex((c, i) => c !== word[0][i]);
      if (firstChange < 2) early++;
      if (speller.check([{ ...piece, text }]).some((f) => f.word.includes(typo) && DEFAULT_RULES[f.rule] === 'error')) caught++;
      else if (process.env.SHOW_MISSES) console.log(`      missed ${typo} (${word[0]})`);
    }
    console.log(
      `    ${kind.padEnd(24)} ${caught}/${planted} caught (${((caught / planted) * 100).toFixed(1)} %); ${early} of them changed the first two letters`,
    );
  }
}

/** The typo happens to be another French word ("pate" for "pâte"): no dictionary can see it, so it is not counted. */
function isWord(speller: Speller, word: string): boolean {
  return speller.check([{ text: word, selector: 'p', kind: 'text' }]).length === 0;
}
