/** CloudFront (REST-XML): a distribution's configuration. */
import type { Answer, AwsScenario } from './scenario.js';
import { xmlEscape } from './wire.js';

export function cloudFront(scenario: AwsScenario, id: string): Answer {
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
      `<Origin><Id>${xmlEscape(o.id ?? `origin-${i}`)}</Id><DomainName>${xmlEscape(o.domain)}</DomainName><OriginPath>${xmlEscape(o.path ?? '')}</OriginPath><CustomHeaders><Quantity>0</Quantity></CustomHeaders><CustomOriginConfig><HTTPPort>${o.httpPort ?? 80}</HTTPPort><HTTPSPort>443</HTTPSPort><OriginProtocolPolicy>${o.protocol ?? 'https-only'}</OriginProtocolPolicy><OriginSslProtocols><Quantity>1</Quantity><Items><SslProtocol>TLSv1.2</SslProtocol></Items></OriginSslProtocols><OriginReadTimeout>${o.readTimeout}</OriginReadTimeout><OriginKeepaliveTimeout>5</OriginKeepaliveTimeout></CustomOriginConfig></Origin>`,
  );
  const errors = d.errorResponses.map(
    (e) =>
      `<CustomErrorResponse><ErrorCode>${e.code}</ErrorCode>${e.path ? `<ResponsePagePath>${xmlEscape(e.path)}</ResponsePagePath>` : ''}${e.responseCode ? `<ResponseCode>${e.responseCode}</ResponseCode>` : ''}<ErrorCachingMinTTL>${e.ttl}</ErrorCachingMinTTL></CustomErrorResponse>`,
  );
  const groups = (d.originGroups ?? []).map(
    (g) =>
      `<OriginGroup><Id>${xmlEscape(g.id)}</Id><FailoverCriteria><StatusCodes>${items(g.statusCodes.map((c) => `<StatusCode>${c}</StatusCode>`))}</StatusCodes></FailoverCriteria><Members>${items([g.primary, g.secondary].map((m) => `<OriginGroupMember><OriginId>${xmlEscape(m)}</OriginId></OriginGroupMember>`))}</Members></OriginGroup>`,
  );
  const behaviors = (d.behaviors ?? []).map(
    (b) =>
      `<CacheBehavior><PathPattern>${xmlEscape(b.path)}</PathPattern><TargetOriginId>${xmlEscape(b.target)}</TargetOriginId><ViewerProtocolPolicy>redirect-to-https</ViewerProtocolPolicy></CacheBehavior>`,
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?><DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><CallerReference>primetime</CallerReference><Aliases><Quantity>0</Quantity></Aliases><DefaultRootObject></DefaultRootObject><Origins>${items(origins)}</Origins><OriginGroups>${items(groups)}</OriginGroups><DefaultCacheBehavior><TargetOriginId>${xmlEscape(d.defaultTarget ?? 'origin-0')}</TargetOriginId><ViewerProtocolPolicy>redirect-to-https</ViewerProtocolPolicy><Compress>true</Compress><CachePolicyId>658327ea-f89d-4fab-a63d-7e88639e58f6</CachePolicyId></DefaultCacheBehavior><CacheBehaviors>${items(behaviors)}</CacheBehaviors><CustomErrorResponses>${items(errors)}</CustomErrorResponses><Comment>primetime</Comment><Enabled>true</Enabled><WebACLId>${xmlEscape(d.webAclId ?? '')}</WebACLId><HttpVersion>http2and3</HttpVersion></DistributionConfig>`;
  return { status: 200, type: 'text/xml', body, headers: { etag: 'E2PRIMETIME' } };
}
