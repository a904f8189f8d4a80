/** Route 53 (REST-XML, items named by the model): a zone's record sets, a health check and its checkers' status. */
import type { Answer, AwsScenario, SimulatedRecord } from './scenario.js';
import { toXml } from './wire.js';

const NS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const ITEMS = { ResourceRecordSets: 'ResourceRecordSet', ResourceRecords: 'ResourceRecord', HealthCheckObservations: 'HealthCheckObservation' };

const xml = (root: string, body: unknown): Answer => ({
  status: 200,
  type: 'text/xml',
  body: `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="${NS}">${toXml(body, ITEMS)}</${root}>`,
});
const notFound = (code: string, message: string): Answer => ({
  status: 404,
  type: 'text/xml',
  body: `<?xml version="1.0"?><ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>primetime-local</RequestId></ErrorResponse>`,
});

const recordSet = (r: SimulatedRecord) => ({
  Name: r.name.endsWith('.') ? r.name : `${r.name}.`,
  Type: r.type,
  SetIdentifier: r.setId ?? (r.failover ? r.failover.toLowerCase() : undefined),
  Failover: r.failover,
  TTL: r.alias ? undefined : (r.ttl ?? 300),
  ResourceRecords: r.alias ? undefined : (r.values ?? ['192.0.2.10']).map((Value) => ({ Value })),
  AliasTarget: r.alias ? { HostedZoneId: 'Z2FDTNDATAQYW2', DNSName: r.alias.dnsName, EvaluateTargetHealth: r.alias.evaluateTargetHealth ?? false } : undefined,
  HealthCheckId: r.healthCheckId,
});

/** The three reads, told apart by their paths; `op` is the IAM action's name. */
export function route53(scenario: AwsScenario, path: string, query: URLSearchParams): { op: string; answer: Answer } | undefined {
  const zone = /^\/2013-04-01\/hostedzone\/([^/]+)\/rrset\/?$/.exec(path);
  if (zone) {
    const records = scenario.hostedZones?.[decodeURIComponent(zone[1]!)];
    if (!records) return { op: 'ListResourceRecordSets', answer: notFound('NoSuchHostedZone', `No hosted zone found with ID: ${zone[1]}`) };
    // Listed from the name asked for, as Route 53 does (records in name order).
    const from = (query.get('name') ?? '').replace(/\.$/, '');
    const listed = records.filter((r) => !from || r.name.replace(/\.$/, '') >= from);
    return {
      op: 'ListResourceRecordSets',
      answer: xml('ListResourceRecordSetsResponse', { ResourceRecordSets: listed.map(recordSet), IsTruncated: false, MaxItems: 300 }),
    };
  }
  const check = /^\/2013-04-01\/healthcheck\/([^/]+)(\/status)?$/.exec(path);
  if (!check) return undefined;
  const id = decodeURIComponent(check[1]!);
  const health = scenario.healthChecks?.[id];
  const op = check[2] ? 'GetHealthCheckStatus' : 'GetHealthCheck';
  if (!health) return { op, answer: notFound('NoSuchHealthCheck', `No health check exists with the specified ID ${id}`) };
  if (check[2])
    return {
      op,
      answer: xml('GetHealthCheckStatusResponse', {
        HealthCheckObservations: health.reports.map((Status, i) => ({
          Region: ['eu-west-1', 'us-east-1', 'ap-southeast-1'][i % 3],
          IPAddress: `15.177.${i}.1`,
          StatusReport: { Status, CheckedTime: '2027-03-11T19:00:00Z' },
        })),
      }),
    };
  const config = {
    Type: 'HTTPS',
    FullyQualifiedDomainName: health.fqdn ?? 'www.example.fr',
    ResourcePath: '/',
    Inverted: health.inverted ?? false,
    Disabled: health.disabled ?? false,
    RequestInterval: 30,
    FailureThreshold: 3,
  };
  return {
    op,
    answer: xml('GetHealthCheckResponse', { HealthCheck: { Id: id, CallerReference: 'primetime', HealthCheckConfig: config, HealthCheckVersion: 1 } }),
  };
}
