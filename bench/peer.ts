/**
 * The same audit two ways, timed end to end in alternating runs: primetime (`check --only lighthouse,
 * mobile-rendering,spelling,error-pages`) against the pipeline a team would assemble from the tools each step is
 * known by, run one step after the other as CI steps are: LHCI (collect ×3, then assert the categories), a
 * Playwright script over the same devices and pages (peer-devices.ts), cspell on the same pages, and curl-like
 * fetches of the error pages. On the demo site and on one site of ../shared/corpus/real-sites.
 * The peer's tools are installed at benchmark time under node_modules/.cache/primetime-peer (never committed).
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { runCli, ROOT } from '../test/fixtures/cli.js';
import { serveDemo, tempDir } from '../test/fixtures/sites.js';
import { CORPUS, corpusMissing, serveCorpus } from '../test/real-sites/serve.js';
import { findBrowser } from '../src/browser/launch.js';
import { fetchOnce } from './cache.js';
import { compare, printTimings } from './stats.js';

const run = promisify(execFile);
const TOOLS = ['@lhci/cli@0.15.1', 'cspell@9', '@cspell/dict-fr-fr@2.3.2'];
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';

interface Site {
  name: string;
  url: string;
  pages: string[];
  errorPages: string[];
}

export async function benchPeer(rounds = 3): Promise<void> {
  const tools = fetchOnce(path.resolve('node_modules/.cache/primetime-peer'), 'tools', (dir) => {
    execFileSync('npm', ['init', '-y'], { cwd: dir, stdio: 'ignore' });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', ...TOOLS], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  });
  if (!tools) return console.log('\nPeer pipeline: its tools could not be installed: skipped.');
  const demo = await serveDemo('clean');
  const corpus = corpusMissing() ? undefined : await serveCorpus();
  try {
    const sites: Site[] = [
      { name: 'the demo site', url: demo.url, pages: ['/', '/offres.html', '/souscription/etape-1.html'], errorPages: ['/erreurs/503.html', '/plan-b/'] },
    ];
    if (corpus) sites.push(realSite('jndjs-jardin', corpus.sites.get('jndjs-jardin')!));
    for (const site of sites) {
      const [primetime, peer] = [await primetimeRun(site), await peerRun(site, tools)];
      const timings = await compare({ 'peer pipeline': peer, primetime }, rounds);
      printTimings(`The audit on ${site.name} (${site.pages.length} pages; Lighthouse ×3, 7 devices, spelling, error pages)`, timings, 'peer pipeline');
    }
  } finally {
    await Promise.all([demo.close(), corpus?.close()]);
  }
}

/** A real site's home page and its first two other pages, as built. */
function realSite(name: string, url: string): Site {
  const others = globSync('**/*.html', { cwd: path.join(CORPUS, 'sites', name) })
    .filter((file) => file !== 'index.html')
    .sort()
    .slice(0, 2);
  return { name: `${name} (a real site)`, url, pages: ['/', ...others.map((file) => `/${file}`)], errorPages: [] };
}

async function primetimeRun(site: Site): Promise<() => Promise<void>> {
  const dir = await tempDir();
  const [home, ...pages] = site.pages;
  const errorPages = site.errorPages.length ? `\n  errorPages: { serviceUnavailable: ${site.errorPages[0]}, overflow: ${site.errorPages[1]} }` : '';
  await writeFile(
    path.join(dir, 'primetime.yml'),
    `event: { name: peer, audience: 100000, reach: 10% }\nsite:\n  baseUrl: ${site.url}\n  home: ${home}\n  pages: [${pages.join(', ')}]${errorPages}\n` +
      `checks:\n  lighthouse: [error, { runs: 3 }]\n  mobile-rendering: [error, { pages: [${site.pages.join(', ')}] }]\n  spelling: [error, { funnel: false }]\n  error-pages: error\n`,
  );
  return async () => {
    const result = await runCli(['check', '--only', 'lighthouse,mobile-rendering,spelling,error-pages', '--format', 'json', '--out', 'out'], {
      cwd: dir,
      timeoutMs: 600_000,
    });
    if (result.code !== 0 && result.code !== 1) throw new Error(`primetime exited ${result.code}: ${result.stderr}`);
  };
}

async function peerRun(site: Site, tools: string): Promise<() => Promise<void>> {
  const dir = await tempDir();
  const bin = (name: string) => path.join(tools, 'node_modules', '.bin', name);
  const chrome = await findBrowser(undefined);
  const assertions = Object.fromEntries(
    ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => [`categories:${c}`, ['error', { minScore: 0.9 }]]),
  );
  await writeFile(
    path.join(dir, 'lighthouserc.json'),
    JSON.stringify({
      ci: {
        collect: { url: [new URL(site.pages[0]!, site.url).toString()], numberOfRuns: 3, settings: { chromeFlags: CHROME_FLAGS } },
        assert: { assertions },
      },
    }),
  );
  await writeFile(path.join(dir, 'cspell.json'), JSON.stringify({ version: '0.2', language: 'fr', import: ['@cspell/dict-fr-fr/cspell-ext.json'] }));
  // Asynchronous: the demo site is served by this very process, which must keep answering while a step runs.
  const step = async (command: string, args: string[], cwd = dir) => {
    try {
      await run(command, args, { cwd, env: { ...process.env, CHROME_PATH: chrome, NODE_PATH: path.join(tools, 'node_modules') } });
    } catch (error) {
      // A step that finds problems exits 1, as primetime's NO-GO does: only a step that could not run is an error.
      if ((error as { code?: number }).code !== 1) throw error;
    }
  };
  return async () => {
    await step(bin('lhci'), ['collect']);
    await step(bin('lhci'), ['assert']);
    await step(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'peer-devices.ts'), site.url, path.join(dir, 'shots'), ...site.pages], ROOT);
    for (const [i, page] of site.pages.entries()) await writeFile(path.join(dir, `page-${i}.html`), await (await fetch(new URL(page, site.url))).text());
    await step(bin('cspell'), ['--no-progress', '--config', 'cspell.json', 'page-*.html']);
    for (const page of ['/peer-probe-404', ...site.errorPages]) await (await fetch(new URL(page, site.url))).text();
  };
}
