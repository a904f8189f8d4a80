/**
 * The HTTP checks on a 50-URL site, concurrent against sequential, in one invocation: on nginx (loopback, no
 * latency) and on the demo server with 20 ms of latency per page (closer to a real site).
 */
import { resolveConfig } from '../src/config/load.js';
import { runChecks, selectChecks } from '../src/core/runner.js';
import { materializeSite } from '../src/demo/site.js';
import { serveSite } from '../src/demo/server.js';
import { startNginx, tempDir } from '../test/fixtures/sites.js';
import { compare, printTimings } from './stats.js';

const CHECKS = ['error-pages', 'redirects', 'caching', 'security-headers'];
const PAGES = Array.from({ length: 49 }, (_, i) => `/offres.html?page=${i + 1}`); // + the home page = 50 URLs

async function runHttpChecks(baseUrl: string, concurrent: boolean) {
  const width = concurrent ? undefined : 1;
  const loaded = await resolveConfig(
    {
      event: { name: 'bench', audience: 2_300_000, reach: 0.1 },
      site: { baseUrl, pages: PAGES, marker: 'Élan Énergie', errorPages: { serviceUnavailable: '/erreurs/503.html', overflow: '/plan-b/' } },
      runner: { concurrency: width ?? 4 },
      checks: { caching: ['error', { concurrency: width ?? 8, cdn: 'off' }], 'error-pages': ['error', { concurrency: width ?? 6 }] },
    },
    { file: 'bench', env: {} },
  );
  const report = await runChecks({ loaded, outDir: await tempDir(), selected: selectChecks(loaded, CHECKS) });
  if (report.checks.some((c) => c.status === 'error')) throw new Error(`a check errored: ${JSON.stringify(report.checks.map((c) => [c.id, c.summary]))}`);
}

export async function benchHttpChecks(rounds = 5): Promise<void> {
  const nginx = await startNginx('clean');
  const dir = await tempDir();
  const { server } = await materializeSite('clean', dir);
  const slow = await serveSite(dir, { ...server, cdn: false, delays: { '/offres.html': 20, '/': 20 } });
  try {
    await runHttpChecks(nginx.url, true); // warm-up: module loading, connection pools
    printTimings(
      'HTTP checks (error-pages, redirects, caching, security-headers) on 50 URLs, nginx on loopback',
      await compare({ sequential: () => runHttpChecks(nginx.url, false), concurrent: () => runHttpChecks(nginx.url, true) }, rounds),
      'sequential',
    );
    printTimings(
      'The same on the demo server with 20 ms of latency per page',
      await compare({ sequential: () => runHttpChecks(slow.url, false), concurrent: () => runHttpChecks(slow.url, true) }, rounds),
      'sequential',
    );
  } finally {
    await Promise.all([nginx.close(), slow.close()]);
  }
}
