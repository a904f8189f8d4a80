import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  probeTls
} from "./chunk-PSNEM3YN.js";
import {
  guardReadOnly
} from "./chunk-372EV6TC.js";

// src/browser/network.ts
import crypto from "node:crypto";
import net from "node:net";
function siteOrigins(site) {
  const urls = [site.baseUrl, site.home, ...site.pages, ...site.funnel.map((s) => s.url), ...site.hosts, ...Object.values(site.errorPages)];
  const origins = /* @__PURE__ */ new Map();
  for (const url of urls) if (typeof url === "string") origins.set(new URL(url).origin, new URL(new URL(url).origin));
  return [...origins.values()];
}
async function chromiumNetworkArgs(config, site, network, signal) {
  const origins = siteOrigins(site);
  const rules = new Map(Object.entries(config.network.resolve).map(([host, ip]) => [host.toLowerCase(), ip]));
  if (config.network.dnsServers.length > 0 && network.lookup) {
    for (const { hostname } of origins)
      if (!rules.has(hostname) && !net.isIP(hostname)) {
        const address = await lookupOnce(network, hostname).catch(() => void 0);
        if (address) rules.set(hostname, address);
      }
  }
  const args = rules.size ? [`--host-resolver-rules=${[...rules].map(([host, ip]) => `MAP ${host} ${net.isIPv6(ip) ? `[${ip}]` : ip}`).join(", ")}`] : [];
  if (network.ca.length > 0) {
    const keys = /* @__PURE__ */ new Set();
    for (const origin of origins.filter((o) => o.protocol === "https:")) {
      const probe = await probeTls(origin.toString(), network, signal).catch(() => void 0);
      if (probe?.authorized && !probe.hostnameError) for (const key of chainKeys(probe.certificate)) keys.add(key);
    }
    if (keys.size) args.push(`--ignore-certificate-errors-spki-list=${[...keys].join(",")}`);
  }
  return args;
}
function lookupOnce(network, hostname) {
  return new Promise(
    (resolve, reject) => network.lookup(
      hostname,
      { family: 4 },
      (error, address) => error ? reject(error) : resolve(typeof address === "string" ? address : address[0].address)
    )
  );
}
function chainKeys(certificate) {
  const keys = [];
  const seen = /* @__PURE__ */ new Set();
  for (let cert = certificate; cert?.raw && !seen.has(cert.fingerprint256); cert = cert.issuerCertificate) {
    seen.add(cert.fingerprint256);
    const spki = new crypto.X509Certificate(cert.raw).publicKey.export({ type: "spki", format: "der" });
    keys.push(crypto.createHash("sha256").update(spki).digest("base64"));
  }
  return keys;
}
async function newSiteContext(browser, ctx, options) {
  const context = await browser.newContext({ ...options, serviceWorkers: "block" });
  const { headers } = ctx.site;
  if (Object.keys(headers).length > 0) {
    const origins = new Set(siteOrigins(ctx.site).map((o) => o.origin));
    await context.route("**/*", (route) => {
      const request = route.request();
      if (!origins.has(new URL(request.url()).origin)) return route.fallback();
      return route.fallback({ headers: { ...request.headers(), ...headers } });
    });
  }
  return { context, guard: await guardReadOnly(context) };
}

export {
  siteOrigins,
  chromiumNetworkArgs,
  newSiteContext
};
