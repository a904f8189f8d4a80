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
/** Every page a visitor can land on: home, other pages, funnel steps (no duplicates, in that order). */
export declare function contentPages(site: ResolvedSite): string[];
