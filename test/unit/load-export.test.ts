/** The exported k6 script under stand-ins of k6's modules, the TestRun against the k6-operator's CRD: same stages, same requests. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { parseAllDocuments } from 'yaml';
import { resolveConfig } from '../../src/config/load.js';
import { toK6, toK6Operator, toLocust } from '../../src/load/export.js';
import { peakRate } from '../../src/load/schedule.js';
import { bucketOf } from '../../src/load/histogram.js';
import { charts } from '../../src/load/judge.js';
import { emptyCounts, type LoadResult } from '../../src/load/result.js';
import { loadInputs, resolveLoadSettings, resolveWholeShot } from '../../src/load/settings.js';
import { buildPlan } from '../../src/plan/plan.js';
import { renderSvgChart } from '../../src/report/render/svg-chart.js';
import { STORY_EVENT } from '../fixtures/run-check.js';
import { loadK6Script } from '../fixtures/k6-script.js';

/** A pre-production key from the environment: the exports must read it at run time, never hold it. */
const KEY = 'hunter2-preprod-0042';

async function storySettings() {
  const loaded = await resolveConfig(
    {
      event: STORY_EVENT,
      site: { baseUrl: 'https://www.example.fr', headers: { 'X-Preprod': '${PREPROD_KEY}' } },
      load: {
        allowHosts: ['www.example.fr'],
        thinkTime: '2s',
        requests: [
          { url: '/', weight: 3, subresources: true },
          {
            url: '/souscription/',
            name: 'souscription',
            method: 'POST',
            body: 'offre=verte&code=75011&cle=${PREPROD_KEY}',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          },
        ],
      },
    },
    { file: 'primetime.yml', env: { PREPROD_KEY: KEY } },
  );
  return { settings: resolveLoadSettings('primetime.yml', loadInputs(loaded.config), buildPlan(loaded.config.event)), fromEnv: loaded.fromEnv };
}

/** The key in any form a script could leak it: raw, URL-encoded, base64, or its first characters. */
const leaks = (script: string) => [KEY, encodeURIComponent(KEY), Buffer.from(KEY).toString('base64'), KEY.slice(0, 8)].filter((form) => script.includes(form));

