import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { HttpResponse } from '../../src/web/http.js';
import { stockPageOf } from './stock-pages.js';
import { garbageServer, resettingServer, silentServer } from '../../test/fixtures/bad-servers.js';
import { failures, runCheck } from '../../test/fixtures/run-check.js';
import { freePort, serveDemo, startNginx } from '../../test/fixtures/sites.js';

const ERROR_PAGES = {
  serviceUnavailable: '/erreurs/503.html',
  maintenance: '/erreurs/maintenance.html',
  overflow: '/plan-b/',
  forcedError: '/erreurs/force-503',
};
const site = (baseUrl: string, extra: Record<string, unknown> = {}) => ({ baseUrl, marker: 'Élan Énergie', errorPages: ERROR_PAGES, ...extra });

describe('error-pages against nginx', () => {
  const servers: { close(): Promise<void> }[] = [];
  const nginx = async (variant: Parameters<typeof startNginx>[0]) => {
    const served = await startNginx(variant);
    servers.push(served);
    return served.url;
  };
  after(async () => Promise.all(servers.map((s) => s.close())));

  it('passes on the clean site: branded 404, complete error pages, branded real 503', async () => {
    const result = await runCheck('error-pages', site(await nginx('clean')));
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence, null, 2));
    assert.match(result.summary, /404 probe and 4 error pages are branded/);
    assert.ok(result.evidence.some((e) => e.level === 'pass' && /plan-B overflow page answers 200 and its 2 files load/.test(e.message)));
  });

  it("fails on nginx's own stock 404 and names it", async () => {
    const result = await runCheck('error-pages', site(await nginx('stock-404')));
    assert.equal(result.status, 'fail');
    assert.match(failures(result)[0]!.message, /The 404 answer is the stock error page of nginx/);
    assert.match(failures(result)[0]!.target!, /\/primetime-probe-\w+$/);
    assert.match(result.remediation[0]!.action, /error_page 404/);
  });

  it("fails when a real 503 shows nginx's bare page", async () => {
    const result = await runCheck('error-pages', site(await nginx('stock-503')));
    assert.deepEqual(
      failures(result).map((e) => e.message),
      ['A real 503 shows the stock error page of nginx.'],
    );
  });

  it('fails on a soft 404', async () => {
    const result = await runCheck('error-pages', site(await nginx('soft-404')));
    assert.match(failures(result)[0]!.message, /^Soft 404: a path that cannot exist answered 200/);
  });

  it('fails when the plan-B page misses its stylesheet, naming the page and the file', async () => {
    const result = await runCheck('error-pages', site(await nginx('planb-missing-css')));
    const planB = failures(result).find((e) => e.data?.page && String(e.data.page).endsWith('/plan-b/'));
    assert.ok(planB, JSON.stringify(failures(result)));
    assert.match(planB.message, /The plan-B overflow page uses a stylesheet that does not load \(status 404\)/);
    assert.match(planB.target!, /\/assets\/secours\.css$/);
  });

  it('fails on an empty 404 body', async () => {
    const result = await runCheck('error-pages', site(await nginx('empty-404')));
    assert.match(failures(result)[0]!.message, /near-empty page \(0 visible characters\)/);
  });

  it("fails when the error pages lack the site's marker (a CSS selector or a text)", async () => {
    const url = await nginx('clean');
    const bySelector = await runCheck('error-pages', site(url, { marker: '#entete-ekwateur' }));
    assert.ok(failures(bySelector).some((e) => /without the site's marker "#entete-ekwateur"/.test(e.message)));
    assert.equal((await runCheck('error-pages', site(url, { marker: '#entete-elan' }))).status, 'pass');
    assert.equal((await runCheck('error-pages', site(url, { marker: 'ekWateur' }))).status, 'fail');
  });

  it('fails when pages meant to survive the origin are served by the origin', async () => {
    const url = await nginx('clean');
    const result = await runCheck('error-pages', site(url, { errorPages: { ...ERROR_PAGES, independentOfOrigin: true } }));
    assert.ok(failures(result).some((e) => /plan-B overflow page is served by the origin host 127\.0\.0\.1:\d+/.test(e.message)));
    assert.ok(failures(result).some((e) => /loads a stylesheet from the origin host/.test(e.message)));
  });

  it('warns when no 503 or plan-B page is configured: nothing unproven passes silently', async () => {
    const result = await runCheck('error-pages', { baseUrl: await nginx('clean'), marker: 'Élan Énergie' });
    assert.equal(result.status, 'warn');
    assert.match(result.summary, /No branded 503 page and no plan-B overflow page are configured/);
  });
});

