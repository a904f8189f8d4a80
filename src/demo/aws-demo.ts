/** The demo's simulated AWS account: a healthy stack sized for the story's plan, served by the local endpoint. */
import type { PlanTargets } from '../plan/plan.js';
import type { ConfigInput } from '../config/schema.js';
import type { AwsScenario } from './aws-endpoint.js';
import type { SimulatedMetric } from './aws/scenario.js';

const ALB_ARN = 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer/app/elan-web/50dc6c495c0c9188';
const TG_ARN = 'arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/elan-web/73e2d6bc24d8a067';

export const SIMULATED_AWS_LABEL = 'AWS checks read a simulated account served by a local endpoint on 127.0.0.1, not a real one.';

/**
 * `siteUrl`: the demo site, which also serves the plan-B page under /plan-b/: the distribution's secondary origin,
 * as an S3 bucket would be on the night.
 */
export function demoAwsScenario(airtime: string, siteUrl: string): AwsScenario {
  const site = new URL(siteUrl);
  const scaleOut = new Date(new Date(airtime).getTime() - 3_600_000).toISOString();
  return {
    quotas: [
      {
        serviceCode: 'ec2',
        quotaCode: 'L-1216C47A',
        quotaName: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
        value: 512,
        usageMetric: {
          namespace: 'AWS/Usage',
          name: 'ResourceCount',
          dimensions: { Class: 'Standard/OnDemand', Resource: 'vCPU', Service: 'EC2', Type: 'Resource' },
          statistic: 'Maximum',
        },
      },
    ],
    usage: { 'L-1216C47A': [96, 120, 110] },
    loadBalancers: [
      {
        name: 'elan-web',
        arn: ALB_ARN,
        dnsName: 'elan-web-1234.eu-west-3.elb.amazonaws.com',
        type: 'application',
        zones: ['eu-west-3a', 'eu-west-3b', 'eu-west-3c'],
        reservation: { units: 150, states: ['eu-west-3a', 'eu-west-3b', 'eu-west-3c'].map((zone) => ({ zone, code: 'provisioned' as const })) },
      },
    ],
    targetHealth: { [TG_ARN]: ['i-0a1', 'i-0b2', 'i-0c3'].map((id) => ({ id, state: 'healthy' })) },
    autoScalingGroups: [{ name: 'elan-web', min: 3, max: 24, desired: 3, instanceType: 'c5.xlarge' }],
    scheduledActions: { 'elan-web': [{ name: 'capital-scale-out', startTime: scaleOut, min: 9, desired: 9 }] },
    distributions: {
      E2ELANDEMO: {
        errorResponses: [500, 502, 503, 504].map((code) => ({ code, path: '/erreurs/503.html', responseCode: '503', ttl: 10 })),
        webAclId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/elan-edge/1',
        origins: [
          { id: 'elan-web', domain: 'elan-web-1234.eu-west-3.elb.amazonaws.com', readTimeout: 30 },
          { id: 'elan-plan-b', domain: site.hostname, httpPort: Number(site.port), protocol: 'http-only', path: '/plan-b', readTimeout: 10 },
        ],
        originGroups: [{ id: 'elan-web-or-plan-b', primary: 'elan-web', secondary: 'elan-plan-b', statusCodes: [500, 502, 503, 504] }],
        defaultTarget: 'elan-web-or-plan-b',
      },
    },
    webAcls: { [ALB_ARN]: { name: 'elan-web', rules: [{ name: 'common-rules' }, { name: 'flood-guard', rateLimit: 3_000 }] } },
    ...DEMO_BACKEND,
    metrics: backendHistory(),
  };
}

/** The account's alarms; during the demo watch's incident the 5xx one fires. */
export function demoAlarms(incident: boolean): NonNullable<AwsScenario['alarms']> {
  return ['elan-5xx', 'elan-latency', 'elan-db-connections', 'elan-leads-throttles'].map((name) =>
    incident && name === 'elan-5xx'
      ? { name, state: 'ALARM' as const, reason: 'Threshold Crossed: 1 datapoint (812.0) was greater than the threshold (100.0)' }
      : { name, state: 'OK' as const },
  );
}

