import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judged } from '../../test/fixtures/judge.js';
import { DEFAULT_THRESHOLDS, judgeSamples } from './index.js';

const target = {
  url: 'https://www.example.fr/offre',
  thresholds: { ...DEFAULT_THRESHOLDS, accessibility: null, 'best-practices': null, seo: null, cls: null, tbt: null, fcp: null },
};
const QUIET = { benchmarkIndex: 1_400, busy: 0.6 };
const sample = (performance: number, lcp: number, host = QUIET) => ({ categories: { performance }, metrics: { lcp }, host });

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

  it('a busy or slow machine is not a slow site: a CPU-bound miss is inconclusive with that cause, never a blocker', () => {
    const loaded = { benchmarkIndex: 1_100, busy: 1 };
    const busy = judged((found) =>
      judgeSamples(target, 'mobile', [sample(0.5, 4_000, loaded), sample(0.6, 4_100, loaded), sample(0.5, 4_200, loaded)], 3, found),
    );
    assert.equal(busy.status, 'warn');
    assert.match(
      busy.lines[0]!,
      /^warn: \/offre \(mobile\) performance: inconclusive: median 0\.50 .* misses at least 0\.90, but the machine's CPU was 100 % busy during the runs/,
    );
    assert.match(busy.lines[1]!, /^warn: .*LCP: inconclusive/);
    const slowMachine = { benchmarkIndex: 640, busy: 0.5 };
    const slow = judged((found) => judgeSamples(target, 'mobile', [sample(0.5, 4_000, slowMachine)], 1, found));
    assert.match(slow.lines[0]!, /the machine is slower than Lighthouse expects \(benchmarkIndex 640; it expects 1,000 or more\)/);
    // What a CPU does not change (accessibility) is judged as ever.
    const a11y = { ...target, thresholds: { ...target.thresholds, accessibility: 0.9 } };
    const withA11y = judged((found) =>
      judgeSamples(a11y, 'mobile', [{ categories: { performance: 0.95, accessibility: 0.5 }, metrics: { lcp: 1_000 }, host: loaded }], 1, found),
    );
    assert.equal(withA11y.status, 'fail');
  });

  it('judges a category timing does not change on the complete run alone, and the timed ones on every run', () => {
    const all = { ...target, thresholds: { ...target.thresholds, accessibility: 0.9, seo: 0.9 } };
    const complete = { categories: { performance: 0.95, accessibility: 0.85, seo: 1 }, metrics: { lcp: 1_000 }, host: QUIET };
    const timings = (performance: number) => ({ categories: { performance }, metrics: { lcp: 1_100 }, host: QUIET });
    let gauges: ReturnType<typeof judgeSamples> = [];
    const result = judged((found) => (gauges = judgeSamples(all, 'mobile', [complete, timings(0.97), timings(0.99)], 3, found)));
    assert.equal(result.status, 'fail');
    assert.deepEqual(result.lines, [
      'pass: /offre (mobile) performance: median 0.97 (min 0.95, max 0.99 over 3 runs), at least 0.90.',
      "fail: /offre (mobile) accessibility: 0.85 (the complete run's: timing does not change it), needs at least 0.90.",
      "pass: /offre (mobile) seo: 1.00 (the complete run's: timing does not change it), at least 0.90.",
      'pass: /offre (mobile) LCP: median 1,100 ms (min 1,000 ms, max 1,100 ms over 3 runs), at most 2,500 ms.',
    ]);
    assert.deepEqual(
      gauges.map((g) => [g.label, g.value, g.min, g.max]),
      [
        ['performance /offre (mobile)', 0.97, 0.95, 0.99],
        ['accessibility /offre (mobile)', 0.85, 0.85, 0.85],
        ['seo /offre (mobile)', 1, 1, 1],
      ],
    );
  });
});
