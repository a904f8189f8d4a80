import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { XMLValidator } from 'fast-xml-parser';
import { ReportSchema } from '../../src/report/model.js';
import { resolveConfig } from '../../src/config/load.js';
import { COMMANDS } from '../../src/cli/help.js';
import { CLI, configDirFor, ROOT, runCli } from '../fixtures/cli.js';
import { freePort, serveDemo, tempDir, type Served } from '../fixtures/sites.js';

const FORBID_HEAVY = ['--import', path.join(ROOT, 'test/fixtures/forbid-heavy.mjs')];
/** The HTTP checks: what these tests are about (the browser checks have their own tests). */
const HTTP = ['--only', 'error-pages,redirects,caching,security-headers'];

describe('the primetime command', () => {
  let clean: Served;
  let stock503: Served;
  before(async () => {
    assert.ok(existsSync(CLI), 'dist/cli.js is missing: run npm run build');
    [clean, stock503] = await Promise.all([serveDemo('clean'), serveDemo('stock-503')]);
  });
  after(async () => Promise.all([clean.close(), stock503.close()]));

  it('prints help with examples, and the version', async () => {
    const help = await runCli(['--help']);
    assert.equal(help.code, 0);
    for (const command of ['check', 'plan', 'init', 'list', 'warm', 'demo']) assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'));
    assert.match(help.stdout, /Exit codes: 0 GO, 1 NO-GO, 2 tool or config error/);
    // Every command's help ends with examples of itself: one table holds each command's usage, examples and loader.
    for (const command of Object.keys(COMMANDS)) {
      const own = await runCli([command, '--help']);
      assert.equal(own.code, 0, command);
      assert.match(own.stdout, new RegExp(`\\nExamples:\\n( {2}primetime ${command}\\b.*\\n)+$`), command);
    }
    const version = await runCli(['--version']);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('loads no browser, Lighthouse or spell-checker code for --help, plan or an HTTP check', async () => {
    const dir = await configDirFor(clean.url);
    for (const args of [['--help'], ['plan'], ['list'], ['check', '--only', 'error-pages', '--format', 'json']]) {
      const result = await runCli(args, { cwd: dir, nodeArgs: FORBID_HEAVY });
      assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`);
      assert.doesNotMatch(result.stderr, /heavy module loaded/);
    }
  });

  it('exits 2 with one clear line for an unknown command, flag or check id', async () => {
    const command = await runCli(['chek']);
    assert.equal(command.code, 2);
    assert.match(command.stderr, /unknown command "chek"\. Did you mean "check"\?/);
    const flag = await runCli(['check', '--onyl', 'x']);
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /unknown option --onyl\. Did you mean "--only"\?/);
    const dir = await configDirFor(clean.url);
    const id = await runCli(['check', '--only', 'error-page'], { cwd: dir });
    assert.equal(id.code, 2);
    assert.match(id.stderr, /unknown check "error-page" in --only\/--skip\. Did you mean "error-pages"\?/);
    for (const result of [command, flag, id]) assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
  });

  it('exits 2 on a bad config, naming each key path and line, without a stack trace', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      'event:\n  name: Capital\n  audience: lots\n  reach: 10%\nsite:\n  baseUrl: www.example.fr\nchecks:\n  error-pages: eror\n',
    );
    const result = await runCli(['check'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /line 3, event\.audience: expected number/);
    assert.match(result.stderr, /line 6, site\.baseUrl: /);
    assert.match(result.stderr, /line 8, checks\.error-pages: expected off \| warn \| error/);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
    const none = await runCli(['check'], { cwd: await tempDir() });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no config file found.*primetime init/);
  });

  it('GO: exits 0 and writes the requested reports', async () => {
    const dir = await configDirFor(clean.url);
    const result = await runCli(['check', ...HTTP, '--format', 'terminal,json,html,markdown,junit', '--out', 'out'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^GO: /m);
    const report = ReportSchema.parse(JSON.parse(await readFile(path.join(dir, 'out/report.json'), 'utf8')));
    assert.equal(report.verdict, 'GO');
    assert.equal(report.checks.find((c) => c.id === 'error-pages')?.status, 'pass');
    assert.match(await readFile(path.join(dir, 'out/report.html'), 'utf8'), /<h1>GO<\/h1>/);
    assert.match(await readFile(path.join(dir, 'out/report.md'), 'utf8'), /🟢 GO/);
    assert.equal(XMLValidator.validate(await readFile(path.join(dir, 'out/junit.xml'), 'utf8')), true);
    assert.match(result.stderr, /✓ error-pages/, 'progress goes to stderr');
  });

  it('NO-GO: exits 1 and puts the blocker, its evidence and its fix first', async () => {
    const dir = await configDirFor(stock503.url);
    const result = await runCli(['check', '--only', 'error-pages', '--format', 'terminal'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /Blockers \(1\)\n {2}✗ error-pages: A visitor can meet a blank, stock or broken error page/);
    assert.match(result.stdout, /stock error page of nginx/);
    assert.match(result.stdout, /→ nginx: add `error_page/);
    assert.match(result.stdout, /^NO-GO: 1 blocker/m);
  });

  it('--json: the JSON report alone on stdout, the terminal report on stderr; --quiet: the verdict line alone; --out - refused', async () => {
    const dir = await configDirFor(stock503.url);
    const json = await runCli(['check', '--only', 'error-pages', '--format', 'terminal', '--json', '--out', 'out-json'], { cwd: dir });
    assert.equal(json.code, 1, json.stderr);
    const report = JSON.parse(json.stdout);
    assert.deepEqual([report.verdict, report.checks.map((c: { id: string }) => c.id)], ['NO-GO', ['error-pages']]);
    assert.match(json.stderr, /Blockers \(1\)[\s\S]*^NO-GO: 1 blocker/m);

    const quiet = await runCli(['check', '--only', 'error-pages', '--format', 'terminal,json', '--quiet', '--out', 'out-quiet'], { cwd: dir });
    assert.equal(quiet.code, 1);
    assert.match(quiet.stdout, /^NO-GO: 1 blocker[^\n]*\n$/);
    assert.equal(quiet.stderr, '');
    assert.equal(JSON.parse(await readFile(path.join(dir, 'out-quiet/report.json'), 'utf8')).verdict, 'NO-GO');

    const dash = await runCli(['check', '--out', '-'], { cwd: dir });
    assert.equal(dash.code, 2);
    assert.match(dash.stderr, /--out takes a folder; to write the JSON report to stdout, use --json\./);
  });

  it('inside GitHub Actions, writes the job summary and one annotation per blocker, as the Action does', async () => {
    const dir = await configDirFor(stock503.url);
    const summary = path.join(dir, 'summary.md');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary };
    const result = await runCli(['check', '--only', 'error-pages', '--format', 'terminal,html'], { cwd: dir, env });
    assert.equal(result.code, 1);
    // Escaped as GitHub reads them: the title's colon and comma, the message's newlines.
    assert.match(
      result.stdout,
      /^::error title=error-pages%3A A visitor can meet a blank%2C stock or broken error page::A real 503 shows [^\n]*%0A- [^\n]*%0AFix: nginx: [^\n]*$/m,
    );
    const written = await readFile(summary, 'utf8');
    assert.match(written, /^## 🔴 NO-GO: Capital$/m);
    assert.match(written, /error-pages/);
    // With --json the commands go to stderr (the runner reads both): stdout stays the JSON alone.
    const json = await runCli(['check', '--only', 'error-pages', '--json', '--out', 'out-gha'], { cwd: dir, env });
    assert.equal(JSON.parse(json.stdout).verdict, 'NO-GO');
    assert.match(json.stderr, /^::error title=error-pages/m);
    // Outside Actions: neither.
    const local = await runCli(['check', '--only', 'error-pages', '--format', 'terminal', '--out', 'out-local'], { cwd: dir, env: { GITHUB_ACTIONS: '' } });
    assert.doesNotMatch(local.stdout + local.stderr, /::error/);
  });

  it('an unreachable site is a finding that names the target, not a crash', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const result = await runCli(['check', '--only', 'error-pages', '--format', 'terminal'], { cwd: await configDirFor(url) });
    assert.equal(result.code, 1);
    assert.match(result.stdout, new RegExp(`${url.replace(/[.:/]/g, '\\$&')}/primetime-probe-\\w+: connection refused`));
  });

  it('--fail-on warn makes warnings block', async () => {
    // A second check that passes: a run where nothing passed is NO-GO whatever --fail-on says.
    const plugin = path.join(ROOT, 'test/fixtures/plugins/cookie-banner.mjs');
    const dir = await configDirFor(
      clean.url,
      `plugins: [${JSON.stringify(plugin)}]\nchecks:\n  cookie-banner: error\n  error-pages: [warn, { forcedStatus: 500 }]\n`,
    );
    assert.equal((await runCli(['check', '--only', 'cookie-banner,error-pages', '--format', 'json'], { cwd: dir })).code, 0);
    assert.equal((await runCli(['check', '--only', 'cookie-banner,error-pages', '--format', 'json', '--fail-on', 'warn'], { cwd: dir })).code, 1);
    assert.equal((await runCli(['check', '--fail-on', 'never'], { cwd: dir })).code, 2);
  });

  it('Ctrl-C stops the run and still writes the partial report, marked incomplete', async () => {
    const plugin = path.join(ROOT, 'test/fixtures/plugins/waits-for-abort.mjs');
    const dir = await configDirFor(clean.url, `plugins: [${JSON.stringify(plugin)}]\nchecks:\n  waits-for-abort: error\n`);
    const result = await runCli(['check', '--only', 'waits-for-abort,error-pages', '--format', 'json'], {
      cwd: dir,
      onStart: (child) => child.stderr!.on('data', (chunk: Buffer) => chunk.includes('waiting-for-abort') && child.kill('SIGINT')),
    });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Interrupted: stopping the checks and writing the partial report/);
    const report = JSON.parse(await readFile(path.join(dir, 'primetime-report/report.json'), 'utf8'));
    assert.equal(report.incomplete, true);
    assert.equal(report.verdict, 'NO-GO');
    assert.equal(report.checks.find((c: { id: string }) => c.id === 'waits-for-abort').status, 'not-run');
  });

  it('plan prints each figure with its formula, as a table or JSON', async () => {
    const dir = await configDirFor(clean.url);
    const table = await runCli(['plan'], { cwd: dir });
    assert.equal(table.code, 0);
    assert.match(table.stdout, /Peak visitors\s+230,000 visitors\s+= audience 2,300,000 × reach 10 %/);
    assert.match(table.stdout, /Mean arrivals\s+1,278 visitors\/s\s+= 230,000 visitors ÷ 180 s arrival window/);
    const json = JSON.parse((await runCli(['plan', '--format', 'json'], { cwd: dir })).stdout);
    assert.equal(json.figures.find((f: { id: string }) => f.id === 'visitors').value, 230_000);
  });

  it('init points $schema at the installed package when the project has one, from a sub-folder too', async () => {
    const project = await tempDir();
    const schema = path.join(project, 'node_modules/primetime/schema/primetime.schema.json');
    await mkdir(path.dirname(schema), { recursive: true });
    await writeFile(schema, '{}');
    await mkdir(path.join(project, 'ops'));
    const result = await runCli(['init', '--file', 'ops/primetime.yml', '--offline'], { cwd: project });
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      await readFile(path.join(project, 'ops/primetime.yml'), 'utf8'),
      /^# yaml-language-server: \$schema=\.\/\.\.\/node_modules\/primetime\/schema\/primetime\.schema\.json\n/,
    );
  });

  it('finds the config in a parent folder up to the repository root, never above it', async () => {
    const outside = await configDirFor(clean.url);
    const repo = path.join(outside, 'repo');
    await mkdir(path.join(repo, '.git'), { recursive: true });
    await mkdir(path.join(repo, 'site', 'pages'), { recursive: true });
    const above = await runCli(['list'], { cwd: path.join(repo, 'site', 'pages') });
    assert.match(above.stdout, /recommended severities; no config found/, 'the config above the repository is not its');
    await writeFile(path.join(repo, 'primetime.yml'), await readFile(path.join(outside, 'primetime.yml'), 'utf8'));
    const found = await runCli(['list'], { cwd: path.join(repo, 'site', 'pages') });
    assert.match(found.stdout, new RegExp(`^Checks \\(${path.join(repo, 'primetime.yml').replaceAll('/', '\\/')}\\)`, 'm'));
    const missing = await runCli(['check'], { cwd: path.join(await tempDir(), '.') });
    assert.match(missing.stderr, /no config file found \(looked for primetime\.yml, .* here and in the parent folders up to the repository's root\)/);
  });

  it('runbook: the run of show with each step’s state from the last report, as Markdown and iCalendar; bad steps are config errors', async () => {
    const dir = await configDirFor(clean.url);
    const airtime = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const config = (await readFile(path.join(dir, 'primetime.yml'), 'utf8')).replace('  reach: 10%\n', `  reach: 10%\n  airtime: "${airtime}"\n`);
    const steps = `runbook:\n  - { at: T-3h, title: Branded error pages, owner: web, check: error-pages }\n  - { at: T-1h, title: Certificates, owner: ops, check: tls }\n  - { at: T-15m, title: Warm the caches, owner: ops, command: primetime warm }\n`;
    await writeFile(path.join(dir, 'primetime.yml'), config + steps);
    const before = await runCli(['runbook'], { cwd: dir });
    assert.equal(before.code, 0, before.stderr);
    assert.match(before.stdout, /✗ T-3h .* late +Branded error pages \(web; check error-pages\)/);
    assert.match(before.stdout, /No report yet/);
    assert.equal((await runCli(['check', '--only', 'error-pages', '--format', 'json'], { cwd: dir })).code, 0);
    const after = await runCli(['runbook', '--markdown', 'show.md', '--ics', 'show.ics'], { cwd: dir });
    assert.match(after.stdout, /✓ T-3h .* done +Branded error pages/);
    assert.match(after.stdout, /· T-1h .* due +Certificates/);
    assert.match(after.stdout, /○ T-15m .* manual +Warm the caches \(ops; `primetime warm`\)/);
    assert.match(await readFile(path.join(dir, 'show.md'), 'utf8'), /^\| ✓ \| T-3h \|/m);
    assert.equal((await readFile(path.join(dir, 'show.ics'), 'utf8')).match(/BEGIN:VEVENT/g)?.length, 3);

    await writeFile(
      path.join(dir, 'primetime.yml'),
      config + `runbook:\n  - { at: T-3h, title: X, owner: web, check: error-page }\n  - { at: soon, title: Y, owner: web }\n`,
    );
    const bad = await runCli(['runbook'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /runbook\[0\]\.check: unknown check "error-page"\. Did you mean "error-pages"/);
    assert.match(bad.stderr, /runbook\[1\]\.at: write T-3d, T-30m, T\+45m/);
    await writeFile(path.join(dir, 'primetime.yml'), (await readFile(path.join(dir, 'primetime.yml'), 'utf8')).replace(/ {2}airtime: .*\n/, ''));
    const noAirtime = await runCli(['runbook'], { cwd: dir });
    assert.match(noAirtime.stderr, /"T-3h" is relative to airtime: set event\.airtime/);
  });

  it('init writes a commented config that loads, and never overwrites without --force', async () => {
    const dir = await tempDir();
    // --offline: tests send nothing beyond 127.0.0.0/8.
    const args = ['init', '--url', 'https://www.ekwateur.fr', '--name', 'Capital (M6)', '--airtime', '2027-03-11T21:00:00+01:00', '--offline'];
    const noAws = { AWS_PROFILE: '', AWS_ACCESS_KEY_ID: '', AWS_ROLE_ARN: '', AWS_WEB_IDENTITY_TOKEN_FILE: '' };
    const first = await runCli(args, { cwd: dir, env: noAws });
    assert.equal(first.code, 0, first.stderr);
    const text = await readFile(path.join(dir, 'primetime.yml'), 'utf8');
    // No AWS in sight: the run of show holds no AWS step (no quota to raise, no LCU to reserve); with a profile, it does.
    assert.match(text, /Warm the caches/);
    assert.doesNotMatch(text, /LCU|quotas/);
    // Without primetime installed in the project (an npx user): the published schema of this very version.
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    assert.match(
      text,
      new RegExp(`^# yaml-language-server: \\$schema=https://unpkg\\.com/primetime@${version.replaceAll('.', '\\.')}/schema/primetime\\.schema\\.json\n`),
    );
    const loaded = await resolveConfig(parseYaml(text), { file: 'primetime.yml', env: {} });
    assert.deepEqual(
      [loaded.config.site.baseUrl, loaded.config.event.reach, loaded.config.event.airtime],
      ['https://www.ekwateur.fr', 0.1, '2027-03-11T21:00:00+01:00'],
    );
    const again = await runCli(args, { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists: pass --force/);
    assert.equal((await runCli([...args, '--force'], { cwd: dir, env: { ...noAws, AWS_PROFILE: 'prod' } })).code, 0);
    assert.match(await readFile(path.join(dir, 'primetime.yml'), 'utf8'), /Reserve the load balancers’ capacity \(LCU reservation\)/);
    // The conversion writes event.backend out (the figures behind the load balancer); without it, it stays commented.
    assert.equal(loaded.config.event.backend, undefined);
    const converting = await runCli([...args, '--force', '--conversion', '2 %'], { cwd: dir, env: noAws });
    assert.equal(converting.code, 0, converting.stderr);
    const withBackend = await resolveConfig(parseYaml(await readFile(path.join(dir, 'primetime.yml'), 'utf8')), { file: 'primetime.yml', env: {} });
    assert.equal(withBackend.config.event.backend?.conversion, 0.02);
    // The resources behind the load balancer, named: their checks on; the others stay commented out.
    const named = await runCli([...args, '--force', '--databases', 'elan-db', '--tables', 'leads, carts', '--ses'], { cwd: dir, env: noAws });
    assert.equal(named.code, 0, named.stderr);
    const behind = await resolveConfig(parseYaml(await readFile(path.join(dir, 'primetime.yml'), 'utf8')), { file: 'primetime.yml', env: {} });
    assert.deepEqual(behind.config.checks.database, ['error', { instances: ['elan-db'] }]);
    assert.deepEqual(behind.config.checks.dynamodb, ['error', { tables: ['leads', 'carts'] }]);
    assert.deepEqual(behind.config.checks.email, ['error', { enabled: true }]);
    assert.equal(behind.config.checks.cache, undefined);
    // The edge: peak mode, alarms, records and the war room, named: on, with the run of show's peak-mode steps.
    const edge = await runCli(
      [
        ...args,
        '--force',
        '--heavy',
        '/offres',
        '--switch',
        'X-Peak-Mode: on',
        '--lead',
        'Camille, +33 6 12 34 56 78',
        '--bridge',
        'https://meet.example.fr/c',
      ].concat(['--alarms', 'elan-*', '--records', 'Z0123456789ABC/www.ekwateur.fr.']),
      { cwd: dir, env: noAws },
    );
    assert.equal(edge.code, 0, edge.stderr);
    const edgeText = await readFile(path.join(dir, 'primetime.yml'), 'utf8');
    const atEdge = await resolveConfig(parseYaml(edgeText), { file: 'primetime.yml', env: {} });
    assert.deepEqual(atEdge.config.checks['peak-mode'], ['error', { switch: { header: 'X-Peak-Mode', value: 'on' }, heavyPages: ['/offres'] }]);
    assert.deepEqual(atEdge.config.checks.alarms, ['error', { names: [], prefixes: ['elan-'] }]);
    assert.deepEqual(atEdge.config.checks.dns, ['error', { records: [{ zone: 'Z0123456789ABC', name: 'www.ekwateur.fr.' }] }]);
    assert.deepEqual(atEdge.config.warRoom, {
      bridge: 'https://meet.example.fr/c',
      contacts: [{ name: 'Camille', role: 'incident lead', reach: '+33 6 12 34 56 78', for: [] }],
    });
    assert.match(edgeText, /peak mode on/i, 'the run of show switches peak mode on and off');
    const bad = await runCli(['init', '--url', 'not a url', '--file', 'other.yml', '--offline'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--url: "not a url" is not a site address: write https:\/\/www\.example\.fr\./);
    assert.equal(existsSync(path.join(dir, 'other.yml')), false);
  });

  it('init reads the home page once: a marker it really contains, the CDN in front; and writes the funnel', async () => {
    const demo = await serveDemo('clean');
    try {
      const dir = await tempDir();
      const result = await runCli(['init', '--url', demo.url, '--funnel', '/souscription/etape-1.html,/souscription/etape-2.html'], { cwd: dir });
      assert.equal(result.code, 0, result.stderr);
      const text = await readFile(path.join(dir, 'primetime.yml'), 'utf8');
      const loaded = await resolveConfig(parseYaml(text), { file: 'primetime.yml', env: {} });
      assert.equal(loaded.config.site.marker, 'Élan Énergie', text);
      assert.match(result.stdout, /Marker proposed from the home page's logo: "Élan Énergie"/);
      assert.deepEqual(loaded.config.site.funnel, ['/souscription/etape-1.html', '/souscription/etape-2.html']);
      assert.equal(loaded.config.event.cacheHitRatio, 0.8, 'the demo edge cache answers with x-cache');
    } finally {
      await demo.close();
    }
  });

  it('list shows every check with its severity and needs', async () => {
    const result = await runCli(['list'], { cwd: await tempDir() });
    assert.equal(result.code, 0);
    assert.match(result.stdout, /error-pages\s+error\s+needs network/);
  });
});
