/** The exported k6 script and locustfile run under stand-ins of their engines' modules: same stages, same requests. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { XMLValidator } from 'fast-xml-parser';
import { parseAllDocuments } from 'yaml';
import { resolveConfig } from '../../src/config/load.js';
import { runnersFor, toK6, toK6Operator, toLocust } from '../../src/load/export.js';
import { peakRate } from '../../src/load/schedule.js';
import { bucketOf } from '../../src/load/histogram.js';
import { charts } from '../../src/load/judge.js';
import { emptyCounts, type LoadResult } from '../../src/load/result.js';
import { loadInputs, resolveLoadSettings, resolveWholeShot } from '../../src/load/settings.js';
import { buildPlan } from '../../src/plan/plan.js';
import { renderSvgChart } from '../../src/report/render/svg-chart.js';
import { STORY_EVENT } from '../fixtures/run-check.js';
import { tempDir } from '../fixtures/sites.js';

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

const K6_STUBS = {
  'k6/http': `const calls = (globalThis.__k6 = { requests: [], batches: [] });
export default {
  request(method, url, body, params) {
    calls.requests.push({ method, url, body, params });
    return { status: 200, url, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: '<link rel="stylesheet" href="/site.css"><script src="/app.js"></script><img src="https://cdn.other.com/x.png">' };
  },
  batch(list) { calls.batches.push(list); return []; },
};`,
  k6: `export function sleep(seconds) { globalThis.__k6.slept = (globalThis.__k6.slept ?? 0) + seconds; }`,
  // k6/html's parseHTML over node-html-parser: find(selector).each((index, element) => …).
  'k6/html': `import { parse } from 'node-html-parser';
export function parseHTML(html) {
  const root = parse(html);
  return { find: (selector) => ({ each: (fn) => root.querySelectorAll(selector).forEach((el, i) => fn(i, el)) }) };
}`,
};

interface K6Call {
  method: string;
  url: string;
  body: string | null;
  params: { headers: Record<string, string>; tags: { name: string } };
}
interface K6Record {
  requests: K6Call[];
  batches: Array<Array<[string, string]>>;
  slept: number;
}
interface K6Script {
  options: { scenarios: { primetime: { executor: string; stages: unknown[]; maxVUs: number } }; thresholds: unknown };
  default: () => void;
}
interface LocustCall {
  method: string;
  url: string;
  data: string | null;
  name: string;
  headers: Record<string, string>;
}

describe('primetime export', () => {
  it('--k6 writes a script whose options and default function match the plan and the scenario', async () => {
    const { settings, fromEnv } = await storySettings();
    const dir = await tempDir();
    const text = toK6(settings, 'primetime.yml', fromEnv);
    assert.deepEqual(leaks(text), [], 'the script holds ${PREPROD_KEY}, never its value');
    await writeFile(path.join(dir, 'script.js'), text);
    const out = path.join(dir, 'bundle.mjs');
    await build({
      entryPoints: [path.join(dir, 'script.js')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: out,
      logLevel: 'silent',
      nodePaths: [path.resolve('node_modules')],
      plugins: [
        {
          name: 'k6-stubs',
          setup(b) {
            b.onResolve({ filter: /^k6(\/|$)/ }, (args) => ({ path: args.path, namespace: 'k6' }));
            b.onLoad({ filter: /.*/, namespace: 'k6' }, (args) => ({ contents: K6_STUBS[args.path as keyof typeof K6_STUBS], resolveDir: process.cwd() }));
          },
        },
      ],
    });
    (globalThis as unknown as { __ENV: Record<string, string> }).__ENV = { PREPROD_KEY: KEY };
    const script = (await import(pathToFileURL(out).href)) as K6Script;
    const scenario = script.options.scenarios.primetime;
    assert.equal(scenario.executor, 'ramping-arrival-rate');
    assert.deepEqual(
      scenario.stages,
      settings.schedule.stages.map((s) => ({ duration: `${s.durationMs / 1_000}s`, target: Math.round(s.target) })),
    );
    assert.deepEqual(scenario.stages, [
      { duration: '15s', target: 3833 },
      { duration: '39s', target: 3833 },
      { duration: '6s', target: 0 },
    ]);
    assert.equal(scenario.maxVUs, 1_000);
    assert.deepEqual(script.options.thresholds, { http_req_duration: ['p(95)<1000', 'p(99)<2500'], http_req_failed: ['rate<0.01'] });

    for (let i = 0; i < 400; i++) script.default();
    const calls = (globalThis as unknown as { __k6: K6Record }).__k6;
    const home = calls.requests.filter((r) => r.url === 'https://www.example.fr/');
    const posts = calls.requests.filter((r) => r.method === 'POST');
    assert.equal(home.length + posts.length, 400);
    assert.ok(home.length > 250 && home.length < 350, `weights 3:1 give about 300 home requests, got ${home.length}`);
    assert.equal(posts[0]!.url, 'https://www.example.fr/souscription/');
    assert.equal(posts[0]!.body, `offre=verte&code=75011&cle=${KEY}`, 'read from the environment when the script runs');
    assert.equal(posts[0]!.params.headers['content-type'], 'application/x-www-form-urlencoded');
    assert.equal(posts[0]!.params.headers['x-preprod'], KEY);
    assert.equal(posts[0]!.params.tags.name, 'souscription');
    // Subresources only for the home page, on its own host only.
    assert.equal(calls.batches.length, home.length);
    assert.deepEqual(
      calls.batches[0]!.map((b) => b[1]),
      ['https://www.example.fr/site.css', 'https://www.example.fr/app.js'],
    );
    assert.equal(calls.slept, 800, 'two seconds of think time per iteration');
  });

  it('--k6 also gives a k6-operator TestRun: parallelism from the peak rate and the per-runner cap, the script from a ConfigMap, secrets from a Secret', async () => {
    const { settings, fromEnv } = await storySettings();
    const manifest = toK6Operator({ ...settings, maxRate: 1_000 }, 'primetime.yml', 'load.js', fromEnv);
    assert.deepEqual(leaks(manifest), []);
    const docs = parseAllDocuments(manifest).map((d) => d.toJS());
    assert.equal(docs.length, 1);
    const testRun = docs[0] as { apiVersion: string; kind: string; spec: { parallelism: number; script: unknown; runner: { env: unknown[] } } };
    assert.deepEqual([testRun.apiVersion, testRun.kind], ['k6.io/v1alpha1', 'TestRun']);
    // The story's peak (3,833 origin req/s) at 1,000 req/s a runner: 4 runners.
    assert.equal(Math.round(peakRate(settings.schedule)), 3_833);
    assert.equal(testRun.spec.parallelism, 4);
    assert.deepEqual(testRun.spec.script, { configMap: { name: 'primetime-load', file: 'load.js' } });
    assert.deepEqual(testRun.spec.runner.env, [{ name: 'PREPROD_KEY', valueFrom: { secretKeyRef: { name: 'primetime-load', key: 'PREPROD_KEY' } } }]);
    assert.match(manifest, /^# {3}kubectl create configmap primetime-load --from-file=load\.js$/m);
    assert.equal(runnersFor(settings), 1, 'at the default 5,000 req/s a runner, one is enough');
    // Locust's distributed mode: the master expects as many workers.
    const locust = toLocust({ ...settings, maxRate: 1_000 }, 'primetime.yml', fromEnv);
    assert.match(locust, /^# {3}locust -f <this file> --headless --master --expect-workers 4$/m);
    assert.match(locust, /^# {3}locust -f <this file> --worker --master-host <the master's address>/m);
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
    const testRun = parseAllDocuments(toK6Operator(whole, 'primetime.yml', 'load.js')).map((d) => d.toJS())[0] as { spec: { parallelism: number } };
    assert.equal(testRun.spec.parallelism, 3);
    const script = toK6(whole, 'primetime.yml');
    assert.match(script, /maxVUs: 2400,/, 'k6-operator splits the VUs between runners: 800 each');
    assert.match(script, /"target":4000/);
  });

  it('--locust writes a locustfile whose shape follows the schedule and whose task sends the scenario', async () => {
    const { settings, fromEnv } = await storySettings();
    const dir = await tempDir();
    const text = toLocust(settings, 'primetime.yml', fromEnv);
    assert.deepEqual(leaks(text), [], 'the locustfile holds ${PREPROD_KEY}, never its value');
    await writeFile(path.join(dir, 'locustfile.py'), text);
    await mkdir(path.join(dir, 'stubs', 'locust'), { recursive: true });
    await writeFile(
      path.join(dir, 'stubs', 'locust', '__init__.py'),
      `class HttpUser:
    pass
class LoadTestShape:
    now = 0
    def get_run_time(self):
        return self.now
def task(f):
    return f
def constant_throughput(n):
    return ("constant_throughput", n)
class _Hook:
    def __init__(self):
        self.listeners = []
    def add_listener(self, f):
        self.listeners.append(f)
        return f
class events:
    quitting = _Hook()
`,
    );
    const driver = `
import importlib.util, json, random, sys
spec = importlib.util.spec_from_file_location("locustfile", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
shape = module.Schedule()
ticks = {}
for t in [0, 7.5, 15, 30, 57, 59.9, 60, 61]:
    shape.now = t
    ticks[str(t)] = shape.tick()
calls = []
class Client:
    def request(self, method, url, **kwargs):
        calls.append({"method": method, "url": url, "data": kwargs.get("data"), "name": kwargs.get("name"), "headers": kwargs.get("headers")})
user = module.Visitor()
user.client = Client()
random.seed(1)
for _ in range(400):
    user.request()
print(json.dumps({"ticks": ticks, "calls": calls, "wait": list(module.Visitor.wait_time), "host": module.Visitor.host, "hooks": len(module.events.quitting.listeners)}))
`;
    await writeFile(path.join(dir, 'driver.py'), driver);
    const output = execFileSync('python3', [path.join(dir, 'driver.py'), path.join(dir, 'locustfile.py')], {
      env: { ...process.env, PYTHONPATH: path.join(dir, 'stubs'), PREPROD_KEY: KEY },
      encoding: 'utf8',
    });
    const run = JSON.parse(output) as {
      ticks: Record<string, [number, number] | null>;
      calls: LocustCall[];
      wait: [string, number];
      host: string;
      hooks: number;
    };
    // Users = requests/s (one request a second each): the ramp, the hold, the ramp down, then the end.
    assert.deepEqual(run.ticks['0'], [0, 3834]);
    assert.equal(run.ticks['7.5']![0], 1917);
    assert.equal(run.ticks['15']![0], 3833);
    assert.equal(run.ticks['30']![0], 3833);
    assert.equal(run.ticks['57']![0], 1917);
    assert.equal(run.ticks['60'], null);
    assert.equal(run.ticks['61'], null);
    assert.deepEqual(run.wait, ['constant_throughput', 1]);
    assert.equal(run.host, 'https://www.example.fr');
    assert.equal(run.hooks, 1, 'the budget judge is registered');
    const posts = run.calls.filter((c) => c.method === 'POST');
    assert.ok(posts.length > 50 && posts.length < 150, `weights 3:1 give about 100 posts, got ${posts.length}`);
    assert.deepEqual(posts[0], {
      method: 'POST',
      url: 'https://www.example.fr/souscription/',
      data: `offre=verte&code=75011&cle=${KEY}`,
      name: 'souscription',
      headers: { 'user-agent': 'primetime (load)', 'x-preprod': KEY, 'content-type': 'application/x-www-form-urlencoded' },
    });
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