describe('error-pages when the network misbehaves', () => {
  const servers: { close(): Promise<void> }[] = [];
  after(async () => Promise.all(servers.map((s) => s.close())));
  let demo: { url: string; close(): Promise<void> };
  before(async () => {
    demo = await serveDemo('clean');
    servers.push(demo);
  });

  it('holds each request to network.timeout when the check sets no requestTimeout of its own', async () => {
    const bad = await silentServer();
    servers.push(bad);
    const result = await runCheck(
      'error-pages',
      site(demo.url, { errorPages: { ...ERROR_PAGES, overflow: `${bad.url}/plan-b/` } }),
      {},
      { network: { timeout: '300ms' } },
    );
    const finding = failures(result).find((e) => e.target === `${bad.url}/plan-b/`);
    assert.match(finding?.message ?? JSON.stringify(result.evidence), /no answer in time \(300 ms\)/);
  });

  for (const [name, start, expected] of [
    ['a connection reset', resettingServer, /the connection was reset/],
    ['a server that never answers', silentServer, /no answer in time \(300 ms\)/],
    ['a malformed answer', garbageServer, /the answer is not valid HTTP/],
  ] as const) {
    it(`reports ${name} as a finding naming the URL, and goes on`, async () => {
      const bad = await start();
      servers.push(bad);
      // The plan-B page lives on the misbehaving host; the rest of the site is fine.
      const result = await runCheck('error-pages', site(demo.url, { errorPages: { ...ERROR_PAGES, overflow: `${bad.url}/plan-b/` } }), {
        requestTimeout: '300ms',
      });
      assert.equal(result.status, 'fail');
      const finding = failures(result).find((e) => e.target === `${bad.url}/plan-b/`);
      assert.ok(finding, JSON.stringify(result.evidence));
      assert.match(finding.message, expected);
      assert.ok(
        result.evidence.some((e) => e.level === 'pass' && /503 page answers 200/.test(e.message)),
        'the other pages were still checked',
      );
    });
  }

  it('reports a refused connection', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const result = await runCheck('error-pages', site(url));
    assert.equal(result.status, 'fail');
    assert.ok(failures(result).every((e) => /connection refused: nothing listens there/.test(e.message)));
    assert.equal(failures(result).length, 5);
  });
});

describe('stock page signatures', () => {
  const response = (body: string, headers: Record<string, string> = {}): HttpResponse => ({
    url: 'https://x',
    status: 503,
    headers,
    cookies: [],
    body,
    bytes: body.length,
    timeMs: 1,
  });
  const text = (body: string) =>
    body
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const cases: [string, string, Record<string, string>?][] = [
    [
      'nginx',
      '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx/1.22.1</center></body></html>',
    ],
    [
      'Apache httpd',
      '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN"><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p><hr><address>Apache/2.4.57 (Debian) Server at x Port 80</address></body></html>',
    ],
    [
      'IIS',
      '<h2>404 - File or directory not found.</h2><h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3><title>IIS 10.0 Detailed Error - 404.0 - Not Found</title>',
    ],
    [
      'Express',
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body><pre>Cannot GET /primetime-probe</pre></body></html>',
    ],
    ['PHP-FPM', 'File not found.'],
    [
      'Apache Tomcat',
      '<html><head><title>HTTP Status 404 – Not Found</title></head><body><h1>HTTP Status 404 – Not Found</h1><hr class="line" /><h3>Apache Tomcat/10.1.8</h3></body></html>',
    ],
    [
      'the AWS load balancer (awselb/2.0)',
      '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>',
      { server: 'awselb/2.0' },
    ],
    [
      'CloudFront',
      '<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>503 ERROR</H1><H2>The request could not be satisfied.</H2><HR noshade size="1px">Generated by cloudfront (CloudFront)</BODY></HTML>',
    ],
    [
      'Amazon S3',
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>x</Key></Error>',
    ],
    [
      'Varnish',
      '<html><head><title>503 Backend fetch failed</title></head><body><h1>Error 503 Backend fetch failed</h1><h3>Guru Meditation:</h3><p>XID: 32770</p><hr><p>Varnish cache server</p></body></html>',
    ],
    [
      'Cloudflare',
      '<div id="cf-wrapper"><h1>Error 522</h1><span>Connection timed out</span><span>Cloudflare Ray ID: <strong>7d1f</strong></span></div>',
      { server: 'cloudflare' },
    ],
  ];
  for (const [who, body, headers] of cases) {
    it(`recognises ${who}`, () => assert.match(stockPageOf(response(body, headers), text(body)) ?? 'none', new RegExp(who.replace(/[()/.]/g, '\\$&'))));
  }
  it('does not mistake a branded page for a stock one', () => {
    const body = '<html><body><h1>Page introuvable</h1><p>Retrouvez nos offres Élan Énergie depuis l’accueil.</p></body></html>';
    assert.equal(stockPageOf(response(body, { server: 'nginx/1.22.1' }), text(body)), undefined);
  });
});

