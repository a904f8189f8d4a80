import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judged } from '../../test/fixtures/judge.js';
import { judge } from './index.js';
import type { Distribution } from './read.js';

const options = { distributions: ['E1'], errorCodes: [500, 503], maxErrorCachingTtl: 30_000, originFailover: false };
const distribution = (config: object): Distribution => ({ id: 'E1', name: 'prod distribution E1', config: config as Distribution['config'] });

describe('cloudfront judge', () => {
  it('wants a branded page per 5xx, briefly cached, and a WebACL', () => {
    const result = judged((found) =>
      judge(
        distribution({
          CustomErrorResponses: {
            Items: [
              { ErrorCode: 500, ResponsePagePath: '/503.html', ErrorCachingMinTTL: 10 },
              { ErrorCode: 503, ResponsePagePath: '/503.html' },
            ],
          },
        }),
        undefined,
        options,
        found,
      ),
    );
    assert.deepEqual(result.lines, [
      'pass: prod distribution E1: 500 → /503.html (cached 10 s).',
      'fail: prod distribution E1: the 503 page /503.html is cached 300 s: visitors keep seeing it after the origin recovers.',
      'fail: prod distribution E1: no WebACL attached: nothing filters a flood or a bot before the origin.',
    ]);
  });

  it('warns when the home page already takes half the origin read timeout', () => {
    const config = { WebACLId: 'acl', Origins: { Items: [{ DomainName: 'origin.example.fr', CustomOriginConfig: { OriginReadTimeout: 4 } }] } };
    const slow = judged((found) => judge(distribution(config), 2_500, { ...options, errorCodes: [] }, found));
    assert.match(slow.lines[1]!, /^warn: .*read timeout 4 s; the home page answered in 2\.5 s: under load/);
    assert.equal(judged((found) => judge(distribution(config), 100, { ...options, errorCodes: [] }, found)).status, 'pass');
  });
});
