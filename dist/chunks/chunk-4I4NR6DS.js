import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  createLookup
} from "./chunk-GL2DH5J2.js";
import {
  createHttpClient
} from "./chunk-DWOR55PJ.js";

// src/core/network.ts
import { readFileSync } from "node:fs";
function createNetwork(config) {
  const network = {
    lookup: createLookup({ resolve: config.network.resolve, dnsServers: config.network.dnsServers }),
    resolve: config.network.resolve,
    dnsServers: config.network.dnsServers,
    ca: config.network.ca.map((file) => readFileSync(file, "utf8")),
    timeoutMs: config.network.timeout
  };
  const http = createHttpClient({ headers: config.site.headers, ca: network.ca, lookup: network.lookup, timeoutMs: network.timeoutMs });
  return { network, http };
}

export {
  createNetwork
};
