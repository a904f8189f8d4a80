/**
 * The watch page's server: 127.0.0.1 only (the page names the site's pages and the team's figures), GET only,
 * nothing cached, a Content-Security-Policy that forbids any script or outside file.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WATCH_PAGE_CSP } from './page.js';

export interface WatchPageServer {
  url: string;
  close(): Promise<void>;
}

export async function serveWatchPage(port: number, page: () => string, timeline: () => string): Promise<WatchPageServer> {
  const server = createServer((request, response) => {
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    const route = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (route === '/')
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': WATCH_PAGE_CSP }).end(page());
    else if (route === '/timeline.json') response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(timeline());
    else response.writeHead(404, headers).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
