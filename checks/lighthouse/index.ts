import { z } from 'zod';
import { CHROMIUM_FLAGS, findBrowser } from '../../src/browser/launch.js';
import { Timeout, UrlOrPath } from '../../src/config/schema.js';
import { defineCheck, type Artifact, type CheckContext, type Evidence } from '../../src/core/check.js';
import { expectLateRejections } from '../../src/core/late-rejections.js';
import { failOrPass } from '../../src/core/outcome.js';
import { formatNumber } from '../../src/report/text.js';
import { formatDuration } from '../../src/util/duration.js';
import { slugify } from '../../src/util/slug.js';
import { judgeRuns, spreadOf } from './stats.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Metric budgets, by Lighthouse audit id: milliseconds, except CLS. */
const METRICS = {
  lcp: { audit: 'largest-contentful-paint', label: 'LCP', unit: 'ms' },
  cls: { audit: 'cumulative-layout-shift', label: 'CLS', unit: '' },
  tbt: { audit: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  fcp: { audit: 'first-contentful-paint', label: 'FCP', unit: 'ms' },
} as const;

const Thresholds = z.strictObject({
  performance: z.number().min(0).max(1).nullable().optional(),
  accessibility: z.number().min(0).max(1).nullable().optional(),
  'best-practices': z.number().min(0).max(1).nullable().optional(),
  seo: z.number().min(0).max(1).nullable().optional(),
  lcp: z.number().min(0).nullable().optional().describe('ms'),
  cls: z.number().min(0).nullable().optional(),
  tbt: z.number().min(0).nullable().optional().describe('ms'),
  fcp: z.number().min(0).nullable().optional().describe('ms'),
});
type ThresholdSet = z.output<typeof Thresholds>;

/** Documented, not hidden: categories at least 0.9; LCP 2.5 s, CLS 0.1, TBT 200 ms, FCP 1.8 s at most. null turns one off. */
export const DEFAULT_THRESHOLDS: Required<{ [K in keyof ThresholdSet]: number }> = {
  performance: 0.9,
  accessibility: 0.9,
  'best-practices': 0.9,
  seo: 0.9,
  lcp: 2_500,
  cls: 0.1,
  tbt: 200,
  fcp: 1_800,
};

const Options = z.strictObject({
  pages: z
    .array(z.union([UrlOrPath, z.strictObject({ url: UrlOrPath, thresholds: Thresholds.default({}) })]))
    .default([])
    .describe('Pages besides the home page (always audited), each with its own thresholds if needed.'),
  formFactors: z
    .array(z.enum(['mobile', 'desktop']))
    .min(1)
    .default(['mobile']),
  runs: z.number().int().min(1).max(9).default(3).describe('Runs per page and form factor; the median decides.'),
  thresholds: Thresholds.default({}),
  runTimeout: Timeout.prefault('2m').describe('One run on one page at most: a page that never finishes loading (a script looping forever) ends there.'),
});
type Ctx = CheckContext<z.output<typeof Options>>;

export default defineCheck({
  meta: {
    id: 'lighthouse',
    title: 'Lighthouse scores and Web Vitals meet their thresholds on mobile',
    failureTitle: 'A page is too slow or fails Lighthouse thresholds',
    description:
      'Runs Lighthouse on the home page and the configured pages (mobile by default, desktop on request), several times each, and judges the median of each category and metric against its threshold; when a threshold lies inside the spread of the runs the result is inconclusive, not a coin flip.',
    options: Options,
    recommended: 'error',
    requires: ['browser'],
    packages: ['lighthouse', 'chrome-launcher', 'puppeteer-core'],
    // Lighthouse must never run beside another Lighthouse or browser check: it measures the machine too.
    exclusive: true,
    timeout: 900_000,
  },
  async run(ctx) {
    const [{ default: lighthouse }, { launch }, { default: desktopConfig }, { connect }] = await Promise.all([
      import('lighthouse'),
      import('chrome-launcher'),
      import('lighthouse/core/config/desktop-config.js'),
      import('puppeteer-core'),
    ]);
    const chrome = await launch({
      chromePath: findBrowser(ctx.config.browser.executablePath),
      chromeFlags: [...CHROMIUM_FLAGS, ...ctx.config.browser.args, ...(await ctx.browserArgs())],
      logLevel: 'silent',
      // primetime handles Ctrl-C itself (a partial report, exit 2): chrome-launcher's handler would exit 130 first.
      handleSIGINT: false,
    });
    const evidence: Evidence[] = [];
    const artifacts: Artifact[] = [];
    // Interrupted or timed out: the browser goes at once (Lighthouse's listeners then reject, expectedly); and never
    // outlives the process, whatever ends it.
    let driver: Awaited<ReturnType<typeof readOnlyPage>> | undefined;
    // The page's connection goes first: Chromium's end then rejects nothing primetime holds.
    const end = async () => {
      await driver?.disconnect();
      chrome.kill();
    };
    const stop = () => (expectTargetClosed(), void end());
    const killOnExit = () => chrome.kill();
    ctx.signal.addEventListener('abort', stop, { once: true });
    process.once('exit', killOnExit);
    try {
      driver = await readOnlyPage(connect, chrome.port);
      audit: for (const target of targets(ctx)) {
        for (const formFactor of ctx.options.formFactors) {
          const samples: { categories: Record<string, number>; metrics: Record<string, number> }[] = [];
          for (let run = 1; run <= ctx.options.runs && !ctx.signal.aborted; run++) {
            const result = await withinRunTimeout(
              ctx.options.runTimeout,
              lighthouse(
                target.url,
                // site.headers on every request Lighthouse makes, as Lighthouse CI's extraHeaders do.
                {
                  port: chrome.port,
                  output: 'html',
                  logLevel: 'error',
                  onlyCategories: [...CATEGORIES],
                  ...(Object.keys(ctx.config.site.headers).length ? { extraHeaders: ctx.config.site.headers } : {}),
                },
                formFactor === 'desktop' ? desktopConfig : undefined,
                driver.page,
              ),
            );
            if (result === 'timeout') {
              evidence.push({
                level: 'fail',
                message: `${new URL(target.url).pathname} (${formFactor}): the page never finished loading within ${formatDuration(ctx.options.runTimeout)} (Lighthouse run ${run}): a script may loop forever or the page may wait on something that never answers.`,
                target: target.url,
              });
              // The browser is busy with the stuck page: nothing more can be measured in it.
              break audit;
            }
            if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
            const { lhr, report } = result;
            const path = await ctx.artifacts.save(
              `lighthouse/${slugify(new URL(target.url).pathname, 'home')}-${formFactor}-run${run}.html`,
              Array.isArray(report) ? report[0]! : report,
            );
            artifacts.push({ kind: 'report', path, title: `Lighthouse ${formFactor} run ${run}: ${new URL(target.url).pathname}` });
            if (lhr.runtimeError) {
              evidence.push({
                level: 'fail',
                message: `${new URL(target.url).pathname} (${formFactor}): Lighthouse could not audit the page: ${lhr.runtimeError.message}`,
                target: target.url,
                artifact: path,
              });
              break;
            }
            samples.push({
              categories: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])),
              metrics: Object.fromEntries(Object.entries(METRICS).map(([key, m]) => [key, lhr.audits[m.audit]?.numericValue ?? Number.NaN])),
            });
          }
          if (samples.length > 0) evidence.push(...judgeSamples(target, formFactor, samples, ctx.options.runs));
        }
      }
    } finally {
      ctx.signal.removeEventListener('abort', stop);
      process.removeListener('exit', killOnExit);
      await end();
    }
    const fixes = evidence.some((e) => e.level !== 'pass' && e.level !== 'info')
      ? [
          {
            action:
              'Open the Lighthouse reports linked below: each failing audit comes with its fix (render-blocking resources, image sizes, main-thread work…). For inconclusive results, raise runs.',
          },
        ]
      : [];
    return { ...failOrPass(evidence, fixes, `Lighthouse ${ctx.options.formFactors.join(' and ')}: every median meets its threshold.`), artifacts };
  },
});

