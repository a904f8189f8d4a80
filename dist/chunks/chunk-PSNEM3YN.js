import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  NetworkError,
  classifyNetworkError
} from "./chunk-DWOR55PJ.js";

// src/web/tls-probe.ts
import net from "node:net";
import tls from "node:tls";
function probeTls(url, network, signal, options = {}) {
  const { hostname, port } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, "");
  const portNumber = Number(port || 443);
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host,
      port: portNumber,
      // SNI takes names, never addresses.
      ...net.isIP(host) ? {} : { servername: host },
      ...network.lookup ? { lookup: network.lookup } : {},
      ca: [...tls.rootCertificates, ...network.ca],
      rejectUnauthorized: false,
      timeout: network.timeoutMs,
      minVersion: options.minVersion,
      ciphers: options.ciphers,
      signal
    });
    const fail = (error) => {
      socket.destroy();
      reject(error instanceof NetworkError ? error : new NetworkError(classifyNetworkError(error), url, error.message));
    };
    socket.once("timeout", () => fail(new NetworkError("timeout", url, `${network.timeoutMs} ms`)));
    socket.once("error", fail);
    socket.once("secureConnect", () => {
      const certificate = socket.getPeerCertificate(true);
      const hostnameError = tls.checkServerIdentity(host, certificate)?.message;
      resolve({
        host,
        port: portNumber,
        protocol: socket.getProtocol(),
        authorized: socket.authorized,
        authorizationError: socket.authorizationError ? String(socket.authorizationError) : void 0,
        certificate,
        hostnameError
      });
      socket.end();
    });
  });
}

export {
  probeTls
};