/** Behind the load balancer: a MySQL instance with a replica, an on-demand table, a two-node cache, SES out of the sandbox. */
const DEMO_BACKEND = {
  databases: [
    { id: 'elan-db', class: 'db.r6g.large', engine: 'mysql', parameterGroup: 'elan-mysql8', replicas: ['elan-db-ro'], allocatedGiB: 200, multiAz: true },
  ],
  dbParameters: { 'elan-mysql8': [{ name: 'max_connections', value: '1000', source: 'user' }] },
  dynamoTables: [{ name: 'elan-leads', mode: 'PAY_PER_REQUEST' as const, warm: { read: 12_000, write: 4_000 } }],
  cacheGroups: [{ id: 'elan-cache', nodeType: 'cache.r6g.large', nodes: ['elan-cache-001', 'elan-cache-002'] }],
  ses: { production: true, maxSendRate: 50, max24HourSend: 100_000, sentLast24Hours: 3_000 },
  alarms: demoAlarms(false),
  // The site's name fails over to the plan-B host when the load balancer's health check fails.
  hostedZones: {
    Z0ELANDEMO: [
      {
        name: 'www.elan-energie.fr',
        type: 'A',
        failover: 'PRIMARY' as const,
        alias: { dnsName: 'elan-web-1234.eu-west-3.elb.amazonaws.com' },
        healthCheckId: 'hc-elan-web',
      },
      { name: 'www.elan-energie.fr', type: 'A', failover: 'SECONDARY' as const, ttl: 60, values: ['192.0.2.50'] },
    ],
  },
  healthChecks: { 'hc-elan-web': { fqdn: 'www.elan-energie.fr', reports: Array.from({ length: 8 }, () => 'Success: HTTP Status Code 200, OK') } },
} satisfies AwsScenario;

/** The last days of the database and the cache, as the checks read them (hourly points): roomy, nothing evicted. */
function backendHistory(): SimulatedMetric[] {
  const days = (values: number[]) => Array.from({ length: 7 * 24 }, (_, hour) => values[hour % values.length]!);
  const node = (id: string) => [
    { namespace: 'AWS/ElastiCache', name: 'Evictions', dimensions: { CacheClusterId: id }, values: days([0]) },
    { namespace: 'AWS/ElastiCache', name: 'EngineCPUUtilization', dimensions: { CacheClusterId: id }, values: days([12, 18, 25]) },
    { namespace: 'AWS/ElastiCache', name: 'CurrConnections', dimensions: { CacheClusterId: id }, values: days([220, 310, 400]) },
  ];
  return [
    {
      namespace: 'AWS/RDS',
      name: 'FreeStorageSpace',
      dimensions: { DBInstanceIdentifier: 'elan-db' },
      values: days([150, 148, 146].map((gib) => gib * 1024 ** 3)),
    },
    ...node('elan-cache-001'),
    ...node('elan-cache-002'),
  ];
}

/** The AWS checks' options for the simulated account. */
export const DEMO_AWS_CHECKS: NonNullable<ConfigInput['checks']> = {
  'lb-prewarm': ['error', { loadBalancers: ['elan-web'], resolutions: 0 }],
  targets: ['error', { targetGroups: [TG_ARN], autoScalingGroups: ['elan-web'] }],
  cloudfront: ['error', { distributions: ['E2ELANDEMO'], originFailover: true }],
  waf: ['error', { resources: [ALB_ARN] }],
  database: ['error', { instances: ['elan-db'], readReplicas: true }],
  dynamodb: ['error', { tables: ['elan-leads'] }],
  cache: ['error', { groups: ['elan-cache'], poolPerInstance: 50 }],
  email: ['error', { enabled: true }],
  alarms: ['error', { prefixes: ['elan-'] }],
  'keep-alive': ['error', { loadBalancers: ['elan-web'], backendKeepAlive: '75s' }],
  dns: ['error', { records: [{ zone: 'Z0ELANDEMO', name: 'www.elan-energie.fr' }] }],
};

