import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { failures, runCheck } from '../../test/fixtures/run-check.js';
import { startNginx, tempDir } from '../../test/fixtures/sites.js';
import { createPki, type Pki } from '../../test/fixtures/tls.js';

const HOST = 'www.elan.test';

describe('tls against nginx with a private CA', () => {
  let pki: Pki;
  const servers: { close(): Promise<void> }[] = [];
  const serve = async (cert: string, key: string) => {
    const nginx = await startNginx('clean', { tls: { cert, key } });
    servers.push(nginx);
    return nginx.url.replace('127.0.0.1', HOST);
  };
  before(async () => {
    pki = createPki(await tempDir('primetime-pki-'));
  });
  after(async () => Promise.all(servers.map((s) => s.close())));

  // The certificates name www.elan.test: pin it to 127.0.0.1 (like curl --resolve) and trust the test root.
  const check = (baseUrl: string, extra: { ca?: string[]; airtime?: string } = {}) =>
    runCheck(
      'tls',
      { baseUrl },
      {},
      {
        network: { resolve: { [HOST]: '127.0.0.1' }, ca: extra.ca ?? [pki.rootPem] },
        ...(extra.airtime ? { event: { name: 'Capital', audience: 2_300_000, reach: 0.1, airtime: extra.airtime } } : {}),
      },
    );

  it('passes on a valid, matching, complete chain over TLS 1.2+, and gives the days left', async () => {
    const leaf = pki.leaf('valid', { days: 90, altNames: [HOST] });
    const result = await check(await serve(leaf.fullChain, leaf.key));
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence));
    const evidence = result.evidence[0]!;
    assert.match(evidence.message, /www\.elan\.test: valid until \d{4}-\d\d-\d\d \((89|90) days\), TLSv1\.[23], chain verified/);
    assert.match(String(evidence.data?.protocol), /^TLSv1\.[23]$/);
  });

  it('fails on a certificate that expires before airtime + 14 days', async () => {
    const leaf = pki.leaf('expiring', { days: 3, altNames: [HOST] });
    const result = await check(await serve(leaf.fullChain, leaf.key));
    assert.equal(result.status, 'fail');
    assert.match(failures(result)[0]!.message, /the certificate expires \d{4}-\d\d-\d\d, in (2|3) d.*: it must stay valid 14 days past today/);
    assert.equal(result.remediation[0]!.leadTimeMs, 86_400_000);
  });

  it('judges expiry against airtime, not today', async () => {
    const leaf = pki.leaf('ninety', { days: 90, altNames: [HOST] });
    const url = await serve(leaf.fullChain, leaf.key);
    const airtime = new Date(Date.now() + 100 * 86_400_000).toISOString().replace('Z', '+00:00');
    const result = await check(url, { airtime });
    assert.match(failures(result)[0]!.message, /must stay valid 14 days past airtime/);
  });

  it('fails on a name mismatch', async () => {
    const leaf = pki.leaf('wrong-name', { days: 90, altNames: ['autre.test'] });
    const result = await check(await serve(leaf.fullChain, leaf.key));
    assert.match(
      failures(result)[0]!.message,
      /www\.elan\.test: the certificate does not match the host \(.*Host: www\.elan\.test\. is not in the cert's altnames: DNS:autre\.test\)/,
    );
  });

  it('fails on an incomplete chain (the intermediate not sent), and says how to fix it', async () => {
    const leaf = pki.leaf('no-intermediate', { days: 90, altNames: [HOST] });
    const result = await check(await serve(leaf.leafOnly, leaf.key));
    assert.match(
      failures(result)[0]!.message,
      /the chain is incomplete: the server does not send the intermediate certificate \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/,
    );
    assert.match(result.remediation[0]!.action, /fullchain\.pem/);
  });

  it('fails when the root is not trusted', async () => {
    const leaf = pki.leaf('untrusted', { days: 90, altNames: [HOST] });
    const result = await check(await serve(leaf.fullChain, leaf.key), { ca: [] });
    assert.match(failures(result)[0]!.message, /(SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)/);
  });

  it('fails on a server that speaks only TLS 1.1, and names the version', async () => {
    const leaf = pki.leaf('old', { days: 90, altNames: [HOST] });
    const old = await startNginx('clean', {
      tls: { cert: leaf.fullChain, key: leaf.key },
      serverExtra: 'ssl_protocols TLSv1.1; ssl_ciphers DEFAULT@SECLEVEL=0;',
    });
    servers.push(old);
    const result = await check(old.url.replace('127.0.0.1', HOST));
    assert.match(failures(result)[0]!.message, /www\.elan\.test: the server speaks only TLSv1\.1, older than TLS 1\.2/);
  });

  it('reports a port that does not speak TLS', async () => {
    const plain = await startNginx('clean');
    servers.push(plain);
    const result = await check(plain.url.replace('http://127.0.0.1', `https://${HOST}`));
    assert.match(failures(result)[0]!.message, /^No TLS connection: https:\/\/www\.elan\.test:\d+: /);
  });

  it('skips, never passes, when there is no HTTPS URL at all', async () => {
    const result = await runCheck('tls', { baseUrl: 'http://127.0.0.1:9' });
    assert.equal(result.status, 'skip');
    assert.equal(result.outcome, 'skipped');
  });
});
