/** The device matrix (6 devices × 3 pages), concurrent contexts against one at a time, and Lighthouse's time per run. */
import { resolveConfig } from '../src/config/load.js';
import { runChecks, selectChecks } from '../src/core/runner.js';
import { serveDemo, tempDir } from '../test/fixtures/sites.js';
import { compare, printTimings } from './stats.js';

async function run(baseUrl: string, id: string, options: Record<string, unknown>) {
  const loaded = await resolveConfig(
    { event: { name: 'bench', audience: 1, reach: 1 }, site: { baseUrl }, checks: { [id]: ['error', options] } },
    { file: 'bench', env: {} },
  );
  const report = await runChecks({ loaded, outDir: await tempDir(), selected: selectChecks(loaded, [id]) });
  if (report.checks[0]!.status !== 'pass') throw new Error(`${id}: ${report.checks[0]!.summary}`);
}

export async function benchBrowser(rounds = 3): Promise<void> {
  const demo = await serveDemo('clean');
  const pages = ['/', '/offres.html', '/souscription/etape-1.html'];
  try {
    await run(demo.url, 'mobile-rendering', { pages: ['/'], devices: ['Pixel 7'] }); // warm-up: browser start, caches
    printTimings(
      'mobile-rendering, 6 devices × 3 pages (one shared browser, each run launches it)',
      await compare(
        {
          'one context at a time': () => run(demo.url, 'mobile-rendering', { pages, concurrency: 1 }),
          '2 contexts at once': () => run(demo.url, 'mobile-rendering', { pages, concurrency: 2 }),
          '3 contexts at once': () => run(demo.url, 'mobile-rendering', { pages, concurrency: 3 }),
        },
        rounds,
      ),
      'one context at a time',
    );
    const runs = 3;
    const started = performance.now();
    await run(demo.url, 'lighthouse', { runs });
    console.log(
      `\nLighthouse, mobile, home page: ${((performance.now() - started) / runs / 1000).toFixed(1)} s per run (${runs} runs, Chrome start included once)`,
    );
  } finally {
    await demo.close();
  }
}
