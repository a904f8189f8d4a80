/**
 * Plan B, wired: the behaviours serving the site and the funnel must point at an origin group that fails over, on
 * every 5xx the site may answer, to a secondary origin that answers the branded plan-B page. Judged from the
 * distribution's config; the secondary is then asked for the home page, as CloudFront would on a failover.
 */
import type { Origin } from '@aws-sdk/client-cloudfront';
import type { Findings } from '../../src/check/index.js';
import { isOwnPage } from '../../src/web/html.js';
import type { HttpResponse } from '../../src/web/http.js';
import type { Distribution } from './read.js';

/** "/souscription/*" as CloudFront matches it: * any characters, ? one. */
const matches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  ).test(path);

/** The secondary origins to probe, after judging each behaviour that serves the site or its funnel. */
export function judgeFailover({ id, name, config }: Distribution, funnelPaths: string[], codes: number[], found: Findings): Origin[] {
  const groups = config.OriginGroups?.Items ?? [];
  const origins = config.Origins?.Items ?? [];
  const behaviours = [
    { pattern: 'Default (*)', target: config.DefaultCacheBehavior?.TargetOriginId },
    ...(config.CacheBehaviors?.Items ?? [])
      .filter((b) => funnelPaths.some((path) => matches(b.PathPattern ?? '', path)))
      .map((b) => ({ pattern: b.PathPattern!, target: b.TargetOriginId })),
  ];
  const secondaries = new Map<string, Origin>();
  for (const { pattern, target } of behaviours) {
    const group = groups.find((g) => g.Id === target);
    if (!group) {
      found.fail(`${name}: the ${pattern} behaviour goes to origin ${target} alone: when it fails, visitors get an error page, never the plan-B host.`, {
        target: id,
        fix: `Create an origin group with ${target} as primary and the plan-B origin as secondary, failing over on ${codes.join(', ')}, and point the behaviour at it.`,
      });
      continue;
    }
    const on = group.FailoverCriteria?.StatusCodes?.Items ?? [];
    const missing = codes.filter((code) => !on.includes(code));
    const secondaryId = group.Members?.Items?.[1]?.OriginId;
    const secondary = origins.find((o) => o.Id === secondaryId);
    if (missing.length)
      found.fail(`${name}: the ${pattern} behaviour's group ${group.Id} fails over on ${on.join(', ') || 'nothing'}: ${missing.join(', ')} stays an error.`, {
        target: id,
        fix: `Add ${missing.join(', ')} to the failover criteria of ${group.Id}.`,
      });
    else found.pass(`${name}: the ${pattern} behaviour fails over to ${secondary?.DomainName ?? secondaryId} on ${on.join(', ')}.`, { target: id });
    if (secondary) secondaries.set(secondary.Id!, secondary);
  }
  return [...secondaries.values()];
}

/** The URL CloudFront would ask the secondary for the home page: its protocol, its port where not the default, its path. */
export function secondaryUrl(origin: Origin): string {
  const custom = origin.CustomOriginConfig;
  const http = custom?.OriginProtocolPolicy === 'http-only';
  const port = http ? custom?.HTTPPort : custom?.HTTPSPort;
  const shown = port && port !== (http ? 80 : 443) ? `:${port}` : '';
  return `${http ? 'http' : 'https'}://${origin.DomainName}${shown}${origin.OriginPath ?? ''}/`;
}

/** The secondary must answer 200 with the site's own page (its marker), not an error or another site's page. */
export function judgeSecondary(url: string, answer: HttpResponse | Error, marker: string | undefined, found: Findings): void {
  if (answer instanceof Error)
    return found.unverified(`The plan-B origin ${url} did not answer (${answer.message}), so the failover is not proven.`, { target: url });
  if (answer.status === 200 && isOwnPage(answer.body, marker))
    return found.pass(`The plan-B origin ${url} answers the branded page (200${marker ? `, "${marker}"` : ''}).`, { target: url });
  found.fail(
    `The plan-B origin ${url} answers ${answer.status}${answer.status === 200 ? ' without the site\u2019s marker' : ''}: a failover would show that instead of plan B.`,
    {
      target: url,
      fix: "Serve the branded plan-B page from the secondary origin for the site's paths (an S3 bucket's index and error document).",
    },
  );
}
