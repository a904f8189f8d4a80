/**
 * Checks only read, with no hole: a page whose scripts try every way a page writes or opens a channel (a WebSocket,
 * sendBeacon on visibilitychange and pagehide, a keepalive fetch on pagehide, an EventSource, a service worker that
 * posts, window.open) against a server that counts every connection and every request that is not GET or HEAD.
 * Playwright's checks and the page Lighthouse drives must let none of them reach it, and blame none on the site.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { runCheck } from '../fixtures/run-check.js';

const PAGE = `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Élan Énergie</title></head>
<body><h1>Élan Énergie</h1><p>Bienvenue chez Élan Énergie, votre fournisseur d’électricité.</p>
<script>
  const socket = new WebSocket('ws://' + location.host + '/socket');
  socket.onopen = () => socket.send('hello');
  new EventSource('/events');
  navigator.serviceWorker && navigator.serviceWorker.register('/sw.js').catch(() => {});
  addEventListener('visibilitychange', () => navigator.sendBeacon('/beacon', 'hidden'));
  addEventListener('pagehide', () => { navigator.sendBeacon('/beacon', 'bye'); fetch('/keepalive', { method: 'POST', body: 'bye', keepalive: true }).catch(() => {}); });
  setTimeout(() => window.open('/popup', '_blank'), 10);
  fetch('/api/track', { method: 'POST', body: 'x' }).catch(() => {});
</script></body></html>`;
const SERVICE_WORKER = "self.addEventListener('install', () => fetch('/sw-post', { method: 'POST', body: 'x' }));";

describe('checks only read: every channel a page opens is closed', () => {
  let server: http.Server;
  let url = '';
  const seen: string[] = [];
  let upgrades = 0;
  before(async () => {
    server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url === '/sw.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(SERVICE_WORKER);
      if (req.url === '/events') return res.writeHead(200, { 'content-type': 'text/event-stream' }).write('data: x\n\n');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    });
    server.on('upgrade', (_req, socket) => (upgrades++, socket.destroy()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => (server.closeAllConnections(), server.close()));

  const wrote = () => seen.filter((line) => !/^(GET|HEAD) /.test(line) || /^GET \/(events|sw\.js|popup)/.test(line));

  it('mobile-rendering: nothing written, no socket, no stream, no service worker, no popup; nothing blamed on the site', async () => {
    seen.length = 0;
    const result = await runCheck('mobile-rendering', { baseUrl: url }, { devices: ['Pixel 7', 'iPhone 13'] });
    assert.deepEqual(wrote(), [], seen.join('\n'));
    assert.equal(upgrades, 0, 'no WebSocket reached the server');
    const blamed = result.evidence.filter((e) => e.level === 'fail' && /read-only|console error|failed to load/.test(e.message));
    assert.deepEqual(
      blamed.map((e) => e.message),
      [],
    );
    assert.doesNotMatch(JSON.stringify(result), /Frame for this navigation request is not available/);
  });

  it('lighthouse: the page it drives lets nothing through either', async () => {
    seen.length = 0;
    upgrades = 0;
    const result = await runCheck('lighthouse', { baseUrl: url }, { runs: 1, formFactors: ['mobile'] });
    assert.notEqual(result.status, 'error', result.summary);
    assert.deepEqual(wrote(), [], seen.join('\n'));
    assert.equal(upgrades, 0, 'no WebSocket reached the server');
  });
});
