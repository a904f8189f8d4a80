/**
 * Faults: a partial run (--only, --skip, `primetime spelling`) is named partial, and never replaces the full report:
 * it writes beside it, and `spelling --baseline` writes the words file alone.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../fixtures/cli.js';
import { serveDemo, tempDir, type Served } from '../fixtures/sites.js';

describe('faults: partial runs', () => {
  let site: Served;
  let dir = '';
  const report = () => path.join(dir, 'primetime-report');
  before(async () => {
    // The demo site whose 503 is the server's stock page: error-pages fails, redirects passes.
    site = await serveDemo('stock-503');
    dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event: { name: Capital, audience: 2300000, reach: 10% }\nsite:\n  baseUrl: ${site.url}\n  marker: Élan Énergie\n  errorPages: { serviceUnavailable: /erreurs/503.html, overflow: /plan-b/, forcedError: /erreurs/force-503 }\nchecks:\n  tls: off\n  caching: off\n  mobile-rendering: off\n  lighthouse: off\n  spelling: [error, { pages: [/] }]\nreport: { formats: [terminal, json, html] }\n`,
    );
  });
  after(() => site?.close());

  it('a full NO-GO run, then --only: "GO for the checks run", the checks not run named, the full report left whole', async () => {
    const full = await runCli(['check'], { cwd: dir, timeoutMs: 120_000 });
    assert.equal(full.code, 1, full.stdout + full.stderr);
    const fullJson = await readFile(path.join(report(), 'report.json'), 'utf8');
    const fullHtml = await readFile(path.join(report(), 'report.html'), 'utf8');

    const partial = await runCli(['check', '--only', 'redirects'], { cwd: dir });
    assert.equal(partial.code, 0, partial.stdout + partial.stderr);
    assert.doesNotMatch(partial.stdout, /every check passed/);
    // The checks not run are named (the first few, in order; the JSON below lists them all).
    assert.match(partial.stdout, /GO: the one check run passed; a partial run: \d+ of the config's checks not run \([a-z-]+(, [a-z-]+)*…?\)/);
    const json = JSON.parse(await readFile(path.join(report(), 'redirects', 'report.json'), 'utf8'));
    assert.ok(json.notRun.includes('error-pages') && json.notRun.includes('spelling') && !json.notRun.includes('redirects'), json.notRun);
    assert.equal(await readFile(path.join(report(), 'report.json'), 'utf8'), fullJson, 'the full report.json is whole');
    assert.equal(await readFile(path.join(report(), 'report.html'), 'utf8'), fullHtml, 'the full report.html is whole');
    assert.deepEqual(JSON.parse(fullJson).notRun, []);
  });

  it('a partial run named with --out writes where it is told', async () => {
    const partial = await runCli(['check', '--only', 'redirects', '--out', 'mine', '--format', 'json'], { cwd: dir });
    assert.equal(partial.code, 0, partial.stderr);
    assert.ok(existsSync(path.join(dir, 'mine', 'report.json')));
  });

  it('spelling --baseline writes the words file and leaves every report alone', async () => {
    const before = await readFile(path.join(report(), 'report.json'), 'utf8');
    const listing = (await readdir(report(), { recursive: true })).sort();
    const baseline = await runCli(['spelling', '--baseline'], { cwd: dir, timeoutMs: 120_000 });
    assert.equal(baseline.code, 0, baseline.stderr);
    assert.match(baseline.stderr, /Baseline: .* added to primetime\.words\.txt/);
    assert.ok(existsSync(path.join(dir, 'primetime.words.txt')));
    assert.equal(await readFile(path.join(report(), 'report.json'), 'utf8'), before);
    assert.deepEqual((await readdir(report(), { recursive: true })).sort(), listing, 'no file added or removed in the report folder');
  });

  it('a first run that is partial, then a full run: the full run takes the folder', async () => {
    const fresh = await tempDir();
    await writeFile(path.join(fresh, 'primetime.yml'), await readFile(path.join(dir, 'primetime.yml')));
    assert.equal((await runCli(['check', '--only', 'redirects'], { cwd: fresh })).code, 0);
    // Spelling left out for time, with the report folder named so the run takes it.
    const full = await runCli(['check', '--skip', 'spelling', '--out', 'primetime-report'], { cwd: fresh });
    assert.doesNotMatch(full.stderr, /not a primetime report/, full.stderr);
    const report = JSON.parse(await readFile(path.join(fresh, 'primetime-report', 'report.json'), 'utf8'));
    assert.deepEqual(report.notRun, ['spelling'], 'a run with --skip is partial too');
  });
});
