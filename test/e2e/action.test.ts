import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validateAction, validateWorkflow } from '@action-validator/core';
import type { RunsJavascript } from '@schemastore/github-action';
import { parse as parseYaml } from 'yaml';
import { planAnnotations } from '../../src/run/github.js';
import { COMMENT_MARKER } from '../../src/action/comment.js';
import { checkReport, sampleReport } from '../fixtures/report.js';
import { configDirFor, ROOT } from '../fixtures/cli.js';
import { startGithubApi } from '../fixtures/github-api.js';
import { runAction } from '../fixtures/action.js';
import { serveDemo, tempDir } from '../fixtures/sites.js';

describe('the GitHub Action (dist/action.js)', () => {
  let clean: Awaited<ReturnType<typeof serveDemo>>;
  let broken: Awaited<ReturnType<typeof serveDemo>>;
  before(async () => {
    [clean, broken] = await Promise.all([serveDemo('clean'), serveDemo('stock-503')]);
  });
  after(async () => Promise.all([clean.close(), broken.close()]));

  it('GO: exit 0, the verdict in the summary and the outputs, the reports on disk', async () => {
    const workspace = await configDirFor(clean.url);
    const run = await runAction({ only: 'error-pages,redirects,security-headers' }, { workspace });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.verdict, 'GO');
    assert.equal(run.outputs.blockers, '0');
    assert.match(run.summary, /^## 🟢 GO: Capital/);
    // The config's other recommended checks were left out by `only`: the summary and the outputs say so.
    assert.match(run.summary, /a partial run: \d+ of the config's checks not run \(.*caching/);
    assert.match(run.outputs['not-run']!, /^[a-z-]+(,[a-z-]+)*$/);
    assert.ok(run.outputs['not-run']!.split(',').includes('caching'), run.outputs['not-run']);
    assert.match(await readFile(run.outputs['report-html']!, 'utf8'), /<h1>GO<\/h1>/);
    assert.equal(JSON.parse(await readFile(run.outputs['report-json']!, 'utf8')).verdict, 'GO');
    assert.doesNotMatch(run.stdout, /^::error/m);
    assert.doesNotMatch(run.summary, /Run of show/, 'no airtime, no runbook: nothing to place in time');
  });

  it('shows the run of show under the verdict, with the steps this run proves done', async () => {
    const airtime = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const workspace = await configDirFor(
      clean.url,
      `runbook:\n  - { at: T-3h, title: Branded error pages, owner: web, check: error-pages }\n  - { at: T-1h, title: Headers, owner: web, check: tls }\n  - { at: T-0, title: Answer the chat, owner: support }\n`,
    );
    await writeFile(
      path.join(workspace, 'primetime.yml'),
      (await readFile(path.join(workspace, 'primetime.yml'), 'utf8')).replace('  reach: 10%\n', `  reach: 10%\n  airtime: "${airtime}"\n`),
    );
    const run = await runAction({ only: 'error-pages' }, { workspace });
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.summary, /## 🟢 GO[\s\S]*\n## Run of show\n/);
    assert.match(run.summary, /^\| ✓ \| T-3h \| .* \| done \| Branded error pages \| web \| check error-pages \|$/m);
    assert.match(run.summary, /^\| · \| T-1h \| .* \| due \| Headers \|/m);
    assert.match(run.summary, /^\| ○ \| T-0 \| .* \| manual \| Answer the chat \|/m);
  });

  it('NO-GO: exit 1, an error annotation per blocker, setFailed with the reason', async () => {
    const workspace = await configDirFor(broken.url);
    const run = await runAction({ only: 'error-pages' }, { workspace });
    assert.equal(run.code, 1);
    assert.equal(run.outputs.verdict, 'NO-GO');
    assert.equal(run.outputs.blockers, '1');
    // The toolkit escapes ':' and ',' in properties (%3A, %2C) and newlines in messages (%0A).
    assert.match(
      run.stdout,
      /^::error title=error-pages%3A A visitor can meet a blank%2C stock or broken error page::A real 503 shows the stock error page of nginx\.%0A- A real 503/m,
    );
    assert.match(run.stdout, /^::error::primetime: NO-GO: 1 blocker to fix before airtime; a partial run: \d+ of the config's checks not run \(.*\)\.$/m);
    assert.match(run.summary, /🔴 NO-GO/);
  });

  it('a config error: exit 1, one annotation per problem with file and line, a one-line failure', async () => {
    const workspace = await tempDir();
    await writeFile(path.join(workspace, 'primetime.yml'), 'event:\n  name: x\n  audience: lots\n  reach: 10%\nsite:\n  baseUrl: https://a.fr\n');
    const run = await runAction({}, { workspace });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^::error title=primetime config,file=.*primetime\.yml,line=3::event\.audience: expected number/m);
    assert.match(run.stdout, /^::error::primetime: 1 problem\(s\) in .*primetime\.yml \(see the annotations\)\.$/m);
    assert.doesNotMatch(run.stdout, /^\s+at /m);
  });

  it('masks every secret the config interpolates', async () => {
    const workspace = await configDirFor(clean.url, 'site_headers_placeholder: 1\n');
    await writeFile(
      path.join(workspace, 'primetime.yml'),
      (await readFile(path.join(workspace, 'primetime.yml'), 'utf8'))
        .replace('site_headers_placeholder: 1\n', '')
        .replace('  marker:', '  headers: { Authorization: "Bearer ${PREPROD_TOKEN}" }\n  marker:'),
    );
    const run = await runAction({ only: 'error-pages' }, { workspace, env: { PREPROD_TOKEN: 's3cr3t-t0ken' } });
    assert.match(run.stdout, /^::add-mask::s3cr3t-t0ken$/m);
    assert.equal(run.stdout.split('s3cr3t-t0ken').length - 1, 1, 'only the mask command carries it');
  });

  it('keeps one sticky PR comment: created, then updated in place, under the size cap', async () => {
    const api = await startGithubApi([{ id: 7, body: 'an unrelated comment' }]);
    try {
      const workspace = await configDirFor(broken.url);
      const inputs = { only: 'error-pages', 'comment-on-pr': 'true', 'github-token': 'test-token' };
      const event = { pull_request: { number: 42 } };
      await runAction(inputs, { workspace, event, apiUrl: api.url });
      assert.equal(api.comments.length, 2);
      const mine = api.comments[1]!;
      assert.ok(mine.body.startsWith(COMMENT_MARKER));
      assert.match(mine.body, /🔴 NO-GO/);
      await runAction(inputs, { workspace, event, apiUrl: api.url });
      assert.equal(api.comments.length, 2, 'updated, not added');
      assert.deepEqual(
        api.calls.map((c) => c.method),
        ['GET', 'POST', 'GET', 'PATCH'],
      );
      assert.ok(api.calls.every((c) => c.authorization === 'Bearer test-token'));
      assert.ok(mine.body.length < 65_536);
    } finally {
      await api.close();
    }
  });

  it('a failing upload or comment is a warning, never a crash', async () => {
    const workspace = await configDirFor(clean.url);
    const run = await runAction(
      { only: 'error-pages', 'upload-artifact': 'true', 'comment-on-pr': 'true', 'github-token': 'wrong' },
      { workspace, event: { pull_request: { number: 1 } }, apiUrl: 'http://127.0.0.1:9' },
    );
    assert.equal(run.code, 0, run.stdout);
    assert.match(
      run.stdout,
      /^::warning title=primetime::The report folder could not be uploaded as an artifact: Unable to get the ACTIONS_RUNTIME_TOKEN env variable/m,
    );
    assert.match(run.stdout, /^::warning title=primetime::The PR comment could not be written: /m);
  });
});

describe('annotations within GitHub caps', () => {
  it('keeps 10 errors and 10 warnings, blockers first, and counts the rest', () => {
    const checks = [
      ...Array.from({ length: 14 }, (_, i) => checkReport({ id: `b${i}`, outcome: 'blocker', status: 'fail' })),
      ...Array.from({ length: 12 }, (_, i) => checkReport({ id: `w${i}`, outcome: 'warning', status: 'fail' })),
    ];
    const plan = planAnnotations(sampleReport(checks));
    assert.equal(plan.annotations.filter((a) => a.level === 'error').length, 10);
    assert.equal(plan.annotations.filter((a) => a.level === 'warning').length, 10);
    assert.deepEqual(plan.omitted, { errors: 4, warnings: 2 });
    assert.equal(plan.annotations[0]!.title, 'b0: b0 title');
  });
});

describe('action.yml and the README workflows', () => {
  it('action.yml is valid, runs on node24, and declares every input the code reads', async () => {
    const text = await readFile(path.join(ROOT, 'action.yml'), 'utf8');
    // action-validator's embedded schema predates node24 (SchemaStore added it): validate everything else with it,
    // and check `using` against the current SchemaStore types, where a missing node24 would not compile.
    assert.deepEqual(validateAction(text.replace('using: node24', 'using: node20')).errors, []);
    const runtimes: RunsJavascript['using'][] = ['node20', 'node24'];
    const using = (parseYaml(text) as { runs: { using: string; main: string } }).runs;
    assert.deepEqual([using.using, using.main], [runtimes[1], 'dist/action.js']);
    const source = await readFile(path.join(ROOT, 'src/action/main.ts'), 'utf8');
    const read = new Set([...source.matchAll(/(?:getInput|flag)\('([\w-]+)'/g)].map((m) => m[1]));
    for (const input of read) assert.match(text, new RegExp(`^  ${input}:`, 'm'), `${input} missing from action.yml`);
  });

  it('every workflow in the README is valid, and runs the Action’s primetime or a pinned version', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const workflows = [...readme.matchAll(/```yaml\n(# \.github\/workflows\/[\s\S]*?)```/g)].map((m) => m[1]!);
    assert.ok(workflows.length >= 4, `found ${workflows.length} workflows`);
    for (const workflow of workflows) assert.deepEqual(validateWorkflow(workflow).errors, [], workflow.split('\n')[0]);
    // `npx primetime` unpinned would run whatever the registry holds at that moment: the Action's own (on PATH), or a pinned version.
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    for (const workflow of workflows) {
      assert.doesNotMatch(workflow, /npx primetime(?!@)/, workflow.split('\n')[0]);
      for (const [, pinned] of workflow.matchAll(/npx primetime@(\S+)/g)) assert.equal(pinned, version, workflow.split('\n')[0]);
    }
  });
});
