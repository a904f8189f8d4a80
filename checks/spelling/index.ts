import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { defineCheck, findings, pagePath, plural, type Artifact, type CheckContext, type Evidence, Timeout, UrlOrPath } from '../../src/check/index.js';
import { evaluateInPage } from '../../src/browser/evaluate.js';
import { isVisible, selectorOf } from '../../src/browser/in-page.js';
import { newSiteContext } from '../../src/browser/network.js';
import { browserProblem } from '../../src/browser/problems.js';
import type { ReadOnlyGuard } from '../../src/browser/read-only.js';
import type { ResolvedFunnelStep } from '../../src/web/site.js';
import { decodeHtmlFile, notAPage } from '../../src/web/html.js';
import { slugify } from '../../src/util/slug.js';
import { runActions, screenshotWord, submitEmpty } from './browser-steps.js';
import { extractFromHtml, extractInPage, IN_PAGE_ARGS } from './extract.js';
import { groupFindings, siteVocabulary, type FindingGroup } from './findings.js';
import { createSpeller, proseText, sentenceAround, type Speller, type SpellingFinding, type TextPiece } from './speller.js';
import { openGrammar, type Grammar } from './grammar.js';
import { apostrophesOf } from './typography.js';
import { SPELLING_RULES, type RuleId } from './rules.js';
import { readWordsFile } from './words-file.js';

const RuleSeverity = z.enum(['off', 'info', 'warn', 'error']);
const CSPELL_CONFIGS = [
  'cspell.json',
  '.cspell.json',
  'cspell.config.json',
  'cspell.config.yaml',
  'cspell.config.yml',
  'cspell.yaml',
  'cspell.yml',
  '.cspell.yaml',
];
/** The report file with every word flagged or listed, and the words file it is for. */
export const WORDS_DATA = 'spelling/words.json';
export interface WordsData {
  wordsFile: string;
  groups: Pick<FindingGroup, 'rule' | 'word' | 'level' | 'count' | 'pages'>[];
}
/** Unknown words listed in the report at most (all of them are in `primetime spelling --baseline`'s file). */
const UNKNOWN_LISTED = 40;
/** Built pages the speller may read ahead of the grammar engine: enough to keep its processes busy, few in memory. */
const PAGES_AHEAD = 8;

const Options = z.strictObject({
  site: z.boolean().default(true).describe('Read the home page (site.home) and site.pages.'),
  funnel: z.boolean().default(true).describe('Read the subscription funnel (site.funnel), step by step with its actions.'),
  pages: z.array(UrlOrPath).default([]).describe('More pages to read.'),
  files: z.array(z.string().min(1)).default([]).describe('Built HTML files to check without a browser, as globs relative to the config: ["dist/**/*.html"].'),
  languages: z
    .array(z.enum(['fr', 'en']))
    .min(1)
    .default(['fr'])
    .describe('fr by default; ["fr", "en"] checks English text too (lang="en", or mostly English) and accepts English words.'),
  words: z.array(z.string()).default([]).describe('Words to accept: brands, product names.'),
  ignoreWords: z.array(z.string()).default([]),
  flagWords: z.array(z.string()).default([]).describe('Words always flagged (a competitor, an old brand name).'),
  wordsFile: z
    .string()
    .default('primetime.words.txt')
    .describe('A words file relative to the config (one word a line, # comments): accepted words. `primetime spelling --baseline` writes it.'),
  cspellConfig: z
    .union([z.literal(false), z.string()])
    .optional()
    .describe("A cspell config whose words to reuse; by default one found in the config's folder."),
  checkAcronyms: z.boolean().default(false).describe('Check words in capitals too (by default they are acronyms: RGPD, CNIL).'),
  emptySubmit: z
    .boolean()
    .default(true)
    .describe('Reveal the validation messages of each form by submitting it empty, with everything it would send blocked: nothing is ever sent.'),
  rules: z
    .strictObject(
      Object.fromEntries(Object.entries(SPELLING_RULES).map(([id, rule]) => [id, RuleSeverity.default(rule.severity).describe(rule.description)])) as Record<
        RuleId,
        z.ZodDefault<typeof RuleSeverity>
      >,
    )
    .prefault({}),
  screenshots: z.number().int().min(0).max(200).default(20).describe('Screenshot crops of flagged words, at most.'),
  navigationTimeout: Timeout.prefault('30s'),
});
type Options = z.output<typeof Options>;
type Ctx = CheckContext<Options>;

