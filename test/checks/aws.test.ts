import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AwsScenario, type SimulatedQuota } from '../../src/demo/aws-endpoint.js';
import { garbageServer, silentServer } from '../fixtures/bad-servers.js';
import { runAwsCheck, STORY_CAPACITY } from '../fixtures/aws.js';
import { startDns } from '../fixtures/dns.js';
import { failures } from '../fixtures/run-check.js';
import { freePort } from '../fixtures/sites.js';

const VCPU: SimulatedQuota = {
  serviceCode: 'ec2',
  quotaCode: 'L-1216C47A',
  quotaName: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
  value: 256,
  usageMetric: {
    namespace: 'AWS/Usage',
    name: 'ResourceCount',
    dimensions: { Class: 'Standard/OnDemand', Resource: 'vCPU', Service: 'EC2', Type: 'Resource' },
    statistic: 'Maximum',
  },
};
const quotasWith = (value: number, usage: number[], extra: Partial<SimulatedQuota> = {}): AwsScenario => ({
  quotas: [{ ...VCPU, value, ...extra }],
  usage: { 'L-1216C47A': usage },
});
const withCapacity = { event: STORY_CAPACITY };

describe('service-quotas (real SDK, local endpoint)', () => {
  it("passes when usage plus the plan's vCPUs stays under 80 % of the quota", async () => {
    // The story: 230,000 visitors in 3 minutes, 80 % CDN hits, 150 req/s per c5.xlarge → 7 instances, 28 vCPUs.
    const { result, endpoint } = await runAwsCheck('service-quotas', quotasWith(256, [40, 64, 52]), {}, withCapacity);
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence));
    assert.match(result.evidence.find((e) => e.level === 'pass')!.message, /usage 64 \+ 28 for the event = 92 of 256 \(36 %\)/);
    assert.deepEqual(endpoint.calls, [
      'servicequotas:GetServiceQuota',
      'cloudwatch:GetMetricData',
      'servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota',
    ]);
  });

  it('fails past 100 % and prints the increase request, with its lead time', async () => {
    const { result } = await runAwsCheck('service-quotas', quotasWith(64, [60]), {}, withCapacity);
    assert.equal(result.status, 'fail');
    assert.match(failures(result)[0]!.message, /usage 60 \+ 28 for the event = 88 of 64 \(138 %\)/);
    assert.equal(
      result.remediation[0]!.command,
      'aws service-quotas request-service-quota-increase --service-code ec2 --quota-code L-1216C47A --desired-value 110 --region eu-west-3',
    );
    assert.equal(result.remediation[0]!.leadTimeMs, 3 * 86_400_000);
  });

  it('warns from 80 %', async () => {
    const { result } = await runAwsCheck('service-quotas', quotasWith(110, [60]), {}, withCapacity);
    assert.equal(result.status, 'warn');
  });

  it('says when a fix takes longer than the time left before airtime', async () => {
    const airtime = new Date(Date.now() + 86_400_000).toISOString().replace('Z', '+00:00');
    const { result } = await runAwsCheck('service-quotas', quotasWith(64, [60]), {}, { event: { ...STORY_CAPACITY, airtime } });
    assert.equal(result.remediation[0]!.tooLate, true);
  });

  it('falls back to the default quota when no value is applied', async () => {
    const { result, endpoint } = await runAwsCheck('service-quotas', quotasWith(256, [10], { applied: false }), {}, withCapacity);
    assert.ok(endpoint.calls.includes('servicequotas:GetAWSDefaultServiceQuota'));
    assert.ok(result.evidence.some((e) => /no applied value; the AWS default of 256 applies/.test(e.message)));
    assert.equal(result.status, 'pass');
  });

  it('reports pending increase requests', async () => {
    const scenario = {
      ...quotasWith(64, [60]),
      quotaRequests: [
        { serviceCode: 'ec2', quotaCode: 'L-1216C47A', desiredValue: 512, status: 'CASE_OPENED', created: '2027-03-01T10:00:00Z', caseId: '1700000000' },
      ],
    };
    const { result } = await runAwsCheck('service-quotas', scenario, {}, withCapacity);
    assert.ok(result.evidence.some((e) => e.message.includes('an increase to 512 is CASE_OPENED since 2027-03-01 (support case 1700000000)')));
    assert.equal(result.remediation.length, 0, 'a pending request high enough needs no second one');
  });

  it('finds a quota by name across pages', async () => {
    const elb = (code: string, name: string, value: number): SimulatedQuota => ({
      serviceCode: 'elasticloadbalancing',
      quotaCode: code,
      quotaName: name,
      value,
    });
    const scenario: AwsScenario = {
      quotas: [
        elb('L-1', 'Classic Load Balancers per Region', 20),
        elb('L-2', 'Network Load Balancers per Region', 50),
        elb('L-53DA6B97', 'Application Load Balancers per Region', 50),
      ],
      faults: { pageSize: 1 },
    };
    const { result, endpoint } = await runAwsCheck('service-quotas', scenario, {
      ec2Vcpus: false,
      quotas: [{ service: 'elasticloadbalancing', name: 'Application Load Balancers per Region', need: 2 }],
    });
    assert.equal(endpoint.calls.filter((c) => c === 'servicequotas:ListServiceQuotas').length, 3);
    assert.match(
      result.evidence.find((e) => e.level === 'pass')!.message,
      /Application Load Balancers per Region \(elasticloadbalancing L-53DA6B97\): usage 0 \+ 2/,
    );
  });

  it('names the missing permission when access is denied: could not verify, never "a quota would stop the scale-out"', async () => {
    const { result } = await runAwsCheck(
      'service-quotas',
      { ...quotasWith(256, [1]), faults: { denied: ['servicequotas:GetServiceQuota'] } },
      {},
      withCapacity,
    );
    assert.equal(result.status, 'error');
    assert.match(result.title, /^Could not verify: /);
    assert.match(failures(result)[0]!.message, /access denied: the role needs servicequotas:GetServiceQuota \(primetime iam-policy prints the whole policy\)/);
  });

  it('retries throttling with backoff, then succeeds', async () => {
    const { result, endpoint } = await runAwsCheck(
      'service-quotas',
      { ...quotasWith(256, [1]), faults: { throttleOnce: ['servicequotas:GetServiceQuota'] } },
      {},
      withCapacity,
    );
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence));
    assert.equal(endpoint.calls.filter((c) => c === 'servicequotas:GetServiceQuota').length, 2);
  });

  it('reports an expired token, an unreachable endpoint, and missing credentials', async () => {
    const expired = await runAwsCheck('service-quotas', { ...quotasWith(256, [1]), faults: { expiredToken: true } }, {}, withCapacity);
    assert.match(failures(expired.result)[0]!.message, /the AWS session token has expired/);
    const closed = `http://127.0.0.1:${await freePort()}`;
    const unreachable = await runAwsCheck(
      'service-quotas',
      quotasWith(256, [1]),
      {},
      { ...withCapacity, aws: { maxAttempts: 1 } },
      { AWS_ENDPOINT_URL_SERVICE_QUOTAS: closed },
    );
    assert.match(failures(unreachable.result)[0]!.message, /the AWS endpoint cannot be reached/);
    const anonymous = await runAwsCheck('service-quotas', quotasWith(256, [1]), {}, withCapacity, {
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
    });
    assert.equal(anonymous.result.status, 'skip');
    assert.match(anonymous.result.summary, /no AWS credentials found/);
    const required = await runAwsCheck(
      'service-quotas',
      quotasWith(256, [1]),
      {},
      { ...withCapacity, aws: { required: true } },
      { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined },
    );
    assert.equal(required.result.status, 'error');
    assert.match(required.result.summary, /aws\.required is set/);
  });
});

