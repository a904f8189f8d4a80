/**
 * The edge on the night, through the real SDK clients against the local endpoint: alarms (CloudWatch JSON 1.0),
 * keep-alive (ELBv2 query/XML, and a real Node server's Keep-Alive header).
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import type { AwsScenario } from '../../src/demo/aws-endpoint.js';
import { runAwsCheck } from '../fixtures/aws.js';
import { STORY_EVENT } from '../fixtures/run-check.js';

const lines = (result: { evidence: { level: string; message: string; unverified?: boolean }[] }) =>
  result.evidence.map((e) => `${e.unverified ? 'unverified' : e.level}: ${e.message}`);

describe('alarms (CloudWatch DescribeAlarms through the real SDK)', () => {
  const alarms: AwsScenario['alarms'] = [
    { name: 'elan-5xx', state: 'OK' },
    { name: 'elan-latency', state: 'OK' },
    ...Array.from({ length: 60 }, (_, i) => ({ name: `elan-target-${i}`, state: 'OK' as const })),
  ];

  it('passes named and prefixed alarms that are OK and tell someone, read page by page', async () => {
    const { result, endpoint } = await runAwsCheck('alarms', { alarms }, { names: ['elan-5xx'], prefixes: ['elan-'] });
    assert.equal(result.status, 'pass', lines(result).join('\n'));
    assert.equal(result.evidence.filter((e) => e.level === 'pass').length, 62);
    // 62 alarms match the prefix: two pages of 50.
    assert.deepEqual(endpoint.calls, ['cloudwatch:DescribeAlarms', 'cloudwatch:DescribeAlarms', 'cloudwatch:DescribeAlarms']);
  });

  it('fails an alarm firing, one that cannot fire, and one missing; warns one that tells nobody', async () => {
    const faulty: AwsScenario['alarms'] = [
      { name: 'elan-5xx', state: 'ALARM', reason: 'Threshold Crossed: 3 datapoints were greater than the threshold (10.0)' },
      { name: 'elan-latency', state: 'INSUFFICIENT_DATA', metric: 'TargetResponseTime' },
      { name: 'elan-cpu', state: 'OK', actionsEnabled: false },
      { name: 'elan-disk', state: 'OK', actions: [] },
    ];
    const { result } = await runAwsCheck('alarms', { alarms: faulty }, { names: ['elan-5xx', 'elan-latency', 'elan-cpu', 'elan-disk', 'elan-gone'] });
    assert.equal(result.status, 'fail');
    const all = lines(result).join('\n');
    assert.match(all, /fail: .* no alarm named elan-gone: deleted or renamed/);
    assert.match(all, /fail: .* alarm elan-5xx is in ALARM since 2027-03-10T09:00:00Z: Threshold Crossed/);
    assert.match(all, /fail: .* alarm elan-latency has INSUFFICIENT_DATA .* AWS\/ApplicationELB\/TargetResponseTime has no data, so it cannot fire/);
    assert.match(all, /warn: .* alarm elan-cpu: its actions are disabled/);
    assert.match(all, /warn: .* alarm elan-disk has no action/);
    assert.ok(result.remediation.some((r) => r.action === 'aws cloudwatch enable-alarm-actions --alarm-names elan-cpu --region eu-west-3'));
  });

  it('a prefix nothing matches fails; a denied call could not be verified', async () => {
    const none = await runAwsCheck('alarms', { alarms }, { prefixes: ['shop-'] });
    assert.match(lines(none.result)[0]!, /^fail: .* no alarm starts with "shop-"/);
    const denied = await runAwsCheck('alarms', { alarms, faults: { denied: ['cloudwatch:DescribeAlarms'] } }, { names: ['elan-5xx'] });
    assert.match(lines(denied.result)[0]!, /^unverified: .* access denied: the role needs cloudwatch:DescribeAlarms/);
    assert.equal(denied.result.status, 'error');
  });
});

describe('keep-alive (ELBv2 attributes through the real SDK, a real target)', () => {
  const ALB = {
    name: 'elan-web',
    arn: 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer/app/elan-web/50dc6c495c0c9188',
    dnsName: 'elan-web-1.eu-west-3.elb.amazonaws.com',
    type: 'application' as const,
    zones: ['eu-west-3a'],
  };

  it("passes targets that keep connections longer than the idle timeout; fails Node's default 5 s against 60 s, read from its header", async () => {
    const declared = await runAwsCheck('keep-alive', { loadBalancers: [ALB] }, { loadBalancers: ['elan-web'], backendKeepAlive: '75s' });
    assert.equal(declared.result.status, 'pass', lines(declared.result).join('\n'));
    assert.match(lines(declared.result)[0]!, /elan-web: the targets keep connections 75 s, the load balancer 60 s: the load balancer closes first/);
    // A Node server as it ships: keepAliveTimeout 5 s, said in its Keep-Alive header.
    const node = http.createServer((_, response) => response.end('ok'));
    await new Promise<void>((resolve) => node.listen(0, '127.0.0.1', resolve));
    try {
      const target = `http://127.0.0.1:${(node.address() as AddressInfo).port}/health`;
      const { result } = await runAwsCheck('keep-alive', { loadBalancers: [ALB] }, { loadBalancers: ['elan-web'], target });
      assert.equal(result.status, 'fail', lines(result).join('\n'));
      assert.match(lines(result)[0]!, /the targets keep connections 5 s, the load balancer 60 s: .* 502/);
      assert.equal(
        result.remediation[0]!.command,
        `aws elbv2 modify-load-balancer-attributes --load-balancer-arn ${ALB.arn} --attributes Key=idle_timeout.timeout_seconds,Value=4 --region eu-west-3`,
      );
    } finally {
      node.close();
    }
  });

  it("without the targets' keep-alive it could not verify; a shorter idle timeout passes", async () => {
    const unknown = await runAwsCheck('keep-alive', { loadBalancers: [ALB] }, { loadBalancers: ['elan-web'] });
    assert.equal(unknown.result.status, 'error');
    assert.match(lines(unknown.result)[0]!, /^unverified: The targets' keep-alive is not known/);
    const short = await runAwsCheck('keep-alive', { loadBalancers: [{ ...ALB, idleTimeout: 4 }] }, { loadBalancers: ['elan-web'], backendKeepAlive: '5s' });
    assert.equal(short.result.status, 'pass');
  });
});

describe('dns (Route 53 REST-XML through the real SDK)', () => {
  const ZONE = 'Z0ELANDEMO';
  const primary = {
    name: 'www.elan.fr',
    type: 'A',
    failover: 'PRIMARY' as const,
    alias: { dnsName: 'elan-web.eu-west-3.elb.amazonaws.com' },
    healthCheckId: 'hc-elan',
  };
  const secondary = { name: 'www.elan.fr', type: 'A', failover: 'SECONDARY' as const, ttl: 60, values: ['192.0.2.50'] };
  const passing = { reports: ['Success: HTTP Status Code 200, OK', 'Success: HTTP Status Code 200, OK', 'Failure: Connection timed out'] };
  const records = [{ zone: ZONE, name: 'www.elan.fr' }];

  it('passes a failover pair whose health check is enabled and passing, and a short TTL', async () => {
    const { result, endpoint } = await runAwsCheck('dns', { hostedZones: { [ZONE]: [primary, secondary] }, healthChecks: { 'hc-elan': passing } }, { records });
    assert.equal(result.status, 'pass', lines(result).join('\n'));
    assert.match(lines(result).join('\n'), /health check hc-elan passes for 2 of 3 checkers/);
    assert.deepEqual(endpoint.calls, ['route53:ListResourceRecordSets', 'route53:GetHealthCheck', 'route53:GetHealthCheckStatus']);
  });

  it('fails a long TTL with when to lower it, a primary without a health check, and a disabled or failing one', async () => {
    const airtime = '2027-03-11T21:00:00+01:00';
    const long = await runAwsCheck(
      'dns',
      { hostedZones: { [ZONE]: [{ name: 'www.elan.fr', type: 'A', ttl: 86_400 }] } },
      { records },
      { event: { ...STORY_EVENT, airtime } },
    );
    assert.equal(long.result.status, 'fail');
    assert.match(lines(long.result)[0]!, /www\.elan\.fr A: TTL 1 d, over 5 min/);
    assert.match(long.result.remediation[0]!.action, /at least 1 d before .* by 2027-03-10T20:00:00Z/);
    assert.match(long.result.remediation[0]!.command!, /change-resource-record-sets --hosted-zone-id Z0ELANDEMO --change-batch '.*"TTL":60/);
    const blind = await runAwsCheck('dns', { hostedZones: { [ZONE]: [{ ...primary, healthCheckId: undefined }] } }, { records });
    const said = lines(blind.result).join('\n');
    assert.match(said, /PRIMARY failover record without a SECONDARY/);
    assert.match(said, /has no health check: Route 53 takes it as always healthy, so it never fails over/);
    const off = await runAwsCheck(
      'dns',
      {
        hostedZones: { [ZONE]: [primary, secondary] },
        healthChecks: { 'hc-elan': { disabled: true, reports: ['Failure: HTTP Status Code 503', 'Failure: HTTP Status Code 503'] } },
      },
      { records },
    );
    assert.match(lines(off.result).join('\n'), /hc-elan is disabled/);
    assert.match(lines(off.result).join('\n'), /fails for 2 of 2 checkers \(Failure: HTTP Status Code 503\): traffic is on the SECONDARY already/);
  });

  it('a missing record fails; a missing zone could not be verified', async () => {
    const missing = await runAwsCheck('dns', { hostedZones: { [ZONE]: [] } }, { records });
    assert.match(lines(missing.result)[0]!, /^fail: .*www\.elan\.fr A: no such record in zone Z0ELANDEMO/);
    const noZone = await runAwsCheck('dns', { hostedZones: {} }, { records });
    assert.match(lines(noZone.result)[0]!, /^unverified: .* not found \(NoSuchHostedZone\)/);
  });
});

describe('cloudfront originFailover: plan B wired (REST-XML, and the secondary asked over HTTP)', () => {
  const PLAN_B = '<!doctype html><html lang="fr"><title>Élan Énergie</title><h1>Élan Énergie</h1><p>Revenez dans quelques minutes.</p></html>';
  const distribution = (port: number, statusCodes = [500, 502, 503, 504]) => ({
    errorResponses: [500, 502, 503, 504].map((code) => ({ code, path: '/erreurs/503.html', responseCode: '503', ttl: 10 })),
    webAclId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/elan-edge/1',
    origins: [
      { id: 'web', domain: 'elan-web.eu-west-3.elb.amazonaws.com', readTimeout: 30 },
      { id: 'plan-b', domain: '127.0.0.1', readTimeout: 30, protocol: 'http-only' as const, httpPort: port, path: '/plan-b' },
    ],
    originGroups: [{ id: 'web-or-plan-b', primary: 'web', secondary: 'plan-b', statusCodes }],
    defaultTarget: 'web-or-plan-b',
    behaviors: [{ path: '/souscription/*', target: 'web' }],
  });
  const site = { marker: 'Élan Énergie', funnel: ['/souscription/etape-1'] };

  it('passes the default behaviour failing over to a secondary that answers plan B; fails a funnel behaviour on the origin alone', async () => {
    const asked: string[] = [];
    const planB = http.createServer(
      (request, response) => (asked.push(request.url!), response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }), response.end(PLAN_B)),
    );
    await new Promise<void>((resolve) => planB.listen(0, '127.0.0.1', resolve));
    const port = (planB.address() as AddressInfo).port;
    const secondary = `127.0.0.1:${port}`;
    try {
      const { result } = await runAwsCheck(
        'cloudfront',
        { distributions: { E1: distribution(port) } },
        { distributions: ['E1'], originFailover: true },
        { site: { baseUrl: `http://${secondary}`, ...site } },
      );
      const said = lines(result).join('\n');
      assert.match(said, /pass: .* the Default \(\*\) behaviour fails over to 127\.0\.0\.1 on 500, 502, 503, 504/);
      // Asked as CloudFront would: the origin's HTTP port and its origin path.
      assert.match(said, /pass: The plan-B origin http:\/\/127\.0\.0\.1:\d+\/plan-b\/ answers the branded page \(200, "Élan Énergie"\)/);
      assert.ok(asked.includes('/plan-b/'), asked.join(', '));
      assert.match(said, /fail: .* the \/souscription\/\* behaviour goes to origin web alone/);
    } finally {
      planB.close();
    }
  });

  it("fails a group that does not fail over on 502 and 504, and a secondary that answers someone else's page", async () => {
    const other = http.createServer(
      (_, response) => (response.writeHead(200, { 'content-type': 'text/html' }), response.end('<html><h1>Welcome to nginx!</h1></html>')),
    );
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as AddressInfo).port;
    const secondary = `127.0.0.1:${port}`;
    try {
      const { result } = await runAwsCheck(
        'cloudfront',
        { distributions: { E1: distribution(port, [500, 503]) } },
        { distributions: ['E1'], originFailover: true },
        { site: { baseUrl: `http://${secondary}`, ...site, funnel: [] } },
      );
      const said = lines(result).join('\n');
      assert.match(said, /fail: .* group web-or-plan-b fails over on 500, 503: 502, 504 stays an error/);
      assert.match(said, /fail: The plan-B origin .* answers 200 without the site’s marker/);
    } finally {
      other.close();
    }
  });
});
