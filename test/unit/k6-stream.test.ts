/**
 * k6's raw metric stream, read into primetime's result: the lines are k6's documented formats (`--out json`,
 * `--out csv`, gzipped as k6 writes them), the verdict primetime's own.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { resolveConfig } from '../../src/config/load.js';
import { Histogram } from '../../src/load/histogram.js';
import { judgeLoad } from '../../src/load/judge.js';
import { K6StreamError, resultFromK6 } from '../../src/load/k6-stream.js';
import { requestedPerSecond } from '../../src/load/schedule.js';
import { loadInputs, resolveLoadSettings } from '../../src/load/settings.js';
import { buildPlan } from '../../src/plan/plan.js';
import { STORY_EVENT } from '../fixtures/run-check.js';
import { tempDir } from '../fixtures/sites.js';

async function settings() {
  const loaded = await resolveConfig(
    { event: STORY_EVENT, site: { baseUrl: 'https://www.example.fr' }, load: { allowHosts: ['www.example.fr'], requests: [{ url: '/' }] } },
    { file: 'primetime.yml', env: {} },
  );
  return resolveLoadSettings('primetime.yml', loadInputs(loaded.config), buildPlan(loaded.config.event));
}

const T0 = Date.parse('2027-03-11T20:59:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '000+00:00');

interface Runner {
  /** k6-operator's instance_id (1-based) and the runner count the exported script was planned for. */
  instance: number;
  of: number;
  testRun?: string;
  /** When the runner began, after T0. */
  start?: number;
}

/**
 * A k6 --out json stream: the Metric declarations, then one Point per sample, as k6 writes them; a k6-operator
 * runner's points carry its instance and TestRun tags, and all carry the script's primetime_runners tag.
 */
function jsonStream(
  requests: { at: number; ms: number; status: number; errorCode?: number; file?: boolean }[],
  dropped: { at: number; count: number }[] = [],
  runner?: Runner,
) {
  const common = runner
    ? { instance_id: String(runner.instance), testrun_name: runner.testRun ?? 'primetime-load', primetime_runners: String(runner.of) }
    : { primetime_runners: '1' };
  const t0 = T0 + (runner?.start ?? 0);
  const lines = [
    '{"type":"Metric","data":{"type":"gauge","contains":"default","tainted":null,"thresholds":[],"submetrics":null},"metric":"vus"}',
    `{"type":"Point","data":{"time":"${iso(t0)}","value":5,"tags":${JSON.stringify(common)}},"metric":"vus"}`,
    '{"type":"Metric","data":{"type":"trend","contains":"time","tainted":null,"thresholds":["p(95)<800"],"submetrics":null},"metric":"http_req_duration"}',
  ];
  for (const { at, ms, status, errorCode, file } of requests) {
    const tags = {
      ...common,
      primetime: file ? 'file' : 'page',
      expected_response: String(status > 0 && status < 400),
      group: '',
      method: 'GET',
      name: 'https://www.example.fr/',
      proto: 'HTTP/1.1',
      scenario: 'primetime',
      status: String(status),
      url: 'https://www.example.fr/',
      ...(errorCode ? { error_code: String(errorCode) } : {}),
    };
    lines.push(`{"type":"Point","data":{"time":"${iso(t0 + at)}","value":${ms},"tags":${JSON.stringify(tags)}},"metric":"http_req_duration"}`);
    if (!file)
      lines.push(
        `{"type":"Point","data":{"time":"${iso(t0 + at)}","value":1,"tags":${JSON.stringify({ ...common, scenario: 'primetime' })}},"metric":"iterations"}`,
      );
  }
  for (const { at, count } of dropped)
    lines.push(
      `{"type":"Point","data":{"time":"${iso(t0 + at)}","value":${count},"tags":${JSON.stringify({ ...common, scenario: 'primetime' })}},"metric":"dropped_iterations"}`,
    );
  return lines.join('\n') + '\n';
}

