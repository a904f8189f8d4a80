/** The site section with every path turned into an absolute URL, so checks never resolve paths themselves. */
import type { FunnelStepConfig, SiteConfig } from '../config/schema.js';

export interface ResolvedFunnelStep {
  url: string;
  name: string;
  actions: Extract<FunnelStepConfig, { url: string }>['actions'];
}

export interface ResolvedSite {
  baseUrl: string;
  home: string;
  pages: string[];
  funnel: ResolvedFunnelStep[];
  hosts: string[];
  /** The hosts whose files are the site's own: the base URL's, site.hosts' and site.assetHosts (with *.wildcards). */
  ownHosts: string[];
  marker?: string;
  /** site.headers: sent with every request to the site (a preview token, a WAF bypass for the run). */
  headers: Record<string, string>;
  errorPages: {
    notFoundProbe: string;
    serviceUnavailable?: string;
    maintenance?: string;
    overflow?: string;
    forcedError?: string;
    independentOfOrigin: boolean;
  };
}

export function resolveSite(site: SiteConfig): ResolvedSite {
  const at = (pathOrUrl: string) => new URL(pathOrUrl, site.baseUrl).toString();
  const optional = (pathOrUrl?: string) => (pathOrUrl === undefined ? undefined : at(pathOrUrl));
  const { errorPages } = site;
  return {
    baseUrl: at('/'),
    home: at(site.home),
    pages: site.pages.map(at),
    funnel: site.funnel.map((step, index) =>
      typeof step === 'string'
        ? { url: at(step), name: `Step ${index + 1}`, actions: [] }
        : { url: at(step.url), name: step.name ?? `Step ${index + 1}`, actions: step.actions },
    ),
    hosts: site.hosts.map(at),
    ownHosts: [...new Set([new URL(site.baseUrl).host, ...site.hosts.map((url) => new URL(url).host), ...site.assetHosts])],
    marker: site.marker,
    headers: site.headers,
    errorPages: {
      // {random} is filled per run so no cache can answer the probe.
      notFoundProbe: at(errorPages.notFoundProbe.replace('{random}', Math.random().toString(36).slice(2, 10))),
      serviceUnavailable: optional(errorPages.serviceUnavailable),
      maintenance: optional(errorPages.maintenance),
      overflow: optional(errorPages.overflow),
      forcedError: optional(errorPages.forcedError),
      independentOfOrigin: errorPages.independentOfOrigin,
    },
  };
}

/**
 * Whether a URL is the site's own (its host, site.hosts, site.assetHosts): a file from anywhere else is third-party,
 * and nothing the team can fix here.
 */
export function isOwnUrl(site: Pick<ResolvedSite, 'ownHosts'>, url: string): boolean {
  const { host, hostname } = new URL(url);
  return site.ownHosts.some((own) => (own.startsWith('*.') ? hostname.endsWith(own.slice(1)) : own === host || own === hostname));
}

/** Every page a visitor can land on: home, other pages, funnel steps (no duplicates, in that order). */
export function contentPages(site: ResolvedSite): string[] {
  return [...new Set([site.home, ...site.pages, ...site.funnel.map((step) => step.url)])];
}