const ALB = {
  name: 'elan-web',
  arn: 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer/app/elan-web/50dc6c495c0c9188',
  dnsName: 'elan-web-1234.eu-west-3.elb.test',
  type: 'application' as const,
  zones: ['eu-west-3a', 'eu-west-3b'],
};
const provisioned = (units: number) => ({ units, states: ALB.zones.map((zone) => ({ zone, code: 'provisioned' as const })) });

describe('lb-prewarm', () => {
  it("fails the story's 20 LCU reservation against the 52 LCU the plan needs, naming the command", async () => {
    const { result } = await runAwsCheck(
      'lb-prewarm',
      { loadBalancers: [{ ...ALB, reservation: provisioned(20) }] },
      { loadBalancers: ['elan-web'], resolutions: 1 },
    );
    assert.equal(result.status, 'fail');
    assert.match(failures(result)[0]!.message, /elan-web: 20 LCU reserved; the plan needs 52 LCU/);
    assert.equal(
      result.remediation[0]!.command,
      `aws elbv2 modify-capacity-reservation --load-balancer-arn ${ALB.arn} --minimum-load-balancer-capacity CapacityUnits=52 --region eu-west-3`,
    );
  });

  it('passes when the reservation covers the plan in every zone', async () => {
    const { result } = await runAwsCheck(
      'lb-prewarm',
      { loadBalancers: [{ ...ALB, reservation: provisioned(60) }] },
      { loadBalancers: [ALB.arn], resolutions: 1 },
    );
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence));
    assert.ok(result.evidence.some((e) => /60 LCU reserved and provisioned in 2 zones \(the plan needs 52\)/.test(e.message)));
  });

  it('reports pending, rebalancing and failed zones with their reason', async () => {
    const reservation = {
      units: 60,
      states: [
        { zone: 'eu-west-3a', code: 'pending' as const, reason: 'Capacity is being provisioned' },
        { zone: 'eu-west-3b', code: 'failed' as const, reason: 'Insufficient capacity' },
      ],
    };
    const { result } = await runAwsCheck('lb-prewarm', { loadBalancers: [{ ...ALB, reservation }] }, { loadBalancers: ['elan-web'], resolutions: 1 });
    assert.ok(result.evidence.some((e) => e.level === 'warn' && /eu-west-3a is pending \(Capacity is being provisioned\)/.test(e.message)));
    assert.ok(failures(result).some((e) => /eu-west-3b is failed \(Insufficient capacity\)/.test(e.message)));
  });

  it('counts distinct DNS answers as a signal, and warns for a Classic ELB that has not scaled', async () => {
    let turn = 0;
    const dns = await startDns({ [ALB.dnsName]: () => [`127.0.0.${(turn++ % 3) + 10}`], 'classic-1.eu-west-3.elb.test': ['127.0.0.20'] });
    try {
      const { result } = await runAwsCheck(
        'lb-prewarm',
        { loadBalancers: [{ ...ALB, reservation: provisioned(60) }] },
        { loadBalancers: ['elan-web'], classic: [{ name: 'classic-1', dnsName: 'classic-1.eu-west-3.elb.test' }], resolutions: 3 },
        { network: { dnsServers: [dns.server] } },
      );
      assert.ok(
        result.evidence.some(
          (e) =>
            e.level === 'info' &&
            /resolved to 3 distinct addresses over 3 lookups \(127\.0\.0\.10, 127\.0\.0\.11, 127\.0\.0\.12\)\. A signal, not a proof\./.test(e.message),
        ),
      );
      assert.ok(
        result.evidence.some((e) => e.level === 'warn' && /classic-1\.eu-west-3\.elb\.test resolved to 1 distinct address .* fewer than 2/.test(e.message)),
      );
    } finally {
      await dns.close();
    }
  });

  it('names a load balancer that does not exist', async () => {
    const { result } = await runAwsCheck('lb-prewarm', { loadBalancers: [ALB] }, { loadBalancers: ['elan-wbe'], resolutions: 1 });
    assert.match(failures(result)[0]!.message, /elan-wbe: not found \(LoadBalancerNotFoundException\)/);
  });
});

