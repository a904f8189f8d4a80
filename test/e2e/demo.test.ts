/**
 * `primetime demo`, the README's first command: the built-in site, every check run from dist/, a GO. Apart from
 * the other commands' tests because it runs Lighthouse, whose figures want the machine to themselves.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';

describe('primetime demo', () => {
  it('demo serves the built-in site, runs the checks, prints the verdict and writes an HTML report', async () => {
    const dir = await tempDir();
    // The device matrix and spelling run from a packed install's dist/ in test/e2e/install.test.ts: left out here, for time.
    const result = await runCli(['demo', '--skip', 'mobile-rendering,spelling'], { cwd: dir });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stderr, /Demo site \(clean: .*\) at http:\/\/127\.0\.0\.1:\d+/);
    assert.match(result.stderr, /checking http:\/\/127\.0\.0\.1:\d+ \(the built-in demo config\)/);
    assert.match(result.stdout, /^GO: /m);
    const html = await readFile(path.join(dir, 'primetime-report/report.html'), 'utf8');
    assert.match(html, /<h1>GO<\/h1>/);
    assert.match(html, /Capital \(M6\), demo/);
    // Run from dist/: every check really ran (the bundle loads the AWS SDK and Lighthouse), and only TLS skips.
    const report = JSON.parse(await readFile(path.join(dir, 'primetime-report/report.json'), 'utf8'));
    // Lighthouse may be inconclusive (a warning) on a loaded machine; never an error.
    const notPassed = report.checks
      .filter((c: { id: string; status: string }) => c.status !== 'pass' && !(c.id === 'lighthouse' && c.status === 'warn'))
      .map((c: { id: string; summary: string }) => `${c.id}: ${c.summary}`);
    assert.deepEqual(notPassed, ['tls: No HTTPS URL in the config (only local http:// addresses): nothing to verify.']);
    assert.deepEqual(report.simulated, ['AWS checks read a simulated account served by a local endpoint on 127.0.0.1, not a real one.']);
    const broken = await runCli(['demo', '--variant', 'soft-404', '--only', 'error-pages', '--format', 'terminal'], { cwd: dir });
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /Soft 404/);
    const unknown = await runCli(['demo', '--variant', 'typoo']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Did you mean "typo"/);
    const badPort = await runCli(['demo', '--serve', '--port', 'eighty']);
    assert.equal(badPort.code, 2);
    assert.match(badPort.stderr, /--port eighty: give a port number from 1 to 65535\./);
  });
});

describe('primetime demo without a browser', () => {
  it('leaves the browser checks out, says why and how to install one, and still gives a verdict', async () => {
    const dir = await tempDir();
    const result = await runCli(['demo', '--only', 'error-pages,spelling,mobile-rendering', '--format', 'terminal,json'], {
      cwd: dir,
      env: { CHROME_PATH: '/nowhere/chrome' },
    });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stderr, /Not run: .*mobile-rendering.*spelling.*: no Chrome, Chromium or Edge found .*apt-get install -y chromium/);
    assert.doesNotMatch(result.stderr, /NodeVersionSupportWarning/);
    const report = JSON.parse(await readFile(path.join(dir, 'primetime-report/report.json'), 'utf8'));
    assert.deepEqual(
      report.checks.map((c: { id: string }) => c.id),
      ['error-pages'],
    );
  });
});