export default defineCheck({
  meta: {
    id: 'spelling',
    title: 'The text visitors read is free of spelling mistakes',
    failureTitle: 'A visitor reads a spelling mistake',
    description:
      'Reads the rendered pages (home, pages and subscription funnel: text, labels, placeholders, buttons, options, validation messages, titles) in a real browser, or built HTML files, and checks the French prose: likely typos (one edit from a French word), placeholder text, misplaced cedillas, repeated words, typography (spaces around punctuation, accented capitals, quotes and brackets left open) and grammar through Grammalecte. Names, jargon and English words are listed, not flagged.',
    options: Options,
    recommended: 'error',
    requires: ['browser'],
    packages: [
      'playwright-core',
      'cspell-lib',
      'cspell-trie-lib',
      '@cspell/dict-fr-fr',
      '@cspell/dict-fr-reforme',
      '@cspell/dict-en_us',
      '@cspell/dict-en-gb-mit',
      '@cspell/dict-software-terms',
      '@cspell/dict-lorem-ipsum',
      '@zxcvbn-ts/language-fr',
    ],
    timeout: 180_000,
  },
  async run(ctx) {
    const targets = targetsOf(ctx);
    const files = ctx.options.files.length ? (await import('tinyglobby')).globSync(ctx.options.files, { cwd: ctx.baseDir, absolute: true }) : [];
    if (targets.length === 0 && files.length === 0)
      return {
        status: 'skip',
        summary: ctx.options.files.length ? `No file matches ${ctx.options.files.join(', ')}.` : 'Nothing to read: no page, no funnel and no files.',
      };
    const [speller, grammar] = await Promise.all([spellerFor(ctx), ctx.options.rules.grammar === 'off' ? undefined : openGrammar()]);
    const reading = new Reading(ctx, speller, grammar && 'version' in grammar ? grammar : undefined);
    try {
      await reading.readFiles(files.map((file) => ({ file, where: path.relative(ctx.baseDir, file) || file })));
      if (targets.length > 0) await readInBrowser(ctx, targets, reading);
    } finally {
      reading.grammar?.close();
    }
    if (grammar && 'missing' in grammar)
      reading.found.warn(`Grammar not checked: Grammalecte is not installed (${grammar.missing}).`, {
        fix: 'Install it (Debian, Ubuntu: sudo apt-get install grammalecte-cli), or set rules.grammar to off in the spelling options.',
      });
    return reading.outcome(targets.length + files.length, path.resolve(ctx.baseDir, ctx.options.wordsFile));
  },
});

/** The home page, site.pages and the funnel by default, then `pages`; each URL once. */
function targetsOf(ctx: Ctx): ResolvedFunnelStep[] {
  const named = (url: string, name: string): ResolvedFunnelStep => ({ url, name, actions: [] });
  const all = [
    ...(ctx.options.site ? [named(ctx.site.home, 'Home page'), ...ctx.site.pages.map((url) => named(url, new URL(url).pathname))] : []),
    ...(ctx.options.funnel ? ctx.site.funnel : []),
    ...ctx.options.pages.map((p) => named(new URL(p, ctx.site.baseUrl).toString(), p)),
  ];
  return all.filter((target, i) => all.findIndex((other) => other.url === target.url) === i || target.actions.length > 0);
}

async function spellerFor(ctx: Ctx): Promise<Speller> {
  const wordsFile = path.resolve(ctx.baseDir, ctx.options.wordsFile);
  return createSpeller({
    languages: ctx.options.languages,
    words: [...ctx.options.words, ...(existsSync(wordsFile) ? await readWordsFile(wordsFile) : [])],
    ignoreWords: ctx.options.ignoreWords,
    flagWords: ctx.options.flagWords,
    configFile: cspellConfigOf(ctx),
    rules: ctx.options.rules,
    checkAcronyms: ctx.options.checkAcronyms,
  });
}

