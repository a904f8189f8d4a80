import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer, judged } from '../../test/fixtures/judge.js';
import { NetworkError } from '../../src/web/http.js';
import { judge, type CachingRules } from './index.js';

const rules: CachingRules = {
  minAssetMaxAge: 86_400_000,
  minCompressBytes: 1024,
  cdn: 'auto',
  concurrency: 8,
  requestTimeout: 10_000,
  cacheHitRatio: 0.9,
  targets: { requestsPerSecond: 1_000, originRequestsPerSecond: 100 } as CachingRules['targets'],
};
const HOME = 'https://www.example.fr/';
const big = 'x'.repeat(5_000);

describe('caching judge', () => {
  it('passes a compressed, CDN-cached home page with long-lived assets', () => {
    const home = answer(HOME, 200, { 'content-type': 'text/html', 'content-encoding': 'br', 'cache-control': 'public, s-maxage=60' }, big);
    const css = answer(`${HOME}app.css`, 200, { 'content-type': 'text/css', 'content-encoding': 'gzip', 'cache-control': 'max-age=31536000' }, big);
    const result = judged((found) =>
      judge(
        {
          pages: [{ url: HOME, response: home }],
          home,
          assets: [{ resource: { url: css.url, kind: 'stylesheet' }, response: css }],
          repeated: answer(HOME, 200, { 'x-cache': 'Hit from cloudfront' }),
        },
        rules,
        found,
      ),
    );
    assert.equal(result.status, 'pass', result.lines.join('\n'));
  });

  it('blocks a home page no shared cache may keep when the plan counts on the CDN, and warns when it does not', () => {
    const home = answer(HOME, 200, { 'content-type': 'text/html', 'content-encoding': 'br', 'cache-control': 'private, no-store' }, big);
    const facts = { pages: [{ url: HOME, response: home }], home, assets: [] };
    const counted = judged((found) => judge(facts, rules, found));
    assert.equal(counted.status, 'fail');
    assert.match(counted.lines.join('\n'), /100 origin req\/s becomes 1,000 req\/s at a 0 % hit ratio/);
    assert.equal(judged((found) => judge(facts, { ...rules, cacheHitRatio: 0 }, found)).status, 'warn');
  });

  it('flags uncompressed text, short-lived assets and a CDN miss, each fix once', () => {
    const home = answer(HOME, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, s-maxage=60' }, big);
    const js = (n: number) => answer(`${HOME}${n}.js`, 200, { 'content-type': 'application/javascript', 'cache-control': 'max-age=60' }, big);
    const result = judged((found) =>
      judge(
        {
          pages: [{ url: HOME, response: home }],
          home,
          assets: [1, 2].map((n) => ({ resource: { url: js(n).url, kind: 'script' }, response: js(n) })),
          repeated: answer(HOME, 200, { 'x-cache': 'Miss from cloudfront' }),
        },
        rules,
        found,
      ),
    );
    // The two scripts share each defect: one line each, with the count.
    assert.deepEqual(
      result.lines.filter((l) => l.startsWith('fail: Served uncompressed')),
      ['fail: Served uncompressed (text/html).', 'fail: Served uncompressed (application/javascript) (2 times: /1.js, /2.js).'],
    );
    assert.match(
      result.lines.filter((l) => /cacheable for 1 min/.test(l)).join('\n'),
      /^fail: A script is cacheable for 1 min .* \(2 times: \/1\.js, \/2\.js\)\.$/,
    );
    assert.match(result.lines.at(-1)!, /^fail: The plan counts on a 90 % CDN hit ratio.*not a hit/);
    assert.equal(result.fixes.length, 3);
  });

  it('one defect, one finding: 51 images without a lifetime are one line with its count; a third-party file is a note, never a blocker', () => {
    const home = answer(HOME, 200, { 'content-type': 'text/html', 'content-encoding': 'br', 'cache-control': 'public, s-maxage=60' }, big);
    const images = Array.from({ length: 51 }, (_, i) => {
      const response = answer(`${HOME}img/${i}.png`, 200, { 'content-type': 'image/png' });
      return { resource: { url: response.url, kind: 'image' }, response };
    });
    const thirdParty = {
      resource: { url: 'https://identity.example.net/widget.js', kind: 'script' },
      response: new NetworkError('dns', 'https://identity.example.net/widget.js', 'ENOTFOUND'),
      thirdParty: true,
    };
    const result = judged((found) => judge({ pages: [{ url: HOME, response: home }], home, assets: [...images, thirdParty] }, rules, found));
    const fails = result.lines.filter((line) => line.startsWith('fail'));
    assert.deepEqual(fails, [
      'fail: An image is cacheable for no time at all (at least 1 d expected; Cache-Control: none) (51 times: /img/0.png, /img/1.png, /img/2.png and 48 more).',
    ]);
    assert.ok(
      result.lines.some((line) => /^info: 1 third-party file \(identity\.example\.net\) not judged/.test(line)),
      result.lines.join('\n'),
    );
    assert.ok(
      result.lines.some((line) => /^info: A script of identity\.example\.net could not be fetched: .*not the site's/.test(line)),
      result.lines.join('\n'),
    );
  });

  it('names a page built by a development server, with the fix', () => {
    const html = `<html><body>Accueil<script src="/livereload.js?mindelay=10&amp;v=2&amp;port=1313&amp;path=livereload" data-no-instant defer></script></body></html>`;
    const home = answer(HOME, 200, { 'content-type': 'text/html', 'content-encoding': 'br', 'cache-control': 'public, s-maxage=60' }, html);
    const result = judged((found) => judge({ pages: [{ url: HOME, response: home }], home, assets: [] }, rules, found));
    assert.ok(
      result.lines.includes(
        'warn: The home page was built by a development server: it carries a live-reload script (livereload.js, as hugo server and others inject), and is not a production build.',
      ),
      result.lines.join('\n'),
    );
    assert.match(result.fixes.join('\n'), /Deploy a production build \(hugo, not hugo server/);
  });
});
