/** Faults: the report folder is checked writable before anything runs, replaced whole by each run, never a foreign folder. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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

  // A real full disk: a small tmpfs, which only root may mount (CI runs as root).
  const mayMount = process.getuid?.() === 0 ? false : 'mounting a small file system needs root';
  it('a full disk: the verdict is still printed, exit 2 with the cause, the earlier report whole, no staging folder left', { skip: mayMount }, async () => {
    const disk = path.join(await tempDir(), 'disk');
    await mkdir(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]);
    try {
      const out = path.join(disk, 'rapport');
      const first = await check('--out', out, '--format', 'terminal,json,html');
      assert.equal(first.code, 1, first.stderr);
      const earlier = await readFile(path.join(out, 'report.json'), 'utf8');
      // Fill what is left, to the last byte.
      await writeFile(path.join(disk, 'filler'), Buffer.alloc(1 << 20)).catch(() => undefined);
      const full = await check('--out', out, '--format', 'terminal,json,html');
      assert.equal(full.code, 2, full.stderr);
      assert.match(full.stdout, /NO-GO/, 'the verdict, on the terminal');
      assert.match(full.stdout, /security-headers/, 'the checks, on the terminal');
      assert.match(full.stderr, /the report could not be written to .*rapport \(no space left\); an earlier report there is left as it was/);
      assert.doesNotMatch(full.stderr, /^\s+at |ENOSPC/m, 'the cause in words, no stack trace');
      assert.equal(await readFile(path.join(out, 'report.json'), 'utf8'), earlier, 'the earlier report is whole');
      assert.deepEqual(await readdir(disk), ['filler', 'rapport'], 'no staging folder left on the full disk');
    } finally {
      execFileSync('umount', [disk]);
    }
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
