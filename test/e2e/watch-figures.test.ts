/**
 * The watch's live figures: the real SDK clients read a local CloudWatch (JSON 1.0) and ELBv2 (query) endpoint
 * whose metrics change minute by minute, on a fake clock (five minutes of show in well under a second of waiting):
 * each figure set against the plan, one alert per change, the figures in the timeline, read once a minute.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig, type LoadedConfig } from '../../src/config/load.js';
import { startAwsEndpoint, type AwsScenario } from '../../src/demo/aws-endpoint.js';
import type { SimulatedMetric } from '../../src/demo/aws/scenario.js';
import { buildPlan, type PlanTargets } from '../../src/plan/plan.js';
import { createHttpClient } from '../../src/web/http.js';
import type { Change } from '../../src/watch/alerts.js';
import { liveFigures } from '../../src/watch/live-figures.js';
import { watchedResources, watchPermissions } from '../../src/watch/cloudwatch.js';
import { renderAfterShowHtml, renderAfterShowMarkdown, summarizeWatch } from '../../src/watch/after-show.js';
import { runWatch, type WatchClock, type WatchRow } from '../../src/watch/watch.js';
import { ISOLATED, withEnv } from '../fixtures/aws.js';
import { runCli } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';

const ALB_ARN = 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer/app/shop-alb/50dc6c495c0c9188';
const TG_ARN = 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/shop-tg/73e2d6bc24d8a067';
const LB = { LoadBalancer: 'app/shop-alb/50dc6c495c0c9188' };
const T0 = Date.parse('2027-03-11T20:58:00Z');
const MINUTE = 60_000;

describe('primetime watch: live figures from CloudWatch', () => {
  let site: http.Server;
  let siteUrl: string;
  const siteMethods = new Set<string>();

  before(async () => {
    site = http.createServer((request, response) => {
      siteMethods.add(request.method!);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Élan Énergie</title><h1>Élan Énergie</h1>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  after(() => site?.close());

  async function configDir(extra = ''): Promise<string> {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event:\n  name: Capital (M6)\n  audience: 2300000\n  reach: 10%\n  arrivalWindow: 3m\n  cacheHitRatio: 80%\n  capacity: { requestsPerSecondPerInstance: 150, instanceType: c5.xlarge }\n` +
        `site:\n  baseUrl: ${siteUrl}\n  marker: Élan Énergie\n` +
        `checks:\n  lb-prewarm: [error, { loadBalancers: [shop-alb], resolutions: 0 }]\n` +
        `  targets: [error, { targetGroups: ["${TG_ARN}"], autoScalingGroups: [shop-web], minHealthy: 2 }]\n` +
        `  cloudfront: [error, { distributions: [E2DEMO] }]\n` +
        `watch:\n  slow: 1s\n  out: watch-out\n${extra}`,
    );
    return dir;
  }

  /** The account at one minute of the show: fine, then 5xx, then the LCU reservation outgrown, then too few instances. */
  function metricsAt(minute: number, plan: PlanTargets): SimulatedMetric[] {
    const requests = 0.5 * plan.originRequestsPerSecond * 60;
    const alb = (name: string, value: number, extra: Record<string, string> = {}): SimulatedMetric => ({
      namespace: 'AWS/ApplicationELB',
      name,
      dimensions: { ...LB, ...extra },
      values: [value],
    });
    const tg = { TargetGroup: 'targetgroup/shop-tg/73e2d6bc24d8a067' };
    return [
      alb('RequestCount', requests),
      alb('HTTPCode_ELB_5XX_Count', 0),
      alb('HTTPCode_Target_5XX_Count', minute === 1 ? 0.1 * requests : 0),
      alb('TargetResponseTime', 0.2),
      alb('ActiveConnectionCount', 1_200),
      // AWS compares the per-minute Sum of PeakLCUs with the reservation: only that statistic has points here.
      { ...alb('PeakLCUs', minute === 2 ? 1.1 * plan.lcus! : 0.5 * plan.lcus!), stat: 'Sum' },
      alb('HealthyHostCount', 4, tg),
      alb('UnHealthyHostCount', minute === 3 ? 2 : 0, tg),
      {
        namespace: 'AWS/CloudFront',
        name: 'Requests',
        dimensions: { DistributionId: 'E2DEMO', Region: 'Global' },
        values: [0.5 * plan.requestsPerSecond! * 60],
      },
      { namespace: 'AWS/CloudFront', name: '5xxErrorRate', dimensions: { DistributionId: 'E2DEMO', Region: 'Global' }, values: [0.1] },
      {
        namespace: 'AWS/AutoScaling',
        name: 'GroupInServiceInstances',
        dimensions: { AutoScalingGroupName: 'shop-web' },
        values: [minute === 3 ? plan.instances! - 2 : plan.instances!],
      },
    ];
  }

  const scenarioBase = (): AwsScenario => ({
    loadBalancers: [{ name: 'shop-alb', arn: ALB_ARN, dnsName: 'shop-alb-1.eu-west-3.elb.amazonaws.com', type: 'application', zones: ['eu-west-3a'] }],
  });

  /** Five minutes of watch on a fake clock; the scenario moves to the next minute's figures as the clock does. */
  async function watchFiveMinutes(loaded: LoadedConfig, scenario: AwsScenario, env: Record<string, string>, dir: string) {
    const plan = buildPlan(loaded.config.event).targets;
    let now = T0;
    scenario.metrics = metricsAt(0, plan);
    const clock: WatchClock = {
      now: () => now,
      sleep: async (ms) => {
        now += Math.max(0, ms);
        scenario.metrics = metricsAt(Math.floor((now - T0) / MINUTE), plan);
      },
    };
    const rows: WatchRow[] = [];
    const changes: Change[] = [];
    const siteHttp = createHttpClient({ timeoutMs: 5_000 });
    try {
      const live = await liveFigures(loaded, env);
      assert.ok(live && 'source' in live, 'the figures are read');
      await runWatch({
        event: loaded.config.event.name,
        targets: [{ name: 'home', url: `${siteUrl}/`, fix: 'Open the plan-B page' }],
        marker: 'Élan Énergie',
        limits: { slowMs: 1_000, timeoutMs: 5_000 },
        intervalMs: 10_000,
        from: T0,
        until: T0 + 5 * MINUTE,
        alerts: [],
        figures: live.source,
        http: siteHttp,
        alertHttp: siteHttp,
        file: path.join(dir, 'watch-out/timeline.jsonl'),
        resume: false,
        confirm: 1,
        clock,
        signal: new AbortController().signal,
        mask: (text) => text,
        onRow: (row) => rows.push(row),
        onAlert: (change) => changes.push(change),
        onUndelivered: () => {},
        onNote: () => {},
        onWait: () => assert.fail('the watch starts at once'),
      });
    } finally {
      await siteHttp.close();
    }
    return { rows, changes, plan };
  }

  it('sets each figure against the plan, alerts once per change, reads CloudWatch once a minute, and keeps it in the timeline', async () => {
    const dir = await configDir();
    const scenario = scenarioBase();
    const endpoint = await startAwsEndpoint(scenario);
    try {
      const env = { ...ISOLATED, ...endpoint.env };
      const { rows, changes, plan } = await withEnv({ ...env, AWS_PROFILE: undefined, AWS_SESSION_TOKEN: undefined }, async () =>
        watchFiveMinutes(await loadConfig(undefined, dir, { ...process.env, ...env }), scenario, env, dir),
      );
      assert.equal(rows.length, 30, 'a look every 10 s for 5 minutes');
      const reads = rows.filter((row) => row.figures);
      assert.equal(reads.length, 5, 'the figures once a minute');
      const states = (name: string) => reads.map((row) => row.figures!.find((f) => f.name === name)?.state);
      assert.deepEqual(states('shop-alb 5xx share'), ['ok', 'act', 'ok', 'ok', 'ok']);
      assert.deepEqual(states('shop-alb peak LCUs'), ['ok', 'ok', 'act', 'ok', 'ok']);
      assert.deepEqual(states('shop-web instances in service'), ['ok', 'ok', 'ok', 'act', 'ok']);
      assert.deepEqual(states('shop-alb shop-tg unhealthy targets'), ['ok', 'ok', 'ok', 'watch', 'ok']);
      assert.deepEqual(states('shop-alb requests/s'), ['ok', 'ok', 'ok', 'ok', 'ok']);
      assert.deepEqual(states('E2DEMO CDN requests/s'), ['ok', 'ok', 'ok', 'ok', 'ok']);
      const first = reads[0]!.figures!;
      const requests = first.find((f) => f.name === 'shop-alb requests/s')!;
      assert.equal(requests.value, 0.5 * plan.originRequestsPerSecond!, 'RequestCount per minute → per second');
      assert.equal(requests.planned, plan.originRequestsPerSecond, 'behind a CDN the load balancer is held to the origin requests');
      assert.equal(first.find((f) => f.name === 'shop-alb p95 response')!.value, 200, 'TargetResponseTime in s → ms');
      // The figures hold between reads: the row state is act for the whole minute of 5xx.
      assert.deepEqual(
        rows.slice(6, 12).map((row) => row.state),
        Array(6).fill('act'),
      );
      assert.equal(rows[12]!.state, 'act', 'then the LCUs');
      assert.equal(rows[29]!.state, 'ok');
      // Exactly one alert per change, each with its fix.
      assert.deepEqual(
        changes.map((c) => `${c.subject.name}: ${c.from} → ${c.subject.state}`),
        [
          'shop-alb 5xx share: ok → act',
          'shop-alb peak LCUs: ok → act',
          'shop-alb 5xx share: act → ok',
          'shop-alb peak LCUs: act → ok',
          'shop-alb shop-tg unhealthy targets: ok → watch',
          'shop-web instances in service: ok → act',
          'shop-alb shop-tg unhealthy targets: watch → ok',
          'shop-web instances in service: act → ok',
        ],
      );
      const lcu = changes.find((c) => c.subject.name === 'shop-alb peak LCUs' && c.subject.state === 'act')!;
      assert.match(
        lcu.fix!,
        new RegExp(`aws elbv2 modify-capacity-reservation --load-balancer-arn ${ALB_ARN} --minimum-load-balancer-capacity CapacityUnits=\\d+`),
      );
      const scale = changes.find((c) => c.subject.name === 'shop-web instances in service' && c.subject.state === 'act')!;
      assert.match(scale.fix!, new RegExp(`set-desired-capacity --auto-scaling-group-name shop-web --desired-capacity ${plan.instances}`));
      // The load balancer is described once; CloudWatch is read once a minute in the region and once in us-east-1 (CloudFront).
      assert.deepEqual(
        endpoint.calls.filter((c) => c !== 'cloudwatch:GetMetricData'),
        ['elasticloadbalancing:DescribeLoadBalancers'],
      );
      assert.equal(endpoint.calls.filter((c) => c === 'cloudwatch:GetMetricData').length, 10);
      const timeline = (await readFile(path.join(dir, 'watch-out/timeline.jsonl'), 'utf8')).trim().split('\n');
      assert.equal(timeline.filter((line) => line.includes('"figures"')).length, 5);
      assert.deepEqual([...siteMethods], ['GET']);

      // After the show: the peak against the plan, the 5xx share weighted by traffic, each figure's time in act.
      const summary = summarizeWatch('Capital (M6)', rows, '2027-03-11T22:00:00+01:00');
      assert.deepEqual(summary.traffic, { peak: 0.5 * plan.requestsPerSecond!, at: rows[0]!.at, planned: plan.requestsPerSecond, where: 'at the CDN' });
      assert.equal(Math.round(summary.errorShare! * 100) / 100, 2, 'one minute of five at 10 %');
      const lcus = summary.figures.find((f) => f.name === 'shop-alb peak LCUs')!;
      assert.deepEqual(lcus.ms, { ok: 240_000, watch: 0, act: 60_000 });
      assert.equal(lcus.peak!.value, 1.1 * plan.lcus!);
      assert.equal(lcus.peakAt, rows[12]!.at);
      const markdown = renderAfterShowMarkdown(summary);
      assert.match(markdown, /^Peak: [\d,]+ req\/s at the CDN at 21:58:00, 50 % of the plan's [\d,]+\.$/m);
      assert.match(markdown, /^5xx share at the load balancers: 2 %\.$/m);
      assert.match(markdown, /^\| shop-alb peak LCUs \| [\d,.]+ LCU \(plan [\d,]+ LCU\) \| 22:00:00 \| 4 min \| 0 \| 1 min \|$/m);
      const html = renderAfterShowHtml(summary);
      assert.equal((html.match(/<svg[^>]*class="chart"/g) ?? []).length, 2, 'response times, and requests/s against the plan');
      assert.match(html, />airtime</, 'airtime marked');
      assert.deepEqual(summary.charts[1]!.mark, { at: 12, label: 'airtime' }, 'at the first look from airtime (21:00 UTC, two minutes in)');
      assert.deepEqual(summary.charts[1]!.limit, { value: plan.requestsPerSecond, label: 'plan' });
    } finally {
      await endpoint.close();
    }
  });

  it('a figure it cannot read is "watch" with the permission to add, never "act", and the watch goes on', async () => {
    const dir = await configDir();
    const scenario: AwsScenario = { ...scenarioBase(), faults: { denied: ['cloudwatch:GetMetricData'] } };
    const endpoint = await startAwsEndpoint(scenario);
    try {
      const env = { ...ISOLATED, ...endpoint.env };
      const { rows, changes } = await withEnv({ ...env, AWS_PROFILE: undefined, AWS_SESSION_TOKEN: undefined }, async () =>
        watchFiveMinutes(await loadConfig(undefined, dir, { ...process.env, ...env }), scenario, env, dir),
      );
      assert.equal(rows.length, 30);
      const unread = rows[0]!.figures!;
      assert.deepEqual(
        unread.map((f) => f.state),
        ['watch', 'watch'],
      );
      assert.match(unread[0]!.why!, /not read: access denied: the role needs cloudwatch:GetMetricData/);
      assert.ok(
        rows.every((row) => row.state === 'watch'),
        'could not verify is not broken',
      );
      assert.equal(changes.length, 2, 'one alert per unread source, not one a minute');
    } finally {
      await endpoint.close();
    }
  });

  it('a load balancer it could not describe (throttled, no retry left) is "watch" at that read, and asked for again at the next', async () => {
    const dir = await configDir('aws:\n  maxAttempts: 1\n');
    const scenario: AwsScenario = { ...scenarioBase(), faults: { throttleOnce: ['elasticloadbalancing:DescribeLoadBalancers'] } };
    const endpoint = await startAwsEndpoint(scenario);
    try {
      const env = { ...ISOLATED, ...endpoint.env };
      const { rows } = await withEnv({ ...env, AWS_PROFILE: undefined, AWS_SESSION_TOKEN: undefined }, async () =>
        watchFiveMinutes(await loadConfig(undefined, dir, { ...process.env, ...env }), scenario, env, dir),
      );
      const reads = rows.filter((row) => row.figures);
      const first = reads[0]!.figures!.find((f) => f.name === 'shop-alb live figures')!;
      assert.equal(first.state, 'watch');
      assert.match(first.why!, /not read: AWS kept throttling elasticloadbalancing:DescribeLoadBalancers/);
      assert.equal(reads[1]!.figures!.find((f) => f.name === 'shop-alb requests/s')?.state, 'ok', 'found at the next read');
      assert.equal(endpoint.calls.filter((c) => c === 'elasticloadbalancing:DescribeLoadBalancers').length, 2, 'then never asked again');
    } finally {
      await endpoint.close();
    }
  });

  it('without credentials the pages are still watched (the figures are off, and why); with aws.required it is an error', async () => {
    const none = { ...ISOLATED, AWS_REGION: 'eu-west-3', AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_PROFILE: undefined };
    await withEnv(none, async () => {
      const off = await liveFigures(await loadConfig(undefined, await configDir()), process.env);
      assert.ok(off && 'off' in off);
      assert.match(off.off, /no AWS credentials found/);
    });
    const required = await runCli(['watch', '--duration', '2s'], { cwd: await configDir('aws:\n  required: true\n'), env: none });
    assert.equal(required.code, 2);
    assert.match(required.stderr, /no live figures: default: no AWS credentials found .*\(aws\.required is set\)/);
    assert.doesNotMatch(required.stderr, /\n\s+at /, 'no stack trace');
  });

  it('reads a cache group from every node ElastiCache lists (cluster mode too), described once', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event: { name: Capital, audience: 2300000, reach: 10% }\nsite: { baseUrl: ${siteUrl} }\nchecks:\n  cache: [error, { groups: [elan-cache] }]\n`,
    );
    const nodes = ['elan-cache-0001-001', 'elan-cache-0002-001'];
    const node = (name: string, CacheClusterId: string, value: number): SimulatedMetric => ({
      namespace: 'AWS/ElastiCache',
      name,
      dimensions: { CacheClusterId },
      values: [value],
    });
    const scenario: AwsScenario = {
      cacheGroups: [{ id: 'elan-cache', nodeType: 'cache.r6g.large', nodes }],
      metrics: [
        node('Evictions', nodes[0]!, 3),
        node('Evictions', nodes[1]!, 4),
        node('EngineCPUUtilization', nodes[0]!, 20),
        node('EngineCPUUtilization', nodes[1]!, 85),
      ],
    };
    const endpoint = await startAwsEndpoint(scenario);
    try {
      const env = { ...ISOLATED, ...endpoint.env };
      const figures = await withEnv({ ...env, AWS_PROFILE: undefined, AWS_SESSION_TOKEN: undefined }, async () => {
        const live = await liveFigures(await loadConfig(undefined, dir, { ...process.env, ...env }), env);
        assert.ok(live && 'source' in live, 'the figures are read');
        await live.source.read(T0);
        return live.source.read(T0 + MINUTE);
      });
      const value = (kind: string) => figures.find((f) => f.kind === kind)?.value;
      assert.equal(value('evictions'), 7, 'the evictions of every node');
      assert.equal(value('cache-cpu'), 85, 'the busiest node');
      assert.deepEqual(
        endpoint.calls.filter((c) => c !== 'cloudwatch:GetMetricData'),
        ['elasticache:DescribeReplicationGroups'],
      );
      const policy = await runCli(['iam-policy'], { cwd: dir });
      assert.match(policy.stdout, /elasticache:DescribeReplicationGroups/);
      const onlyCaches = watchedResources(await loadConfig(undefined, dir, { ...process.env, ...env }));
      onlyCaches.alarms = [];
      onlyCaches.alarmPrefixes = [];
      assert.deepEqual(watchPermissions({ ...onlyCaches, loadBalancers: [] }), ['cloudwatch:GetMetricData', 'elasticache:DescribeReplicationGroups']);
    } finally {
      await endpoint.close();
    }
  });

  it('iam-policy adds what the watch reads: cloudwatch:GetMetricData and elasticloadbalancing:DescribeLoadBalancers', async () => {
    const dir = await configDir();
    const result = await runCli(['iam-policy', '--only', 'cloudfront'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const actions = JSON.parse(result.stdout).Statement.flatMap((s: { Action: string[] }) => s.Action);
    assert.ok(actions.includes('cloudwatch:GetMetricData'), actions.join(', '));
    assert.ok(actions.includes('elasticloadbalancing:DescribeLoadBalancers'));
    assert.ok(actions.includes('cloudfront:GetDistributionConfig'));
  });
});

describe('primetime watch: a flapping page', () => {
  /** Up, down, up, down, up, then down for good from the sixth look. */
  async function flapping(confirm: number): Promise<Change[]> {
    let looks = 0;
    const site = http.createServer((_, response) => {
      looks++;
      response.writeHead(looks % 2 === 1 && looks < 7 ? 200 : 503, { 'content-type': 'text/html' });
      response.end('<title>Élan Énergie</title>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const client = createHttpClient({ timeoutMs: 5_000 });
    const changes: Change[] = [];
    let now = T0;
    try {
      await runWatch({
        event: 'Capital (M6)',
        targets: [{ name: 'home', url: `http://127.0.0.1:${(site.address() as AddressInfo).port}/`, fix: 'Open the plan-B page' }],
        marker: 'Élan Énergie',
        limits: { slowMs: 1_000, timeoutMs: 5_000 },
        intervalMs: 10_000,
        from: T0,
        until: T0 + 100_000,
        alerts: [],
        http: client,
        alertHttp: client,
        file: path.join(await tempDir(), 'timeline.jsonl'),
        resume: false,
        confirm,
        clock: { now: () => now, sleep: async (ms) => void (now += Math.max(0, ms)) },
        signal: new AbortController().signal,
        mask: (text) => text,
        onRow: () => {},
        onAlert: (change) => changes.push(change),
        onUndelivered: () => {},
        onNote: () => {},
        onWait: () => assert.fail('the watch starts at once'),
      });
    } finally {
      await client.close();
      site.close();
    }
    return changes;
  }

  it('alerts every flap by default, and with watch.confirm: 2 only the state that held', async () => {
    const every = await flapping(1);
    assert.deepEqual(
      every.map((c) => `${c.from}→${c.subject.state}`),
      ['ok→act', 'act→ok', 'ok→act', 'act→ok', 'ok→act'],
    );
    const damped = await flapping(2);
    assert.deepEqual(
      damped.map((c) => `${c.from}→${c.subject.state}`),
      ['ok→act'],
    );
    assert.equal(damped[0]!.at, new Date(T0 + 60_000).toISOString(), 'at the second look of the outage that held (looks 6 and 7)');
  });
});
