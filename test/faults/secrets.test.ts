/**
 * Faults: a secret never leaves. A value the config reads from the environment is looked for, in every form a
 * leak takes (raw, URL-encoded, as a query value, base64, its first characters before an ellipsis), in everything
 * a run writes: the terminal and stderr, every report format, Lighthouse's own HTML reports, screenshots and their
 * file names, the Action's log, step summary, outputs and PR comment, and the k6 and Locust exports.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runAction } from '../fixtures/action.js';
import { runCli } from '../fixtures/cli.js';
import { startGithubApi } from '../fixtures/github-api.js';
import { tempDir } from '../fixtures/sites.js';
import { leaks, SECRET } from '../fixtures/leaks.js';

const ENV = { PRIMETIME_TEST_TOKEN: SECRET };

/** Every file under `dir`: its path (names leak too) and its bytes read as text. */
async function everyFile(dir: string): Promise<Array<{ file: string; text: string }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const file = path.join(e.parentPath, e.name);
        return { file, text: (await readFile(file)).toString('latin1') + (await readFile(file, 'utf8')) };
      }),
  );
}

describe('faults: secrets never leave', () => {
  let server: http.Server;
  let baseUrl = '';
  let writes = 0;
  before(async () => {
    // A French page with a typo (a spelling finding and its screenshot), a form, and scripts that post (a beacon,
    // an API call): the browser checks and Lighthouse load it, and must let nothing but GET and HEAD through.
    server = http.createServer((req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') writes++;
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          "<!doctype html><html lang=\"fr\"><head><meta name=\"viewport\" content=\"width=device-width\"><title>Élan Énergie</title></head><body><h1>Élan Énergie</h1><p>Remplissez le formulaire çi-dessous pour souscrire.</p><form><input name=\"email\" required></form><script>navigator.sendBeacon('/collect', 'vu'); fetch('/api/visite', { method: 'POST', body: 'x' });</script></body></html>",
        );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?jeton=\${PRIMETIME_TEST_TOKEN}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  const configIn = async (extra = '') => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event: { name: T, audience: 1000, reach: 10% }\nsite:\n  baseUrl: '${baseUrl}'\n  headers: { X-Token: '\${PRIMETIME_TEST_TOKEN}' }\nreport: { formats: [terminal, json, html, markdown, junit] }\n${extra}`,
    );
    return dir;
  };

  it('the CLI with the browser checks and Lighthouse: no form of it on the terminal or in any file, names included (and no POST reached the site)', async () => {
    const dir = await configIn('checks:\n  spelling: error\n  mobile-rendering: [error, { devices: [Pixel 7] }]\n  lighthouse: [error, { runs: 1 }]\n');
    const run = await runCli(['check', '--only', 'spelling,mobile-rendering,lighthouse,security-headers'], { cwd: dir, env: ENV });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    assert.deepEqual(leaks(run.stdout + run.stderr), []);
    const files = await everyFile(path.join(dir, 'primetime-report'));
    const names = files.map((f) => path.relative(dir, f.file));
    assert.ok(
      names.some((n) => n.startsWith('primetime-report/lighthouse/') && n.endsWith('.html')),
      names.join(', '),
    );
    assert.ok(
      names.some((n) => n.endsWith('.png')),
      `a screenshot is among the files: ${names.join(', ')}`,
    );
    for (const { file, text } of files) {
      assert.deepEqual(leaks(file), [], file);
      assert.deepEqual(leaks(text), [], file);
    }
    assert.equal(writes, 0, "the page's beacons and API calls never left Chromium");
  });

  it("the Action: its log, step summary, outputs and PR comment hold only the mask command's copy", async () => {
    const api = await startGithubApi();
    try {
      const workspace = await configIn();
      const run = await runAction(
        { only: 'security-headers', 'comment-on-pr': 'true', 'github-token': 'test-token' },
        { workspace, env: ENV, apiUrl: api.url, event: { pull_request: { number: 42 } } },
      );
      assert.ok(run.code === 0 || run.code === 1, run.stdout);
      assert.ok(api.comments.length === 1, 'the PR comment was posted');
      const log = run.stdout.replace(/^::add-mask::.*$/gm, '');
      for (const [where, text] of [
        ['log', log],
        ['summary', run.summary],
        ['outputs', JSON.stringify(run.outputs)],
        ['comment', api.comments.map((c) => c.body).join('\n')],
      ] as const)
        assert.deepEqual(leaks(text), [], where);
      for (const { file, text } of await everyFile(path.join(workspace, 'primetime-report'))) assert.deepEqual(leaks(text), [], file);
    } finally {
      await api.close();
    }
  });

  it('the k6 and Locust exports hold ${NAME}, never the value', async () => {
    const dir = await configIn('load:\n  allowHosts: [127.0.0.1]\n  target: 10\n');
    for (const engine of ['--k6', '--locust']) {
      const run = await runCli(['export', engine], { cwd: dir, env: ENV });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /\$\{PRIMETIME_TEST_TOKEN\}/);
      assert.deepEqual(leaks(run.stdout + run.stderr), [], engine);
    }
  });
});
