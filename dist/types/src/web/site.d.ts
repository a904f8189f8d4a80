/** The site section with every path turned into an absolute URL, so checks never resolve paths themselves. */
import type { FunnelStepConfig, SiteConfig } from '../config/schema.js';
export interface ResolvedFunnelStep {
    url: string;
    name: string;
    actions: Extract<FunnelStepConfig, {
        url: string;
    }>['actions'];
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
export declare function resolveSite(site: SiteConfig): ResolvedSite;
/**
 * Whether a URL is the site's own (its host, site.hosts, site.assetHosts): a file from anywhere else is third-party,
 * and nothing the team can fix here.
 */
export declare function isOwnUrl(site: Pick<ResolvedSite, 'ownHosts'>, url: string): boolean;
/** Every page a visitor can land on: home, other pages, funnel steps (no duplicates, in that order). */
export declare function contentPages(site: ResolvedSite): string[];
