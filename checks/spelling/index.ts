import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { Duration, UrlOrPath } from '../../src/config/schema.js';
import { defineCheck, type Artifact, type CheckContext, type Evidence } from '../../src/core/check.js';
import { evaluateInPage } from '../../src/browser/evaluate.js';
import { isVisible, selectorOf } from '../../src/browser/in-page.js';
import { failOrPass } from '../../src/core/outcome.js';
import type { ResolvedFunnelStep } from '../../src/core/site.js';
import { slugify } from '../../src/util/slug.js';
import { runActions, screenshotWord, submitEmpty } from './browser-steps.js';
import { extractFromHtml, extractInPage } from './extract.js';
import { createSpeller, type SpellingFinding, type TextPiece } from './speller.js';

const RuleSeverity = z.enum(['off', 'warn', 'error']);
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

const Options = z.strictObject({
  funnel: z.boolean().default(true).describe('Check the subscription funnel (site.funnel), step by step with its actions.'),
  pages: z.array(UrlOrPath).default([]).describe('Other pages to check.'),
  files: z.array(z.string().min(1)).default([]).describe('Built HTML files to check without a browser, as globs relative to the config: ["dist/**/*.html"].'),
  languages: z
    .array(z.enum(['fr', 'en']))
    .min(1)
    .default(['fr'])
    .describe('fr by default; ["fr", "en"] accepts English words too.'),
  words: z.array(z.string()).default([]).describe('Words to accept: brands, product names.'),
  ignoreWords: z.array(z.string()).default([]),
  flagWords: z.array(z.string()).default([]).describe('Words always flagged (a competitor, an old brand name).'),
  cspellConfig: z
    .union([z.literal(false), z.string()])
    .optional()
    .describe("A cspell config whose words to reuse; by default one found in the config's folder."),
  emptySubmit: z.boolean().default(true).describe('Submit each form empty once, to check the validation messages.'),
  rules: z
    .strictObject({
      spelling: RuleSeverity.default('error'),
      cedilla: RuleSeverity.default('error'),
      'repeated-word': RuleSeverity.default('error'),
      typography: RuleSeverity.default('warn'),
    })
    .prefault({}),
  screenshots: z.number().int().min(0).max(200).default(20).describe('Screenshot crops of flagged words, at most.'),
  navigationTimeout: Duration.prefault('30s'),
});
type Ctx = CheckContext<z.output<typeof Options>>;

type Target = ResolvedFunnelStep;

export default defineCheck({
  meta: {
    id: 'spelling',
    title: 'The text visitors read is free of spelling mistakes',
    failureTitle: 'A visitor reads a spelling mistake',
    description:
      'Reads the rendered subscription funnel (labels, placeholders, buttons, options, validation messages, titles) in a real browser, or built HTML files, and checks it in French with cspell: dictionary, misplaced cedillas, repeated words and French typography.',
    options: Options,
    requires: ['browser'],
    packages: ['playwright-core', 'cspell-lib', '@cspell/dict-fr-fr'],
    timeout: 180_000,
  },
  async run(ctx) {
    const targets: Target[] = [
      ...(ctx.options.funnel ? ctx.site.funnel : []),
      ...ctx.options.pages.map((p, i) => ({ url: new URL(p, ctx.site.baseUrl).toString(), name: `Page ${i + 1}`, actions: [] })),
    ];
    const files = ctx.options.files.length ? (await import('tinyglobby')).globSync(ctx.options.files, { cwd: ctx.baseDir, absolute: true }) : [];
    if (targets.length === 0 && files.length === 0) {
      return {
        status: 'skip',
        summary: ctx.options.files.length
          ? `No file matches ${ctx.options.files.join(', ')}.`
          : 'Nothing to read: no funnel (site.funnel), no pages and no files configured.',
      };
    }
    const speller = await createSpeller({
      languages: ctx.options.languages,
      words: ctx.options.words,
      ignoreWords: ctx.options.ignoreWords,
      flagWords: ctx.options.flagWords,
      configFile: cspellConfigOf(ctx),
      rules: ctx.options.rules,
    });
    const evidence: Evidence[] = [];
    const artifacts: Artifact[] = [];
    let piecesChecked = 0;
    const record = (findings: SpellingFinding[], where: string, shot?: (f: SpellingFinding) => Promise<string | undefined>) =>
      Promise.all(
        findings.map(async (finding) => {
          const level = ctx.options.rules[finding.rule] === 'warn' ? 'warn' : 'fail';
          const artifact = level === 'fail' && artifacts.length < ctx.options.screenshots ? await shot?.(finding) : undefined;
          if (artifact) artifacts.push({ kind: 'screenshot', path: artifact, title: `"${finding.word}" on ${where}` });
          evidence.push({
            level,
            message: `"${finding.word}" in « ${finding.context} » (${finding.rule}: ${finding.message})${finding.suggestions.length ? `. Suggestions: ${finding.suggestions.join(', ')}` : ''}.`,
            target: where,
            data: {
              rule: finding.rule,
              word: finding.word,
              suggestions: finding.suggestions,
              selector: finding.piece.selector,
              kind: finding.piece.kind,
              context: finding.context,
            },
            artifact,
          });
        }),
      );

    for (const file of files) {
      const pieces = extractFromHtml(await readFile(file, 'utf8'));
      piecesChecked += pieces.length;
      const where = path.relative(ctx.baseDir, file) || file;
      await record(await speller.check(pieces), where);
      if (pieces.length > 0)
        evidence.push({ level: 'pass', message: `${where}: ${pieces.length} pieces of text read.`, target: where, data: { pieces: pieces.length } });
    }
    if (targets.length > 0) {
      const browser = (await ctx.browser()) as unknown as Browser;
      const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        for (const target of targets) {
          if (ctx.signal.aborted) break;
          piecesChecked += await checkTarget(ctx, page, target, speller, record, evidence, artifacts.length);
        }
      } finally {
        await context.close();
      }
    }
    const fixes = [...new Set(evidence.filter((e) => e.level !== 'pass').map((e) => e.data?.rule as string))].map((rule) => ({
      action:
        rule === 'typography'
          ? 'Put a non-breaking space (U+202F or U+00A0) before ; : ! ? and inside « », as French typography wants.'
          : "Correct the text in the page templates or the CMS; add brand and product names to the check's words option.",
    }));
    const pages = targets.length + files.length;
    const summary = `${piecesChecked} pieces of text on ${pages} page${pages === 1 ? '' : 's'}: no spelling mistake.`;
    return { ...failOrPass(evidence, fixes, summary), artifacts };
  },
});

