import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/web/cache-headers.ts
function parseCacheControl(value) {
  const directives = /* @__PURE__ */ new Map();
  for (const part of (value ?? "").split(",")) {
    const [name, arg] = part.trim().toLowerCase().split("=");
    if (name) directives.set(name, arg?.replace(/"/g, ""));
  }
  const seconds = (name) => directives.has(name) ? Number(directives.get(name)) : void 0;
  return {
    maxAge: seconds("max-age"),
    sMaxAge: seconds("s-maxage"),
    private: directives.has("private"),
    noStore: directives.has("no-store"),
    noCache: directives.has("no-cache"),
    public: directives.has("public")
  };
}
function sharedCacheTtl(headers) {
  const cc = parseCacheControl(headers["cache-control"]);
  if (cc.private || cc.noStore || cc.noCache) return 0;
  return cc.sMaxAge ?? cc.maxAge ?? expiresIn(headers) ?? 0;
}
function browserCacheTtl(headers) {
  const cc = parseCacheControl(headers["cache-control"]);
  if (cc.noStore || cc.noCache) return 0;
  return cc.maxAge ?? expiresIn(headers) ?? 0;
}
function expiresIn(headers) {
  if (!headers.expires) return void 0;
  const expires = Date.parse(headers.expires);
  const date = headers.date ? Date.parse(headers.date) : Date.now();
  return Number.isNaN(expires) ? 0 : Math.max(0, Math.round((expires - date) / 1e3));
}
function cacheStatus(headers) {
  for (const name of ["cf-cache-status", "x-cache", "x-cache-status", "x-vercel-cache", "cdn-cache-status"]) {
    const value = headers[name];
    if (value) return { hit: /\bhit\b|TCP_HIT|TCP_MEM_HIT|REFRESH_HIT/i.test(value.split(",").pop()), evidence: `${name}: ${value}` };
  }
  const age = Number(headers.age);
  if (headers.age !== void 0 && !Number.isNaN(age)) return { hit: age > 0, evidence: `age: ${headers.age}` };
  return void 0;
}

export {
  sharedCacheTtl,
  browserCacheTtl,
  cacheStatus
};
