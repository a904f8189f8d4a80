import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../fixtures/cli.js';
import { serveDemo, tempDir } from '../fixtures/sites.js';

describe('primetime warm', () => {
  let demo: Awaited<ReturnType<typeof serveDemo>>;
  before(async () => {
    demo = await serveDemo('clean');
  });
  after(() => demo.close());

  const configIn = async (extra = '') => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      `event: { name: x, audience: 1000, reach: 1 }\nsite:\n  baseUrl: ${demo.url}\n  pages: [/offres.html]\n  errorPages: { overflow: /plan-b/ }\n${extra}`,
    );
    return dir;
  };

  it('requests every page and file, and shows the cache going from miss to hit', async () => {
    const result = await runCli(['warm', '--format', 'json', '--repeat', '3'], { cwd: await configIn() });
    assert.equal(result.code, 0, result.stderr);
    const { urls, failed } = JSON.parse(result.stdout) as { urls: { url: string; before?: string; after?: string; hit?: boolean }[]; failed: number };
    const paths = urls.map((u) => new URL(u.url).pathname).sort();
    assert.deepEqual(paths, ['/', '/assets/logo.svg', '/assets/secours.css', '/assets/style.css', '/offres.html', '/plan-b/']);
    assert.equal(failed, 0);
    const home = urls.find((u) => new URL(u.url).pathname === '/')!;
    assert.deepEqual([home.before, home.after, home.hit], ['x-cache: Miss from demo-edge', 'x-cache: Hit from demo-edge', true]);
  });

  it('exits 1 and names the URL when one fails', async () => {
    const result = await runCli(['warm'], { cwd: await configIn('  funnel: [/souscription/absente.html]\n') });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /1 failed/);
    assert.match(result.stdout, /404 {2}http:\/\/127\.0\.0\.1:\d+\/souscription\/absente\.html/);
  });

  it('refuses a nonsense repeat count', async () => {
    const result = await runCli(['warm', '--repeat', '0'], { cwd: await configIn() });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--repeat takes a whole number from 1 to 100/);
  });

  it("warms the site's own hosts only: a third-party file is neither requested nor a failure, and is named as left out", async () => {
    // A page on 127.0.0.1 using a script of another host (127.0.0.2, a third party here) that fails, and a font of an asset host.
    let thirdParty = 0;
    const other = http.createServer((_req, res) => (thirdParty++, res.writeHead(500).end()));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.2', resolve));
    const page = http.createServer((req, res) =>
      req.url === '/'
        ? res
            .writeHead(200, { 'content-type': 'text/html' })
            .end(`<html><head><script src="http://127.0.0.2:${(other.address() as AddressInfo).port}/widget.js"></script></head><body>Accueil</body></html>`)
        : res.writeHead(404).end(),
    );
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    try {
      const dir = await tempDir();
      await writeFile(
        path.join(dir, 'primetime.yml'),
        `event: { name: x, audience: 1000, reach: 1 }\nsite: { baseUrl: 'http://127.0.0.1:${(page.address() as AddressInfo).port}' }\n`,
      );
      const result = await runCli(['warm'], { cwd: dir });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /Left out 1 third-party file \(127\.0\.0\.2:\d+\): not the site's caches to warm\./);
      assert.equal(thirdParty, 0, 'the third party received nothing');
    } finally {
      other.close();
      page.close();
    }
  });
});
