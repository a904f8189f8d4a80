/** One TLS handshake, verified against the system's roots plus network.ca, with the name resolution checks use. */
import net from 'node:net';
import tls from 'node:tls';
import type { NetworkContext } from '../check/index.js';
import { classifyNetworkError, NetworkError } from './http.js';

export interface TlsProbe {
  host: string;
  port: number;
  protocol: string | null;
  authorized: boolean;
  /** OpenSSL's verification error, e.g. UNABLE_TO_VERIFY_LEAF_SIGNATURE. */
  authorizationError?: string;
  certificate: tls.DetailedPeerCertificate;
  /** The hostname does not match the certificate. */
  hostnameError?: string;
}

export function probeTls(
  url: string,
  network: NetworkContext,
  signal: AbortSignal,
  options: { minVersion?: tls.SecureVersion; ciphers?: string } = {},
): Promise<TlsProbe> {
  const { hostname, port } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, '');
  const portNumber = Number(port || 443);
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host,
      port: portNumber,
      // SNI takes names, never addresses.
      ...(net.isIP(host) ? {} : { servername: host }),
      ...(network.lookup ? { lookup: network.lookup } : {}),
      ca: [...tls.rootCertificates, ...network.ca],
      rejectUnauthorized: false,
      timeout: network.timeoutMs,
      minVersion: options.minVersion,
      ciphers: options.ciphers,
      signal,
    } as tls.ConnectionOptions);
    const fail = (error: Error) => {
      socket.destroy();
      reject(error instanceof NetworkError ? error : new NetworkError(classifyNetworkError(error), url, error.message));
    };
    socket.once('timeout', () => fail(new NetworkError('timeout', url, `${network.timeoutMs} ms`)));
    socket.once('error', fail);
    socket.once('secureConnect', () => {
      const certificate = socket.getPeerCertificate(true);
      const hostnameError = tls.checkServerIdentity(host, certificate)?.message;
      resolve({
        host,
        port: portNumber,
        protocol: socket.getProtocol(),
        authorized: socket.authorized,
        authorizationError: socket.authorizationError ? String(socket.authorizationError) : undefined,
        certificate,
        hostnameError,
      });
      socket.end();
    });
  });
}
