/**
 * A local AWS endpoint that answers the read-only calls primetime makes, in the real wire formats (Service
 * Quotas and WAFv2: JSON 1.1; CloudWatch: JSON 1.0; ELBv2 and Auto Scaling: query/XML; CloudFront: REST-XML),
 * errors included. The demo's simulated account and the tests' scenarios run on it; the real SDK clients reach
 * it through AWS_ENDPOINT_URL_<SERVICE>.
 */
import { createServer } from 'node:http';

export interface SimulatedQuota {
  serviceCode: string;
  quotaCode: string;
  quotaName: string;
  value: number;
  /** false: no applied value (GetServiceQuota answers NoSuchResourceException; the default quota answers). */
  applied?: boolean;
  usageMetric?: { namespace: string; name: string; dimensions: Record<string, string>; statistic: string };
}

export interface SimulatedLoadBalancer {
  name: string;
  arn: string;
  dnsName: string;
  type: 'application' | 'network' | 'gateway';
  zones: string[];
  /** The LCU reservation; absent: none. */
  reservation?: { units: number; states: { zone: string; code: 'provisioned' | 'pending' | 'rebalancing' | 'failed'; reason?: string; effective?: number }[] };
}

export interface AwsScenario {
  quotas?: SimulatedQuota[];
  /** Quota code → the usage values CloudWatch returns (the check takes the maximum). */
  usage?: Record<string, number[]>;
  quotaRequests?: { serviceCode: string; quotaCode: string; desiredValue: number; status: string; created: string; caseId?: string }[];
  loadBalancers?: SimulatedLoadBalancer[];
  targetHealth?: Record<string, { id: string; port?: number; state: string; reason?: string }[]>;
  autoScalingGroups?: { name: string; min: number; max: number; desired: number; instanceType: string; suspended?: string[]; inService?: number }[];
  scheduledActions?: Record<string, { name: string; startTime: string; min?: number; max?: number; desired?: number }[]>;
  distributions?: Record<
    string,
    {
      errorResponses: { code: number; path?: string; responseCode?: string; ttl: number }[];
      webAclId?: string;
      origins: { domain: string; readTimeout: number }[];
    }
  >;
  /** Resource ARN → its WebACL (null: none attached). */
  webAcls?: Record<string, { name: string; rules: { name: string; rateLimit?: number; action?: 'Block' | 'Count' }[] } | null>;
  faults?: {
    /** IAM actions answered AccessDenied, e.g. "servicequotas:GetServiceQuota". */
    denied?: string[];
    /** IAM actions throttled on their first call. */
    throttleOnce?: string[];
    /** Every call answered with an expired token. */
    expiredToken?: boolean;
    /** Items per page of ListServiceQuotas. */
    pageSize?: number;
  };
}

export interface RunningAwsEndpoint {
  url: string;
  /** Each call as "service:Operation" (the IAM action), in order. */
  calls: string[];
  /** Environment for the SDK: endpoint per service, static test credentials, a region. */
  env: Record<string, string>;
  close(): Promise<void>;
}

type Answer = { status: number; type: string; body: string; headers?: Record<string, string> };

const xmlEscape = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** Query-protocol XML: arrays become <member> lists; undefined is left out. */
function toXml(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => `<member>${toXml(item)}</member>`).join('');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => (v === undefined ? '' : `<${k}>${toXml(v)}</${k}>`))
      .join('');
  return xmlEscape(String(value));
}

