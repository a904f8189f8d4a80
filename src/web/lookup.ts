/**
 * Name resolution for checks: pinned addresses first (like curl --resolve, to test the production name against
 * a pre-production address), then the configured DNS servers, then the system resolver.
 */
import dns from 'node:dns';
import net from 'node:net';

export interface LookupOptions {
  /** host name → IP address */
  resolve?: Record<string, string>;
  /** "127.0.0.1:5353" or "10.0.0.2" */
  dnsServers?: string[];
  timeoutMs?: number;
}

type Address = { address: string; family: number };
type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | Address[], family?: number) => void;
export type LookupFunction = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => void;

export function createLookup(options: LookupOptions): LookupFunction | undefined {
  const pinned = new Map(Object.entries(options.resolve ?? {}).map(([host, ip]) => [host.toLowerCase(), ip]));
  const servers = options.dnsServers ?? [];
  if (pinned.size === 0 && servers.length === 0) return undefined;
  const resolver = servers.length > 0 ? new dns.promises.Resolver({ timeout: options.timeoutMs ?? 3_000, tries: 1 }) : undefined;
  resolver?.setServers(servers);

  return (hostname, lookupOptions, callback) => {
    const answer = (addresses: Address[]) => (lookupOptions.all ? callback(null, addresses) : callback(null, addresses[0]!.address, addresses[0]!.family));
    const ip = pinned.get(hostname.toLowerCase());
    if (ip) return answer([{ address: ip, family: net.isIP(ip) }]);
    if (!resolver) return dns.lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => (error ? callback(error, []) : answer(addresses)));
    resolver.resolve4(hostname).then(
      (addresses) => answer(addresses.map((address) => ({ address, family: 4 }))),
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}

/** Resolves a name `times` times (the resolver's cache bypassed by asking anew) and returns every distinct address seen. */
export async function distinctAddresses(hostname: string, dnsServers: string[], times: number, pauseMs = 200): Promise<string[]> {
  const seen = new Set<string>();
  for (let i = 0; i < times; i++) {
    const resolver = new dns.promises.Resolver({ timeout: 3_000, tries: 1 });
    if (dnsServers.length) resolver.setServers(dnsServers);
    for (const address of await resolver.resolve4(hostname)) seen.add(address);
    if (i < times - 1) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return [...seen].sort();
}
