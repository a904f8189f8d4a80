import { Timeout, UrlOrPath } from '../../src/check/index.js';
import { z } from 'zod';
import {
  defineCheck,
  findings,
  formatDuration,
  formatNumber,
  pagePath,
  type Artifact,
  type CheckContext,
  type Findings,
  type Gauge,
} from '../../src/check/index.js';
import { slugify } from '../../src/util/slug.js';
import { CATEGORIES, openSession, TIMED_CATEGORIES, warmUpLighthouse, type FormFactor, type Session } from './session.js';
import { judgeRuns, spreadOf } from './stats.js';
import { CPU_SENSITIVE, cpuMeter, unfitHost, type HostSample } from './host.js';

/** Metric budgets, by Lighthouse audit id: milliseconds, except CLS. */
export const METRICS = {
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
  runs: z.number().int().min(1).max(9).default(3).describe('Runs per page and form factor; the median of the timings decides.'),
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
      'Runs Lighthouse on the home page and the configured pages (mobile by default, desktop on request), several times each, and judges the median of the performance score and each metric against its threshold (accessibility, best practices and SEO, which timing does not change, on the first, complete run); when a threshold lies inside the spread of the runs the result is inconclusive, not a coin flip.',
    options: Options,
    recommended: 'error',
    requires: ['browser'],
    packages: ['lighthouse', 'chrome-launcher', 'puppeteer-core'],
    // Lighthouse must never run beside another Lighthouse or browser check: it measures the machine too.
    exclusive: true,
    timeout: 900_000,
  },
  warmUp: warmUpLighthouse,
  async run(ctx) {
    const found = findings();
    const artifacts: Artifact[] = [];
    const gauges: Gauge[] = [];
    const session = await openSession(ctx);
    try {
      audit: for (const target of targets(ctx))
        for (const formFactor of ctx.options.formFactors) {
          const { samples, stuck } = await measure(ctx, session, target, formFactor, found, artifacts);
          // The browser is busy with the stuck page: nothing more can be measured in it.
          if (stuck) break audit;
          if (samples.length > 0) gauges.push(...judgeSamples(target, formFactor, samples, ctx.options.runs, found));
        }
    } finally {
      await session.close();
    }
    if (found.count('fail') + found.count('warn') > 0)
      found.fix(
        'Open the Lighthouse reports linked below: each failing audit comes with its fix (render-blocking resources, image sizes, main-thread work…). For inconclusive results, raise runs.',
      );
    return found.outcome(`Lighthouse ${ctx.options.formFactors.join(' and ')}: every median meets its threshold.`, { artifacts, gauges });
  },
});

/** The categories read from the complete run alone. */
const READ_ONCE = new Set<string>(CATEGORIES.filter((c) => !(TIMED_CATEGORIES as readonly string[]).includes(c)));

interface Sample {
  categories: Record<string, number>;
  metrics: Record<string, number>;
  host: HostSample;
}

/** The runs on one page and form factor, each report saved; `stuck` when a run never ended. */
async function measure(ctx: Ctx, session: Session, target: Target, formFactor: FormFactor, found: Findings, artifacts: Artifact[]) {
  const samples: Sample[] = [];
  const where = `${pagePath(target.url)} (${formFactor})`;
  for (let run = 1; run <= ctx.options.runs && !ctx.signal.aborted; run++) {
    ctx.step(`run ${run}/${ctx.options.runs} on ${where}`);
    const cpu = cpuMeter();
    // The first run's report is complete; the others, read for their timings, are the performance category alone.
    const complete = run === 1;
    const result = await session.audit(target.url, formFactor, ctx.options.runTimeout, complete);
    if (result === 'timeout') {
      found.fail(
        `${where}: the page never finished loading within ${formatDuration(ctx.options.runTimeout)} (Lighthouse run ${run}): a script may loop forever or the page may wait on something that never answers.`,
        { target: target.url },
      );
      return { samples, stuck: true };
    }
    const { lhr, report } = result;
    const path = await ctx.artifacts.save(
      `lighthouse/${slugify(new URL(target.url).pathname, 'home')}-${formFactor}-run${run}.html`,
      Array.isArray(report) ? report[0]! : report,
    );
    artifacts.push({ kind: 'report', path, title: `Lighthouse ${formFactor} run ${run}: ${pagePath(target.url)}` });
    if (lhr.runtimeError) {
      found.fail(`${where}: Lighthouse could not audit the page: ${lhr.runtimeError.message}`, { target: target.url, artifact: path });
      break;
    }
    samples.push({
      // A category the run should have scored and did not counts as 0: never a pass by omission.
      categories: Object.fromEntries((complete ? CATEGORIES : TIMED_CATEGORIES).map((c) => [c, lhr.categories[c]?.score ?? 0])),
      metrics: Object.fromEntries(Object.entries(METRICS).map(([key, m]) => [key, lhr.audits[m.audit]?.numericValue ?? Number.NaN])),
      host: { benchmarkIndex: lhr.environment?.benchmarkIndex, busy: cpu.busy() },
    });
  }
  return { samples, stuck: false };
}