const json = (status: number, version: '1.0' | '1.1', body: unknown): Answer => ({
  status,
  type: `application/x-amz-json-${version}`,
  body: JSON.stringify(body),
});
const queryOk = (ns: string, action: string, result: unknown): Answer => ({
  status: 200,
  type: 'text/xml',
  body: `<${action}Response xmlns="${ns}"><${action}Result>${toXml(result)}</${action}Result><ResponseMetadata><RequestId>primetime-local</RequestId></ResponseMetadata></${action}Response>`,
});
const queryError = (status: number, code: string, message: string): Answer => ({
  status,
  type: 'text/xml',
  body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>primetime-local</RequestId></ErrorResponse>`,
});

const ELB_NS = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';
const ASG_NS = 'http://autoscaling.amazonaws.com/doc/2011-01-01/';

export async function startAwsEndpoint(scenario: AwsScenario): Promise<RunningAwsEndpoint> {
  const calls: string[] = [];
  const throttled = new Set<string>();
  const faults = scenario.faults ?? {};

  /** Injected faults, in each protocol's own error format. */
  const fault = (action: string, protocol: 'json1.0' | 'json1.1' | 'query' | 'rest'): Answer | undefined => {
    const jsonError = (status: number, type: string, message: string) => json(status, protocol === 'json1.0' ? '1.0' : '1.1', { __type: type, message });
    if (faults.expiredToken)
      return protocol.startsWith('json')
        ? jsonError(400, 'ExpiredTokenException', 'The security token included in the request is expired')
        : queryError(403, 'ExpiredToken', 'The security token included in the request is expired');
    if (faults.denied?.includes(action)) {
      const message = `User: arn:aws:iam::123456789012:user/primetime is not authorized to perform: ${action}`;
      return protocol.startsWith('json') ? jsonError(400, 'AccessDeniedException', message) : queryError(403, 'AccessDenied', message);
    }
    if (faults.throttleOnce?.includes(action) && !throttled.has(action)) {
      throttled.add(action);
      return protocol.startsWith('json')
        ? jsonError(400, protocol === 'json1.1' && action.startsWith('servicequotas') ? 'TooManyRequestsException' : 'ThrottlingException', 'Rate exceeded')
        : queryError(400, 'Throttling', 'Rate exceeded');
    }
    return undefined;
  };

  const quotaJson = (q: SimulatedQuota) => ({
    ServiceCode: q.serviceCode,
    ServiceName: q.serviceCode,
    QuotaCode: q.quotaCode,
    QuotaName: q.quotaName,
    QuotaArn: `arn:aws:servicequotas:eu-west-3:123456789012:${q.serviceCode}/${q.quotaCode}`,
    Value: q.value,
    Unit: 'None',
    Adjustable: true,
    GlobalQuota: false,
    ...(q.usageMetric
      ? {
          UsageMetric: {
            MetricNamespace: q.usageMetric.namespace,
            MetricName: q.usageMetric.name,
            MetricDimensions: q.usageMetric.dimensions,
            MetricStatisticRecommendation: q.usageMetric.statistic,
          },
        }
      : {}),
  });

  const serviceQuotas = (op: string, input: Record<string, unknown>): Answer => {
    const quotas = scenario.quotas ?? [];
    const find = () => quotas.find((q) => q.serviceCode === input.ServiceCode && q.quotaCode === input.QuotaCode);
    const missing = () =>
      json(400, '1.1', {
        __type: 'NoSuchResourceException',
        message: `The request failed because the specified quota ${String(input.QuotaCode)} does not exist.`,
      });
    switch (op) {
      case 'GetServiceQuota': {
        const quota = find();
        return !quota || quota.applied === false ? missing() : json(200, '1.1', { Quota: quotaJson(quota) });
      }
      case 'GetAWSDefaultServiceQuota': {
        const quota = find();
        return quota ? json(200, '1.1', { Quota: quotaJson(quota) }) : missing();
      }
      case 'ListServiceQuotas': {
        const all = quotas.filter((q) => q.serviceCode === input.ServiceCode && q.applied !== false);
        const size = faults.pageSize ?? 100;
        const start = Number(input.NextToken ?? 0);
        const next = start + size < all.length ? String(start + size) : undefined;
        return json(200, '1.1', { Quotas: all.slice(start, start + size).map(quotaJson), ...(next ? { NextToken: next } : {}) });
      }
      case 'ListRequestedServiceQuotaChangeHistoryByQuota': {
        const requests = (scenario.quotaRequests ?? []).filter((r) => r.serviceCode === input.ServiceCode && r.quotaCode === input.QuotaCode);
        return json(200, '1.1', {
          RequestedQuotas: requests.map((r, i) => ({
            Id: `req-${i}`,
            CaseId: r.caseId,
            ServiceCode: r.serviceCode,
            QuotaCode: r.quotaCode,
            DesiredValue: r.desiredValue,
            Status: r.status,
            Created: Date.parse(r.created) / 1000,
            LastUpdated: Date.parse(r.created) / 1000,
          })),
        });
      }
    }
    return json(400, '1.1', { __type: 'InvalidParameterException', message: `unsupported operation ${op}` });
  };

  const cloudWatch = (op: string, input: Record<string, unknown>): Answer => {
    if (op !== 'GetMetricData') return json(400, '1.0', { __type: 'InvalidParameterValue', message: `unsupported operation ${op}` });
    const queries =
      (input.MetricDataQueries as { Id: string; MetricStat?: { Metric?: { MetricName?: string; Dimensions?: { Name: string; Value: string }[] } } }[]) ?? [];
    const end = Math.floor(Date.now() / 1000);
    return json(200, '1.0', {
      MetricDataResults: queries.map((q) => {
        // The quota's usage metric carries its dimensions; match the scenario's usage by quota code or by resource.
        const dims = Object.fromEntries((q.MetricStat?.Metric?.Dimensions ?? []).map((d) => [d.Name, d.Value]));
        const quota = (scenario.quotas ?? []).find(
          (x) =>
            x.usageMetric &&
            x.usageMetric.name === q.MetricStat?.Metric?.MetricName &&
            Object.entries(x.usageMetric.dimensions).every(([k, v]) => dims[k] === v),
        );
        const values = (quota && scenario.usage?.[quota.quotaCode]) ?? [];
        return {
          Id: q.Id,
          Label: q.MetricStat?.Metric?.MetricName,
          StatusCode: 'Complete',
          Timestamps: values.map((_, i) => end - (values.length - i) * 300),
          Values: values,
        };
      }),
      Messages: [],
    });
  };

  const elb = (action: string, params: URLSearchParams): Answer => {
    const lbs = scenario.loadBalancers ?? [];
    const list = (prefix: string) => [...params.entries()].filter(([k]) => k.startsWith(`${prefix}.member.`)).map(([, v]) => v);
    switch (action) {
      case 'DescribeLoadBalancers': {
        const names = list('Names');
        const arns = list('LoadBalancerArns');
        const found = lbs.filter((lb) => (names.length === 0 && arns.length === 0) || names.includes(lb.name) || arns.includes(lb.arn));
        if ((names.length || arns.length) && found.length < names.length + arns.length)
          return queryError(400, 'LoadBalancerNotFound', `One or more load balancers not found: ${[...names, ...arns].join(', ')}`);
        return queryOk(ELB_NS, action, {
          LoadBalancers: found.map((lb) => ({
            LoadBalancerArn: lb.arn,
            DNSName: lb.dnsName,
            LoadBalancerName: lb.name,
            Scheme: 'internet-facing',
            Type: lb.type,
            State: { Code: 'active' },
            AvailabilityZones: lb.zones.map((zone, i) => ({ ZoneName: zone, SubnetId: `subnet-${i}` })),
            CreatedTime: '2026-01-15T10:00:00.000Z',
          })),
        });
      }
      case 'DescribeCapacityReservation': {
        const lb = lbs.find((x) => x.arn === params.get('LoadBalancerArn'));
        if (!lb) return queryError(400, 'LoadBalancerNotFound', `Load balancer '${params.get('LoadBalancerArn')}' not found`);
        const r = lb.reservation;
        return queryOk(ELB_NS, action, {
          LastModifiedTime: '2027-03-01T09:00:00.000Z',
          DecreaseRequestsRemaining: 2,
          ...(r ? { MinimumLoadBalancerCapacity: { CapacityUnits: r.units } } : {}),
          CapacityReservationState: (r?.states ?? []).map((s) => ({
            AvailabilityZone: s.zone,
            EffectiveCapacityUnits: s.effective ?? (s.code === 'provisioned' ? r!.units / r!.states.length : 0),
            State: { Code: s.code, Reason: s.reason },
          })),
        });
      }
      case 'DescribeTargetHealth': {
        const arn = params.get('TargetGroupArn') ?? '';
        const targets = scenario.targetHealth?.[arn];
        if (!targets) return queryError(400, 'TargetGroupNotFound', `Target groups '${arn}' not found`);
        return queryOk(ELB_NS, action, {
          TargetHealthDescriptions: targets.map((t) => ({
            Target: { Id: t.id, Port: t.port ?? 80 },
            HealthCheckPort: String(t.port ?? 80),
            TargetHealth: { State: t.state, Reason: t.reason },
          })),
        });
      }
    }
    return queryError(400, 'InvalidAction', `unsupported action ${action}`);
  };

  const autoScaling = (action: string, params: URLSearchParams): Answer => {
    const groups = scenario.autoScalingGroups ?? [];
    switch (action) {
      case 'DescribeAutoScalingGroups': {
        const names = [...params.entries()].filter(([k]) => k.startsWith('AutoScalingGroupNames.member.')).map(([, v]) => v);
        return queryOk(ASG_NS, action, {
          AutoScalingGroups: groups
            .filter((g) => names.length === 0 || names.includes(g.name))
            .map((g) => ({
              AutoScalingGroupName: g.name,
              AutoScalingGroupARN: `arn:aws:autoscaling:eu-west-3:123456789012:autoScalingGroup:1:autoScalingGroupName/${g.name}`,
              MinSize: g.min,
              MaxSize: g.max,
              DesiredCapacity: g.desired,
              DefaultCooldown: 300,
              AvailabilityZones: ['eu-west-3a', 'eu-west-3b'],
              HealthCheckType: 'ELB',
              CreatedTime: '2026-01-15T10:00:00.000Z',
              Instances: Array.from({ length: g.inService ?? g.desired }, (_, i) => ({
                InstanceId: `i-${g.name}-${i}`,
                InstanceType: g.instanceType,
                AvailabilityZone: 'eu-west-3a',
                LifecycleState: 'InService',
                HealthStatus: 'Healthy',
                ProtectedFromScaleIn: false,
              })),
              SuspendedProcesses: (g.suspended ?? []).map((p) => ({ ProcessName: p, SuspensionReason: 'User suspended at 2027-03-01T10:00:00Z' })),
            })),
        });
      }
      case 'DescribeScheduledActions': {
        const name = params.get('AutoScalingGroupName') ?? '';
        return queryOk(ASG_NS, action, {
          ScheduledUpdateGroupActions: (scenario.scheduledActions?.[name] ?? []).map((a) => ({
            AutoScalingGroupName: name,
            ScheduledActionName: a.name,
            StartTime: a.startTime,
            MinSize: a.min,
            MaxSize: a.max,
            DesiredCapacity: a.desired,
          })),
        });
      }
    }
    return queryError(400, 'InvalidAction', `unsupported action ${action}`);
  };

  const cloudFront = (id: string): Answer => {
    const d = scenario.distributions?.[id];
    if (!d)
      return {
        status: 404,
        type: 'text/xml',
        body: `<?xml version="1.0"?><ErrorResponse xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Error><Type>Sender</Type><Code>NoSuchDistribution</Code><Message>The specified distribution does not exist.</Message></Error><RequestId>primetime-local</RequestId></ErrorResponse>`,
      };
    const items = (list: string[]) => `<Quantity>${list.length}</Quantity>${list.length ? `<Items>${list.join('')}</Items>` : ''}`;
    const origins = d.origins.map(
      (o, i) =>
        `<Origin><Id>origin-${i}</Id><DomainName>${xmlEscape(o.domain)}</DomainName><OriginPath></OriginPath><CustomHeaders><Quantity>0</Quantity></CustomHeaders><CustomOriginConfig><HTTPPort>80</HTTPPort><HTTPSPort>443</HTTPSPort><OriginProtocolPolicy>https-only</OriginProtocolPolicy><OriginSslProtocols><Quantity>1</Quantity><Items><SslProtocol>TLSv1.2</SslProtocol></Items></OriginSslProtocols><OriginReadTimeout>${o.readTimeout}</OriginReadTimeout><OriginKeepaliveTimeout>5</OriginKeepaliveTimeout></CustomOriginConfig></Origin>`,
    );
    const errors = d.errorResponses.map(
      (e) =>
        `<CustomErrorResponse><ErrorCode>${e.code}</ErrorCode>${e.path ? `<ResponsePagePath>${xmlEscape(e.path)}</ResponsePagePath>` : ''}${e.responseCode ? `<ResponseCode>${e.responseCode}</ResponseCode>` : ''}<ErrorCachingMinTTL>${e.ttl}</ErrorCachingMinTTL></CustomErrorResponse>`,
    );
    const body = `<?xml version="1.0" encoding="UTF-8"?><DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><CallerReference>primetime</CallerReference><Aliases><Quantity>0</Quantity></Aliases><DefaultRootObject></DefaultRootObject><Origins>${items(origins)}</Origins><DefaultCacheBehavior><TargetOriginId>origin-0</TargetOriginId><ViewerProtocolPolicy>redirect-to-https</ViewerProtocolPolicy><Compress>true</Compress><CachePolicyId>658327ea-f89d-4fab-a63d-7e88639e58f6</CachePolicyId></DefaultCacheBehavior><CustomErrorResponses>${items(errors)}</CustomErrorResponses><Comment>primetime</Comment><Enabled>true</Enabled><WebACLId>${xmlEscape(d.webAclId ?? '')}</WebACLId><HttpVersion>http2and3</HttpVersion></DistributionConfig>`;
    return { status: 200, type: 'text/xml', body, headers: { etag: 'E2PRIMETIME' } };
  };

  const waf = (op: string, input: Record<string, unknown>): Answer => {
    if (op !== 'GetWebACLForResource') return json(400, '1.1', { __type: 'WAFInvalidOperationException', message: `unsupported operation ${op}` });
    const arn = String(input.ResourceArn);
    if (!scenario.webAcls || !(arn in scenario.webAcls))
      return json(400, '1.1', { __type: 'WAFNonexistentItemException', message: `resource ${arn} not found` });
    const acl = scenario.webAcls[arn];
    if (!acl) return json(200, '1.1', {});
    const visibility = { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl.name };
    return json(200, '1.1', {
      WebACL: {
        Name: acl.name,
        Id: 'acl-1',
        ARN: `arn:aws:wafv2:eu-west-3:123456789012:regional/webacl/${acl.name}/acl-1`,
        DefaultAction: { Allow: {} },
        VisibilityConfig: visibility,
        Rules: acl.rules.map((r, i) => ({
          Name: r.name,
          Priority: i,
          Statement: r.rateLimit
            ? { RateBasedStatement: { Limit: r.rateLimit, AggregateKeyType: 'IP' } }
            : { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } },
          ...(r.rateLimit ? { Action: { [r.action ?? 'Block']: {} } } : { OverrideAction: { None: {} } }),
          VisibilityConfig: { ...visibility, MetricName: r.name },
        })),
      },
    });
  };

  const route = (method: string, path: string, headers: Record<string, string | string[] | undefined>, body: string): Answer => {
    const target = String(headers['x-amz-target'] ?? '');
    if (target) {
      const [prefix, op = ''] = target.split('.');
      const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      const service = { ServiceQuotasV20190624: 'servicequotas', GraniteServiceVersion20100801: 'cloudwatch', AWSWAF_20190729: 'wafv2' }[prefix!];
      if (!service) return json(400, '1.1', { __type: 'UnknownOperationException', message: target });
      const action = `${service}:${op}`;
      calls.push(action);
      const injected = fault(action, service === 'cloudwatch' ? 'json1.0' : 'json1.1');
      if (injected) return injected;
      return service === 'servicequotas' ? serviceQuotas(op, input) : service === 'cloudwatch' ? cloudWatch(op, input) : waf(op, input);
    }
    const distribution = /^\/2020-05-31\/distribution\/([^/]+)\/config$/.exec(path);
    if (method === 'GET' && distribution) {
      calls.push('cloudfront:GetDistributionConfig');
      return fault('cloudfront:GetDistributionConfig', 'rest') ?? cloudFront(decodeURIComponent(distribution[1]!));
    }
    const params = new URLSearchParams(body);
    const action = params.get('Action') ?? '';
    const version = params.get('Version');
    const service = version === '2015-12-01' ? 'elasticloadbalancing' : version === '2011-01-01' ? 'autoscaling' : undefined;
    if (!service) return queryError(400, 'InvalidAction', `unknown request ${method} ${path}`);
    calls.push(`${service}:${action}`);
    return fault(`${service}:${action}`, 'query') ?? (service === 'elasticloadbalancing' ? elb(action, params) : autoScaling(action, params));
  };

  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const answer = route(request.method ?? 'GET', new URL(request.url ?? '/', 'http://local').pathname, request.headers, body);
      response.writeHead(answer.status, { 'content-type': answer.type, 'x-amzn-requestid': 'primetime-local', ...answer.headers });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const env = {
    AWS_ENDPOINT_URL_SERVICE_QUOTAS: url,
    AWS_ENDPOINT_URL_CLOUDWATCH: url,
    AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: url,
    AWS_ENDPOINT_URL_AUTO_SCALING: url,
    AWS_ENDPOINT_URL_CLOUDFRONT: url,
    AWS_ENDPOINT_URL_WAFV2: url,
    AWS_ACCESS_KEY_ID: 'AKIAPRIMETIMELOCAL',
    AWS_SECRET_ACCESS_KEY: 'local-endpoint-secret',
    AWS_REGION: 'eu-west-3',
  };
  return { url, calls, env, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}