describe('a k6 run judged by primetime', () => {
  it('reads every runner’s --out json (one gzipped, as k6 writes results.gz) into per-second rows and histograms', async () => {
    const dir = await tempDir();
    const first = path.join(dir, 'runner-1.json');
    const second = path.join(dir, 'runner-2.gz');
    await writeFile(
      first,
      jsonStream(
        [
          { at: 100, ms: 12.5, status: 200 },
          { at: 900, ms: 40, status: 200 },
          { at: 1_200, ms: 30_000, status: 0, errorCode: 1050 },
        ],
        [],
        { instance: 1, of: 2 },
      ),
    );
    await writeFile(
      second,
      gzipSync(
        jsonStream(
          [
            { at: 1_500, ms: 8, status: 503 },
            { at: 2_100, ms: 0.4, status: 0, errorCode: 1212 },
          ],
          [{ at: 2_500, count: 7 }],
          { instance: 2, of: 2 },
        ),
      ),
    );
    const result = await resultFromK6([first, second], await settings());
    assert.equal(result.startedAt, new Date(T0).toISOString(), 'the run began with its first point (k6 writes vus from the start)');
    assert.equal(result.engine, 'k6');
    assert.deepEqual(
      result.timeline
        .slice(0, 3)
        .map((row) => [row.second, row.completed, row.answered, row.sent, row.dropped, row.errors['5xx'], row.errors.timeout, row.errors.refused]),
      [
        [0, 2, 2, 2, 0, 0, 0, 0],
        [1, 2, 1, 2, 0, 1, 1, 0],
        [2, 1, 0, 1, 7, 0, 0, 1],
      ],
    );
    // What each second asked is the config's schedule, whatever k6 managed to send: the plan's seconds are all there.
    const planned = requestedPerSecond((await settings()).schedule);
    assert.deepEqual(
      result.timeline.map((row) => row.requested),
      planned,
    );
    // The latencies, in µs, in the second's histogram: the p50 of second 0 is the 12.5 ms request.
    const p50 = new Histogram().add(result.timeline[0]!.histogram).percentile(50);
    assert.ok(Math.abs(p50 - 12_500) / 12_500 < 0.02, `p50 ${p50} µs`);
    assert.deepEqual(result.timeline[2]!.lag, [], 'k6 records no send lag: none is invented');
    assert.equal(result.workers, 2);
  });

  it('reads --out csv with k6’s quoting and tags, in every K6_CSV_TIME_FORMAT, and judges the peak window against the plan', async () => {
    const dir = await tempDir();
    const header =
      'metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,proto,scenario,service,status,subproto,tls_version,url,extra_tags,metadata';
    // A URL with a comma, quoted as k6 (Go's encoding/csv) writes it; the tags beyond k6's own in extra_tags.
    const url = '"https://www.example.fr/offres?ids=1,2&q=""verte"""';
    const row = (metric: string, time: number | string, value: number, status = '200', kind = 'page') =>
      `${metric},${time},${value.toFixed(6)},,,,true,,GET,${url},HTTP/1.1,primetime,,${status},,,${url},primetime=${kind}&primetime_runners=1,`;
    // The same instant, 1.25 s after T0, in each format k6 can write.
    const at = T0 + 1_250;
    for (const time of [at / 1_000, at, at * 1_000, `${at}000000`, new Date(at).toISOString(), iso(at)]) {
      const file = path.join(dir, 'formats.csv');
      await writeFile(file, [header, row('vus', T0 / 1_000, 1), row('http_req_duration', time, 95.5, '502')].join('\n') + '\n');
      const result = await resultFromK6([file], await settings());
      assert.deepEqual(
        result.timeline.slice(0, 2).map((r) => [r.second, r.completed, r.answered, r.errors['5xx'], r.errors.other]),
        [
          [0, 0, 0, 0, 0],
          [1, 1, 1, 1, 0],
        ],
        `timestamp ${time}`,
      );
    }
    // A page's files count in the error rate, never as pages answered: two files do not make 300 % of the rate.
    const files = path.join(dir, 'files.csv');
    await writeFile(
      files,
      [header, row('http_req_duration', T0, 20), row('http_req_duration', T0, 5, '200', 'file'), row('http_req_duration', T0, 5, '404', 'file')].join('\n') +
        '\n',
    );
    const [first] = (await resultFromK6([files], await settings())).timeline;
    assert.deepEqual([first!.completed, first!.answered, first!.errors['4xx'], new Histogram().add(first!.histogram).total], [3, 1, 1, 1]);
    // Two requests a second for a minute, against a plan of thousands a second: primetime's judge says so, over its peak window.
    const minute = path.join(dir, 'minute.csv');
    const rows = Array.from({ length: 120 }, (_, i) => row('http_req_duration', T0 + i * 500, 20));
    await writeFile(minute, [header, ...rows].join('\n') + '\n');
    const outcome = judgeLoad(await resultFromK6([minute], await settings()));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.evidence!.find((e) => e.level === 'fail')!.message, /the site answered 2 req\/s of the 3,833 req\/s sent/);
    assert.match(outcome.evidence!.find((e) => /^p95 latency/.test(e.message))!.message, /timed from when k6 sent each request \(k6 records no intended start/);
  });

  it('refuses streams that are not one run’s, each runner once and all there, and says which', async () => {
    const dir = await tempDir();
    const stream = async (name: string, runner?: Runner) => {
      const file = path.join(dir, name);
      await writeFile(file, jsonStream([{ at: 100, ms: 10, status: 200 }], [], runner));
      return file;
    };
    const [one, two, three] = [
      await stream('r1.json', { instance: 1, of: 3 }),
      await stream('r2.json', { instance: 2, of: 3 }),
      await stream('r3.json', { instance: 3, of: 3 }),
    ];
    assert.equal((await resultFromK6([one, two, three], await settings())).workers, 3);
    await assert.rejects(
      resultFromK6([one, three], await settings()),
      /runner 2 of 3 missing \(instance_id\): merge needs every runner's stream, as the TestRun's parallelism is 3/,
    );
    await assert.rejects(resultFromK6([one, two, three, one], await settings()), /r1\.json and .*r1\.json are both runner 1 \(instance_id\)/);
    const later = await stream('r2-later.json', { instance: 2, of: 3, start: 120_000 });
    await assert.rejects(
      resultFromK6([one, later, three], await settings()),
      /r2-later\.json began 2 min after .*r1\.json: the runners of one TestRun start together/,
    );
    const other = await stream('r2-other.json', { instance: 2, of: 3, testRun: 'yesterday' });
    await assert.rejects(resultFromK6([one, other, three], await settings()), /r2-other\.json comes from TestRun yesterday/);
    await assert.rejects(resultFromK6([await stream('a.json'), await stream('b.json')], await settings()), /2 streams without k6-operator's instance_id tag/);
  });

  it('refuses what is not k6’s raw stream, its end-of-test summary included, and says what to give', async () => {
    const dir = await tempDir();
    const summary = path.join(dir, 'summary.json');
    await writeFile(summary, JSON.stringify({ metrics: { http_req_duration: { avg: 120, 'p(95)': 300 } } }) + '\n');
    await assert.rejects(
      resultFromK6([summary], await settings()),
      (error: Error) =>
        error instanceof K6StreamError &&
        /no page request's http_req_duration point in .*summary\.json: give k6's raw stream \(--out json=… or --out csv=…\), not its summary/.test(
          error.message,
        ),
    );
    const other = path.join(dir, 'other.csv');
    await writeFile(other, 'time,latency\n1,2\n');
    await assert.rejects(resultFromK6([other], await settings()), /neither k6's --out json nor its --out csv/);
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"type":"Point","data":{"time":"2027-03-11T20:59:00Z","value":1},"metric":"http_req_duration"}\n{not json\n');
    await assert.rejects(resultFromK6([broken], await settings()), /broken\.json:2: not a line of k6's --out json/);
  });
});