/**
 * The page Lighthouse drives, read-only as every page primetime opens: the site's scripts may not post (a beacon,
 * a form, an API call); only GET and HEAD leave Chromium. Request interception costs no score (measured: the same
 * medians with and without it).
 */
async function readOnlyPage(connect: typeof import('puppeteer-core').connect, port: number) {
  const browser = await connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on(
    'request',
    (request) => void (['GET', 'HEAD'].includes(request.method()) ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined),
  );
  return { page, disconnect: () => browser.disconnect().catch(() => undefined) };
}

/**
 * A Lighthouse run, or 'timeout' when it outlasts its bound. The caller then kills the browser, which ends the run;
 * Lighthouse's own listeners then reject with "Target closed" where nobody awaits them: those rejections, and
 * only those, are expected for a while and must not end the process.
 */
async function withinRunTimeout<T>(ms: number, run: Promise<T>): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    const result = await Promise.race([run, deadline]);
    if (result === 'timeout') expectTargetClosed();
    return result;
  } finally {
    clearTimeout(timer);
    run.catch(() => undefined);
  }
}

const TARGET_CLOSED_GRACE_MS = 10_000;
const expectTargetClosed = () => expectLateRejections(/Target closed|Connection closed|Session closed/i, TARGET_CLOSED_GRACE_MS);

