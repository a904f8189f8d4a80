/**
 * exposure against local servers that count what they receive: a CDN host that hides the origin's leaks, the
 * origin reached directly that serves them, a site that answers its own page for any path, and nginx serving the
 * demo site as it ships. Only GET reaches them.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { failures, runCheck } from '../fixtures/run-check.js';
import { startNginx } from '../fixtures/sites.js';

const HOME = '<!doctype html><html lang="fr"><title>Élan Énergie</title><h1>Élan Énergie</h1></html>';
const LEAKS: Record<string, string> = {
  '/.git/config': '[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://deploy:ghp_secret42@github.com/elan/site.git\n',
  '/dump.sql': '-- MySQL dump 10.13\nCREATE TABLE `clients` (id int);\nINSERT INTO `clients` VALUES (1);\n' + 'x'.repeat(1_000_000),
};

async function serve(handler: http.RequestListener): Promise<{ url: string; server: http.Server; methods: string[]; paths: string[] }> {
  const methods: string[] = [];
  const paths: string[] = [];
  const server = http.createServer((request, response) => {
    methods.push(request.method!);
    paths.push(request.url!);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, methods, paths };
}

describe('exposure (local servers)', () => {
  let origin: Awaited<ReturnType<typeof serve>>;
  let cdn: Awaited<ReturnType<typeof serve>>;
  let soft: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    origin = await serve((request, response) => {
      const leak = LEAKS[request.url!];
      response.writeHead(leak ? 200 : 404, { 'content-type': 'text/plain' });
      response.end(leak ?? 'Not Found');
    });
    // The CDN denies dot files and dumps; the origin behind it does not.
    cdn = await serve((request, response) => {
      response.writeHead(request.url === '/' ? 200 : 403, { 'content-type': 'text/html' });
      response.end(request.url === '/' ? HOME : 'Forbidden');
    });
    // A single-page app: its page for any path.
    soft = await serve((_, response) => (response.writeHead(200, { 'content-type': 'text/html' }), response.end(HOME)));
  });
  after(() => [origin, cdn, soft].forEach((s) => s?.server.close()));

  it('finds on the origin what the CDN hides: the repository config and a dump, masked, each with its fix; GET only', async () => {
    const result = await runCheck('exposure', { baseUrl: cdn.url }, { origins: [origin.url] });
    assert.equal(result.status, 'fail');
    const leaks = failures(result).map((f) => f.message);
    assert.equal(leaks.length, 2, leaks.join('\n'));
    assert.match(leaks.join('\n'), /\/\.git\/config serves the Git repository's config: it reveals the repository config/);
    assert.match(leaks.join('\n'), /\/dump\.sql serves a database dump: it reveals an SQL dump/);
    assert.doesNotMatch(JSON.stringify(result), /ghp_secret42|clients/, 'what leaked is named, not copied');
    assert.ok(result.evidence.some((e) => e.level === 'pass' && e.message.startsWith(`${cdn.url}: none of`)));
    assert.deepEqual([...new Set([...origin.methods, ...cdn.methods])], ['GET']);
    assert.ok(origin.paths.includes('/.env') && origin.paths.includes('/index.php~'));
  });

  it('passes a site that answers its own page for any path: a 200 without the tell is not a leak', async () => {
    const result = await runCheck('exposure', { baseUrl: soft.url });
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence));
  });

  it('passes the demo site served by nginx as it ships, and fails its autoindex folder once switched on', async () => {
    const shipped = await startNginx('clean');
    try {
      const result = await runCheck('exposure', { baseUrl: shipped.url });
      assert.equal(result.status, 'pass', JSON.stringify(result.evidence));
    } finally {
      await shipped.close();
    }
    const listing = await startNginx('clean', { serverExtra: 'location /assets/ { autoindex on; }' });
    try {
      const result = await runCheck('exposure', { baseUrl: listing.url });
      assert.equal(result.status, 'fail');
      assert.match(failures(result)[0]!.message, /\/assets\/ serves a directory listing: it reveals \d+ entries listed/);
    } finally {
      await listing.close();
    }
  });
});
