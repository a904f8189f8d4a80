import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig, resolveConfig } from '../../src/config/load.js';
import { ConfigError, formatPath } from '../../src/config/problems.js';
import { tempDir } from '../fixtures/sites.js';

const minimal = { event: { name: 'Capital', audience: 2_300_000, reach: '10%' }, site: { baseUrl: 'https://www.example.fr' } };

async function problemsOf(raw: unknown, env: NodeJS.ProcessEnv = {}) {
  try {
    await resolveConfig(raw, { file: 'primetime.yml', env });
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.problems.map((p) => ({ path: formatPath(p.path), message: p.message, line: p.line }));
  }
  assert.fail('the config was accepted');
}

async function writeConfig(text: string, name = 'primetime.yml') {
  const dir = await tempDir();
  const file = path.join(dir, name);
  await writeFile(file, text);
  return { dir, file };
}

describe('config loading', () => {
  it('accepts a minimal config and fills the defaults', async () => {
    const { config, checks } = await resolveConfig(minimal, { file: 'x', env: {} });
    assert.equal(config.event.reach, 0.1);
    assert.equal(config.event.arrivalWindow, 180_000);
    assert.equal(config.runner.timeout, 120_000);
    assert.equal(config.site.home, '/');
    assert.equal(checks.find((c) => c.check.meta.id === 'error-pages')?.severity, 'error');
  });

  it('reports every problem at once, each with its key path', async () => {
    const problems = await problemsOf({
      event: { name: '', audience: -5, reach: 1.5, arrivalWindow: 'three minutes' },
      site: { baseUrl: 'ftp://example.fr', pages: ['offres'] },
    });
    const paths = problems.map((p) => p.path);
    for (const expected of ['event.name', 'event.audience', 'event.reach', 'event.arrivalWindow', 'site.baseUrl', 'site.pages[0]']) {
      assert.ok(paths.includes(expected), `missing ${expected} in ${paths.join(', ')}`);
    }
    assert.match(problems.find((p) => p.path === 'event.arrivalWindow')!.message, /duration such as 90s, 3m/);
    assert.match(problems.find((p) => p.path === 'site.pages[0]')!.message, /path starting with "\/"/);
  });

  it('refuses values that make no sense: no arrival window, nobody reached, more than everybody', async () => {
    const problems = await problemsOf({ ...minimal, event: { ...minimal.event, arrivalWindow: 0, reach: '0%' } });
    assert.deepEqual(
      problems.map((p) => p.path),
      ['event.reach', 'event.arrivalWindow'],
    );
    assert.match(problems[1]!.message, /must be longer than 0: .*0 would make every rate infinite/);
    assert.match((await problemsOf({ ...minimal, event: { ...minimal.event, reach: '150%' } }))[0]!.message, /between 0 and 100 %/);
  });

  it('names missing required keys', async () => {
    const problems = await problemsOf({ event: { name: 'x' }, site: {} });
    assert.deepEqual(problems.map((p) => p.path).sort(), ['event.audience', 'event.reach', 'site.baseUrl']);
    assert.ok(problems.every((p) => p.message.startsWith('required')));
  });

  it('suggests the key that was meant', async () => {
    const problems = await problemsOf({ ...minimal, event: { ...minimal.event, arivalWindow: '3m' } });
    assert.equal(problems[0]!.path, 'event.arivalWindow');
    assert.match(problems[0]!.message, /Did you mean "arrivalWindow"\?/);
  });

  it('suggests the check id that was meant, and validates check options with their path', async () => {
    const problems = await problemsOf({ ...minimal, checks: { 'error-page': 'error', 'error-pages': ['warn', { minTextLenght: 10, pageStatus: 'ok' }] } });
    const unknownCheck = problems.find((p) => p.path === 'checks.error-page');
    assert.match(unknownCheck!.message, /Did you mean "error-pages"\?/);
    assert.match(problems.find((p) => p.path === 'checks.error-pages[1].minTextLenght')!.message, /Did you mean "minTextLength"/);
    assert.ok(problems.some((p) => p.path === 'checks.error-pages[1].pageStatus'));
  });

  it('rejects a severity that does not exist', async () => {
    const problems = await problemsOf({ ...minimal, checks: { 'error-pages': 'fatal' } });
    assert.equal(problems[0]!.path, 'checks.error-pages');
    assert.match(problems[0]!.message, /off.*warn.*error/);
  });

  it('interpolates ${ENV} and remembers the values as secrets', async () => {
    const loaded = await resolveConfig(
      { ...minimal, site: { ...minimal.site, headers: { Authorization: 'Basic ${PREPROD_AUTH}', 'X-Env': '${STAGE:-preprod}' } } },
      { file: 'x', env: { PREPROD_AUTH: 'c2VjcmV0OnM=' } },
    );
    assert.equal(loaded.config.site.headers.Authorization, 'Basic c2VjcmV0OnM=');
    assert.equal(loaded.config.site.headers['X-Env'], 'preprod');
    assert.deepEqual(loaded.secrets, ['c2VjcmV0OnM=']);
  });

  it('names the key whose environment variable is missing', async () => {
    const problems = await problemsOf({ ...minimal, site: { ...minimal.site, headers: { Authorization: '${MISSING_TOKEN}' } } });
    assert.equal(problems[0]!.path, 'site.headers.Authorization');
    assert.match(problems[0]!.message, /MISSING_TOKEN is not set/);
  });

  it('gives the line of each problem in a YAML file', async () => {
    const { file } = await writeConfig(`event:\n  name: Capital\n  audience: 2300000\n  reach: 10%\n  peakFactr: 2\nsite:\n  baseUrl: not-a-url\n`);
    await assert.rejects(loadConfig(file), (error: ConfigError) => {
      const byPath = Object.fromEntries(error.problems.map((p) => [formatPath(p.path), p.line]));
      assert.equal(byPath['event.peakFactr'], 5);
      assert.equal(byPath['site.baseUrl'], 7);
      assert.match(error.message, /line 5, event\.peakFactr: unknown key\. Did you mean "peakFactor"/);
      return true;
    });
  });

  it('reports YAML syntax errors with their line', async () => {
    const { file } = await writeConfig(`event:\n  name: "unclosed\nsite: {}\n`);
    await assert.rejects(loadConfig(file), (error: ConfigError) => error.problems[0]!.line !== undefined && /not valid YAML/.test(error.message));
  });

  it('loads JSON too', async () => {
    const { file } = await writeConfig(JSON.stringify(minimal), 'primetime.json');
    const loaded = await loadConfig(file);
    assert.equal(loaded.config.event.audience, 2_300_000);
  });

  it('finds primetime.yml in the working folder, and says how to start without one', async () => {
    const { dir } = await writeConfig(`event: { name: x, audience: 10, reach: 1 }\nsite: { baseUrl: "https://a.fr" }\n`);
    assert.equal((await loadConfig(undefined, dir)).config.event.name, 'x');
    await assert.rejects(loadConfig(undefined, await tempDir()), /no config file found.*primetime init/s);
    await assert.rejects(loadConfig('nope.yml', dir), /file not found/);
  });

  it("gives each check its recommended severity when the config does not name it (ESLint's meta.recommended), off otherwise", async () => {
    const dir = await tempDir();
    const plugin = (recommended: string) =>
      // No import: the temporary folder has no node_modules; any object with safeParse is an options schema.
      `export default { meta: { id: 'flag-off', title: 't', failureTitle: 'f', description: 'd', recommended: '${recommended}', requires: [], options: { safeParse: (data) => ({ success: true, data }) } }, async run() { return { status: 'pass', summary: 'ok' }; } };\n`;
    await writeFile(path.join(dir, 'flag-off.mjs'), plugin('warn'));
    const file = path.join(dir, 'primetime.json');
    const severities = async (checks: Record<string, string> = {}, pluginFile = './flag-off.mjs') => {
      await writeFile(file, JSON.stringify({ ...minimal, plugins: [pluginFile], checks }));
      return Object.fromEntries((await loadConfig(file, dir)).checks.map((c) => [c.check.meta.id, c.severity]));
    };
    const defaults = await severities();
    assert.deepEqual([defaults['error-pages'], defaults['security-headers'], defaults.load, defaults['flag-off']], ['error', 'warn', 'off', 'warn']);
    assert.equal((await severities({ 'flag-off': 'error' }))['flag-off'], 'error', 'the config decides');
    // Another file: a module, once imported, is cached under its URL.
    await writeFile(path.join(dir, 'flag-bad.mjs'), plugin('fatal'));
    await assert.rejects(severities({}, './flag-bad.mjs'), /plugins\[0\]: not a primetime check .*meta\.recommended/);
  });

  it('loads plugin checks through the same contract, and rejects broken ones clearly', async () => {
    const dir = await tempDir();
    const plugins = path.resolve(import.meta.dirname, '../fixtures/plugins');
    const file = path.join(dir, 'primetime.json');
    await writeFile(file, JSON.stringify({ ...minimal, plugins: [path.join(plugins, 'cookie-banner.mjs')], checks: { 'cookie-banner': ['warn', { n: 3 }] } }));
    const loaded = await loadConfig(file, dir);
    const plugin = loaded.checks.find((c) => c.check.meta.id === 'cookie-banner');
    assert.deepEqual([plugin?.severity, plugin?.options], ['warn', { n: 3 }]);

    await writeFile(
      file,
      JSON.stringify({ ...minimal, plugins: [path.join(plugins, 'not-a-check.mjs'), path.join(plugins, 'throws-on-import.mjs'), './missing.mjs'] }),
    );
    await assert.rejects(loadConfig(file, dir), (error: ConfigError) => {
      const messages = error.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
      assert.match(messages[0]!, /^plugins\[0\]: not a primetime check/);
      assert.match(messages[1]!, /^plugins\[1\]: the plugin failed to load: boom at import/);
      assert.match(messages[2]!, /^plugins\[2\]: .*not found/);
      return true;
    });
  });
});