interface Target {
  url: string;
  thresholds: ThresholdSet;
}

/** The home page always, then the configured pages; a page named twice (the home page too) takes its own thresholds. */
function targets(ctx: Ctx): Target[] {
  const byUrl = new Map<string, ThresholdSet>([[ctx.site.home, {}]]);
  for (const page of ctx.options.pages) {
    const { url, thresholds } = typeof page === 'string' ? { url: page, thresholds: {} } : page;
    const absolute = new URL(url, ctx.site.baseUrl).toString();
    byUrl.set(absolute, { ...byUrl.get(absolute), ...thresholds });
  }
  return [...byUrl].map(([url, thresholds]) => ({ url, thresholds: { ...DEFAULT_THRESHOLDS, ...ctx.options.thresholds, ...thresholds } }));
}

function judgeSamples(
  target: Target,
  formFactor: string,
  samples: { categories: Record<string, number>; metrics: Record<string, number> }[],
  runs: number,
): Evidence[] {
  const where = `${new URL(target.url).pathname} (${formFactor})`;
  const evidence: Evidence[] = [];
  const judge = (name: string, values: number[], threshold: number | null | undefined, higherIsBetter: boolean, format: (n: number) => string) => {
    if (threshold === null || threshold === undefined || values.some(Number.isNaN)) return;
    const spread = spreadOf(values);
    const verdict = judgeRuns(values, threshold, higherIsBetter);
    const span = values.length > 1 ? ` (min ${format(spread.min)}, max ${format(spread.max)} over ${values.length} runs)` : '';
    const rule = `${higherIsBetter ? 'at least' : 'at most'} ${format(threshold)}`;
    const data = { formFactor, metric: name, threshold, ...spread };
    if (verdict === 'pass')
      evidence.push({ level: 'pass', message: `${where} ${name}: median ${format(spread.median)}${span}, ${rule}.`, target: target.url, data });
    else if (verdict === 'fail')
      evidence.push({ level: 'fail', message: `${where} ${name}: median ${format(spread.median)}${span}, needs ${rule}.`, target: target.url, data });
    else
      evidence.push({
        level: 'warn',
        message: `${where} ${name}: inconclusive: the runs (${format(spread.min)} to ${format(spread.max)}, median ${format(spread.median)}) straddle the threshold (${rule}). Run more than ${runs} times (runs option) or on a quieter machine.`,
        target: target.url,
        data,
      });
  };
  for (const category of CATEGORIES)
    judge(
      category,
      samples.map((s) => s.categories[category]!),
      target.thresholds[category],
      true,
      (n) => n.toFixed(2),
    );
  for (const [key, metric] of Object.entries(METRICS)) {
    judge(
      metric.label,
      samples.map((s) => s.metrics[key]!),
      target.thresholds[key as keyof ThresholdSet],
      false,
      (n) => (metric.unit ? `${formatNumber(Math.round(n))} ms` : n.toFixed(3)),
    );
  }
  return evidence;
}
