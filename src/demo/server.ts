/**
 * The demo's built-in static server (nothing to install): serves a materialized variant on 127.0.0.1 with
 * caching, compression and security headers like a well-configured production server.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import type { ServerBehaviour } from './variants.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** What nginx answers when nothing branded is configured: the pages the error-pages check must catch. */
export const STOCK_PAGE = (status: number, reason: string) =>
  `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

const SECURITY_HEADERS = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

export interface RunningSite {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function serveSite(root: string, behaviour: ServerBehaviour, port = 0): Promise<RunningSite> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, body: string | Buffer, type: string, cacheControl: string) => {
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && /^(text|application\/json|image\/svg)/.test(type);
      const payload = gzip ? zlib.gzipSync(body) : Buffer.from(body);
      response.writeHead(status, {
        'content-type': type,
        'content-length': payload.length,
        'cache-control': cacheControl,
        vary: 'Accept-Encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        ...SECURITY_HEADERS,
      });
      response.end(request.method === 'HEAD' ? undefined : payload);
    };
    const page = async (file: string) => readFile(path.join(root, file));
    const delay = behaviour.delays[url.pathname];
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));

    if (url.pathname === '/erreurs/force-503') {
      return behaviour.forcedError === 'custom'
        ? send(503, await page('erreurs/503.html'), TYPES['.html']!, 'no-store')
        : send(503, STOCK_PAGE(503, 'Service Temporarily Unavailable'), TYPES['.html']!, 'no-store');
    }
    const file = await resolveFile(root, decodeURIComponent(url.pathname));
    if (file) {
      const ext = path.extname(file);
      const html = ext === '.html';
      return send(
        200,
        await readFile(file),
        TYPES[ext] ?? 'application/octet-stream',
        html ? 'public, max-age=60, s-maxage=300' : 'public, max-age=604800, immutable',
      );
    }
    switch (behaviour.notFound) {
      case 'custom':
        return send(404, await page('erreurs/404.html'), TYPES['.html']!, 'no-store');
      case 'stock':
        return send(404, STOCK_PAGE(404, 'Not Found'), TYPES['.html']!, 'no-store');
      case 'soft':
        return send(200, await page('index.html'), TYPES['.html']!, 'no-store');
      case 'empty':
        return send(404, '', 'text/plain', 'no-store');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const target = path.resolve(root, '.' + pathname);
  if (!target.startsWith(root)) return undefined;
  for (const candidate of [target, path.join(target, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}