describe('targets', () => {
  const TG = 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/elan-web/73e2d6bc24d8a067';
  const airtime = '2027-03-11T21:00:00+01:00';
  const event = { event: { ...STORY_CAPACITY, airtime } };

  it('counts healthy targets', async () => {
    const { result } = await runAwsCheck(
      'targets',
      {
        targetHealth: {
          [TG]: [
            { id: 'i-1', state: 'healthy' },
            { id: 'i-2', state: 'unhealthy', reason: 'Target.FailedHealthChecks' },
            { id: 'i-3', state: 'draining' },
          ],
        },
      },
      { targetGroups: [TG] },
    );
    assert.match(
      failures(result)[0]!.message,
      /target group elan-web: 1 healthy of 3 \(at least 2\); i-2 unhealthy \(Target\.FailedHealthChecks\), i-3 draining/,
    );
  });

  it('fails a group that will not reach the plan by airtime, and prints the scheduled action', async () => {
    const { result } = await runAwsCheck(
      'targets',
      { autoScalingGroups: [{ name: 'elan-web', min: 2, max: 10, desired: 2, instanceType: 'c5.xlarge' }], quotas: [{ ...VCPU, value: 256 }] },
      { autoScalingGroups: ['elan-web'] },
      event,
    );
    assert.match(
      failures(result)[0]!.message,
      /elan-web: 2 instances \(min 2, desired 2\) and no scheduled action reaching the plan's 7 by 2027-03-11T19:30:00\.000Z/,
    );
    assert.equal(
      result.remediation[0]!.command,
      'aws autoscaling put-scheduled-update-group-action --auto-scaling-group-name elan-web --scheduled-action-name primetime-airtime --start-time 2027-03-11T19:30:00Z --min-size 7 --desired-capacity 7 --region eu-west-3',
    );
  });

  it('passes with a scheduled scale-out that starts early enough', async () => {
    const scenario: AwsScenario = {
      autoScalingGroups: [{ name: 'elan-web', min: 2, max: 10, desired: 2, instanceType: 'c5.xlarge' }],
      scheduledActions: { 'elan-web': [{ name: 'capital', startTime: '2027-03-11T19:00:00Z', min: 8, desired: 8 }] },
      quotas: [{ ...VCPU }],
    };
    const { result } = await runAwsCheck('targets', scenario, { autoScalingGroups: ['elan-web'] }, event);
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence));
  });

  it('fails suspended Launch, and a maximum over the vCPU quota', async () => {
    const scenario: AwsScenario = {
      autoScalingGroups: [{ name: 'elan-web', min: 8, max: 40, desired: 8, instanceType: 'c5.xlarge', suspended: ['Launch', 'AZRebalance'] }],
      quotas: [{ ...VCPU, value: 64 }],
    };
    const { result } = await runAwsCheck('targets', scenario, { autoScalingGroups: ['elan-web'] }, event);
    const messages = failures(result).map((e) => e.message);
    assert.ok(messages.some((m) => /Launch suspended: the group cannot launch or replace instances/.test(m)));
    assert.ok(messages.some((m) => /MaxSize 40 × 4 vCPU \(c5\.xlarge\) = 160 vCPU, over the account's quota of 64/.test(m)));
    assert.match(result.remediation[0]!.command!, /resume-processes --auto-scaling-group-name elan-web --scaling-processes Launch/);
  });
});