/** What the check has read so far, and the findings it makes of it. */
class Reading {
  /** What the speller flagged, and where. */
  readonly hits: { finding: SpellingFinding; where: string }[] = [];
  /** The check's one collector: what each page gave (read, not a page, could not be read), then the spelling findings. */
  readonly found = findings();
  readonly artifacts: Artifact[] = [];
  /** The screenshot of each word's first blocking occurrence, by rule and word. */
  private readonly shots = new Map<string, string | undefined>();
  /** The apostrophes each page uses: straight, curly, or both (one finding a page). */
  private readonly apostrophes = new Map<string, { straight?: SpellingFinding; curly?: SpellingFinding }>();
  constructor(
    private readonly ctx: Ctx,
    private readonly speller: Speller,
    readonly grammar: Grammar | undefined,
  ) {}

  /** Checks pieces read at `where`; `screenshot` crops the first blocking occurrence of each word. */
  async check(pieces: TextPiece[], where: string, screenshot?: (finding: SpellingFinding, index: number) => Promise<string | undefined>) {
    const { own, engine } = this.spell(pieces, where);
    await this.record(own, await engine, where, screenshot);
  }

  /** The speller's findings at once, and the grammar engine's when it answers. */
  private spell(pieces: TextPiece[], where: string): { own: SpellingFinding[]; engine: Promise<SpellingFinding[]> } {
    const french = pieces.filter((piece) => this.speller.language(piece) === 'fr');
    this.noteApostrophes(french, where);
    const engine = this.grammarOf(french);
    // Awaited when the page is recorded, maybe pages later: a failure must not count as unhandled before then.
    engine.catch(() => undefined);
    return { own: this.speller.check(pieces), engine };
  }

  private async record(
    own: SpellingFinding[],
    fromEngine: SpellingFinding[],
    where: string,
    screenshot?: (finding: SpellingFinding, index: number) => Promise<string | undefined>,
  ) {
    // The engine may see what a built-in rule saw ("là ou vous"): one finding of it.
    const engine = fromEngine.filter(
      (e) => !own.some((o) => o.rule === e.rule && o.piece === e.piece && o.offset < e.offset + e.word.length && e.offset < o.offset + o.word.length),
    );
    for (const finding of [...own, ...engine]) {
      this.hits.push({ finding, where });
      const key = `${finding.rule}|${finding.word}`;
      if (!screenshot || this.ctx.options.rules[finding.rule] !== 'error' || this.shots.has(key) || this.shots.size >= this.ctx.options.screenshots) continue;
      this.shots.set(key, undefined);
      const artifact = await screenshot(finding, this.shots.size);
      this.shots.set(key, artifact);
      if (artifact) this.artifacts.push({ kind: 'screenshot', path: artifact, title: `"${finding.word}" on ${where}` });
    }
  }

  /** Grammalecte's findings on the French pieces, but for what the team accepts. */
  private async grammarOf(french: TextPiece[]): Promise<SpellingFinding[]> {
    if (!this.grammar || french.length === 0) return [];
    const texts = french.map(proseText);
    const hits = await this.grammar.check(texts);
    return hits.flatMap((found, i) =>
      found
        .filter((hit) => !this.speller.accepts(hit.word))
        .map((hit) => ({ ...hit, piece: french[i]!, context: sentenceAround(texts[i]!, hit.offset, hit.word.length) })),
    );
  }

