import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/web/site.ts
function resolveSite(site) {
  const at = (pathOrUrl) => new URL(pathOrUrl, site.baseUrl).toString();
  const optional = (pathOrUrl) => pathOrUrl === void 0 ? void 0 : at(pathOrUrl);
  const { errorPages } = site;
  return {
    baseUrl: at("/"),
    home: at(site.home),
    pages: site.pages.map(at),
    funnel: site.funnel.map(
      (step, index) => typeof step === "string" ? { url: at(step), name: `Step ${index + 1}`, actions: [] } : { url: at(step.url), name: step.name ?? `Step ${index + 1}`, actions: step.actions }
    ),
    hosts: site.hosts.map(at),
    ownHosts: [.../* @__PURE__ */ new Set([new URL(site.baseUrl).host, ...site.hosts.map((url) => new URL(url).host), ...site.assetHosts])],
    marker: site.marker,
    headers: site.headers,
    errorPages: {
      // {random} is filled per run so no cache can answer the probe.
      notFoundProbe: at(errorPages.notFoundProbe.replace("{random}", Math.random().toString(36).slice(2, 10))),
      serviceUnavailable: optional(errorPages.serviceUnavailable),
      maintenance: optional(errorPages.maintenance),
      overflow: optional(errorPages.overflow),
      forcedError: optional(errorPages.forcedError),
      independentOfOrigin: errorPages.independentOfOrigin
    }
  };
}
function isOwnUrl(site, url) {
  const { host, hostname } = new URL(url);
  return site.ownHosts.some((own) => own.startsWith("*.") ? hostname.endsWith(own.slice(1)) : own === host || own === hostname);
}
function contentPages(site) {
  return [.../* @__PURE__ */ new Set([site.home, ...site.pages, ...site.funnel.map((step) => step.url)])];
}

export {
  resolveSite,
  isOwnUrl,
  contentPages
};