export interface Target {
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

/** Each category and metric: the median against its threshold, inconclusive when the runs straddle it. */
/** Judges each category and metric; returns the categories' scores as gauges (median, spread, threshold). */
export function judgeSamples(target: Target, formFactor: string, samples: Sample[], runs: number, found: Findings): Gauge[] {
  const where = `${pagePath(target.url)} (${formFactor})`;
  const gauges: Gauge[] = [];
  const unfit = unfitHost(samples.map((s) => s.host));
  const judge = (name: string, values: number[], threshold: number | null | undefined, higherIsBetter: boolean, format: (n: number) => string) => {
    if (threshold === null || threshold === undefined || values.length === 0 || values.some(Number.isNaN)) return;
    const spread = spreadOf(values);
    const verdict = judgeRuns(values, threshold, higherIsBetter);
    const value = READ_ONCE.has(name)
      ? `${format(spread.median)} (the complete run's: timing does not change it)`
      : `median ${format(spread.median)}${values.length > 1 ? ` (min ${format(spread.min)}, max ${format(spread.max)} over ${values.length} runs)` : ''}`;
    const rule = `${higherIsBetter ? 'at least' : 'at most'} ${format(threshold)}`;
    const data = { formFactor, metric: name, threshold, ...spread };
    const details = { target: target.url, data };
    if (verdict === 'pass') found.pass(`${where} ${name}: ${value}, ${rule}.`, details);
    else if (verdict === 'fail' && unfit && CPU_SENSITIVE.has(name))
      found.warn(
        `${where} ${name}: inconclusive: ${value} misses ${rule}, but ${unfit}: the machine, not the site, may explain it. Run again on a quieter or faster machine.`,
        { ...details, data: { ...data, unfitHost: unfit } },
      );
    else if (verdict === 'fail') found.fail(`${where} ${name}: ${value}, needs ${rule}.`, details);
    else
      found.warn(
        `${where} ${name}: inconclusive: the runs (${format(spread.min)} to ${format(spread.max)}, median ${format(spread.median)}) straddle the threshold (${rule}). Run more than ${runs} times (runs option) or on a quieter machine.`,
        details,
      );
  };
  for (const category of CATEGORIES) {
    const scores = samples.flatMap((s) => s.categories[category] ?? []);
    judge(category, scores, target.thresholds[category], true, (n) => n.toFixed(2));
    if (scores.length === 0 || !scores.every((score) => typeof score === 'number' && !Number.isNaN(score))) continue;
    const threshold = target.thresholds[category];
    const { min, median, max } = spreadOf(scores);
    gauges.push({ label: `${category} ${where}`, value: median, min, max, ...(typeof threshold === 'number' ? { threshold } : {}) });
  }
  for (const [key, metric] of Object.entries(METRICS)) {
    judge(
      metric.label,
      samples.map((s) => s.metrics[key]!),
      target.thresholds[key as keyof ThresholdSet],
      false,
      (n) => (metric.unit ? `${formatNumber(Math.round(n))} ms` : n.toFixed(3)),
    );
  }
  return gauges;
}
