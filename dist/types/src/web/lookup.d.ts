/**
 * Name resolution for checks: pinned addresses first (like curl --resolve, to test the production name against
 * a pre-production address), then the configured DNS servers, then the system resolver.
 */
import dns from 'node:dns';
export interface LookupOptions {
    /** host name → IP address */
    resolve?: Record<string, string>;
    /** "127.0.0.1:5353" or "10.0.0.2" */
    dnsServers?: string[];
    timeoutMs?: number;
}
type Address = {
    address: string;
    family: number;
};
type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | Address[], family?: number) => void;
export type LookupFunction = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => void;
export declare function createLookup(options: LookupOptions): LookupFunction | undefined;
/** Resolves a name `times` times (the resolver's cache bypassed by asking anew) and returns every distinct address seen. */
export declare function distinctAddresses(hostname: string, dnsServers: string[], times: number, pauseMs?: number): Promise<string[]>;
export {};