type Recorder = (findings: SpellingFinding[], where: string, shot?: (f: SpellingFinding) => Promise<string | undefined>) => Promise<unknown>;

/** One page: read it as loaded, then after an empty submit (validation messages), then after its scripted actions. */
async function checkTarget(
  ctx: Ctx,
  page: Page,
  target: Target,
  speller: Awaited<ReturnType<typeof createSpeller>>,
  record: Recorder,
  evidence: Evidence[],
  shots: number,
): Promise<number> {
  const timeout = ctx.options.navigationTimeout;
  try {
    const response = await page.goto(target.url, { waitUntil: 'load', timeout });
    if (!response || response.status() >= 400) {
      evidence.push({ level: 'fail', message: `${target.name} answered ${response?.status() ?? 'nothing'}: its text could not be read.`, target: target.url });
      return 0;
    }
  } catch (error) {
    evidence.push({ level: 'fail', message: `${target.name} did not load: ${(error as Error).message.split('\n')[0]}`, target: target.url });
    return 0;
  }
  const seen = new Set<string>();
  let count = 0;
  let shot = shots;
  const readNew = async () => {
    const pieces = (await evaluateInPage(page, extractInPage, undefined, { selectorOf, isVisible })).filter(
      (p: TextPiece) => !seen.has(`${p.selector}|${p.text}`),
    );
    for (const p of pieces) seen.add(`${p.selector}|${p.text}`);
    count += pieces.length;
    const where = page.url();
    await record(await speller.check(pieces), where, async (finding) => {
      const png = await screenshotWord(page, finding.piece.selector, finding.word, finding.piece.kind);
      return png ? ctx.artifacts.save(`spelling/${String(++shot).padStart(2, '0')}-${slugify(finding.word, 'word', 30)}.png`, png) : undefined;
    });
  };
  await readNew();
  if (ctx.options.emptySubmit && (await submitEmpty(page))) await readNew();
  if (target.actions.length > 0) {
    try {
      await runActions(page, target.actions, timeout);
      await readNew();
    } catch (error) {
      evidence.push({
        level: 'fail',
        message: `${target.name}: a scripted action failed, so the text after it was not read: ${(error as Error).message.split('\n')[0]}`,
        target: target.url,
      });
    }
  }
  if (count > 0) evidence.push({ level: 'pass', message: `${target.name}: ${count} pieces of text read.`, target: target.url, data: { pieces: count } });
  return count;
}

function cspellConfigOf(ctx: Ctx): string | undefined {
  if (ctx.options.cspellConfig === false) return undefined;
  if (ctx.options.cspellConfig) return path.resolve(ctx.baseDir, ctx.options.cspellConfig);
  return CSPELL_CONFIGS.map((name) => path.join(ctx.baseDir, name)).find((file) => existsSync(file));
}
