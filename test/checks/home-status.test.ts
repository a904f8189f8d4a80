/** A page that answers 4xx/5xx is never judged as if it were the site, and a run whose home page fails is NO-GO. */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { resolveConfig } from '../../src/config/load.js';
import { runChecks } from '../../src/core/runner.js';
import { failures, runCheck, STORY_EVENT } from '../fixtures/run-check.js';
import { tempDir } from '../fixtures/sites.js';

/** Every header a good page has, cacheable and compressed-looking: only the status is wrong. */
const GOOD_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'public, max-age=600, s-maxage=600',
  'strict-transport-security': 'max-age=31536000',
  'content-security-policy': "default-src 'self'; frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-cache': 'Hit from cloudfront',
};

describe('a home page answering 500 with perfect headers', () => {
  let server: http.Server;
  let url = '';
  before(async () => {
    server = http.createServer((_req, res) => res.writeHead(500, GOOD_HEADERS).end('<html><body>Internal Server Error</body></html>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const id of ['caching', 'security-headers'])
    it(`${id} fails: the headers of an error are not the site's`, async () => {
      const result = await runCheck(id, { baseUrl: url });
      assert.equal(result.status, 'fail');
      assert.match(failures(result)[0]!.message, /answered 500, not 2xx: nothing on it is judged as the site's/);
      assert.ok(!result.evidence.some((e) => e.level === 'pass'));
    });

  it('the run is NO-GO whatever checks are selected, with the home page as a blocker of its own', async () => {
    const loaded = await resolveConfig(
      { event: STORY_EVENT, site: { baseUrl: url }, checks: { redirects: 'off' } },
      { file: `${await tempDir()}/primetime.yml`, env: {} },
    );
    const report = await runChecks({ loaded, outDir: await tempDir(), only: ['security-headers'] });
    assert.equal(report.verdict, 'NO-GO');
    const home = report.checks.find((c) => c.id === 'home-page')!;
    assert.equal(home.outcome, 'blocker');
    assert.match(home.summary, /^The home page answered 500, not 2xx/);
  });
});
