import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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
