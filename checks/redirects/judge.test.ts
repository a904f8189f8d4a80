import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer } from '../../test/fixtures/judge.js';
import { judge } from './index.js';

const canonical = new URL('https://www.example.fr/');
const options = { maxHops: 1, requirePermanent: true, requestTimeout: 10_000 };

describe('redirects judge', () => {
  it('passes one permanent hop to the canonical page', () => {
    const chain = {
      start: 'http://example.fr/',
      hops: [
        { url: 'http://example.fr/', status: 301, location: 'https://www.example.fr/' },
        { url: 'https://www.example.fr/', status: 200 },
      ],
      final: answer('https://www.example.fr/', 200),
    };
    assert.deepEqual(judge(chain, canonical, options), []);
  });

  it('names each problem of a chain: too many hops, temporary, away from the canonical site', () => {
    const chain = {
      start: 'http://example.fr/',
      hops: [
        { url: 'http://example.fr/', status: 302, location: 'https://example.fr/' },
        { url: 'https://example.fr/', status: 301, location: 'https://shop.example.fr/' },
        { url: 'https://shop.example.fr/', status: 200 },
      ],
      final: answer('https://shop.example.fr/', 200),
    };
    assert.deepEqual(
      judge(chain, canonical, options).map((p) => p.message),
      ['2 redirects (at most 1)', 'Temporary redirect (302)', 'Ends on https://shop.example.fr, not the canonical https://www.example.fr'],
    );
  });
});
