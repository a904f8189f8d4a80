/**
 * Lighthouse's runs on the home pages of the real sites of ../shared/corpus/real-sites: a run read for its timings
 * (the performance category alone, as the check's runs after the first) against a complete run, in alternation in
 * one Chrome, as the check runs them. It also prints what the check relies on to read accessibility, best practices
 * and SEO once: over the complete runs, their scores do not vary (the performance score does).
 */
import type { RunnerResult } from 'lighthouse';
import { resolveConfig } from '../src/config/load.js';
import { findBrowser } from '../src/browser/launch.js';
import { resolveSite } from '../src/web/site.js';
import { CATEGORIES, openSession, TIMED_CATEGORIES } from '../checks/lighthouse/session.js';
import { corpusMissing, serveCorpus } from '../test/real-sites/serve.js';
import { compare, printTimings } from './stats.js';

const RUN_TIMEOUT_MS = 120_000;

export async function benchLighthouseRuns(rounds = 3): Promise<void> {
  const missing = corpusMissing();
  if (missing) return console.log(`\nLighthouse runs: skipped (${missing}).`);
  const corpus = await serveCorpus();
  const executablePath = await findBrowser(undefined);
  const varied: string[] = [];
  try {
    for (const [name, url] of corpus.sites) {
      const loaded = await resolveConfig({ event: { name: 'bench', audience: 1, reach: 1 }, site: { baseUrl: url } }, { file: 'bench', env: {} });
      const session = await openSession({
        chromium: async () => ({ executablePath, args: [] }),
        signal: new AbortController().signal,
        site: resolveSite(loaded.config.site),
      });
      const scores: Record<string, (number | null)[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const audit = async (complete: boolean) => {
        const result = await session.audit(url, 'mobile', RUN_TIMEOUT_MS, complete);
        if (result === 'timeout') throw new Error(`${name}: Lighthouse did not finish within ${RUN_TIMEOUT_MS} ms`);
        if (complete) for (const c of CATEGORIES) scores[c]!.push(scoreOf(result, c));
      };
      try {
        printTimings(
          `Lighthouse on ${name}'s home page, mobile`,
          await compare({ 'complete run': () => audit(true), 'performance alone': () => audit(false) }, rounds),
          'complete run',
        );
      } finally {
        await session.close();
      }
      for (const [category, values] of Object.entries(scores)) {
        const readOnce = !(TIMED_CATEGORIES as readonly string[]).includes(category);
        const same = new Set(values).size === 1;
        console.log(`  ${category.padEnd(16)} ${values.join(', ')}${readOnce ? (same ? '   the same in every run' : '   VARIED') : ''}`);
        if (readOnce && !same) varied.push(`${name} ${category}`);
      }
    }
    console.log(`\nCategories read once that varied between complete runs: ${varied.length ? varied.join(', ') : 'none'}.`);
  } finally {
    await corpus.close();
  }
}

const scoreOf = (result: RunnerResult, category: string) => result.lhr.categories[category]?.score ?? null;