describe('cloudfront', () => {
  const good = {
    errorResponses: [500, 502, 503, 504].map((code) => ({ code, path: '/erreurs/503.html', responseCode: '503', ttl: 10 })),
    webAclId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/elan/1',
    origins: [{ domain: 'origin.elan.test', readTimeout: 30 }],
  };

  it('passes branded, briefly cached error pages behind a WebACL', async () => {
    const { result } = await runAwsCheck('cloudfront', { distributions: { E1: good } }, { distributions: ['E1'] });
    assert.equal(result.status, 'pass', JSON.stringify(failures(result)));
  });

  it('fails a missing error page, a long error TTL and a missing WebACL', async () => {
    const bad = { ...good, webAclId: '', errorResponses: [{ code: 503, path: '/erreurs/503.html', ttl: 300 }] };
    const { result } = await runAwsCheck('cloudfront', { distributions: { E1: bad } }, { distributions: ['E1'] });
    const messages = failures(result).map((e) => e.message);
    assert.ok(messages.some((m) => /no custom error page for 502/.test(m)));
    assert.ok(messages.some((m) => /the 503 page \/erreurs\/503\.html is cached 300 s/.test(m)));
    assert.ok(messages.some((m) => /no WebACL attached/.test(m)));
  });

  it('names a distribution that does not exist', async () => {
    const { result } = await runAwsCheck('cloudfront', { distributions: {} }, { distributions: ['E404'] });
    assert.match(failures(result)[0]!.message, /distribution E404: not found \(NoSuchDistribution\)/);
  });
});

