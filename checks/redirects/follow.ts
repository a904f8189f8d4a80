/** Following a redirect chain hop by hop, keeping each hop, stopping at loops and at a hop limit. */
import { NetworkError, type HttpClient, type HttpResponse } from '../../src/web/http.js';

export interface Hop {
  url: string;
  status: number;
  location?: string;
}

export interface Chain {
  start: string;
  hops: Hop[];
  final?: HttpResponse;
  /** The URL seen twice, when the chain loops. */
  loop?: string;
  error?: NetworkError;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

export async function followRedirects(
  http: HttpClient,
  start: string,
  options: { limit?: number; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<Chain> {
  const limit = options.limit ?? 10;
  const hops: Hop[] = [];
  const seen = new Set<string>();
  let url = start;
  for (;;) {
    if (seen.has(url)) return { start, hops, loop: url };
    seen.add(url);
    let response: HttpResponse;
    try {
      response = await http.request(url, { signal: options.signal, timeoutMs: options.timeoutMs, maxBytes: 200_000 });
    } catch (error) {
      if (error instanceof NetworkError) return { start, hops, error };
      throw error;
    }
    const location = response.headers.location;
    if (!REDIRECT.has(response.status) || !location) {
      hops.push({ url, status: response.status });
      return { start, hops, final: response };
    }
    const next = new URL(location, url).toString();
    hops.push({ url, status: response.status, location: next });
    if (hops.length > limit) return { start, hops };
    url = next;
  }
}

/** "http://a.fr/ →301 https://a.fr/ →200" */
export function describeChain(chain: Chain): string {
  const parts = chain.hops.map((hop) => `${hop.url} →${hop.status}`);
  if (chain.loop) parts.push(`${chain.loop} (loop)`);
  if (chain.error) parts.push(`✗ ${chain.error.message}`);
  return parts.join(' ');
}
