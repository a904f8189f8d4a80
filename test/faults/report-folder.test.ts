/** Faults: the report folder is checked writable before anything runs, replaced whole by each run, never a foreign folder. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';

describe('the report folder', () => {
  let server: http.Server;
  let requests = 0;
  let dir = '';
  before(async () => {
    server = http.createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Accueil</body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event: { name: T, audience: 1000, reach: 10% }\nsite: { baseUrl: 'http://127.0.0.1:${(server.address() as AddressInfo).port}' }\n`,
    );
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const check = (...args: string[]) => runCli(['check', '--only', 'security-headers', ...args], { cwd: dir });

  it('a folder that is a file, or under a file, stops the run at once with exit 2 and the fix, before any request', async () => {
    await writeFile(path.join(dir, 'plain-file'), 'x');
    for (const out of ['plain-file', 'plain-file/report']) {
      const before = requests;
      const result = await check('--out', out);
      assert.equal(result.code, 2, result.stderr);
      assert.match(
        result.stderr,
        /primetime: the report folder .*plain-file.* (is a file|cannot be written \(a file stands in its path\)): choose another with --out or report\.out/,
      );
      assert.doesNotMatch(result.stderr, /at .*\.js:\d+/, 'no stack trace');
      assert.equal(requests, before, 'nothing was checked');
    }
  });

  it('each run replaces the previous run whole: no stale report.html beside a newer report.json', async () => {
    assert.notEqual((await check('--out', 'rapport', '--format', 'json,html')).code, 2);
    assert.ok(existsSync(path.join(dir, 'rapport', 'report.html')));
    await check('--out', 'rapport', '--format', 'json');
    assert.deepEqual(
      (await readdir(path.join(dir, 'rapport'))).filter((f) => !f.startsWith('.')),
      ['report.json'],
    );
    assert.deepEqual(
      (await readdir(dir)).filter((f) => f.includes('.partial-')),
      [],
      'no staging folder left behind',
    );
  });

  it('never replaces a folder holding other files', async () => {
    await mkdir(path.join(dir, 'documents'));
    await writeFile(path.join(dir, 'documents', 'budget.xlsx'), 'x');
    const result = await check('--out', 'documents');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /holds files that are not a primetime report/);
    assert.ok(existsSync(path.join(dir, 'documents', 'budget.xlsx')));
  });
});