describe('waf', () => {
  const arn = ALB.arn;
  it('fails without a WebACL', async () => {
    const { result } = await runAwsCheck('waf', { webAcls: { [arn]: null } }, { resources: [arn] });
    assert.match(failures(result)[0]!.message, /elan-web: no WebACL attached/);
  });
  it('warns when a rate limit would block viewers sharing a carrier NAT address', async () => {
    const { result } = await runAwsCheck('waf', { webAcls: { [arn]: { name: 'elan', rules: [{ name: 'flood', rateLimit: 100 }] } } }, { resources: [arn] });
    assert.equal(result.status, 'warn');
    assert.match(
      result.evidence.find((e) => e.level === 'warn')!.message,
      /rule flood blocks beyond 100 requests per 5 minutes per address; 50 viewers behind one carrier NAT address send about 150 \(3 pages × 1 requests each\): they would be blocked/,
    );
    const generous = await runAwsCheck('waf', { webAcls: { [arn]: { name: 'elan', rules: [{ name: 'flood', rateLimit: 2000 }] } } }, { resources: [arn] });
    assert.equal(generous.result.status, 'pass');
  });
});

describe('iam-policy stays in step with the calls the code makes', () => {
  it('every AWS call a check makes is in its declared permissions, and every declared permission is called', async () => {
    const { loadBuiltinCheck } = await import('../../checks/registry.js');
    const scenario: AwsScenario = {
      quotas: [
        { ...VCPU, applied: false },
        { serviceCode: 'elasticloadbalancing', quotaCode: 'L-53DA6B97', quotaName: 'Application Load Balancers per Region', value: 50 },
      ],
      usage: { 'L-1216C47A': [10] },
      loadBalancers: [{ ...ALB, reservation: provisioned(60) }],
      targetHealth: { [`${ALB.arn}-tg`]: [{ id: 'i-1', state: 'healthy' }] },
      autoScalingGroups: [{ name: 'elan-web', min: 1, max: 10, desired: 1, instanceType: 'c5.xlarge' }],
      distributions: { E1: { errorResponses: [], origins: [] } },
      webAcls: { [ALB.arn]: null },
      databases: [{ id: 'elan-db', class: 'db.m5.large', engine: 'mysql', parameterGroup: 'default.mysql8.0' }],
      dbClusters: [{ id: 'elan-aurora', engine: 'aurora-mysql', members: [{ id: 'elan-db', writer: true }] }],
      dbParameters: { 'default.mysql8.0': [{ name: 'max_connections', value: '1000' }] },
      dynamoTables: [{ name: 'elan-leads', mode: 'PAY_PER_REQUEST', warm: { read: 12_000, write: 4_000 } }],
      cacheGroups: [{ id: 'elan-cache', nodeType: 'cache.r6g.large', nodes: ['elan-cache-001'] }],
      ses: { production: true, maxSendRate: 50, max24HourSend: 50_000, sentLast24Hours: 0 },
      alarms: [{ name: 'elan-5xx', state: 'OK' }],
      hostedZones: { Z1: [{ name: 'www.elan.fr', type: 'A', failover: 'PRIMARY', ttl: 60, healthCheckId: 'hc-1' }] },
      healthChecks: { 'hc-1': { reports: ['Success: HTTP Status Code 200, OK'] } },
    };
    const runs = {
      'service-quotas': { quotas: [{ service: 'elasticloadbalancing', name: 'Application Load Balancers per Region' }] },
      'lb-prewarm': { loadBalancers: ['elan-web'], resolutions: 1 },
      targets: { targetGroups: [`${ALB.arn}-tg`], autoScalingGroups: ['elan-web'] },
      cloudfront: { distributions: ['E1'] },
      waf: { resources: [ALB.arn] },
      database: { instances: ['elan-db'], clusters: ['elan-aurora'] },
      dynamodb: { tables: ['elan-leads'] },
      cache: { groups: ['elan-cache'] },
      email: { enabled: true },
      alarms: { names: ['elan-5xx'] },
      'keep-alive': { loadBalancers: ['elan-web'], backendKeepAlive: '75s' },
      dns: { records: [{ zone: 'Z1', name: 'www.elan.fr' }] },
    };
    const declaredAll = new Set<string>();
    const calledAll = new Set<string>();
    for (const [id, options] of Object.entries(runs)) {
      const declared = new Set((await loadBuiltinCheck(id)).meta.permissions ?? []);
      const { endpoint } = await runAwsCheck(id, scenario, options, withCapacity);
      for (const call of endpoint.calls) assert.ok(declared.has(call), `${id} calls ${call} without declaring it`);
      declared.forEach((p) => declaredAll.add(p));
      endpoint.calls.forEach((c) => calledAll.add(c));
    }
    assert.deepEqual(
      [...declaredAll].filter((p) => !calledAll.has(p)),
      [],
      'declared but never called',
    );
  });

  it('primetime iam-policy prints them, read-only', async () => {
    const { runCli } = await import('../fixtures/cli.js');
    const { tempDir } = await import('../fixtures/sites.js');
    const result = await runCli(['iam-policy'], { cwd: await tempDir() });
    assert.equal(result.code, 0, result.stderr);
    const policy = JSON.parse(result.stdout);
    const actions: string[] = policy.Statement[0].Action;
    assert.ok(actions.includes('elasticloadbalancing:DescribeCapacityReservation') && actions.includes('cloudwatch:GetMetricData'));
    assert.ok(
      actions.every((a) => /^[a-z0-9]+:(Describe|Get|List)/.test(a)),
      actions.join(', '),
    );
    const only = JSON.parse((await runCli(['iam-policy', '--only', 'waf'], { cwd: await tempDir() })).stdout);
    assert.deepEqual(only.Statement[0].Action, ['wafv2:GetWebACLForResource']);
  });
});

