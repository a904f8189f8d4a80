import type { LookupFunction } from './lookup.js';
export type NetworkErrorKind = 'dns' | 'refused' | 'reset' | 'timeout' | 'slow-body' | 'truncated' | 'too-large' | 'tls' | 'protocol' | 'aborted' | 'other';
export declare class NetworkError extends Error {
    readonly kind: NetworkErrorKind;
    readonly target: string;
    constructor(kind: NetworkErrorKind, target: string, detail: string);
}
export interface HttpResponse {
    url: string;
    status: number;
    /** Lower-case names; repeated headers joined with ", " except set-cookie (see `cookies`). */
    headers: Record<string, string>;
    cookies: string[];
    body: string;
    /** Bytes on the wire (before decompression). */
    bytes: number;
    timeMs: number;
}
export interface RequestOptions {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    timeoutMs?: number;
    signal?: AbortSignal;
    /** Stop reading the body past this many bytes (the body is then cut). */
    maxBytes?: number;
}
export interface HttpClient {
    request(url: string, options?: RequestOptions): Promise<HttpResponse>;
    close(): Promise<void>;
}
export interface HttpClientOptions {
    /** Headers sent with every request (site.headers). */
    headers?: Record<string, string>;
    timeoutMs?: number;
    /** PEM text of extra certificate authorities to trust (on top of the system's). */
    ca?: string[];
    /** Pinned addresses and DNS servers (see lookup.ts). */
    lookup?: LookupFunction;
    userAgent?: string;
}
/** A failed request's cause in the words every command uses ("connection refused: nothing listens there"). */
export declare function describeNetworkError(error: unknown): string;
export declare function classifyNetworkError(error: unknown): NetworkErrorKind;
/** The most a body may weigh, on the wire and once inflated. */
export declare const MAX_BODY_BYTES = 5000000;
export declare function createHttpClient(options?: HttpClientOptions): HttpClient;
export declare function lowerKeys(headers: Record<string, string>): Record<string, string>;
