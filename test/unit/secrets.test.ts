import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { writeFile } from 'node:fs/promises';
import { createMasker, encodings } from '../../src/core/secrets.js';
import { runCli } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';
import { leaks, SECRET } from '../fixtures/leaks.js';

describe('secrets never leave, in any encoding', () => {
  it('masks the value as written, URL-encoded, as a query value, in base64, and cut short by a truncation', () => {
    const mask = createMasker([SECRET]);
    for (const form of encodings(SECRET)) assert.equal(mask(`before ${form} after`), 'before *** after', form);
    assert.equal(mask(`Authorization: ${SECRET.slice(0, 9)}…`), 'Authorization: ***…');
    assert.equal(mask('hunte… and nothing else'), 'hunte… and nothing else', 'five letters before an ellipsis say too little to hide');
  });

  it('a run writes no form of the secret in any file, nor on the terminal', async () => {
    const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>Accueil</p></body></html>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const dir = await tempDir();
      const port = (server.address() as AddressInfo).port;
      await writeFile(
        path.join(dir, 'primetime.yml'),
        `event: { name: T, audience: 1000, reach: 10% }\nsite:\n  baseUrl: 'http://127.0.0.1:${port}/?jeton=\${PRIMETIME_TEST_TOKEN}'\n  headers: { X-Token: '\${PRIMETIME_TEST_TOKEN}' }\nreport: { formats: [terminal, json, html, markdown, junit] }\n`,
      );
      const run = await runCli(['check', '--only', 'security-headers,error-pages,caching'], { cwd: dir, env: { PRIMETIME_TEST_TOKEN: SECRET } });
      assert.deepEqual(leaks(run.stdout + run.stderr), []);
      const files = await readdir(path.join(dir, 'primetime-report'), { recursive: true, withFileTypes: true });
      const written = files.filter((f) => f.isFile());
      assert.deepEqual(
        written
          .map((f) => f.name)
          .filter((name) => !name.startsWith('.'))
          .sort(),
        ['junit.xml', 'report.html', 'report.json', 'report.md'],
        JSON.stringify(written.map((f) => f.name)),
      );
      for (const file of written) {
        const full = path.join(file.parentPath, file.name);
        assert.deepEqual(leaks(full), [], full);
        assert.deepEqual(leaks(await readFile(full, 'utf8')), [], full);
      }
    } finally {
      server.close();
    }
  });
});
