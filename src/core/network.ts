/** The network settings of a run (network.*, site.headers) turned into what checks use: one HTTP client, one lookup. */
import { readFileSync } from 'node:fs';
import type { Config } from '../config/schema.js';
import type { NetworkContext } from '../check/index.js';
import { createHttpClient, type HttpClient } from '../web/http.js';
import { createLookup } from '../web/lookup.js';

export function createNetwork(config: Config): { network: NetworkContext; http: HttpClient } {
  const network: NetworkContext = {
    lookup: createLookup({ resolve: config.network.resolve, dnsServers: config.network.dnsServers }),
    resolve: config.network.resolve,
    dnsServers: config.network.dnsServers,
    ca: config.network.ca.map((file) => readFileSync(file, 'utf8')),
    timeoutMs: config.network.timeout,
  };
  const http = createHttpClient({ headers: config.site.headers, ca: network.ca, lookup: network.lookup, timeoutMs: network.timeoutMs });
  return { network, http };
}