  /** Remembers, per page, the first piece with a straight and the first with a curly apostrophe. */
  private noteApostrophes(french: TextPiece[], where: string) {
    const seen = this.apostrophes.get(where) ?? {};
    for (const piece of french) {
      const { straight, curly } = apostrophesOf(piece.text);
      const finding = (word: string) => ({
        rule: 'apostrophes' as const,
        offset: 0,
        word,
        message: 'straight and curly apostrophes mixed on the page',
        suggestions: ['’'],
        piece,
        context: sentenceAround(piece.text, Math.max(0, piece.text.search(/\p{L}['’]\p{L}/u)), 3),
      });
      if (straight) seen.straight ??= finding("'");
      if (curly) seen.curly ??= finding('’');
    }
    this.apostrophes.set(where, seen);
  }

  /**
   * Built files, recorded in their order. The grammar engine answers while the speller reads the next pages (a few
   * ahead at most), so neither waits for the other.
   */
  async readFiles(files: { file: string; where: string }[]) {
    let recorded = Promise.resolve();
    const ahead: Promise<void>[] = [];
    for (const { file, where } of files) {
      const page = this.spellFile(decodeHtmlFile(await readFile(file)), where);
      recorded = recorded.then(async () => {
        if ('not' in page) return void this.found.info(`Not a page (${page.not === 'empty' ? 'an empty file' : page.not}): not read.`, { target: where });
        await this.record(page.own, await page.engine, where);
        this.pageRead(where, where, page.pieces);
      });
      // A failure (the engine stopped) stops the loop at the next await of the chain: not unhandled before then.
      recorded.catch(() => undefined);
      ahead.push(recorded);
      if (ahead.length > PAGES_AHEAD) await ahead.shift();
    }
    await recorded;
  }

  private spellFile(html: string, where: string) {
    // A build leaves JSON, feeds and empty files under .html names: no visitor reads them as prose.
    const not = notAPage(html);
    if (not) return { not };
    const pieces = extractFromHtml(html);
    return { ...this.spell(pieces, where), pieces: pieces.length };
  }

  pageRead(name: string, where: string, pieces: number) {
    if (pieces > 0) this.found.pass(`${name}: ${pieces} pieces of text read.`, { target: where, data: { pieces } });
  }

  async outcome(pageCount: number, wordsFile: string) {
    for (const [where, { straight, curly }] of this.apostrophes) if (straight && curly) this.hits.push({ finding: straight, where });
    const groups = groupFindings(this.hits, this.ctx.options.rules);
    // Every word flagged or listed, for the team to review and for `primetime spelling --baseline`.
    const words: WordsData = { wordsFile, groups: groups.map(({ rule, word, level, count, pages }) => ({ rule, word, level, count, pages })) };
    this.artifacts.push({
      kind: 'data',
      path: await this.ctx.artifacts.save(WORDS_DATA, JSON.stringify(words, null, 1)),
      title: 'Every word flagged or listed',
    });
    const { found } = this;
    // Unknown words at their default level are listed together; everything else is a finding of its own.
    const listed = groups.filter(isListed);
    const flagged = groups.filter((g) => !isListed(g));
    for (const evidence of [...flagged.map((g) => this.evidenceOf(g)), ...listUnknown(listed, pageCount)]) found.add(evidence);
    for (const [rule, { fix }] of Object.entries(SPELLING_RULES)) if (fix && flagged.some((g) => g.rule === rule && g.level !== 'info')) found.fix(fix);
    const unknown = listed.length;
    const summary = `${plural(this.speller.words, 'word')} on ${plural(pageCount, 'page')}: no spelling mistake${unknown ? ` (${unknown} unknown words listed)` : ''}.`;
    return found.outcome(summary, { artifacts: this.artifacts });
  }

  private evidenceOf(group: FindingGroup): Evidence {
    const { first } = group;
    const elsewhere = group.pages.length > 1 ? ` Also on ${plural(group.pages.length - 1, 'more page')}.` : '';
    const artifact = this.shots.get(`${group.rule}|${group.word}`);
    return {
      level: group.level,
      message: `"${group.word}" in « ${first.context} » (${group.rule}: ${first.message})${first.suggestions.length ? `. Suggestions: ${first.suggestions.join(', ')}` : ''}.${elsewhere}`,
      target: group.pages[0],
      data: {
        rule: group.rule,
        word: group.word,
        suggestions: first.suggestions,
        selector: first.piece.selector,
        kind: first.piece.kind,
        context: first.context,
        count: group.count,
        pages: group.pages,
      },
      artifact,
    };
  }
}

const isListed = (group: FindingGroup) => group.rule === 'unknown-word' && group.level === 'info';

/** Unknown words, most frequent first, and those seen on many pages proposed as the site's vocabulary. */
function listUnknown(groups: FindingGroup[], pageCount: number): Evidence[] {
  const unknown = [...groups].sort((a, b) => b.pages.length - a.pages.length || b.count - a.count);
  if (unknown.length === 0) return [];
  const listed = unknown.slice(0, UNKNOWN_LISTED);
  const evidence: Evidence[] = [
    {
      level: 'info',
      message: `${plural(unknown.length, 'unknown word')} (names, jargon, English: not typos): ${listed.map((g) => `${g.word} ×${g.count}`).join(', ')}${unknown.length > listed.length ? `, and ${unknown.length - listed.length} more` : ''}.`,
      data: { words: listed.map((g) => ({ word: g.word, count: g.count, pages: g.pages.slice(0, 5), english: /English/.test(g.first.message) })) },
    },
  ];
  const vocabulary = siteVocabulary(unknown, pageCount);
  if (vocabulary.length > 0)
    evidence.push({
      level: 'info',
      message: `Seen on many pages, probably the site's own vocabulary: ${vocabulary.slice(0, 20).join(', ')}. Add them to the words option, or run primetime spelling --baseline.`,
      data: { vocabulary },
    });
  return evidence;
}

/** Reads each target in one read-only browser context: nothing is ever sent. */
async function readInBrowser(ctx: Ctx, targets: ResolvedFunnelStep[], reading: Reading) {
  const browser = (await ctx.browser()) as unknown as Browser;
  const { context, guard } = await newSiteContext<BrowserContext>(browser, ctx, {
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    for (const [index, target] of targets.entries()) {
      if (ctx.signal.aborted) break;
      ctx.step(`page ${index + 1}/${targets.length}: ${pagePath(target.url)}`);
      await readTarget(ctx, page, target, reading, guard);
    }
  } finally {
    await context.close();
  }
}

/** One page: read it as loaded, then after an empty submit (validation messages), then after its scripted actions. */
async function readTarget(ctx: Ctx, page: Page, target: ResolvedFunnelStep, reading: Reading, guard: ReadOnlyGuard) {
  const timeout = ctx.options.navigationTimeout;
  const open = async () => {
    const response = await guard.navigating(() => page.goto(target.url, { waitUntil: 'load', timeout }));
    if (!response || response.status() >= 400) throw new Error(`answered ${response?.status() ?? 'nothing'}: its text could not be read`);
  };
  try {
    await open();
  } catch (error) {
    reading.found.fail(`${target.name} ${browserProblem(error)}`, { target: target.url });
    return;
  }
  const seen = new Set<string>();
  let count = 0;
  const readNew = async () => {
    const pieces = (await evaluateInPage(page, extractInPage, IN_PAGE_ARGS, { selectorOf, isVisible })).filter(
      (p: TextPiece) => !seen.has(`${p.selector}|${p.text}`),
    );
    for (const p of pieces) seen.add(`${p.selector}|${p.text}`);
    count += pieces.length;
    await reading.check(pieces, page.url(), async (finding, index) => {
      const png = await screenshotWord(page, finding.piece.selector, finding.word, finding.piece.kind);
      return png ? ctx.artifacts.save(`spelling/${String(index).padStart(2, '0')}-${slugify(finding.word, 'word', 30)}.png`, png) : undefined;
    });
  };
  await readNew();
  if (ctx.options.emptySubmit) {
    const submitted = await submitEmpty(page);
    if ('navigatedTo' in submitted) {
      reading.found.info(`${target.name}: validation messages not checked: the form leaves the page when submitted (primetime blocked it; nothing was sent).`, {
        target: target.url,
      });
      await open().catch(() => undefined);
    } else if (submitted.forms > 0) await readNew();
  }
  if (target.actions.length > 0) {
    const blockedBefore = guard.blocked.length;
    try {
      await guard.navigating(() => runActions(page, target.actions, timeout));
      const sent = guard.blocked.slice(blockedBefore);
      if (sent.length > 0) throw new Error(`it would have sent ${sent[0]}, which primetime never does: list the next page's URL in site.funnel instead`);
      await readNew();
    } catch (error) {
      reading.found.fail(`${target.name}: a scripted action failed, so the text after it was not read: ${browserProblem(error)}`, { target: target.url });
    }
  }
  reading.pageRead(target.name, target.url, count);
}

function cspellConfigOf(ctx: Ctx): string | undefined {
  if (ctx.options.cspellConfig === false) return undefined;
  if (ctx.options.cspellConfig) return path.resolve(ctx.baseDir, ctx.options.cspellConfig);
  return CSPELL_CONFIGS.map((name) => path.join(ctx.baseDir, name)).find((file) => existsSync(file));
}
