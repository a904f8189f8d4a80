/** What `npm pack` ships: every runtime file and the licenses, never the sources, tests or fixtures. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../fixtures/cli.js';

describe('the package', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' }),
  ) as [{ files: { path: string }[] }];
  const files = pack.files.map((f) => f.path);

  it('ships the CLI, the Action, the schemas, the demo, the licenses and the lockfiles of what installs on first need', () => {
    for (const wanted of [
      'LICENSE',
      'README.md',
      'action.yml',
      'dist/cli.js',
      'dist/action.js',
      'dist/index.js',
      'dist/load-worker.js',
      'dist/THIRD-PARTY-NOTICES.txt',
      'dist/on-demand/lighthouse/package-lock.json',
      'dist/on-demand/playwright/package-lock.json',
      'dist/on-demand/spelling/package-lock.json',
      'schema/primetime.schema.json',
      'demo/site/index.html',
    ])
      assert.ok(files.includes(wanted), `${wanted} is missing from the package`);
  });

  it('ships no source, test, fixture or scratch file', () => {
    assert.deepEqual(
      files.filter((f) => /^(src|checks|test|bench|scripts|scratch|docs)\/|\.test\.|\.ts$/.test(f) && !f.endsWith('.d.ts')),
      [],
    );
  });

  it('names every bundled package with its license, the AWS SDK (Apache-2.0) among them', () => {
    const notices = readFileSync(path.join(ROOT, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    assert.match(notices, /^@aws-sdk\/client-service-quotas@[\d.]+ \(Apache-2\.0\)$/m);
    assert.match(notices, /^zod@[\d.]+ \(MIT\)$/m);
    assert.match(notices, /Apache License\s+Version 2\.0/);
  });
});
