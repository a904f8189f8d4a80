/**
 * The demo's built-in server (nothing to install): serves a materialized variant on 127.0.0.1 the way a
 * well-configured production stack does — compression, caching headers, security headers, an edge cache in
 * front — plus a second "apex" host that redirects to it. Variants switch each of these off.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { sharedCacheTtl } from '../web/cache-headers.js';
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
const HTML = TYPES['.html']!;
/** A cold start: the first requests of a cold-start page are slow (the run's home check, then the first browser visit), later ones fast. */
const COLD_REQUESTS = 2;

/** What nginx answers when nothing branded is configured: the pages the error-pages check must catch. */
export const STOCK_PAGE = (status: number, reason: string) =>
  `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

const SECURITY_HEADERS = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface RunningSite {
  url: string;
  /** Another host that answers every path with a 301 to `url`. */
  redirectUrl: string;
  close(): Promise<void>;
}

/** A scripted incident for `demo --watch`: between these times the home page is the edge's stock 503. */
export interface Incident {
  from: number;
  until: number;
}

export async function serveSite(root: string, behaviour: ServerBehaviour, port = 0, incident?: Incident): Promise<RunningSite> {
  const handle = handler(behaviour.cdn ? throughEdge(originOf(root, behaviour)) : originOf(root, behaviour), incident);
  const server = createServer((request, response) => {
    handle(request).then(
      (answer) => {
        response.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length });
        response.end(request.method === 'HEAD' ? undefined : answer.body);
      },
      (error: Error) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(`demo server error: ${error.message}`);
      },
    );
  });
  const apex = createServer((request, response) => {
    response.writeHead(301, { location: new URL(request.url ?? '/', mainUrl).toString(), 'content-length': 0 });
    response.end();
  });
  const mainUrl = await listen(server, port);
  const apexUrl = await listen(apex, 0);
  return { url: mainUrl, redirectUrl: apexUrl, close: async () => void (await Promise.all([close(server), close(apex)])) };
}

type Origin = (pathname: string) => Promise<Answer>;

/** An answer with the variant's headers: its security headers, its Server header, its cookie on pages. */
const answerFor =
  (behaviour: ServerBehaviour) =>
  (status: number, body: string | Buffer, type: string, cacheControl: string): Answer => ({
    status,
    body: Buffer.from(body),
    headers: {
      'content-type': type,
      'cache-control': cacheControl,
      ...(behaviour.bareHeaders ? {} : SECURITY_HEADERS),
      ...(behaviour.serverHeader ? { server: behaviour.serverHeader } : {}),
      ...(type === HTML && behaviour.cookie ? { 'set-cookie': behaviour.cookie } : {}),
    },
  });

/** The origin as the variant behaves: its delays, its forced 503, its cold start, its files and its not-found page. */
function originOf(root: string, behaviour: ServerBehaviour): Origin {
  let coldRequests = 0;
  const answer = answerFor(behaviour);
  const page = (file: string) => readFile(path.join(root, file));
  return async (pathname) => {
    const delay = behaviour.delays[pathname];
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    if (pathname === '/erreurs/force-503') {
      return behaviour.forcedError === 'custom'
        ? answer(503, await page('erreurs/503.html'), HTML, 'no-store')
        : answer(503, STOCK_PAGE(503, 'Service Temporarily Unavailable'), HTML, 'no-store');
    }
    const file = await resolveFile(root, pathname);
    if (file && behaviour.coldStart?.includes(pathname) && coldRequests++ < COLD_REQUESTS) {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const html = (await readFile(file, 'utf8')).replace('</body>', '<script>const fin = Date.now() + 1500; while (Date.now() < fin) {}</script>\n</body>');
      return answer(200, html, HTML, 'no-store');
    }
    if (file) {
      const ext = path.extname(file);
      return answer(
        200,
        await readFile(file),
        TYPES[ext] ?? 'application/octet-stream',
        ext === '.html' ? behaviour.htmlCacheControl : 'public, max-age=604800, immutable',
      );
    }
    const notFound = {
      custom: async () => answer(404, await page('erreurs/404.html'), HTML, 'no-store'),
      stock: async () => answer(404, STOCK_PAGE(404, 'Not Found'), HTML, 'no-store'),
      soft: async () => answer(200, await page('index.html'), HTML, 'no-store'),
      empty: async () => answer(404, '', 'text/plain', 'no-store'),
    };
    return notFound[behaviour.notFound]();
  };
}

/** The edge cache: keeps what Cache-Control lets a shared cache keep, per path and encoding. */
function throughEdge(origin: Origin): (pathname: string, gzip: boolean) => Promise<Answer> {
  const edge = new Map<string, { answer: Answer; storedAt: number; ttl: number }>();
  return async (pathname, gzip) => {
    const key = `${gzip}:${pathname}`;
    const cached = edge.get(key);
    const age = cached ? Math.floor((Date.now() - cached.storedAt) / 1000) : 0;
    if (cached && age < cached.ttl) return { ...cached.answer, headers: { ...cached.answer.headers, 'x-cache': 'Hit from demo-edge', age: String(age) } };
    const fresh = await origin(pathname);
    const ttl = fresh.status === 200 ? sharedCacheTtl(fresh.headers) : 0;
    if (ttl > 0) edge.set(key, { answer: fresh, storedAt: Date.now(), ttl });
    return { ...fresh, headers: { ...fresh.headers, 'x-cache': 'Miss from demo-edge' } };
  };
}

/** The demo's heavy page and its light version, served with the peak-mode switch on (X-Peak-Mode: on). */
const LIGHT_PAGES: Record<string, string> = { '/offres.html': '/leger/offres.html' };

/** A request's answer: the edge's stock 503 on the home page during the incident, gzipped when asked. */
function handler(serve: (pathname: string, gzip: boolean) => Promise<Answer>, incident?: Incident): (request: IncomingMessage) => Promise<Answer> {
  return async (request) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const now = Date.now();
    const down = incident && url.pathname === '/' && now >= incident.from && now < incident.until;
    // Peak mode, as the team switches it: the heavy page answers its light version (cached apart at the edge).
    const pathname = request.headers['x-peak-mode'] === 'on' ? (LIGHT_PAGES[url.pathname] ?? url.pathname) : url.pathname;
    const answer = down
      ? {
          status: 503,
          body: Buffer.from(STOCK_PAGE(503, 'Service Temporarily Unavailable')),
          headers: { 'content-type': 'text/html', 'cache-control': 'no-store' },
        }
      : await serve(decodeURIComponent(pathname), gzip);
    const compress = gzip && /^(text|application\/json|image\/svg)/.test(answer.headers['content-type'] ?? '') && answer.body.length > 0;
    return compress
      ? { ...answer, body: zlib.gzipSync(answer.body), headers: { ...answer.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' } }
      : answer;
  };
}

async function listen(server: Server, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
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
