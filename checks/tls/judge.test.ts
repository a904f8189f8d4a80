import assert from 'node:assert/strict';
import type { DetailedPeerCertificate } from 'node:tls';
import { describe, it } from 'node:test';
import { judged } from '../../test/fixtures/judge.js';
import { judge, type Handshake } from './index.js';

const DAY = 86_400_000;
const now = new Date('2027-03-01T12:00:00Z');
const probe = (validTo: Date, more: object = {}): Handshake => ({
  origin: 'https://www.example.fr',
  probe: {
    host: 'www.example.fr',
    port: 443,
    protocol: 'TLSv1.3',
    authorized: true,
    certificate: { valid_to: validTo.toUTCString(), subject: { CN: 'www.example.fr' }, issuer: { CN: 'R11' } } as unknown as DetailedPeerCertificate,
    ...more,
  },
});

describe('tls judge', () => {
  it('judges expiry against airtime plus the margin, not against today', () => {
    const airtime = new Date(now.getTime() + 30 * DAY);
    const validTo = new Date(now.getTime() + 40 * DAY);
    assert.equal(judged((found) => judge(probe(validTo), { now, marginDays: 14 }, found)).status, 'pass');
    const late = judged((found) => judge(probe(validTo), { now, airtime, marginDays: 14 }, found));
    assert.equal(late.status, 'fail');
    assert.match(late.lines[0]!, /expires 2027-04-10.*must stay valid 14 days past airtime/);
  });

  it('names an incomplete chain, a wrong name and an old protocol, each with its fix', () => {
    const far = new Date(now.getTime() + 365 * DAY);
    const broken = judged((found) =>
      judge(
        probe(far, {
          authorized: false,
          authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
          hostnameError: "Host: www.example.fr. is not in the cert's altnames",
        }),
        { now, marginDays: 14 },
        found,
      ),
    );
    assert.equal(broken.lines.length, 2);
    assert.match(broken.fixes.join('\n'), /fullchain\.pem/);
    assert.match(broken.fixes.join('\n'), /names cover www\.example\.fr/);
    const legacy = judged((found) =>
      judge(
        { origin: 'https://old.example.fr', error: 'unsupported protocol', legacyProtocol: 'TLSv1', host: 'old.example.fr' },
        { now, marginDays: 14 },
        found,
      ),
    );
    assert.deepEqual(legacy.lines, ['fail: old.example.fr: the server speaks only TLSv1, older than TLS 1.2.']);
  });
});