/** A TestRun as the k6-operator's CRD (v1alpha1) accepts it: its OpenAPI schema, unknown fields refused. */
function crdProblems(value: unknown, schema: OpenApi, at = 'TestRun'): string[] {
  if (schema['x-kubernetes-int-or-string']) return typeof value === 'number' || typeof value === 'string' ? [] : [`${at}: not an int or a string`];
  if (schema.type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: not an object`];
    const missing = (schema.required ?? []).filter((key) => !(key in value)).map((key) => `${at}.${key}: required`);
    return [
      ...missing,
      ...Object.entries(value).flatMap(([key, item]) => {
        const property = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
        if (!property) return schema.properties || schema.additionalProperties === false ? [`${at}.${key}: not in the CRD`] : [];
        return crdProblems(item, property, `${at}.${key}`);
      }),
    ];
  }
  if (schema.type === 'array')
    return Array.isArray(value) ? value.flatMap((item, i) => crdProblems(item, schema.items!, `${at}[${i}]`)) : [`${at}: not an array`];
  if (schema.type === 'integer') return Number.isInteger(value) ? [] : [`${at}: not an integer`];
  if (schema.type === 'string' || schema.type === 'boolean' || schema.type === 'number')
    return typeof value === schema.type || (schema.type === 'number' && typeof value === 'number') ? [] : [`${at}: not a ${schema.type}`];
  return [];
}
interface OpenApi {
  type?: string;
  properties?: Record<string, OpenApi>;
  additionalProperties?: OpenApi | boolean;
  items?: OpenApi;
  required?: string[];
  'x-kubernetes-int-or-string'?: boolean;
}
const TESTRUN_CRD = JSON.parse(readFileSync('test/fixtures/k6-operator/testrun.schema.json', 'utf8')) as { openAPIV3Schema: OpenApi };

describe('primetime export', () => {
  it('--k6 writes a script whose options and default function match the plan and the scenario', async () => {
    const { settings, fromEnv } = await storySettings();
    const text = toK6({ ...settings, runners: 1, filesPerArrival: 0 }, 'primetime.yml', fromEnv);
    assert.deepEqual(leaks(text), [], 'the script holds ${PREPROD_KEY}, never its value');
    const { script, calls } = await loadK6Script(text, { PREPROD_KEY: KEY });
    calls.page = '<link rel="stylesheet" href="/site.css"><script src="/app.js"></script><img src="https://cdn.other.com/x.png">';
    const scenario = script.options.scenarios.primetime;
    assert.equal(scenario.executor, 'ramping-arrival-rate');
    assert.deepEqual(scenario.stages, [
      { duration: '15s', target: 3833 },
      { duration: '39s', target: 3833 },
      { duration: '6s', target: 0 },
    ]);
    assert.equal(scenario.maxVUs, 1_000);
    assert.deepEqual(script.options.thresholds, { http_req_duration: ['p(95)<1000', 'p(99)<2500'], http_req_failed: ['rate<0.01'] });
    assert.deepEqual(script.options.tags, { primetime_runners: '1' }, 'merge --k6 checks that every runner is there');

    for (let i = 0; i < 400; i++) script.default();
    const home = calls.requests.filter((r) => r.url === 'https://www.example.fr/');
    const posts = calls.requests.filter((r) => r.method === 'POST');
    assert.equal(home.length + posts.length, 400);
    assert.ok(home.length > 250 && home.length < 350, `weights 3:1 give about 300 home requests, got ${home.length}`);
    assert.equal(posts[0]!.url, 'https://www.example.fr/souscription/');
    assert.equal(posts[0]!.body, `offre=verte&code=75011&cle=${KEY}`, 'read from the environment when the script runs');
    assert.equal(posts[0]!.params.headers['content-type'], 'application/x-www-form-urlencoded');
    assert.equal(posts[0]!.params.headers['x-preprod'], KEY);
    assert.deepEqual(posts[0]!.params.tags, { name: 'souscription', primetime: 'page' });
    assert.equal(posts[0]!.params.redirects, 0, 'a redirect is an answer, as in primetime load');
    // Files only for the home page, on the hosts load may reach, tagged as files.
    assert.equal(calls.batches.length, home.length);
    assert.deepEqual(
      calls.batches[0]!.map((b) => [b.url, b.params.tags.primetime, b.params.headers['x-preprod']]),
      [
        ['https://www.example.fr/site.css', 'file', KEY],
        ['https://www.example.fr/app.js', 'file', KEY],
      ],
    );
    assert.equal(calls.slept, 800, 'two seconds of think time per iteration');
  });

  it("--k6 stops at load.caps.maxRequests arrivals, and sends to network.resolve's addresses (k6 hosts)", async () => {
    const loaded = await resolveConfig(
      {
        event: STORY_EVENT,
        site: { baseUrl: 'https://www.example.fr' },
        network: { resolve: { 'www.example.fr': '10.0.0.7' } },
        load: { allowHosts: ['www.example.fr'], caps: { maxRequests: 50 } },
      },
      { file: 'primetime.yml', env: {} },
    );
    const shot = resolveWholeShot('primetime.yml', loadInputs(loaded.config), buildPlan(loaded.config.event));
    const { script, calls } = await loadK6Script(toK6(shot, 'primetime.yml'));
    assert.deepEqual(script.options.hosts, { 'www.example.fr': '10.0.0.7' });
    for (let i = 0; i < 80; i++) script.default();
    assert.equal(calls.requests.length, 50);
  });

  it('--k6 also gives a k6-operator TestRun the CRD accepts: runners from the whole shot, files included; each runner streams onto a volume', async () => {
    const { settings, fromEnv } = await storySettings();
    const whole = { ...settings, maxRate: 1_000 };
    // The story's peak (3,833 origin req/s) at 1,000 req/s a runner: 4 runners for the pages alone, 8 with a file each.
    assert.equal(Math.round(peakRate(settings.schedule)), 3_833);
    for (const [filesPerArrival, runners] of [
      [0, 4],
      [1, 8],
    ] as const) {
      const manifest = toK6Operator({ ...whole, runners, filesPerArrival }, 'primetime.yml', 'load.js', fromEnv);
      assert.deepEqual(leaks(manifest), []);
      const [claim, testRun] = parseAllDocuments(manifest).map((d) => d.toJS()) as [
        { kind: string; metadata: { name: string } },
        { apiVersion: string; kind: string; spec: { parallelism: number; arguments: string; runner: { env: unknown[]; volumes: unknown[] } } },
      ];
      assert.deepEqual(crdProblems(testRun, TESTRUN_CRD.openAPIV3Schema), []);
      assert.deepEqual([testRun.apiVersion, testRun.kind, testRun.spec.parallelism], ['k6.io/v1alpha1', 'TestRun', runners]);
      assert.equal(testRun.spec.arguments, '--out json=/results/$(POD_NAME).json.gz');
      assert.deepEqual(testRun.spec.runner.env, [
        { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'PREPROD_KEY', valueFrom: { secretKeyRef: { name: 'primetime-load', key: 'PREPROD_KEY' } } },
      ]);
      assert.deepEqual(testRun.spec.runner.volumes, [{ name: 'results', persistentVolumeClaim: { claimName: claim.metadata.name } }]);
      assert.equal(claim.kind, 'PersistentVolumeClaim');
    }
    const manifest = toK6Operator({ ...whole, runners: 4, filesPerArrival: 0 }, 'primetime.yml', 'load.js', fromEnv);
    assert.match(manifest, /^# {3}kubectl create configmap primetime-load --from-file=load\.js$/m);
    assert.match(manifest, /^# {3}primetime merge --k6 k6-results\/\*\.json\.gz$/m);
    // A field the CRD does not know is refused by the same validator.
    assert.deepEqual(crdProblems({ apiVersion: 'x', kind: 'TestRun', spec: { parallelism: 1, script: {}, runners: 2 } }, TESTRUN_CRD.openAPIV3Schema), [
      'TestRun.spec.runners: not in the CRD',
    ]);
  });

  it('the export plans the whole shot: 4,000 req/s with load.caps.maxRate 1,500 is 3 runners of the whole schedule, each with its own maxVUs', async () => {
    const loaded = await resolveConfig(
      {
        event: STORY_EVENT,
        site: { baseUrl: 'https://www.example.fr' },
        load: { allowHosts: ['www.example.fr'], target: 4_000, caps: { maxRate: 1_500, maxConcurrent: 800 } },
      },
      { file: 'primetime.yml', env: {} },
    );
    const inputs = loadInputs(loaded.config);
    const plan = buildPlan(loaded.config.event);
    // One machine's shot is cut at its cap; the exported one is not.
    assert.equal(Math.round(peakRate(resolveLoadSettings('primetime.yml', inputs, plan).schedule)), 1_500);
    const whole = resolveWholeShot('primetime.yml', inputs, plan);
    assert.equal(Math.round(peakRate(whole.schedule)), 4_000);
    assert.equal(whole.runners, 3);
    // About 198,000 arrivals in all: over a maxRequests of 100,000, but each runner's third (66,000) is under it.
    const withCap = async (maxRequests: number) =>
      resolveWholeShot(
        'primetime.yml',
        loadInputs(
          (
            await resolveConfig(
              {
                event: STORY_EVENT,
                site: { baseUrl: 'https://www.example.fr' },
                load: { allowHosts: ['www.example.fr'], target: 4_000, caps: { maxRate: 1_500, maxRequests } },
              },
              { file: 'primetime.yml', env: {} },
            )
          ).config,
        ),
        plan,
      ).capped;
    assert.deepEqual(await withCap(100_000), [], 'maxRequests holds per runner');
    assert.deepEqual(await withCap(50_000), ['maxRequests'], "a runner's third is still over 50,000 requests");
    assert.equal(resolveWholeShot('primetime.yml', inputs, plan, 2).runners, 8, 'with two files an arrival: 12,000 req/s');
    const script = toK6(whole, 'primetime.yml');
    assert.match(script, /"maxVUs": 2400,/, 'k6-operator splits the VUs between runners: 800 each');
    assert.match(script, /"target": 4000/);
    assert.match(toLocust(whole, 'primetime.yml'), /^# {3}locust -f <this file> --headless --master --expect-workers 3$/m);
  });

  it('--locust holds ${PREPROD_KEY}, never its value', async () => {
    const { settings, fromEnv } = await storySettings();
    const text = toLocust({ ...settings, runners: 1, filesPerArrival: 0 }, 'primetime.yml', fromEnv);
    assert.deepEqual(leaks(text), []);
    assert.match(text, /^FROM_ENV = \["PREPROD_KEY"\]$/m);
  });
});

describe('load timeline chart', () => {
  it('is well-formed inline SVG with one line per series, the peak band and the budget, and no script', () => {
    const rows = [10, 50, 100, 100, 40].map((answered, second) => ({
      second,
      ...emptyCounts(),
      requested: 100,
      answered,
      histogram: [[bucketOf(20_000), answered] as [number, number]],
    }));
    const result = { timeline: rows, peak: { from: 2, to: 4 }, budgets: { p95Ms: 1_000 } } as unknown as LoadResult;
    const [rate, latency] = charts(result).map(renderSvgChart);
    for (const svg of [rate!, latency!]) {
      assert.equal(XMLValidator.validate(svg), true);
      assert.doesNotMatch(svg, /<script|href=/);
    }
    assert.equal((rate!.match(/<polyline/g) ?? []).length, 3, 'requested, answered, errors');
    assert.match(rate!, /peak window/);
    assert.match(latency!, /p95 budget: 1,000 ms, above the chart/, 'a budget 50 times the data is named, not drawn');
    const near = renderSvgChart(charts({ ...result, budgets: { p95Ms: 30 } } as LoadResult)[1]!);
    assert.match(near, /stroke-dasharray="2 3"/, 'a budget near the data is drawn as a line');
    assert.match(rate!, /stroke-dasharray="6 4" points="/, 'requested is dashed');
  });
});
