/** The load shot's pure parts: histogram, schedule, sharding, merge, verdict, settings. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/problems.js';
import { bucketOf, highestValueOf, Histogram } from '../../src/load/histogram.js';
import { judgeLoad, peakFigures } from '../../src/load/judge.js';
import { emptyCounts, mergeResults, RESULT_VERSION, sumRows, type LoadResult, type TimelineRow } from '../../src/load/result.js';
import { failingShare, LoadProgress } from '../../src/load/progress.js';
import { applyCaps, arrivalCount, arrivalTimes, arrivalsBy, peakWindow, planSchedule, requestedPerSecond, type Schedule } from '../../src/load/schedule.js';
import { loadInputs, resolveLoadSettings } from '../../src/load/settings.js';
import { buildPlan } from '../../src/plan/plan.js';
import { STORY_EVENT } from '../fixtures/run-check.js';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const exactPercentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;

describe('latency histogram', () => {
  it('keeps every value within 0.1 % (one bucket holds values within 1/1024 of each other)', () => {
    const rand = random(7);
    for (let i = 0; i < 20_000; i++) {
      const value = Math.floor(rand() * 2 ** (1 + Math.floor(rand() * 31)));
      const top = highestValueOf(bucketOf(value));
      assert.ok(top >= value, `bucket top ${top} below ${value}`);
      assert.ok(top - value <= Math.max(0, value / 1024), `${value} → ${top}`);
    }
  });

  it('reads percentiles within 0.1 % of the exact ones', () => {
    const rand = random(11);
    const values = Array.from({ length: 50_000 }, () => Math.round(1_000 + -Math.log(1 - rand()) * 40_000));
    const h = new Histogram();
    values.forEach((v) => h.record(v));
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [50, 90, 95, 99, 99.9, 100]) {
      const exact = exactPercentile(sorted, p);
      assert.ok(Math.abs(h.percentile(p) - exact) <= exact / 1024, `p${p}: ${h.percentile(p)} vs ${exact}`);
    }
  });

  it('merges exactly: shards of a recording add up to the recording, bucket for bucket', () => {
    const rand = random(3);
    const whole = new Histogram();
    const shards = [new Histogram(), new Histogram(), new Histogram()];
    for (let i = 0; i < 30_000; i++) {
      // Shards with different distributions: averaging their percentiles would be wrong.
      const shard = i % 3;
      const value = Math.round((shard + 1) * 5_000 + rand() * 100_000 * (shard === 2 ? 10 : 1));
      whole.record(value);
      shards[shard]!.record(value);
    }
    const merged = shards.reduce((acc, s) => acc.add(Histogram.from(JSON.parse(JSON.stringify(s)))), new Histogram());
    assert.deepEqual(merged.toJSON(), whole.toJSON());
    assert.equal(merged.total, 30_000);
    for (const p of [50, 95, 99]) assert.equal(merged.percentile(p), whole.percentile(p));
    const averaged = shards.reduce((sum, s) => sum + s.percentile(99), 0) / 3;
    assert.notEqual(Math.round(averaged), whole.percentile(99), 'the test data must tell merging from averaging');
  });
});

describe('rate schedule', () => {
  const ramp: Schedule = {
    startRate: 0,
    stages: [
      { durationMs: 4_000, target: 100 },
      { durationMs: 6_000, target: 100 },
      { durationMs: 2_000, target: 0 },
    ],
  };

  it('places arrivals so each second holds the integral of the rate', () => {
    const seconds = requestedPerSecond(ramp);
    assert.equal(seconds.length, 12);
    seconds.forEach((n, s) => {
      const expected = arrivalsBy(ramp, (s + 1) * 1_000) - arrivalsBy(ramp, s * 1_000);
      assert.ok(Math.abs(n - expected) <= 1, `second ${s}: ${n} arrivals, expected ${expected}`);
    });
    assert.deepEqual(seconds.slice(4, 10), [100, 100, 100, 100, 100, 100]);
    const times = [...arrivalTimes(ramp)];
    assert.equal(times.length, Math.round(arrivalsBy(ramp, 12_000)));
    assert.ok(
      times.every((t, i) => i === 0 || t > times[i - 1]!),
      'arrival times increase',
    );
  });

  it('divides exactly between shards and workers: every arrival once', () => {
    const all = [...arrivalTimes(ramp)];
    const parts = [0, 1, 2].flatMap((shard) => [0, 1].flatMap((worker) => [...arrivalTimes(ramp, shard + 3 * worker, 6)]));
    assert.deepEqual(
      parts.sort((a, b) => a - b),
      all,
    );
    const perShard = [0, 1, 2].map((i) => requestedPerSecond(ramp, i, 3));
    assert.deepEqual(
      perShard[0]!.map((_, s) => perShard.reduce((sum, p) => sum + p[s]!, 0)),
      requestedPerSecond(ramp),
    );
  });

  it('counts the arrivals of a shard without listing them, as many as the list holds', () => {
    const odd: Schedule = {
      startRate: 3,
      stages: [
        { durationMs: 2_345, target: 77.7 },
        { durationMs: 1_111, target: 0 },
      ],
    };
    for (const schedule of [ramp, odd])
      for (const [offset, stride] of [
        [0, 1],
        [1, 3],
        [2, 3],
        [5, 6],
      ] as const)
        assert.equal(arrivalCount(schedule, offset, stride), [...arrivalTimes(schedule, offset, stride)].length, `offset ${offset}, stride ${stride}`);
  });

  it('finds the peak window on the hold, not on the ramps', () => {
    assert.deepEqual(peakWindow(ramp), { from: 4, to: 10 });
  });

  it('caps the rate and the duration, and says which cap changed the schedule', () => {
    const { schedule, changes } = applyCaps(ramp, 50, 5_000);
    assert.deepEqual(changes.sort(), ['maxDuration', 'maxRate']);
    assert.ok(Math.max(...requestedPerSecond(schedule)) <= 50);
    assert.equal(
      schedule.stages.reduce((sum, s) => sum + s.durationMs, 0),
      5_000,
    );
    assert.deepEqual(applyCaps(ramp, 1_000, 60_000).changes, []);
  });

  it("fits the plan's ramp, hold and ramp down into the allowed duration", () => {
    const schedule = planSchedule(3_833, 180_000, 60_000);
    assert.deepEqual(
      schedule.stages.map((s) => [s.durationMs, s.target]),
      [
        [15_000, 3_833],
        [39_000, 3_833],
        [6_000, 0],
      ],
    );
  });
});

function row(second: number, fill: Partial<TimelineRow> = {}, latencies: number[] = [], lags: number[] = []): TimelineRow {
  const [h, lag] = [new Histogram(), new Histogram()];
  latencies.forEach((v) => h.record(v));
  lags.forEach((v) => lag.record(v));
  return { second, ...emptyCounts(), ...fill, histogram: h.toJSON(), lag: lag.toJSON() };
}

function result(rows: TimelineRow[], overrides: Partial<LoadResult> = {}): LoadResult {
  return {
    kind: 'primetime-load-result',
    version: RESULT_VERSION,
    shard: { index: 1, count: 1 },
    engine: 'primetime',
    target: { rate: 100, source: 'test' },
    schedule: { startRate: 100, stages: [{ durationMs: rows.length * 1_000, target: 100 }] },
    peak: { from: 0, to: rows.length },
    budgets: { p95Ms: 500, p99Ms: 1_000, errorRate: 0.01, rate: 0.95 },
    capped: [],
    startedAt: '2026-11-26T10:00:00.000Z',
    durationMs: rows.length * 1_000,
    workers: 1,
    site: 'http://127.0.0.1/',
    timeline: rows,
    ...overrides,
  };
}

describe('load verdict', () => {
  const healthy = (second: number) => row(second, { requested: 100, sent: 100, answered: 100, completed: 100 }, Array(100).fill(20_000));

  it('passes a run that held the rate within the budgets', () => {
    const outcome = judgeLoad(result([healthy(0), healthy(1)]));
    assert.equal(outcome.status, 'pass', outcome.summary);
    assert.match(outcome.summary, /Held 100 req\/s/);
    assert.equal(outcome.charts?.length, 2);
  });

  it('judges the peak window only, and fails on rate, latency and errors with their evidence', () => {
    const slow = row(1, { requested: 100, sent: 100, answered: 80, completed: 100, errors: { ...emptyCounts().errors, '5xx': 10, timeout: 20 } }, [
      ...Array(70).fill(20_000),
      ...Array(30).fill(2_000_000),
    ]);
    // Second 0 is a perfect ramp second outside the peak window: it must not dilute the verdict.
    const outcome = judgeLoad(result([healthy(0), slow], { peak: { from: 1, to: 2 } }));
    assert.equal(outcome.status, 'fail');
    const failed = outcome.evidence!.filter((e) => e.level === 'fail').map((e) => e.message);
    assert.ok(
      failed.some((m) => /answered 80 req\/s of the 100 req\/s sent: 80 %/.test(m)),
      failed.join('\n'),
    );
    assert.ok(
      failed.some((m) => /p95 latency over the peak window: 2,00\d/.test(m)),
      failed.join('\n'),
    );
    assert.ok(
      failed.some((m) => /Error rate over the peak window: 30 %.*10 server errors \(5xx\), 20 timeouts/.test(m)),
      failed.join('\n'),
    );
    assert.equal(peakFigures(result([healthy(0), slow], { peak: { from: 1, to: 2 } })).achievedRate, 80);
  });

  it("judges a shard on its share of the schedule, and names the whole run's target", () => {
    const half = (answered: number) => row(0, { requested: 50, sent: 50, answered, completed: 50 }, Array(50).fill(20_000));
    const held = judgeLoad(result([half(48)], { shard: { index: 2, count: 2 } }));
    assert.equal(held.status, 'pass', held.summary);
    assert.match(held.evidence![0]!.message, /answered 48 req\/s of the 50 req\/s sent.*\(shard 2\/2: 1\/2 of 100 req\/s\)/);
    assert.equal(judgeLoad(result([half(40)], { shard: { index: 2, count: 2 } })).status, 'fail');
  });

  it('calls a run whose generator sent late inconclusive, whether the site looked fast or slow; real errors still fail', () => {
    const late = (second: number, latency: number, errors = 0) =>
      row(
        second,
        { requested: 100, sent: 100, answered: 100, completed: 100, errors: { ...emptyCounts().errors, '5xx': errors } },
        Array(100).fill(latency),
        Array(100).fill(40_000),
      );
    for (const latency of [20_000, 3_000_000]) {
      const outcome = judgeLoad(result([late(0, latency), late(1, latency)]));
      assert.equal(outcome.status, 'error', outcome.summary);
      assert.match(outcome.summary, /^Inconclusive: the load generator could not keep up \(100 req\/s per worker thread, p95 send lag 40 ms\)/);
    }
    assert.equal(judgeLoad(result([late(0, 20_000, 50), late(1, 20_000, 50)])).status, 'fail', 'half the answers were 5xx: that is the site');
    const onTime = row(0, { requested: 100, sent: 100, answered: 100, completed: 100 }, Array(100).fill(20_000), Array(100).fill(2_000));
    assert.equal(judgeLoad(result([onTime])).status, 'pass', 'a 2 ms lag is within the bound');
  });

  it('fails an aborted run and a run with nothing measured, never passes them', () => {
    assert.equal(judgeLoad(result([healthy(0)], { aborted: 'too many errors' })).status, 'fail');
    assert.equal(judgeLoad(result([row(0, { requested: 100 })])).status, 'fail');
  });
});

describe('merging shard results', () => {
  const shard = (index: number, latency: number) =>
    result([row(0, { requested: 50, sent: 50, answered: 50, completed: 50 }, Array(50).fill(latency))], { shard: { index, count: 2 } });

  it('adds counts and histograms second by second', () => {
    const merged = mergeResults([
      { file: 'a.json', result: shard(1, 10_000) },
      { file: 'b.json', result: shard(2, 900_000) },
    ]);
    assert.deepEqual(merged.shard, { index: 1, count: 1 });
    const total = sumRows(merged.timeline);
    assert.equal(total.answered, 100);
    const h = Histogram.from(total.histogram);
    assert.equal(h.total, 100);
    assert.equal(h.percentile(50), highestValueOf(bucketOf(10_000)));
    assert.equal(h.percentile(51), highestValueOf(bucketOf(900_000)));
    assert.equal(judgeLoad(merged).status, 'fail', 'p95 of the merged run is 900 ms, over the 500 ms budget');
  });

  it('refuses a missing shard, a shard twice, and shards of different runs', () => {
    assert.throws(() => mergeResults([{ file: 'a.json', result: shard(1, 1) }]), /shard 2\/2 missing/);
    assert.throws(
      () =>
        mergeResults([
          { file: 'a.json', result: shard(1, 1) },
          { file: 'b.json', result: shard(1, 1) },
        ]),
      /a.json are both shard 1\/2|b.json and a.json are both shard 1\/2/,
    );
    const other = shard(2, 1);
    other.target = { rate: 999, source: 'another run' };
    assert.throws(
      () =>
        mergeResults([
          { file: 'a.json', result: shard(1, 1) },
          { file: 'b.json', result: other },
        ]),
      /b.json comes from a different run/,
    );
  });

  it('refuses a shard of another run: another run id, or a start apart from the others (a re-run shard)', () => {
    const [first, rerun] = [shard(1, 1), shard(2, 1)];
    rerun.startedAt = new Date(Date.parse(first.startedAt) + 123_000).toISOString();
    assert.throws(
      () =>
        mergeResults([
          { file: 'a.json', result: first },
          { file: 'b.json', result: rerun },
        ]),
      /b.json comes from a different run: it started 2 min after a.json. Shards of one run start together: give them the same --start-at./,
    );
    const [named, other] = [
      { ...shard(1, 1), runId: 'github-42-1' },
      { ...shard(2, 1), runId: 'github-42-2' },
    ];
    assert.throws(
      () =>
        mergeResults([
          { file: 'a.json', result: named },
          { file: 'b.json', result: other },
        ]),
      /b.json comes from a different run: run github-42-2, where a.json is of run github-42-1/,
    );
    // Shards of one run, started together (one --start-at), merge.
    assert.equal(
      mergeResults([
        { file: 'a.json', result: named },
        { file: 'b.json', result: { ...other, runId: 'github-42-1' } },
      ]).shard.count,
      1,
    );
  });
});

describe('load settings', () => {
  const resolve = async (load: Record<string, unknown> | undefined, checks: Record<string, unknown> = { load: 'error' }) =>
    resolveConfig({ event: STORY_EVENT, site: { baseUrl: 'https://www.example.fr' }, checks, ...(load ? { load } : {}) }, { file: 'primetime.yml', env: {} });

  it('is off by default, and once enabled needs load.allowHosts', async () => {
    const loaded = await resolve(undefined, {});
    assert.equal(loaded.checks.find((c) => c.check.meta.id === 'load')?.severity, 'off');
    await assert.rejects(resolve(undefined), (error: ConfigError) => /load\.allowHosts: the load check needs a load section/.test(error.message));
    await assert.rejects(resolve({ allowHosts: [] }), /load\.allowHosts: list the hosts/);
  });

  it('refuses any request to a host outside the allowlist, naming the key path', async () => {
    await assert.rejects(
      resolve({ allowHosts: ['www.example.fr'], requests: [{ url: '/' }, { url: 'https://api.example.com/quote', method: 'POST' }] }),
      (error: ConfigError) => /load\.requests\[1\]\.url: api\.example\.com is not in load\.allowHosts/.test(error.message),
    );
    await assert.rejects(resolve({ allowHosts: ['preprod.example.fr'] }), /site\.home: www\.example\.fr is not in load\.allowHosts/);
    await resolve({ allowHosts: ['*.example.fr'] });
  });

  it("derives the default target from the plan's origin requests/s, and shards it", async () => {
    const loaded = await resolve({ allowHosts: ['www.example.fr'], caps: { maxRate: 10_000 } });
    const plan = buildPlan(loaded.config.event);
    const settings = resolveLoadSettings('primetime.yml', loadInputs(loaded.config), plan);
    assert.equal(settings.target.rate, plan.targets.originRequestsPerSecond);
    assert.match(settings.target.source, /100% of the plan's 3,833 origin req\/s/);
    assert.deepEqual(settings.capped, []);
    const shard = resolveLoadSettings('primetime.yml', loadInputs(loaded.config), plan, '2/4');
    assert.deepEqual(shard.shard, { index: 2, count: 4 });
    assert.throws(() => resolveLoadSettings('primetime.yml', loadInputs(loaded.config), plan, '5/4'), /--shard: expected i\/N with 1 ≤ i ≤ N/);
  });

  it('reads stage targets as req/s or as shares of the plan, and judges against their peak', async () => {
    const loaded = await resolve({
      allowHosts: ['www.example.fr'],
      stages: [
        { duration: '10s', target: '50%' },
        { duration: '20s', target: 1_000 },
        { duration: '5s', target: 0 },
      ],
    });
    const settings = resolveLoadSettings('primetime.yml', loadInputs(loaded.config), buildPlan(loaded.config.event));
    assert.deepEqual(
      settings.schedule.stages.map((s) => [s.durationMs, Math.round(s.target)]),
      [
        [10_000, 1_917],
        [20_000, 1_000],
        [5_000, 0],
      ],
    );
    assert.equal(Math.round(settings.target.rate), 1_917);
    assert.match(settings.target.source, /the peak of load\.stages/);
    assert.deepEqual(settings.peak, { from: 10, to: 11 }, 'the busiest second, just after the top of the ramp');
  });

  it('applies maxRate per machine: four shards may send four times the cap', async () => {
    const loaded = await resolve({ allowHosts: ['www.example.fr'], caps: { maxRate: 1_000 } });
    const plan = buildPlan(loaded.config.event);
    assert.deepEqual(resolveLoadSettings('primetime.yml', loadInputs(loaded.config), plan).capped, ['maxRate']);
    assert.deepEqual(resolveLoadSettings('primetime.yml', loadInputs(loaded.config), plan, '1/4').capped, []);
  });
});

describe('load progress (on a fake clock)', () => {
  const rule = { errorRate: 0.5, window: 5_000, minRequests: 20 };
  const counts = (completed: number, failed: number, sent = completed) => ({
    ...emptyCounts(),
    sent,
    completed,
    errors: { ...emptyCounts().errors, '5xx': failed },
  });

  it('aborts on the latest completions only: the window stretched back to minRequests, older ones dropped', () => {
    const progress = new LoadProgress([10, 10, 10], []);
    progress.add([[0, counts(30, 0)]], 0);
    progress.add([[1, counts(10, 9)]], 6_000);
    assert.equal(progress.abortReason(6_000, rule), undefined, '19 of 40 failed: under half, the window stretched back to 20 requests');
    progress.add([[2, counts(15, 15)]], 7_000);
    assert.equal(progress.abortReason(7_000, rule), '96 % of the last 25 requests failed, over 1 s (load.abort.errorRate: 50 %)');
    // The first tick, out of the window and not needed for minRequests, is no longer read.
    assert.deepEqual(
      failingShare(
        [
          [0, 30, 0],
          [6_000, 10, 9],
          [7_000, 15, 15],
        ],
        7_000,
        rule,
      ).keepFrom,
      1,
    );
  });

  it('shows each second once, with the requests open now; a stopped run ends at its last sent second', () => {
    const progress = new LoadProgress([10, 10, 10, 10], []);
    progress.add(
      [
        [0, { ...counts(10, 1), answered: 9 }],
        [1, counts(10, 0)],
      ],
      0,
    );
    progress.setInFlight(0, 3);
    progress.setInFlight(1, 2);
    assert.deepEqual(
      progress.newSeconds(0).map((s) => [s.second, s.requested, s.answered, s.errors, s.inFlight]),
      [[0, 10, 9, 1, 5]],
    );
    assert.deepEqual(
      progress.newSeconds(1).map((s) => s.second),
      [1],
    );
    assert.deepEqual(progress.newSeconds(1), [], 'never twice');
    progress.aborted = 'interrupted';
    assert.equal(progress.end(), 1);
    assert.deepEqual(
      progress.rows().map((r) => r.second),
      [0, 1],
    );
  });
});
