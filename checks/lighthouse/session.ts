/**
 * One Chromium for Lighthouse, with the run's network, driven through a read-only page. Interrupted or timed out,
 * the browser goes at once (Lighthouse's listeners then reject, expectedly); it never outlives the process.
 */
import type { Config as LighthouseConfig, RunnerResult } from 'lighthouse';
import { CHROMIUM_FLAGS } from '../../src/browser/launch.js';
import type { CheckContext } from '../../src/check/index.js';
import { expectLateRejections } from '../../src/core/late-rejections.js';
import { importOnDemand } from '../../src/core/on-demand.js';
import { readOnlyScript } from '../../src/browser/read-only.js';

export type FormFactor = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/**
 * What timing changes from run to run, and so what every run reads: the performance score and its metrics. The
 * other categories check the page's markup, text and headers; they are read once, from the complete run (measured
 * on the 8 real sites of the corpus: the same scores in every run).
 */
export const TIMED_CATEGORIES = ['performance'] as const;

/**
 * The audits of the judged categories that weigh nothing in their scores (weight 0: diagnostics, insights, manual
 * checks): a run read for its figures skips them, and the gathering only they need (the back/forward cache test
 * navigates away and back). The metrics primetime reads (LCP, CLS, TBT, FCP) all weigh in performance.
 */
export function unscoredAudits(config: Pick<LighthouseConfig, 'categories'>): string[] {
  const weights = new Map<string, number>();
  for (const id of CATEGORIES) for (const ref of config.categories?.[id]?.auditRefs ?? []) weights.set(ref.id, Math.max(weights.get(ref.id) ?? 0, ref.weight));
  return [...weights].filter(([, weight]) => weight === 0).map(([id]) => id);
}

export interface Session {
  /**
   * One Lighthouse run, or 'timeout' when it outlasts `timeoutMs` (the browser is then stuck on the page). A run
   * read for its timings only (`complete` false) is the performance category alone, without what weighs in no
   * score: the unscored audits, and the full-page screenshot behind the report's element thumbnails (about 5 s a
   * run instead of 7 to 8 s on a real site of the corpus, the same performance scores and metrics).
   */
  audit(url: string, formFactor: FormFactor, timeoutMs: number, complete: boolean): Promise<RunnerResult | 'timeout'>;
  close(): Promise<void>;
}

/**
 * Lighthouse's modules and its audits, loaded ahead (the runner's warm-up, while other checks run): resolving its
 * config the first time imports every audit and gatherer, about 2 s that the first run no longer spends.
 */
export async function warmUpLighthouse(): Promise<void> {
  const [{ initializeConfig }] = await Promise.all([
    importOnDemand<typeof import('lighthouse/core/config/config.js')>('lighthouse/core/config/config.js'),
    sessionModules(),
  ]);
  await initializeConfig('navigation', undefined, { onlyCategories: [...CATEGORIES] });
}

/** What a session runs on: Lighthouse with its desktop config, Chrome's launcher, and Puppeteer to drive the page. */
const sessionModules = () =>
  Promise.all([
    importOnDemand<typeof import('lighthouse')>('lighthouse'),
    import('chrome-launcher'),
    importOnDemand<typeof import('lighthouse/core/config/desktop-config.js')>('lighthouse/core/config/desktop-config.js'),
    importOnDemand<typeof import('puppeteer-core')>('puppeteer-core'),
    importOnDemand<{ pageFunctions: PageFunctions }>('lighthouse/core/lib/page-functions.js'),
  ]);

export async function openSession(ctx: Pick<CheckContext, 'chromium' | 'signal' | 'site'>): Promise<Session> {
  const [{ default: lighthouse, defaultConfig }, { launch }, { default: desktopConfig }, { connect }, { pageFunctions }] = await sessionModules();
  const { executablePath, args } = await ctx.chromium();
  const chrome = await launch({
    chromePath: executablePath,
    chromeFlags: [...CHROMIUM_FLAGS, ...args],
    logLevel: 'silent',
    // primetime handles Ctrl-C itself (a partial report, exit 2): chrome-launcher's handler would exit 130 first.
    handleSIGINT: false,
  });
  let driver: Awaited<ReturnType<typeof readOnlyPage>> | undefined;
  const benchmark = benchmarkOnce(pageFunctions);
  // The page's connection goes first: Chromium's end then rejects nothing primetime holds.
  const end = async () => {
    benchmark.restore();
    await driver?.disconnect();
    chrome.kill();
  };
  const stop = () => (expectTargetClosed(), void end());
  const killOnExit = () => chrome.kill();
  ctx.signal.addEventListener('abort', stop, { once: true });
  process.once('exit', killOnExit);
  const close = async () => {
    ctx.signal.removeEventListener('abort', stop);
    process.removeListener('exit', killOnExit);
    await end();
  };
  try {
    driver = await readOnlyPage(connect, chrome.port);
  } catch (error) {
    await close();
    throw error;
  }
  const page = driver.page;
  // site.headers on every request Lighthouse makes, as Lighthouse CI's extraHeaders do.
  const headers = Object.keys(ctx.site.headers).length ? { extraHeaders: ctx.site.headers } : {};
  // The desktop config extends the default one and keeps its categories.
  const unscored = unscoredAudits(defaultConfig);
  return {
    async audit(url, formFactor, timeoutMs, complete) {
      const flags = {
        port: chrome.port,
        output: 'html' as const,
        logLevel: 'error' as const,
        ...(complete ? { onlyCategories: [...CATEGORIES] } : { onlyCategories: [...TIMED_CATEGORIES], disableFullPageScreenshot: true, skipAudits: unscored }),
        ...headers,
      };
      const result = await withinRunTimeout(timeoutMs, lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined, page));
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result !== 'timeout') benchmark.measured(result.lhr.environment?.benchmarkIndex);
      return result;
    },
    close,
  };
}

interface PageFunctions {
  computeBenchmarkIndex: () => number;
}

/**
 * Lighthouse times the machine at the start of every run (benchmarkIndex: two fixed 500 ms loops in the page, 1 s
 * a run). In one session the machine is the same: the first run measures it and the later ones reuse its figure;
 * each run's own CPU share is still measured (host.ts). Lighthouse reads the function from its shared table of page
 * functions at each run, so the table gets its own function back when the session ends (closed or stopped).
 */
function benchmarkOnce(functions: PageFunctions) {
  const measure = functions.computeBenchmarkIndex;
  return {
    measured(index: number | undefined) {
      if (functions.computeBenchmarkIndex !== measure || typeof index !== 'number' || !Number.isFinite(index)) return;
      // Lighthouse sends the function's source text to the page: the figure travels in it.
      functions.computeBenchmarkIndex = Object.assign(() => index, { toString: () => `() => ${index}` });
    },
    restore() {
      functions.computeBenchmarkIndex = measure;
    },
  };
}

/**
 * The page Lighthouse drives, read-only as every page primetime opens: the site's scripts may not post (a beacon,
 * a form, an API call); only GET and HEAD leave Chromium. Request interception costs no score (measured: the same
 * medians with and without it).
 */
async function readOnlyPage(connect: typeof import('puppeteer-core').connect, port: number) {
  const browser = await connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const page = await browser.newPage();
  // The same guard in the page as in every Playwright context: beacons, keepalive fetches, sockets and service
  // workers (whose own requests the interception below never sees) are closed at their source.
  await page.evaluateOnNewDocument(readOnlyScript('__primetimeReadOnly'));
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