describe('AWS endpoints that misbehave', () => {
  it('an endpoint that accepts and never answers is bounded: the check reports it and the run ends', async () => {
    const silent = await silentServer();
    try {
      const { result } = await runAwsCheck(
        'service-quotas',
        quotasWith(256, [1]),
        {},
        { ...withCapacity, aws: { maxAttempts: 1 }, network: { timeout: '1s' } },
        { AWS_ENDPOINT_URL_SERVICE_QUOTAS: silent.url },
      );
      assert.match(failures(result)[0]?.message ?? `${result.status}: ${result.summary}`, /the AWS endpoint did not answer in time/);
    } finally {
      await silent.close();
    }
  });

  it('garbage from an endpoint (HTML, binary) reads as a short message without control bytes', async () => {
    const garbage = await garbageServer();
    try {
      const { result } = await runAwsCheck(
        'service-quotas',
        quotasWith(256, [1]),
        {},
        { ...withCapacity, aws: { maxAttempts: 1 }, network: { timeout: '2s' } },
        { AWS_ENDPOINT_URL_SERVICE_QUOTAS: garbage.url },
      );
      const message = failures(result)[0]?.message ?? result.summary;
      assert.doesNotMatch(message, /[\u0000-\u0008\u000b-\u001f\u007f]/);
      assert.ok(message.length < 600, message);
    } finally {
      await garbage.close();
    }
  });
});
