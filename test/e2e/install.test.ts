/**
 * Installed as a user installs it: the packed package, with its dependencies from the registry into an npm cache
 * this test starts empty (nothing a previous install left behind is needed: it passes on a fresh machine). It
 * installs light, runs an HTTP check without installing anything more, installs the spelling check's packages on
 * first need into the cache folder, and says so clearly when the registry cannot be reached.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runAction } from '../fixtures/action.js';
import { startActionsCache } from '../fixtures/actions-cache.js';
import { configDirFor, ROOT, runCli } from '../fixtures/cli.js';
import { freePort, serveDemo, tempDir, type Served } from '../fixtures/sites.js';

const npm = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--ignore-scripts'], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
const ON_DEMAND = Object.values(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).onDemand as Record<string, string[]>).flat();

describe('installing primetime', () => {
  let cli: string;
  let app: string;
  let site: Served;
  let configDir: string;
  /** An npm cache of this test's own, empty at the start: whatever the machine's cache holds is not used. */
  let npmCache: string;

  before(async () => {
    const work = await tempDir();
    npmCache = path.join(work, 'npm-cache');
    const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT)) as [{ filename: string }];
    app = path.join(work, 'app');
    await mkdir(app);
    await writeFile(path.join(app, 'package.json'), '{}');
    npm(['install', path.join(work, filename)], app, { npm_config_cache: npmCache });
    cli = path.join(app, 'node_modules', 'primetime', 'dist', 'cli.js');
    site = await serveDemo('clean');
    configDir = await configDirFor(site.url);
  });
  after(() => site?.close());

  const run = (args: string[], env: NodeJS.ProcessEnv) => runCli(args, { cli, cwd: configDir, env });

  it('installs without Lighthouse, Playwright or cspell', () => {
    const installed = readdirSync(path.join(app, 'node_modules')).flatMap((name) =>
      name.startsWith('@') ? readdirSync(path.join(app, 'node_modules', name)).map((sub) => `${name}/${sub}`) : [name],
    );
    assert.deepEqual(
      ON_DEMAND.filter((name) => installed.includes(name)),
      [],
    );
    assert.ok(installed.includes('primetime') && installed.includes('zod'), installed.join(', '));
    assert.ok(installed.length < 20, `${installed.length} packages: ${installed.join(', ')}`);
  });

  it('runs an HTTP check without installing anything more', async () => {
    const cache = path.join(await tempDir(), 'cache');
    const result = await run(['check', '--only', 'error-pages', '--format', 'json', '--out', 'out-http'], { PRIMETIME_CACHE: cache });
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /Installing/);
    assert.equal(existsSync(cache), false);
  });

  it('installs the spelling check’s packages on first need, from the registry, then reuses them', async () => {
    const cache = path.join(await tempDir(), 'cache');
    const env = { PRIMETIME_CACHE: cache, npm_config_cache: npmCache };
    const first = await run(['check', '--only', 'spelling', '--format', 'json', '--out', 'out-spelling'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /Installing playwright-core on first use, into .*playwright-[0-9a-f]{12}/);
    assert.match(first.stderr, /Installing cspell-lib, .*@cspell\/dict-fr-fr.* on first use/);
    const report = JSON.parse(readFileSync(path.join(configDir, 'out-spelling', 'report.json'), 'utf8'));
    assert.equal(report.checks.find((c: { id: string }) => c.id === 'spelling').status, 'pass');
    assert.deepEqual(
      readdirSync(cache)
        .sort()
        .map((name) => name.replace(/-[0-9a-f]{12}$/, '')),
      ['playwright', 'spelling'],
    );

    const again = await run(['setup', '--checks', 'spelling'], env);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(
      again.stdout,
      'playwright: already there (playwright-core)\nspelling: already there (' + ON_DEMAND.filter((n) => /cspell|zxcvbn/.test(n)).join(', ') + ')\n',
    );
  });

  it('says how to fix it when the registry cannot be reached, and leaves no report folder behind', async () => {
    const work = await tempDir();
    const env = {
      PRIMETIME_CACHE: path.join(work, 'cache'),
      npm_config_cache: path.join(work, 'empty-npm-cache'),
      // A mirror with its credentials in the URL: the message names the host alone.
      npm_config_registry: `http://primetime:s3cret-mirror-token@127.0.0.1:${await freePort()}/`,
      npm_config_fetch_retries: '0',
    };
    const result = await run(['check', '--only', 'mobile-rendering', '--out', 'out-offline'], env);
    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /could not install playwright-core: the npm registry \(http:\/\/127\.0\.0\.1:\d+\/\) cannot be reached \(ECONNREFUSED\)\. Run "primetime setup"/,
    );
    assert.doesNotMatch(result.stderr, /\n\s+at /);
    assert.doesNotMatch(result.stderr, /s3cret/);
    assert.deepEqual(
      readdirSync(configDir).filter((name) => name.startsWith('out-offline')),
      [],
    );
  });

  it('in the Action: installs once per lockfile, saves it to the Actions cache, and the next job restores it without npm', async () => {
    const service = await startActionsCache();
    const workspace = await configDirFor(site.url, 'checks:\n  mobile-rendering: [error, { pages: [/], devices: [Pixel 7] }]\n');
    // Each job starts on a fresh runner: the same cache folder path, empty.
    const cache = path.join(await tempDir(), 'cache');
    // The first job installs from the registry; the second has an empty npm cache and no registry: it must restore.
    const job = async (npmEnv: NodeJS.ProcessEnv) => {
      const work = await tempDir();
      await rm(cache, { recursive: true, force: true });
      return runAction(
        { only: 'mobile-rendering' },
        {
          workspace,
          action: path.join(app, 'node_modules', 'primetime', 'dist', 'action.js'),
          env: {
            ACTIONS_CACHE_URL: service.url,
            ACTIONS_RUNTIME_TOKEN: 'test-token',
            RUNNER_TEMP: work,
            PRIMETIME_CACHE: cache,
            ...npmEnv,
          },
        },
      );
    };
    try {
      const first = await job({ npm_config_cache: npmCache });
      assert.equal(first.code, 0, first.stdout);
      assert.match(first.stdout, /::group::Installing playwright-core \(first use in this job\)/);
      assert.match(first.stdout, /Saved to the Actions cache as primetime-playwright-[0-9a-f]{12}-linux-x64\./);
      assert.deepEqual(
        service.keys().map((key) => key.replace(/-[0-9a-f]{12}-/, '-…-')),
        ['primetime-playwright-…-linux-x64'],
      );

      // An npm install here would fail: nothing in this npm cache, and no registry.
      const second = await job({ npm_config_cache: path.join(await tempDir(), 'empty-npm-cache'), npm_config_offline: 'true' });
      assert.equal(second.code, 0, second.stdout);
      assert.match(second.stdout, /Restored from the Actions cache \(primetime-playwright-[0-9a-f]{12}-linux-x64\)/);
      assert.doesNotMatch(second.stdout, /on first use, into/);
      assert.equal(second.outputs.verdict, 'GO');
    } finally {
      await service.close();
    }
  });
});
