/**
 * A local AWS endpoint that answers the read-only calls primetime makes, in the real wire formats (Service
 * Quotas and WAFv2: JSON 1.1; CloudWatch and DynamoDB: JSON 1.0; ELBv2, Auto Scaling, RDS and ElastiCache:
 * query/XML; CloudFront and Route 53: REST-XML; SES v2: REST-JSON),
 * errors included. The demo's simulated account and the tests' scenarios run on it; the real SDK clients reach
 * it through AWS_ENDPOINT_URL_<SERVICE>. Each service is one small simulator in ./aws/; this file routes to them.
 */
import { createServer } from 'node:http';
import type { Answer, AwsScenario } from './aws/scenario.js';
import { faultInjector, json, queryError } from './aws/wire.js';
import { serviceQuotas } from './aws/service-quotas.js';
import { cloudWatch } from './aws/cloudwatch.js';
import { elb } from './aws/elb.js';
import { autoScaling } from './aws/auto-scaling.js';
import { cloudFront } from './aws/cloudfront.js';
import { waf } from './aws/waf.js';
import { rds } from './aws/rds.js';
import { elastiCache } from './aws/elasticache.js';
import { dynamoDb } from './aws/dynamodb.js';
import { ses } from './aws/ses.js';
import { route53 } from './aws/route53.js';

export type { AwsScenario, SimulatedDatabase, SimulatedLoadBalancer, SimulatedQuota } from './aws/scenario.js';

export interface RunningAwsEndpoint {
  url: string;
  /** Each call as "service:Operation" (the IAM action), in order. */
  calls: string[];
  /** Environment for the SDK: endpoint per service, static test credentials, a region. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** The JSON services by their X-Amz-Target prefix, the query services by their API version: each as IAM names it. */
const JSON_SERVICES: Record<string, 'servicequotas' | 'cloudwatch' | 'wafv2' | 'dynamodb'> = {
  ServiceQuotasV20190624: 'servicequotas',
  GraniteServiceVersion20100801: 'cloudwatch',
  AWSWAF_20190729: 'wafv2',
  DynamoDB_20120810: 'dynamodb',
};
const QUERY_SERVICES: Record<string, 'elasticloadbalancing' | 'autoscaling' | 'rds' | 'elasticache'> = {
  '2015-12-01': 'elasticloadbalancing',
  '2011-01-01': 'autoscaling',
  '2014-10-31': 'rds',
  '2015-02-02': 'elasticache',
};

type Route = (method: string, path: string, headers: Record<string, string | string[] | undefined>, body: string, query: URLSearchParams) => Answer;

/**
 * Each request to the service it is for, told apart as the SDK sends them: JSON protocols by X-Amz-Target,
 * CloudFront's REST paths, the query protocols by their Version; each call recorded as its IAM action.
 */
function router(scenario: AwsScenario, calls: string[]): Route {
  const fault = faultInjector(scenario.faults ?? {});
  return (method, path, headers, body, query) => {
    const target = String(headers['x-amz-target'] ?? '');
    if (target) {
      const [prefix, op = ''] = target.split('.');
      const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      const service = JSON_SERVICES[prefix!];
      if (!service) return json(400, '1.1', { __type: 'UnknownOperationException', message: target });
      const action = `${service}:${op}`;
      calls.push(action);
      const answer = { servicequotas: serviceQuotas, cloudwatch: cloudWatch, wafv2: waf, dynamodb: dynamoDb }[service];
      return fault(action, service === 'cloudwatch' || service === 'dynamodb' ? 'json1.0' : 'json1.1') ?? answer(scenario, op, input);
    }
    if (method === 'GET' && path === '/v2/email/account') {
      calls.push('ses:GetAccount');
      return fault('ses:GetAccount', 'rest-json') ?? ses(scenario);
    }
    const dns = method === 'GET' ? route53(scenario, path, query) : undefined;
    if (dns) {
      calls.push(`route53:${dns.op}`);
      return fault(`route53:${dns.op}`, 'rest') ?? dns.answer;
    }
    const distribution = /^\/2020-05-31\/distribution\/([^/]+)\/config$/.exec(path);
    if (method === 'GET' && distribution) {
      calls.push('cloudfront:GetDistributionConfig');
      return fault('cloudfront:GetDistributionConfig', 'rest') ?? cloudFront(scenario, decodeURIComponent(distribution[1]!));
    }
    const params = new URLSearchParams(body);
    const action = params.get('Action') ?? '';
    const version = params.get('Version');
    const service = QUERY_SERVICES[version ?? ''];
    if (!service) return queryError(400, 'InvalidAction', `unknown request ${method} ${path}`);
    calls.push(`${service}:${action}`);
    const answer = { elasticloadbalancing: elb, autoscaling: autoScaling, rds, elasticache: elastiCache }[service];
    return fault(`${service}:${action}`, 'query') ?? answer(scenario, action, params);
  };
}

export async function startAwsEndpoint(scenario: AwsScenario): Promise<RunningAwsEndpoint> {
  const calls: string[] = [];
  const route = router(scenario, calls);
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://local');
      const answer = route(request.method ?? 'GET', url.pathname, request.headers, body, url.searchParams);
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
    AWS_ENDPOINT_URL_RDS: url,
    AWS_ENDPOINT_URL_DYNAMODB: url,
    AWS_ENDPOINT_URL_ELASTICACHE: url,
    AWS_ENDPOINT_URL_SESV2: url,
    AWS_ENDPOINT_URL_ROUTE_53: url,
    AWS_ACCESS_KEY_ID: 'AKIAPRIMETIMELOCAL',
    AWS_SECRET_ACCESS_KEY: 'local-endpoint-secret',
    AWS_REGION: 'eu-west-3',
  };
  return { url, calls, env, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}