/**
 * The simulated account's live figures at a moment of the demo watch: traffic rising towards the plan, and during
 * the incident the targets answering 5xx and slowly, with one of them failing its health checks.
 */
export function demoLiveMetrics(plan: PlanTargets, progress: number, incident: boolean): SimulatedMetric[] {
  const LoadBalancer = 'app/elan-web/50dc6c495c0c9188';
  const TargetGroup = 'targetgroup/elan-web/73e2d6bc24d8a067';
  const requests = (0.4 + 0.5 * Math.min(1, Math.max(0, progress))) * plan.originRequestsPerSecond * 60;
  const alb = (name: string, value: number, extra: Record<string, string> = {}): SimulatedMetric => ({
    namespace: 'AWS/ApplicationELB',
    name,
    dimensions: { LoadBalancer, ...extra },
    values: [value],
  });
  const cdn = (name: string, value: number): SimulatedMetric => ({
    namespace: 'AWS/CloudFront',
    name,
    dimensions: { DistributionId: 'E2ELANDEMO', Region: 'Global' },
    values: [value],
  });
  return [
    alb('RequestCount', requests),
    alb('HTTPCode_ELB_5XX_Count', 0),
    alb('HTTPCode_Target_5XX_Count', incident ? 0.08 * requests : 0.001 * requests),
    alb('TargetResponseTime', incident ? 2.6 : 0.18),
    alb('ActiveConnectionCount', requests / 4),
    alb('HTTPCode_ELB_502_Count', 0),
    alb('TargetConnectionErrorCount', 0),
    alb('RejectedConnectionCount', 0),
    alb('PeakLCUs', (0.5 + (incident ? 0.35 : 0.2) * progress) * 150),
    alb('HealthyHostCount', incident ? 8 : 9, { TargetGroup }),
    alb('UnHealthyHostCount', incident ? 1 : 0, { TargetGroup }),
    cdn('Requests', requests / (1 - 0.8)),
    cdn('5xxErrorRate', incident ? 6 : 0.05),
    { namespace: 'AWS/AutoScaling', name: 'GroupInServiceInstances', dimensions: { AutoScalingGroupName: 'elan-web' }, values: [plan.instances ?? 9] },
    ...backendLive(plan, progress, incident),
  ];
}

/**
 * Behind the load balancer during the demo watch: the funnel's connections, writes and emails rising with the
 * traffic; during the incident the failing targets' replacements open their pools, past the plan's connections.
 */
function backendLive(plan: PlanTargets, progress: number, incident: boolean): SimulatedMetric[] {
  const share = 0.4 + 0.5 * Math.min(1, Math.max(0, progress));
  const metric = (namespace: string, name: string, dimensions: Record<string, string>, value: number): SimulatedMetric => ({
    namespace,
    name,
    dimensions,
    values: [value],
  });
  const db = { DBInstanceIdentifier: 'elan-db' };
  const table = { TableName: 'elan-leads' };
  const cache = { CacheClusterId: 'elan-cache-001' };
  return [
    metric('AWS/RDS', 'DatabaseConnections', db, Math.round((incident ? 1.15 : share) * (plan.databaseConnections ?? 180))),
    metric('AWS/RDS', 'CPUUtilization', db, 20 + 30 * share),
    metric('AWS/RDS', 'ReplicaLag', db, 0.4),
    metric('AWS/DynamoDB', 'WriteThrottleEvents', table, 0),
    metric('AWS/DynamoDB', 'ReadThrottleEvents', table, 0),
    metric('AWS/DynamoDB', 'ConsumedWriteCapacityUnits', table, share * (plan.writesPerSecond ?? 0) * 60),
    metric('AWS/ElastiCache', 'Evictions', cache, 0),
    metric('AWS/ElastiCache', 'EngineCPUUtilization', cache, 15 + 20 * share),
    metric('AWS/ElastiCache', 'EngineCPUUtilization', { CacheClusterId: 'elan-cache-002' }, 10 + 10 * share),
    metric('AWS/SES', 'Send', {}, share * (plan.emailsPerSecond ?? 0) * 60),
  ];
}
