/** mobile-rendering without crying wolf: WCAG 2.2 tap targets, what no visitor sees, a failed file once, a 320 px phone. */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_DEVICES } from '../../checks/mobile-rendering/index.js';
import { cssReferences } from '../../src/web/html.js';
import { runCheck } from '../fixtures/run-check.js';

const HEAD = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Élan</title>';
const STYLE = `<style>
  body { margin: 0; font: 16px sans-serif; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; font-size: 1px; }
  .skip { position: absolute; left: -9999px; } .skip:focus { left: 0; }
  .logo { display: inline-block; width: 120px; height: 40px; }
  .icons a { display: inline-block; width: 16px; height: 16px; background: #036; }
  .packed a { margin: 0 2px; } .spaced a { margin: 0 14px; }
  .deco { background: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Crect fill='url(%23g)'/%3E%3C/svg%3E"); }
</style>`;
const PAGES: Record<string, string> = {
  '/': `<a class="skip" href="#main">Aller au contenu</a><header><a class="logo" href="/">Élan</a></header><main id="main"><h1>Bienvenue</h1><p>Texte <span class="sr-only">pour lecteurs d’écran</span> lisible.</p><div class="icons spaced"><a href="/a" aria-label="a"></a><a href="/b" aria-label="b"></a><a href="/c" aria-label="c"></a></div><p class="deco">Décor</p></main>`,
  '/serre.html': `<main><div class="icons packed"><a href="/a" aria-label="a"></a><a href="/b" aria-label="b"></a><a href="/c" aria-label="c"></a></div></main>`,
  '/image.html': `<main><img src="/absente.png" alt="absente"></main>`,
  '/large.html': `<main><div style="width: 340px; background: #eee">Un bloc de 340 px</div></main>`,
  // A carousel: its 4,500 px track is clipped by its frame; only the arrow, placed past the edge, widens the page.
  '/carrousel.html': `<main><div class="frame" style="width: 300px; overflow: hidden; position: relative"><div class="track" style="width: 4500px; height: 60px; background: #ccc">Diapositives</div></div><button class="arrow" style="position: relative; left: 310px; width: 40px; height: 48px">›</button></main>`,
};

describe('mobile-rendering, no crying wolf', () => {
  let server: http.Server;
  let url = '';
  before(async () => {
    server = http.createServer((req, res) => {
      const body = PAGES[req.url ?? ''];
      if (!body) return res.writeHead(404).end('absent');
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html lang="fr"><head>${HEAD}${STYLE}</head><body>${body}</body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const render = (page: string, options: Record<string, unknown> = {}) => runCheck('mobile-rendering', { baseUrl: url }, { pages: [page], ...options });
  const problems = (result: Awaited<ReturnType<typeof render>>, problem: string) =>
    result.evidence.filter((e) => e.level !== 'pass' && e.data?.problem === problem).flatMap((e) => e.data?.devices as string[]);

  it('the default matrix has a 320 CSS px phone (WCAG 1.4.10 Reflow), and a block of 340 px scrolls sideways on it only', async () => {
    assert.ok(DEFAULT_DEVICES.includes('Phone 320×640'));
    assert.deepEqual(problems(await render('/large.html'), 'overflow'), ['Phone 320×640']);
  });

  it('names the cause of sideways scroll first: the element that sticks out, not a track clipped by its frame', async () => {
    const result = await render('/carrousel.html', { devices: ['Phone 320×640'] });
    const overflow = result.evidence.find((e) => e.data?.problem === 'overflow');
    assert.ok(overflow, JSON.stringify(result.evidence.map((e) => e.message)));
    assert.match(overflow.message, /widest: body > main > button \(40 px wide, ends at 350 px\)$/);
    assert.doesNotMatch(overflow.message, /4500 px/, 'the clipped track is not named');
  });

  it('a logo of 120×40, spaced 16 px icons, a skip link and screen-reader text raise nothing on any device', async () => {
    const result = await render('/');
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence.filter((e) => e.level !== 'pass').map((e) => e.message)));
  });

  it('16 px icons packed together are too small on touch devices (WCAG 2.5.8), never on the laptop', async () => {
    const devices = problems(await render('/serre.html'), 'tap-target');
    assert.ok(devices.includes('Pixel 7') && devices.includes('Phone 320×640'), String(devices));
    assert.ok(!devices.includes('Laptop 1366×768'));
  });

  it('a missing image is one finding for every device, named once (not again as net::ERR_ABORTED)', async () => {
    const result = await render('/image.html');
    const files = result.evidence.filter((e) => e.data?.problem === 'resource');
    assert.equal(files.length, 1, JSON.stringify(files.map((e) => e.message)));
    assert.match(files[0]!.message, /a file failed to load: 404 .*\/absente\.png/);
    assert.doesNotMatch(files[0]!.message, /ERR_ABORTED/);
    assert.equal((files[0]!.data?.devices as string[]).length, DEFAULT_DEVICES.length);
  });
});

describe('references inside a stylesheet', () => {
  it('url(#id) and url(%23id) inside an SVG data: URI are not files; real url()s are', () => {
    const css = `.a{background:url("data:image/svg+xml,%3Csvg%3E%3Crect fill='url(%23g)'/%3E%3C/svg%3E")} .b{mask:url(#m)} .c{background:url(/img/fond.png)}`;
    assert.deepEqual(
      cssReferences(css, 'https://www.example.fr/css/site.css').map((r) => r.url),
      ['https://www.example.fr/img/fond.png'],
    );
  });
});
