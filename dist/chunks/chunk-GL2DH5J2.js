import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/web/lookup.ts
import dns from "node:dns";
import net from "node:net";
function createLookup(options) {
  const pinned = new Map(Object.entries(options.resolve ?? {}).map(([host, ip]) => [host.toLowerCase(), ip]));
  const servers = options.dnsServers ?? [];
  if (pinned.size === 0 && servers.length === 0) return void 0;
  const resolver = servers.length > 0 ? new dns.promises.Resolver({ timeout: options.timeoutMs ?? 3e3, tries: 1 }) : void 0;
  resolver?.setServers(servers);
  return (hostname, lookupOptions, callback) => {
    const answer = (addresses) => lookupOptions.all ? callback(null, addresses) : callback(null, addresses[0].address, addresses[0].family);
    const ip = pinned.get(hostname.toLowerCase());
    if (ip) return answer([{ address: ip, family: net.isIP(ip) }]);
    if (!resolver) return dns.lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => error ? callback(error, []) : answer(addresses));
    resolver.resolve4(hostname).then(
      (addresses) => answer(addresses.map((address) => ({ address, family: 4 }))),
      (error) => callback(error, [])
    );
  };
}
async function distinctAddresses(hostname, dnsServers, times, pauseMs = 200) {
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < times; i++) {
    const resolver = new dns.promises.Resolver({ timeout: 3e3, tries: 1 });
    if (dnsServers.length) resolver.setServers(dnsServers);
    for (const address of await resolver.resolve4(hostname)) seen.add(address);
    if (i < times - 1) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return [...seen].sort();
}

export {
  createLookup,
  distinctAddresses
};
