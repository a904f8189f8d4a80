/**
 * HTTP for checks: one request, no redirect following (checks judge redirects themselves), a time limit,
 * a size limit, and network failures turned into named errors a report can state.
 */
import { promisify } from 'node:util';
import tls from 'node:tls';
import zlib from 'node:zlib';
import type { Dispatcher } from 'undici';
import type { LookupFunction } from './lookup.js';

export type NetworkErrorKind = 'dns' | 'refused' | 'reset' | 'timeout' | 'slow-body' | 'truncated' | 'too-large' | 'tls' | 'protocol' | 'aborted' | 'other';

export class NetworkError extends Error {
  constructor(
    readonly kind: NetworkErrorKind,
    readonly target: string,
    detail: string,
  ) {
    super(`${target}: ${describeKind(kind)} (${detail})`);
    this.name = 'NetworkError';
  }
}

function describeKind(kind: NetworkErrorKind): string {
  return {
    dns: 'the host name does not resolve',
    refused: 'connection refused: nothing listens there',
    reset: 'the connection was reset',
    timeout: 'no answer in time',
    'slow-body': 'the answer began but its body did not end in time',
    truncated: 'the server hung up before the end of the body',
    'too-large': 'the body inflates past what a page may weigh once decompressed (a compression bomb, or a page far too heavy)',
    tls: 'the TLS handshake failed',
    protocol: 'the answer is not valid HTTP',
    aborted: 'aborted',
    other: 'the request failed',
  }[kind];
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

/** Each decompressor stops at maxOutputLength: a body that inflates to gigabytes never fills the memory. */
const decompressors: Record<string, (data: Buffer, options: zlib.ZlibOptions) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/**
 * The body as the page is read: inflated up to the same bound as a raw body (a body past it is an error), then cut
 * to what the caller reads.
 */
async function inflate(raw: Buffer, encoding: string | undefined, maxBytes: number, url: string): Promise<Buffer> {
  const decompress = encoding ? decompressors[encoding] : undefined;
  if (!decompress) return raw;
  try {
    return (await decompress(raw, { maxOutputLength: MAX_BODY_BYTES })).subarray(0, maxBytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new NetworkError('too-large', url, `past ${MAX_BODY_BYTES / 1_000_000} MB`);
    // Not what its content-encoding says: read it as it came.
    return raw;
  }
}

/** A failed request's cause in the words every command uses ("connection refused: nothing listens there"). */
export function describeNetworkError(error: unknown): string {
  return describeKind(error instanceof NetworkError ? error.kind : classifyNetworkError(error));
}

export function classifyNetworkError(error: unknown): NetworkErrorKind {
  const err = error as { code?: string; name?: string; cause?: { code?: string } };
  const code = err?.code ?? err?.cause?.code ?? '';
  if (err?.name === 'AbortError' || code === 'ABORT_ERR' || code === 'UND_ERR_ABORTED') return 'aborted';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') return 'reset';
  if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') return 'truncated';
  if (code === 'UND_ERR_BODY_TIMEOUT') return 'slow-body';
  if (code.includes('TIMEOUT') || code === 'ETIMEDOUT') return 'timeout';
  if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/.test(code)) return 'tls';
  if (err?.name === 'HTTPParserError' || code.startsWith('HPE_') || code === 'UND_ERR_INFO' || code === 'UND_ERR_RESPONSE_STATUS_CODE') return 'protocol';
  return 'other';
}

/** The most a body may weigh, on the wire and once inflated. */
export const MAX_BODY_BYTES = 5_000_000;

/** undici is CommonJS: bundled and imported lazily, it comes as a default export only; run from source, named too. */
async function loadUndici(): Promise<typeof import('undici')> {
  const module = (await import('undici')) as typeof import('undici') & { default?: typeof import('undici') };
  return module.default ?? module;
}

interface Connection {
  request: typeof import('undici').request;
  dispatcher: Dispatcher;
}

/** undici loads on the first request, not with every command that may make one (plan, list and init make none). */
async function openConnection(options: HttpClientOptions, timeout: number): Promise<Connection> {
  const { Agent, request } = await loadUndici();
  const connect = {
    ...(options.ca?.length ? { ca: [...tls.rootCertificates, ...options.ca] } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
    timeout,
  };
  return { request, dispatcher: new Agent({ connect, keepAliveTimeout: 4_000 }) };
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const defaultTimeout = options.timeoutMs ?? 15_000;
  let connected: Promise<Connection> | undefined;
  const connect = () => (connected ??= openConnection(options, defaultTimeout));
  const baseHeaders = { 'user-agent': options.userAgent ?? 'primetime (readiness check)', ...lowerKeys(options.headers ?? {}) };

  return {
    async request(url, requestOptions = {}) {
      const timeoutMs = requestOptions.timeoutMs ?? defaultTimeout;
      const timer = AbortSignal.timeout(timeoutMs);
      const signal = requestOptions.signal ? AbortSignal.any([requestOptions.signal, timer]) : timer;
      const started = performance.now();
      let answered = false;
      try {
        const { request, dispatcher } = await connect();
        const response = await request(url, {
          method: (requestOptions.method ?? 'GET') as Dispatcher.HttpMethod,
          headers: { 'accept-encoding': 'identity', ...baseHeaders, ...lowerKeys(requestOptions.headers ?? {}) },
          body: requestOptions.body,
          signal,
          dispatcher,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        answered = true;
        const maxBytes = requestOptions.maxBytes ?? MAX_BODY_BYTES;
        const raw = await readLimited(response.body, maxBytes);
        const headers: Record<string, string> = {};
        const cookies: string[] = [];
        for (const [name, value] of Object.entries(response.headers)) {
          if (value === undefined) continue;
          if (name === 'set-cookie') cookies.push(...(Array.isArray(value) ? value : [value]));
          else headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        const encoding = headers['content-encoding']?.trim().toLowerCase();
        const decoded = await inflate(raw, encoding, maxBytes, url);
        return {
          url,
          status: response.statusCode,
          headers,
          cookies,
          body: decodeText(decoded, headers['content-type']),
          bytes: raw.length,
          timeMs: performance.now() - started,
        };
      } catch (error) {
        if (error instanceof NetworkError) throw error;
        // A limit reached once the headers were in: the body is what never ended.
        const kind = timer.aborted ? (answered ? 'slow-body' : 'timeout') : classifyNetworkError(error);
        throw new NetworkError(kind, url, kind === 'timeout' || kind === 'slow-body' ? `${timeoutMs} ms` : (error as Error).message || String(error));
      }
    },
    close: async () => (connected ? (await connected).dispatcher.close() : undefined),
  };
}

async function readLimited(body: AsyncIterable<Uint8Array> & { destroy(): void }, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(Buffer.from(chunk));
    size += chunk.length;
    if (size >= maxBytes) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}

function decodeText(data: Buffer, contentType = ''): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(data);
  } catch {
    return new TextDecoder('utf-8').decode(data);
  }
}

export function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
