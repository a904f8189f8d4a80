/**
 * The planned shot on each engine primetime drives, against the same slow target (a page answering in 200 ms with
 * two files): the arrival rate planned against the rate the server received, the files it received, and the p95
 * and verdict primetime's merge gives each run. Then how many runners each export plans for a shot of four times
 * one machine's maxRate. k6 cannot be installed here: its export is validated in the unit tests instead.
 * Every run is bounded (a few seconds) and local.
 */
import { resolveConfig } from '../src/config/load.js';
import { runLoad } from '../src/load/engine.js';
import { judgeLoad } from '../src/load/judge.js';
import type { LoadResult } from '../src/load/result.js';
import { loadInputs, resolveLoadSettings, resolveWholeShot } from '../src/load/settings.js';
import { buildPlan } from '../src/plan/plan.js';
import { constant, nodeServer, type TestServer } from '../test/fixtures/load-server.js';
import { exportFor, locust, results } from '../test/fixtures/locust.js';
import { STORY_EVENT } from '../test/fixtures/run-check.js';
import { median } from './stats.js';

const RATE = 100;
const SECONDS = 5;

const shot = (site: string) => ({
  site: { baseUrl: site },
  load: { allowHosts: ['127.0.0.1'], timeout: '3s', ...constant(RATE, `${SECONDS}s`), requests: [{ url: '/page', subresources: true }] },
});

/** Pages received per whole second of the hold, at the server, from the first one. */
function receivedPerSecond(server: TestServer): number[] {
  const pages = server.seen.filter((s) => s.path === '/page').map((s) => s.at);
  const counts = new Array<number>(SECONDS).fill(0);
  for (const at of pages) {
    const second = Math.floor((at - pages[0]!) / 1_000);
    if (second < SECONDS) counts[second]!++;
  }
  return counts;
}

const ENGINES: Record<string, (site: string) => Promise<LoadResult>> = {
  primetime: async (site) => {
    const loaded = await resolveConfig({ event: STORY_EVENT, ...shot(site) }, { file: 'primetime.yml', env: {} });
    return runLoad(resolveLoadSettings('primetime.yml', loadInputs(loaded.config), buildPlan(loaded.config.event)));
  },
  'Locust (1 process)': async (site) => {
    const dir = await exportFor(shot(site), 2);
    await locust(dir, ['--headless']);
    return results(dir);
  },
  'Locust (master + 2 workers)': async (site) => {
    const dir = await exportFor({ ...shot(site), load: { ...shot(site).load, caps: { maxRate: 200 } } }, 2);
    const workers = [locust(dir, ['--worker']), locust(dir, ['--worker'])];
    await locust(dir, ['--headless', '--master', '--expect-workers', '2']);
    await Promise.all(workers);
    return results(dir);
  },
};

async function runnersFor4x(): Promise<string> {
  const loaded = await resolveConfig(
    { event: STORY_EVENT, site: { baseUrl: 'https://www.example.fr' }, load: { allowHosts: ['www.example.fr'], target: 6_000, caps: { maxRate: 1_500 } } },
    { file: 'primetime.yml', env: {} },
  );
  const [inputs, plan] = [loadInputs(loaded.config), buildPlan(loaded.config.event)];
  const plain = resolveWholeShot('primetime.yml', inputs, plan).runners;
  const withFiles = resolveWholeShot('primetime.yml', inputs, plan, 2).runners;
  return `6,000 req/s at maxRate 1,500 (4× one machine): ${plain} runners for the pages alone, ${withFiles} with two files a page (k6-operator parallelism and Locust workers alike)`;
}

export async function benchEngines(): Promise<void> {
  console.log(`\nThe planned shot on each engine: ${RATE} pages/s for ${SECONDS} s, each answered in 200 ms with 2 files, on 127.0.0.1`);
  for (const [name, run] of Object.entries(ENGINES)) {
    const server = await nodeServer(200);
    try {
      const result = await run(server.url);
      const outcome = judgeLoad(result);
      const perSecond = receivedPerSecond(server);
      const files = server.seen.filter((s) => s.path !== '/page' && s.path !== '/other.css').length;
      const p95 = outcome.evidence?.find((e) => /^p95 latency/.test(e.message))?.message.replace(/^p95 latency over the peak window: /, '');
      console.log(
        `  ${name.padEnd(28)} received ${median(perSecond)} pages/s (median second; ${perSecond.join(', ')}) of ${RATE} planned, ${files} files; p95 ${p95}; ${outcome.status}`,
      );
    } finally {
      await server.close();
    }
  }
  console.log(`  ${await runnersFor4x()}`);
}
