/**
 * Grammar and typography on real French text this project did not write (../shared/corpus/real-sites, read in
 * place): findings per 1,000 words for each rule with the default options, each listed for a person to judge;
 * recall on errors planted in real sentences of that corpus, by kind; throughput with and without Grammalecte.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { extractFromHtml } from '../checks/spelling/extract.js';
import { groupFindings } from '../checks/spelling/findings.js';
import { openGrammar, type Grammar } from '../checks/spelling/grammar.js';
import { DEFAULT_RULES, type RuleId } from '../checks/spelling/rules.js';
import { createSpeller, proseText, type Speller, type TextPiece } from '../checks/spelling/speller.js';
import { decodeHtmlFile, notAPage } from '../src/web/html.js';
import { CORPUS } from '../test/real-sites/serve.js';
import { random } from './spelling-real.js';

const GRAMMAR_RULES: RuleId[] = ['grammar', 'punctuation-space', 'capital-accent', 'double-space', 'unbalanced'];

export async function benchGrammar(): Promise<void> {
  const files = globSync(['sites/**/*.html', 'sites/**/*.htm'], { cwd: CORPUS, absolute: true });
  if (files.length === 0) return console.log(`\nGrammar: no corpus at ${CORPUS}: skipped.`);
  const speller = await createSpeller({ languages: ['fr'], words: [], ignoreWords: [], flagWords: [], rules: DEFAULT_RULES });
  const grammar = await openGrammar();
  if ('missing' in grammar) return console.log(`\nGrammar: Grammalecte is not installed (${grammar.missing}): skipped.`);
  try {
    const pages = files.flatMap((file) => {
      const html = decodeHtmlFile(readFileSync(file));
      return notAPage(html) ? [] : [{ where: path.relative(path.join(CORPUS, 'sites'), file), pieces: extractFromHtml(html) }];
    });
    await precision(speller, grammar, pages);
    await recall(
      speller,
      grammar,
      pages.flatMap((p) => p.pieces),
    );
  } finally {
    grammar.close();
  }
}

async function precision(speller: Speller, grammar: Grammar, pages: { where: string; pieces: TextPiece[] }[]) {
  const found: Parameters<typeof groupFindings>[0] = [];
  const wordsBefore = speller.words;
  let grammarMs = 0;
  const started = performance.now();
  for (const { where, pieces } of pages) {
    for (const finding of speller.check(pieces)) found.push({ finding, where });
    const french = pieces.filter((piece) => speller.language(piece) === 'fr');
    const at = performance.now();
    const hits = await grammar.check(french.map(proseText));
    grammarMs += performance.now() - at;
    hits.forEach((list, i) => list.forEach((hit) => found.push({ finding: { ...hit, piece: french[i]!, context: french[i]!.text.slice(0, 120) }, where })));
  }
  const ms = performance.now() - started;
  const words = speller.words - wordsBefore;
  console.log(`\nGrammar and typography on ${CORPUS} (default rules, no site words): ${pages.length} pages, ${words.toLocaleString('en-US')} words`);
  console.log(
    `  ${Math.round((words / ms) * 1000).toLocaleString('en-US')} words/s end to end, ${Math.round((words / grammarMs) * 1000).toLocaleString('en-US')} words/s in Grammalecte alone (one piece per text, every page; the check reads each distinct piece once a page)`,
  );
  const groups = groupFindings(found, DEFAULT_RULES);
  for (const rule of GRAMMAR_RULES) {
    const mine = groups.filter((g) => g.rule === rule);
    console.log(`  ${rule}: ${mine.length} findings (${((mine.length / words) * 1000).toFixed(2)} per 1,000 words)`);
    for (const g of mine) console.log(`    ${g.word} ×${g.count}: ${g.first.message} « ${g.first.context} » [${g.pages[0]}]`);
  }
}

