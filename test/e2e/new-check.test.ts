/**
 * Adding a check is one folder: a copy of the project gets test/fixtures/check-folder/feature-flag in checks/, is
 * built, and the check appears in `list`, the config's JSON Schema and the README's checks table, and runs.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';

const run = promisify(execFile);
const COPIED = ['src', 'checks', 'scripts', 'schema', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.types.json', 'README.md'];

describe('a new check is one folder', () => {
  let copy: string;
  let server: http.Server;
  let baseUrl: string;

  before(async () => {
    copy = await tempDir('primetime-new-check-');
    for (const entry of COPIED) await cp(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
    await symlink(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    await cp(path.join(ROOT, 'test/fixtures/check-folder/feature-flag'), path.join(copy, 'checks/feature-flag'), { recursive: true });
    await run(process.execPath, ['scripts/build.mjs'], { cwd: copy });
    server = http.createServer((request, response) => {
      if (request.url === '/flags.json') return response.end(JSON.stringify({ heavyRecommendations: true, liveChat: false }));
      response.setHeader('content-type', 'text/html');
      response.end('<!doctype html><title>Élan Énergie</title><h1>Bienvenue</h1>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server?.close());

  it('appears in list, the JSON Schema and the README, with its recommended severity', async () => {
    const { stdout } = await run(process.execPath, ['dist/cli.js', 'list'], { cwd: copy });
    assert.match(stdout, /feature-flag\s+warn\s+needs network\n\s+Heavy features are switched off for the show/);
    const schema = await readFile(path.join(copy, 'schema/primetime.schema.json'), 'utf8');
    assert.match(schema, /"feature-flag"/);
    assert.match(schema, /Flags that must be off during the show/);
    const readme = await readFile(path.join(copy, 'README.md'), 'utf8');
    assert.match(readme, /\| \[`feature-flag`\]\(checks\/feature-flag\/README\.md\) \| Heavy features are switched off for the show \| warn \| network \|/);
    assert.match(readme, /Reads the site's flags/);
  });

  it('runs through the built CLI: a flag still on is a finding with its fix', async () => {
    await writeFile(
      path.join(copy, 'primetime.yml'),
      `event: { name: Capital, audience: 2300000, reach: 10% }\nsite: { baseUrl: ${baseUrl} }\nchecks:\n  feature-flag: [error, { off: [heavyRecommendations, liveChat] }]\n`,
    );
    const result = await run(process.execPath, ['dist/cli.js', 'check', '--only', 'feature-flag', '--format', 'json', '--out', path.join(copy, 'report')], {
      cwd: copy,
    }).catch((error: { code: number; stdout: string }) => error);
    assert.equal((result as { code?: number }).code, 1);
    const report = JSON.parse(await readFile(path.join(copy, 'report', 'report.json'), 'utf8')) as {
      verdict: string;
      checks: { id: string; evidence: { level: string; message: string }[]; remediation: { action: string }[] }[];
    };
    const check = report.checks.find((c) => c.id === 'feature-flag')!;
    assert.equal(report.verdict, 'NO-GO');
    assert.deepEqual(
      check.evidence.map((e) => `${e.level}: ${e.message}`),
      ['fail: heavyRecommendations is true: it must be off during the show.', 'pass: liveChat is off.'],
    );
    assert.deepEqual(check.remediation, [{ action: 'Switch heavyRecommendations off before airtime.' }]);
  });
});
