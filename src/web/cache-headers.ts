/** Reading caching headers: Cache-Control, and the cache status CDNs and proxies add. */

export interface CacheControl {
  maxAge?: number;
  sMaxAge?: number;
  private: boolean;
  noStore: boolean;
  noCache: boolean;
  public: boolean;
}

export function parseCacheControl(value: string | undefined): CacheControl {
  const directives = new Map<string, string | undefined>();
  for (const part of (value ?? '').split(',')) {
    const [name, arg] = part.trim().toLowerCase().split('=');
    if (name) directives.set(name, arg?.replace(/"/g, ''));
  }
  const seconds = (name: string) => (directives.has(name) ? Number(directives.get(name)) : undefined);
  return {
    maxAge: seconds('max-age'),
    sMaxAge: seconds('s-maxage'),
    private: directives.has('private'),
    noStore: directives.has('no-store'),
    noCache: directives.has('no-cache'),
    public: directives.has('public'),
  };
}

/** Seconds a shared cache (a CDN) may keep the answer; 0 when it may not. */
export function sharedCacheTtl(headers: Record<string, string>): number {
  const cc = parseCacheControl(headers['cache-control']);
  if (cc.private || cc.noStore || cc.noCache) return 0;
  return cc.sMaxAge ?? cc.maxAge ?? expiresIn(headers) ?? 0;
}

/** Seconds a browser may keep the answer. */
export function browserCacheTtl(headers: Record<string, string>): number {
  const cc = parseCacheControl(headers['cache-control']);
  if (cc.noStore || cc.noCache) return 0;
  return cc.maxAge ?? expiresIn(headers) ?? 0;
}

function expiresIn(headers: Record<string, string>): number | undefined {
  if (!headers.expires) return undefined;
  const expires = Date.parse(headers.expires);
  const date = headers.date ? Date.parse(headers.date) : Date.now();
  return Number.isNaN(expires) ? 0 : Math.max(0, Math.round((expires - date) / 1000));
}

export interface CacheStatus {
  hit: boolean;
  /** The header that said so, as received: "x-cache: Hit from cloudfront". */
  evidence: string;
}

/** What the CDN (CloudFront, Cloudflare, Fastly, Akamai, nginx proxy_cache…) says about this answer, if anything. */
export function cacheStatus(headers: Record<string, string>): CacheStatus | undefined {
  for (const name of ['cf-cache-status', 'x-cache', 'x-cache-status', 'x-vercel-cache', 'cdn-cache-status']) {
    const value = headers[name];
    if (value) return { hit: /\bhit\b|TCP_HIT|TCP_MEM_HIT|REFRESH_HIT/i.test(value.split(',').pop()!), evidence: `${name}: ${value}` };
  }
  const age = Number(headers.age);
  if (headers.age !== undefined && !Number.isNaN(age)) return { hit: age > 0, evidence: `age: ${headers.age}` };
  return undefined;
}
