import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import defaultConfig from 'lighthouse/core/config/default-config.js';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { findBrowser } from '../../src/browser/launch.js';
import { resolveConfig } from '../../src/config/load.js';
import { resolveSite } from '../../src/web/site.js';
import { STORY_EVENT } from '../../test/fixtures/run-check.js';
import { serveDemo } from '../../test/fixtures/sites.js';
import { METRICS } from './index.js';
import { openSession, unscoredAudits } from './session.js';

describe('lighthouse: a run read for its figures', () => {
  const skipped = unscoredAudits(defaultConfig);

  it('skips the audits that weigh nothing, such as the back/forward cache test and the insights', () => {
    for (const audit of ['bf-cache', 'final-screenshot', 'lcp-breakdown-insight']) assert.ok(skipped.includes(audit), audit);
  });

  it('keeps every audit that weighs in a judged score, and every metric primetime reads', () => {
    const weighed = Object.values(defaultConfig.categories!).flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
    assert.ok(weighed.length > 30);
    for (const audit of [...weighed, ...Object.values(METRICS).map((m) => m.audit)]) assert.ok(!skipped.includes(audit), audit);
  });
});

describe('lighthouse: one session', () => {
  it("times the machine once: the later runs reuse the first run's benchmarkIndex, and a closed session leaves Lighthouse as it was", async () => {
    const own = pageFunctions.computeBenchmarkIndex;
    const demo = await serveDemo('clean');
    const executablePath = await findBrowser(undefined);
    const session = await openSession({
      chromium: async () => ({ executablePath, args: [] }),
      signal: new AbortController().signal,
      site: resolveSite((await resolveConfig({ event: STORY_EVENT, site: { baseUrl: demo.url } }, { file: 'primetime.yml', env: {} })).config.site),
    });
    const indexes: (number | undefined)[] = [];
    try {
      for (let run = 1; run <= 2; run++) {
        const result = await session.audit(demo.url, 'desktop', 60_000, false);
        assert.notEqual(result, 'timeout');
        if (result !== 'timeout') indexes.push(result.lhr.environment.benchmarkIndex);
      }
      assert.notEqual(pageFunctions.computeBenchmarkIndex, own);
    } finally {
      await session.close();
      await demo.close();
    }
    assert.ok(typeof indexes[0] === 'number' && indexes[0] > 0, String(indexes[0]));
    assert.equal(indexes[1], indexes[0]);
    assert.equal(pageFunctions.computeBenchmarkIndex, own);
  });
});
