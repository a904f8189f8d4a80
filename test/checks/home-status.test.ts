/** A page that answers 4xx/5xx is never judged as if it were the site, and a run whose home page fails is NO-GO. */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { resolveConfig } from '../../src/config/load.js';
import { runChecks, selectChecks } from '../../src/core/runner.js';
import type { Report } from '../../src/report/model.js';
import { runCli } from '../fixtures/cli.js';
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
    const report = await runChecks({ loaded, outDir: await tempDir(), selected: selectChecks(loaded, ['security-headers']) });
    assert.equal(report.verdict, 'NO-GO');
    const home = report.checks.find((c) => c.id === 'home-page')!;
    assert.equal(home.outcome, 'blocker');
    assert.match(home.summary, /^The home page answered 500, not 2xx/);
  });
});

describe('could not verify is not "broken"', () => {
  let server: http.Server;
  let dir = '';
  before(async () => {
    // A bare page: it answers 200, without any security header.
    server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Accueil</body></html>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event: { name: T, audience: 1000, reach: 10% }\nsite: { baseUrl: 'http://127.0.0.1:${(server.address() as AddressInfo).port}' }\nbrowser: { executablePath: /nowhere/chrome }\nchecks: { security-headers: error }\nreport: { formats: [terminal, json] }\n`,
    );
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a check that could not run is headed "Could not verify", with its cause and a fix; only such blockers exit 2', async () => {
    const result = await runCli(['check', '--only', 'mobile-rendering'], { cwd: dir });
    assert.equal(result.code, 2, result.stdout + result.stderr);
    assert.match(result.stdout, /mobile-rendering: Could not verify: Pages render correctly on every common phone, tablet and laptop/);
    assert.doesNotMatch(result.stdout, /A page breaks on some devices/);
    assert.match(result.stdout, /no Chrome, Chromium or Edge found/);
    assert.match(result.stdout, /→ Remove what kept the check from running/);
    assert.match(result.stdout, /NO-GO: 1 check could not verify its point/);
  });

  it('beside a real blocker, the run is an ordinary NO-GO (exit 1)', async () => {
    const result = await runCli(['check', '--only', 'mobile-rendering,security-headers'], { cwd: dir });
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /NO-GO: 2 blockers to fix before airtime/);
  });

  it('the summary is not repeated as the first finding', async () => {
    const result = await runCli(['check', '--only', 'security-headers'], { cwd: dir });
    const report = JSON.parse(await readFile(path.join(dir, 'primetime-report', 'report.json'), 'utf8')) as Report;
    const first = report.checks.find((c) => c.id === 'security-headers')!.evidence[0]!.message;
    assert.equal(result.stdout.split(first).length - 1, 1, result.stdout);
  });
});
