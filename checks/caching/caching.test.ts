import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { failures, runCheck, STORY_EVENT } from '../../test/fixtures/run-check.js';
import { freePort, serveDemo, startNginx, tempDir } from '../../test/fixtures/sites.js';

const event = (cacheHitRatio: string) => ({ event: { ...STORY_EVENT, cacheHitRatio } });

describe('caching', () => {
  const servers: { close(): Promise<void> }[] = [];
  const keep = <T extends { close(): Promise<void> }>(server: T) => (servers.push(server), server);
  after(async () => Promise.all(servers.map((s) => s.close())));

  let edgeUrl: string;
  let originUrl: string;
  before(async () => {
    // nginx's proxy_cache in front of nginx: a real edge cache, as a CDN would be.
    const originPort = await freePort();
    const edgePort = await freePort();
    const cacheDir = path.join(await tempDir('primetime-cache-'), 'edge');
    const edge = `proxy_cache_path ${cacheDir} keys_zone=edge:1m;
  server {
    listen 127.0.0.1:${edgePort};
    location / { proxy_pass http://127.0.0.1:${originPort}; proxy_cache edge; proxy_cache_valid 200 5m; add_header X-Cache-Status $upstream_cache_status; }
  }`;
    const nginx = keep(await startNginx('clean', { serverExtra: `listen 127.0.0.1:${originPort};`, httpExtra: edge }));
    originUrl = nginx.url;
    edgeUrl = `http://127.0.0.1:${edgePort}`;
  });

  it('passes behind an edge cache: compressed, cacheable, and a hit on the second request', async () => {
    const result = await runCheck('caching', { baseUrl: edgeUrl, pages: ['/offres.html'] }, {}, event('80%'));
    assert.equal(result.status, 'pass', JSON.stringify(failures(result)));
    assert.ok(result.evidence.some((e) => /served from the cache \(x-cache-status: HIT\)/.test(e.message)));
    assert.ok(result.evidence.some((e) => /^2 static files cacheable for at least 1 d/.test(e.message)));
  });

  it('fails when the plan counts on a CDN and nothing is cached; says nothing when it does not', async () => {
    const result = await runCheck('caching', { baseUrl: originUrl }, {}, event('80%'));
    assert.match(failures(result)[0]!.message, /The plan counts on a 80 % CDN hit ratio, but .* no cache header at all/);
    const noCdnPlanned = await runCheck('caching', { baseUrl: originUrl }, {}, event('0%'));
    assert.equal(noCdnPlanned.status, 'pass', JSON.stringify(failures(noCdnPlanned)));
  });

  it('fails on uncompressed text, naming each file', async () => {
    const nginx = keep(await startNginx('clean', { gzip: false }));
    const result = await runCheck('caching', { baseUrl: nginx.url }, { cdn: 'off' });
    const uncompressed = failures(result)
      .filter((e) => /^Served uncompressed/.test(e.message))
      .map((e) => new URL(e.target!).pathname);
    assert.deepEqual(uncompressed.sort(), ['/', '/assets/style.css']);
    assert.match(result.remediation.map((r) => r.action).join(' '), /gzip on/);
  });

  it('fails on static files without a cache lifetime', async () => {
    const nginx = keep(await startNginx('clean', { assetCache: false }));
    const result = await runCheck('caching', { baseUrl: nginx.url }, { cdn: 'off' });
    const files = failures(result)
      .filter((e) => /is cacheable for 1 min \(at least 1 d expected/.test(e.message))
      .map((e) => new URL(e.target!).pathname);
    assert.deepEqual(files.sort(), ['/assets/logo.svg', '/assets/style.css']);
  });

  it('restates the plan at a 0 % hit ratio when the home page cannot be cached', async () => {
    const demo = keep(await serveDemo('uncacheable-home'));
    const result = await runCheck('caching', { baseUrl: demo.url }, {}, event('80%'));
    const finding = failures(result).find((e) => /not cacheable by a shared cache/.test(e.message));
    assert.match(finding!.message, /Cache-Control: private, no-store.*the plan's 767 origin req\/s becomes 3,833 req\/s at a 0 % hit ratio/);
    assert.equal(Math.round(Number(finding!.data!.originRequestsPerSecondAtZeroHits)), 3_833);
  });

  it('warns, without blocking, when the plan itself counts on no CDN (cacheHitRatio 0 %, as init writes without one)', async () => {
    const demo = keep(await serveDemo('uncacheable-home'));
    const result = await runCheck('caching', { baseUrl: demo.url }, {}, event('0%'));
    assert.equal(result.evidence.find((e) => /not cacheable by a shared cache/.test(e.message))?.level, 'warn');
    assert.ok(!failures(result).some((e) => /not cacheable by a shared cache/.test(e.message)));
  });
});