describe('error-pages without a marker: stock pages of many servers, and a page proven only by what it shares with the home page', () => {
  const HOME =
    '<!doctype html><html lang="fr"><head><title>Élan Énergie — Accueil</title><link rel="stylesheet" href="/assets/style.css"></head><body><header><nav><a href="/offres">Nos offres</a></nav></header><main><h1>Bienvenue chez Élan Énergie</h1><p>Une électricité verte et locale pour toute la maison.</p></main></body></html>';
  let notFound = '';
  let server: http.Server;
  let url = '';
  before(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOME);
      if (req.url === '/assets/style.css') return res.writeHead(200, { 'content-type': 'text/css' }).end('body{}');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const probe = async (body: string) => {
    notFound = body;
    const result = await runCheck('error-pages', { baseUrl: url });
    return result.evidence.find((e) => /404/.test(e.message))!;
  };

  const STOCK: [string, string][] = [
    [
      "Python's http.server",
      '<!DOCTYPE HTML><html lang="en"><head><meta charset="utf-8"><title>Error response</title></head><body><h1>Error response</h1><p>Error code: 404</p><p>Message: File not found.</p><p>Error code explanation: 404 - Nothing matches the given URI.</p></body></html>',
    ],
    ["Go's net/http (or Traefik)", '404 page not found\n'],
    ['Envoy', 'no healthy upstream'],
    ['the ingress-nginx default backend', 'default backend - 404'],
    [
      'GitHub Pages',
      "<html><head><title>Site not found · GitHub Pages</title></head><body><h1>404</h1><p>There isn't a GitHub Pages site here.</p></body></html>",
    ],
    [
      'Akamai',
      "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>You don't have permission to access this server.<P>Reference&#32;&#35;18&#46;2f3c1702&#46;1700000000&#46;1a2b3c</BODY></HTML>",
    ],
    [
      'Spring Boot',
      '<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p></body></html>',
    ],
  ];
  for (const [who, body] of STOCK)
    it(`names the stock page of ${who}`, async () => {
      const finding = await probe(body);
      assert.equal(finding.level, 'fail');
      assert.match(finding.message, new RegExp(`the stock error page of ${who.replace(/[()'.]/g, '\\$&')}`));
    });

  it("a framework's default message inside the site's own layout is the site's page: a warning about its words, not a stock page", async () => {
    const finding = await probe(
      '<html><head><title>Élan Énergie</title><link rel="stylesheet" href="/assets/style.css"></head><body><header><nav><a href="/offres">Nos offres</a></nav></header><h1>404</h1><h2>This page could not be found.</h2></body></html>',
    );
    assert.equal(finding.level, 'warn');
    assert.match(finding.message, /the site's page, but with the default message of Next\.js/);
  });

  it('a page of its own that shares nothing with the home page is not proven branded: a warning, never a pass', async () => {
    const finding = await probe(
      '<html><head><title>Oups</title></head><body><h1>Oups</h1><p>Cette page est introuvable, revenez plus tard sur notre site.</p></body></html>',
    );
    assert.equal(finding.level, 'warn');
    assert.match(finding.message, /not proven to be the site's own page: it shares no title, stylesheet, navigation link or logo with the home page/);
  });

  it("a page that shares the home page's stylesheet and navigation passes", async () => {
    const finding = await probe(
      '<html><head><title>Page introuvable — Élan Énergie</title><link rel="stylesheet" href="/assets/style.css"></head><body><header><nav><a href="/offres">Nos offres</a></nav></header><h1>Page introuvable</h1><p>Cette page n’existe pas ou plus.</p></body></html>',
    );
    assert.equal(finding.level, 'pass', finding.message);
  });
});
