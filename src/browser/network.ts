/**
 * The browser reaches the stack the config names, as the HTTP checks do: the same pinned names and DNS servers
 * (as Chromium's host resolver rules), the same extra certificate authorities, and the site's headers on the
 * site's own requests only (a third-party host never sees the site's Authorization header).
 *
 * Chromium cannot be handed a CA file. Each of the site's HTTPS hosts is verified here first, against the system
 * roots plus network.ca and for its own name; the keys of the chain it presented are then the only ones Chromium
 * accepts beyond its own roots (--ignore-certificate-errors-spki-list), never --ignore-certificate-errors.
 */
import crypto from 'node:crypto';
import net from 'node:net';
import type { Config } from '../config/schema.js';
import { guardReadOnly, type ReadOnlyGuard, type RoutableContext } from './read-only.js';
import type { CheckContext, NetworkContext } from '../check/index.js';
import type { ResolvedSite } from '../web/site.js';
import { probeTls } from '../web/tls-probe.js';

/** Every origin the site's configured pages live on. */
export function siteOrigins(site: ResolvedSite): URL[] {
  const urls = [site.baseUrl, site.home, ...site.pages, ...site.funnel.map((s) => s.url), ...site.hosts, ...Object.values(site.errorPages)];
  const origins = new Map<string, URL>();
  for (const url of urls) if (typeof url === 'string') origins.set(new URL(url).origin, new URL(new URL(url).origin));
  return [...origins.values()];
}

export async function chromiumNetworkArgs(config: Config, site: ResolvedSite, network: NetworkContext, signal: AbortSignal): Promise<string[]> {
  const origins = siteOrigins(site);
  const rules = new Map(Object.entries(config.network.resolve).map(([host, ip]) => [host.toLowerCase(), ip]));
  if (config.network.dnsServers.length > 0 && network.lookup)
    for (const { hostname } of origins)
      if (!rules.has(hostname) && !net.isIP(hostname)) {
        const address = await lookupOnce(network, hostname).catch(() => undefined);
        // A name no server knows stays unresolved: the page then fails to load, and the check says so.
        if (address) rules.set(hostname, address);
      }
  const args = rules.size ? [`--host-resolver-rules=${[...rules].map(([host, ip]) => `MAP ${host} ${net.isIPv6(ip) ? `[${ip}]` : ip}`).join(', ')}`] : [];
  if (network.ca.length > 0) {
    const keys = new Set<string>();
    for (const origin of origins.filter((o) => o.protocol === 'https:')) {
      const probe = await probeTls(origin.toString(), network, signal).catch(() => undefined);
      if (probe?.authorized && !probe.hostnameError) for (const key of chainKeys(probe.certificate)) keys.add(key);
    }
    if (keys.size) args.push(`--ignore-certificate-errors-spki-list=${[...keys].join(',')}`);
  }
  return args;
}

function lookupOnce(network: NetworkContext, hostname: string): Promise<string> {
  return new Promise((resolve, reject) =>
    network.lookup!(hostname, { family: 4 }, (error, address) =>
      error ? reject(error) : resolve(typeof address === 'string' ? address : address[0]!.address),
    ),
  );
}

/** SHA-256 of each certificate's public key (SPKI), base64, along the chain the server sent. */
function chainKeys(certificate: import('node:tls').DetailedPeerCertificate): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (let cert = certificate; cert?.raw && !seen.has(cert.fingerprint256); cert = cert.issuerCertificate) {
    seen.add(cert.fingerprint256);
    const spki = new crypto.X509Certificate(cert.raw).publicKey.export({ type: 'spki', format: 'der' });
    keys.push(crypto.createHash('sha256').update(spki).digest('base64'));
  }
  return keys;
}

/**
 * A read-only browser context (guardReadOnly) whose requests to the site carry site.headers. Navigate with
 * `guard.navigating(() => page.goto(…))`: any other navigation is blocked.
 */
export async function newSiteContext<C extends RoutableContext>(
  browser: { newContext(options?: Record<string, unknown>): Promise<unknown> },
  ctx: Pick<CheckContext, 'site'>,
  options: Record<string, unknown>,
): Promise<{ context: C; guard: ReadOnlyGuard }> {
  // A service worker would answer the page's requests itself, out of the routes' reach.
  const context = (await browser.newContext({ ...options, serviceWorkers: 'block' })) as C;
  const { headers } = ctx.site;
  if (Object.keys(headers).length > 0) {
    const origins = new Set(siteOrigins(ctx.site).map((o) => o.origin));
    await context.route('**/*', (route) => {
      const request = route.request();
      if (!origins.has(new URL(request.url()).origin)) return route.fallback();
      return route.fallback({ headers: { ...request.headers(), ...headers } });
    });
  }
  // Registered last, so it runs first: nothing that writes reaches the header route, or the network.
  return { context, guard: await guardReadOnly(context) };
}
