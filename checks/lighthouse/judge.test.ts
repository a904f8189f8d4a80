import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judged } from '../../test/fixtures/judge.js';
import { DEFAULT_THRESHOLDS, judgeSamples } from './index.js';

const target = {
  url: 'https://www.example.fr/offre',
  thresholds: { ...DEFAULT_THRESHOLDS, accessibility: null, 'best-practices': null, seo: null, cls: null, tbt: null, fcp: null },
};
const sample = (performance: number, lcp: number) => ({ categories: { performance }, metrics: { lcp } });

describe('lighthouse judge', () => {
  it('judges the median, and calls runs that straddle a threshold inconclusive rather than flip a coin', () => {
    let gauges: ReturnType<typeof judgeSamples> = [];
    const steady = judged((found) => (gauges = judgeSamples(target, 'mobile', [sample(0.95, 1_800), sample(0.96, 1_900), sample(0.97, 2_000)], 3, found)));
    assert.equal(steady.status, 'pass');
    // Each category measured becomes a gauge for the report: its median, the spread of the runs, its threshold.
    assert.deepEqual(gauges, [{ label: 'performance /offre (mobile)', value: 0.96, min: 0.95, max: 0.97, threshold: 0.9 }]);
    const straddling = judged((found) => judgeSamples(target, 'mobile', [sample(0.88, 1_800), sample(0.91, 2_400), sample(0.93, 2_700)], 3, found));
    assert.equal(straddling.status, 'warn');
    assert.match(
      straddling.lines[0]!,
      /^warn: \/offre \(mobile\) performance: inconclusive: the runs \(0\.88 to 0\.93, median 0\.91\) straddle the threshold \(at least 0\.90\)/,
    );
    const slow = judged((found) => judgeSamples(target, 'mobile', [sample(0.5, 4_000), sample(0.5, 4_100), sample(0.5, 4_200)], 3, found));
    assert.deepEqual(
      slow.lines.map((l) => l.split(':')[0]),
      ['fail', 'fail'],
    );
    assert.match(slow.lines[1]!, /LCP: median 4,100 ms .*needs at most 2,500 ms/);
  });
});
