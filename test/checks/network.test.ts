import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipBomb, gzipBombServer } from '../fixtures/bad-servers.js';
import { startDns, type LocalDns } from '../fixtures/dns.js';
import { failures, runCheck } from '../fixtures/run-check.js';
import { serveDemo } from '../fixtures/sites.js';

describe('name resolution through network.dnsServers', () => {
  let dns: LocalDns;
  let demo: Awaited<ReturnType<typeof serveDemo>>;
  before(async () => {
    [dns, demo] = await Promise.all([startDns({ 'www.elan.test': ['127.0.0.1'] }), serveDemo('clean')]);
  });
  after(async () => Promise.all([dns.close(), demo.close()]));

  const port = () => new URL(demo.url).port;
  const site = (host: string) => ({ baseUrl: `http://${host}:${port()}`, marker: 'Élan Énergie', errorPages: { serviceUnavailable: '/erreurs/503.html' } });

  it('resolves the site through the configured DNS server', async () => {
    const result = await runCheck('error-pages', site('www.elan.test'), {}, { network: { dnsServers: [dns.server] } });
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence));
    assert.ok((dns.queries.get('www.elan.test') ?? 0) > 0);
  });

  it('reports a name that does not resolve as a finding naming the URL', async () => {
    const result = await runCheck('error-pages', site('absent.elan.test'), {}, { network: { dnsServers: [dns.server] } });
    assert.equal(result.status, 'fail');
    assert.match(failures(result)[0]!.message, /http:\/\/absent\.elan\.test:\d+\/.*: the host name does not resolve/);
  });
});

describe('bounded decoding', () => {
  it('a gzip body that inflates to 1 GB stops at the body limit with its cause, and the memory stays low', async () => {
    const { createHttpClient, NetworkError } = await import('../../src/web/http.js');
    const server = await gzipBombServer(gzipBomb());
    const http = createHttpClient({ timeoutMs: 10_000 });
    try {
      const before = process.memoryUsage().rss;
      const error = await http.request(server.url).catch((e: unknown) => e);
      assert.ok(error instanceof NetworkError && error.kind === 'too-large', String(error));
      assert.match(
        error.message,
        /the body inflates past what a page may weigh once decompressed \(a compression bomb, or a page far too heavy\) \(past 5 MB\)/,
      );
      const grown = (process.memoryUsage().rss - before) / 1e6;
      assert.ok(grown < 300, `the process grew by ${Math.round(grown)} MB`);
    } finally {
      await Promise.all([http.close(), server.close()]);
    }
  });
});