/** The kinds of error planted: a pattern found in a real sentence, its erroneous form, and the rule that must see it. */
const KINDS: { kind: string; rule: RuleId; find: RegExp; plant: (m: string) => string }[] = [
  { kind: 'agreement (les + singular noun)', rule: 'grammar', find: /(?<!\p{L})(les|ces|mes|vos|nos) (\p{Ll}{4,}s)(?!\p{L})/u, plant: (m) => m.slice(0, -1) },
  { kind: 'a / à', rule: 'grammar', find: /(?<!\p{L})à (\p{Ll}{3,}er)(?!\p{L})/u, plant: (m) => m.replace('à', 'a') },
  { kind: 'ou / où', rule: 'grammar', find: /(?<=\p{Ll} )où (il|elle|ils|elles|vous|nous|on|les|la|le)(?!\p{L})/u, plant: (m) => m.replace('où', 'ou') },
  { kind: 'se / ce', rule: 'grammar', find: /(?<=\p{L} )se (?=\p{Ll}{3,})/u, plant: () => 'ce ' },
  { kind: 'ces / c’est', rule: 'grammar', find: /(?<=\p{L} )ces (?=\p{Ll}{3,})/u, plant: () => 'c’est ' },
  { kind: 'past participle after avoir', rule: 'grammar', find: /(?<!\p{L})(a|ont|avez|avons) (\p{Ll}{3,}é)(?!\p{L})/u, plant: (m) => `${m.slice(0, -1)}er` },
  { kind: 'infinitive after a preposition', rule: 'grammar', find: /(?<!\p{L})(pour|sans) (\p{Ll}{3,}er)(?!\p{L})/u, plant: (m) => `${m.slice(0, -2)}ez` },
  { kind: 'space before a comma', rule: 'punctuation-space', find: /\p{Ll}, \p{Ll}/u, plant: (m) => `${m[0]} , ${m.slice(-1)}` },
  { kind: 'no space after a comma', rule: 'punctuation-space', find: /\p{Ll}{2}, \p{Ll}{2}/u, plant: (m) => m.replace(', ', ',') },
  { kind: 'capital without its accent', rule: 'capital-accent', find: /(?:^|(?<=\. ))(À|É)(?=\p{Ll}* )/u, plant: (m) => (m === 'À' ? 'A' : 'E') },
];

/** Errors planted one a sentence in real sentences (five words or more, ending with a stop), found or not. */
async function recall(speller: Speller, grammar: Grammar, pieces: TextPiece[]) {
  const sentences = [...new Set(pieces.filter((p) => speller.language(p) === 'fr').flatMap((p) => p.text.match(/[^.!?…]*\p{L}[^.!?…]*[.!?…]/gu) ?? []))]
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 5);
  console.log(`\n  Recall on errors planted in ${sentences.length.toLocaleString('en-US')} real sentences, at most 100 a kind:`);
  for (const { kind, rule, find, plant } of KINDS) {
    const pick = random(kind.length);
    const candidates = sentences.filter((s) => find.test(s) && !findsRule(speller, s, rule));
    const chosen = Array.from({ length: Math.min(100, candidates.length) }, () => candidates.splice(pick(candidates.length), 1)[0]!);
    let caught = 0;
    const missed: string[] = [];
    for (const sentence of chosen) {
      const match = find.exec(sentence)!;
      const planted = sentence.slice(0, match.index) + plant(match[0]) + sentence.slice(match.index + match[0].length);
      const piece = { text: planted, selector: 'p', kind: 'text' };
      const hits = [...speller.check([piece]).filter((f) => f.rule === rule), ...(rule === 'grammar' ? (await grammar.check([planted]))[0]! : [])];
      if (hits.some((h) => h.offset <= match.index + match[0].length && h.offset + h.word.length >= match.index)) caught++;
      else missed.push(planted);
    }
    const share = chosen.length ? `${Math.round((caught / chosen.length) * 100)} %` : 'n/a';
    console.log(`    ${kind}: ${caught}/${chosen.length} (${share})${missed.length ? `; missed e.g. « ${missed[0]} »` : ''}`);
  }
}

const findsRule = (speller: Speller, text: string, rule: RuleId) => speller.check([{ text, selector: 'p', kind: 'text' }]).some((f) => f.rule === rule);
