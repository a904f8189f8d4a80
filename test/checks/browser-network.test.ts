/**
 * The browser checks reach the stack the config names, as the HTTP checks do: the production name pinned to a
 * pre-production address (network.resolve) or resolved by the configured DNS servers, a private CA
 * (network.ca, made with openssl), and site.headers (Basic auth) on the site's requests.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { materializeSite } from '../../src/demo/site.js';
import { startDns, type LocalDns } from '../fixtures/dns.js';
import { failures, runCheck } from '../fixtures/run-check.js';
import { tempDir } from '../fixtures/sites.js';
import { createPki } from '../fixtures/tls.js';

const NAME = 'www.elan-energie.test';
const TOKEN = 'preprod-token-7f3a';

describe('browser checks use the run’s network: pinned names, DNS servers, private CA, site headers', () => {
  const seen: { server: string; path: string; authorized: boolean }[] = [];
  const servers: https.Server[] = [];
  let port = 0;
  let ca = '';
  let dns: LocalDns;

  /** The demo site over HTTPS, answering 403 without the header; `name` tells the two servers apart. */
  const serve = async (address: string, name: string, root: string, cert: { key: string; fullChain: string }) => {
    const server = https.createServer({ key: await readFile(cert.key), cert: await readFile(cert.fullChain) }, async (req, res) => {
      const url = new URL(req.url ?? '/', 'https://x');
      const authorized = req.headers['x-preprod-token'] === TOKEN;
      seen.push({ server: name, path: url.pathname, authorized });
      // A header-gated pre-production (a token header, as access proxies do): 403 without it, no Basic prompt.
      if (!authorized) return res.writeHead(403).end('403');
      const file = path.join(root, url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);
      try {
        const body = await readFile(file);
        const type = file.endsWith('.css')
          ? 'text/css'
          : file.endsWith('.js')
            ? 'text/javascript'
            : file.endsWith('.svg')
              ? 'image/svg+xml'
              : 'text/html; charset=utf-8';
        res
          .writeHead(200, { 'content-type': type })
          .end(name === 'decoy' ? '<html lang="fr"><title>Mauvais serveur</title><p>Mauvais serveur</p></html>' : body);
      } catch {
        res.writeHead(404).end('absent');
      }
    });
    await new Promise<void>((resolve) => server.listen(port, address, resolve));
    port = (server.address() as AddressInfo).port;
    servers.push(server);
  };

  before(async () => {
    const dir = await tempDir();
    await materializeSite('clean', path.join(dir, 'site'));
    const pki = createPki(dir);
    const cert = pki.leaf('www', { days: 30, altNames: [NAME] });
    ca = pki.rootPem;
    await serve('127.0.0.2', 'pinned', path.join(dir, 'site'), cert);
    await serve('127.0.0.1', 'decoy', path.join(dir, 'site'), cert);
    dns = await startDns({ [NAME]: ['127.0.0.2'] });
  });
  after(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await dns.close();
  });

  const site = () => ({ baseUrl: `https://${NAME}:${port}/`, headers: { 'X-Preprod-Token': TOKEN } });
  const reached = (since: number) => seen.slice(since);

  for (const [id, options] of [
    ['mobile-rendering', { pages: ['/'], devices: ['Pixel 7'] }],
    ['spelling', { site: true, funnel: false, words: ['Élan'] }],
    ['lighthouse', { runs: 1, thresholds: { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 } }],
  ] as const) {
    it(`${id} reaches the pinned server, over the private CA, with the header`, async () => {
      const since = seen.length;
      const result = await runCheck(id, site(), options, { network: { resolve: { [NAME]: '127.0.0.2' }, ca: [ca] } });
      assert.notEqual(result.status, 'error', result.summary);
      assert.deepEqual(
        failures(result).filter((e) => /403|ERR_|could not|did not load|answered/.test(e.message)),
        [],
      );
      const requests = reached(since);
      assert.ok(
        requests.some((r) => r.server === 'pinned' && r.path === '/' && r.authorized),
        JSON.stringify(requests),
      );
      assert.deepEqual(
        requests.filter((r) => r.server === 'decoy'),
        [],
      );
      // Lighthouse sets the headers on the page's own session, as Lighthouse CI's extraHeaders do: its robots.txt
      // fetch and its re-read of stylesheets go without them.
      const exempt = id === 'lighthouse' ? /^\/(robots\.txt|assets\/style\.css)$/ : /^$/;
      assert.deepEqual(
        requests.filter((r) => !r.authorized && !exempt.test(r.path)),
        [],
      );
    });
  }

  it('a name only the configured DNS servers know is resolved by them for the browser too', async () => {
    const since = seen.length;
    const result = await runCheck('mobile-rendering', site(), { pages: ['/'], devices: ['Pixel 7'] }, { network: { dnsServers: [dns.server], ca: [ca] } });
    assert.notEqual(result.status, 'error', result.summary);
    assert.ok(reached(since).some((r) => r.server === 'pinned' && r.path === '/' && r.authorized));
    assert.ok((dns.queries.get(NAME) ?? 0) > 0);
  });

  it('without the CA the browser refuses the certificate: nothing is trusted by default', async () => {
    const result = await runCheck('mobile-rendering', site(), { pages: ['/'], devices: ['Pixel 7'] }, { network: { resolve: { [NAME]: '127.0.0.2' } } });
    assert.match(
      failures(result)[0]?.message ?? result.summary,
      /^\/ on Pixel 7: the page could not be loaded: its certificate is not signed by a trusted authority \(add the CA to network\.ca\)$/,
    );
  });
});
