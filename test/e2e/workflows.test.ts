/**
 * The repository's own workflows: valid against GitHub's schema, and their scripts dry-run here where they can
 * run without GitHub (the release's version and major-tag steps, check-dist's comparison, the self-test's steps
 * around the Action).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { validateWorkflow } from '@action-validator/core';
import { parse as parseYaml } from 'yaml';
import { runAction } from '../fixtures/action.js';
import { ROOT } from '../fixtures/cli.js';
import { freePort, tempDir } from '../fixtures/sites.js';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string>; strategy?: { matrix: Record<string, unknown[]> } }>;
}

const DIR = path.join(ROOT, '.github', 'workflows');
const texts = Object.fromEntries(readdirSync(DIR).map((file) => [file, readFileSync(path.join(DIR, file), 'utf8')]));
const workflow = (file: string) => parseYaml(texts[file]!) as Workflow;
const step = (file: string, job: string, name: string) => {
  const found = workflow(file).jobs[job]!.steps.find((s) => s.name === name || s.id === name);
  assert.ok(found, `${file}: no step "${name}" in job ${job}`);
  return found;
};
const bash = (script: string, options: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  spawnSync('bash', ['-e', '-c', script], { ...options, env: { ...process.env, ...options.env }, encoding: 'utf8' });
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

describe('the repository’s workflows', () => {
  it('are CI, check-dist, release and the self-test, each valid', () => {
    assert.deepEqual(Object.keys(texts).sort(), ['check-dist.yml', 'ci.yml', 'release.yml', 'self-test.yml']);
    for (const [file, text] of Object.entries(texts)) assert.deepEqual(validateWorkflow(text).errors, [], file);
  });

  it('CI runs .ci/run, and the unit tests on Windows and macOS with Node 20 and 24', () => {
    const ci = workflow('ci.yml');
    assert.ok(ci.jobs.test!.steps.some((s) => s.run?.includes('bash .ci/run')));
    assert.deepEqual(ci.jobs.unit!.strategy!.matrix, { os: ['ubuntu-latest', 'windows-latest', 'macos-latest'], node: [20, 24] });
  });

  it('check-dist fails on a dist/ that differs from a rebuild, and passes on the committed one', async () => {
    const copy = path.join(await tempDir(), 'copy');
    git(ROOT, 'worktree', 'add', '--detach', copy, 'HEAD');
    try {
      const compare = step('check-dist.yml', 'check-dist', 'diff').run!;
      assert.equal(bash(compare, { cwd: copy }).status, 0);
      await writeFile(path.join(copy, 'dist', 'cli.js'), '// stale\n', { flag: 'a' });
      const stale = bash(compare, { cwd: copy });
      assert.equal(stale.status, 1);
      assert.match(stale.stderr, /dist\/ is stale: run 'npm run build' and commit the result\.\n M dist\/cli\.js/);
    } finally {
      git(ROOT, 'worktree', 'remove', '--force', copy);
    }
  });

  it('release: only the package’s version as a tag, published with provenance, and the major tag moved to it', async () => {
    const release = workflow('release.yml');
    assert.deepEqual(release.on, { push: { tags: ['v*.*.*'] } });
    assert.equal(release.jobs.publish!.permissions!['id-token'], 'write');
    assert.ok(release.jobs.publish!.steps.some((s) => s.run === 'npm publish --provenance --access public'));

    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
    const checkTag = step('release.yml', 'publish', "The tag is the package's version").run!;
    assert.equal(bash(checkTag, { cwd: ROOT, env: { TAG: `v${version}` } }).status, 0);
    const wrong = bash(checkTag, { cwd: ROOT, env: { TAG: 'v9.9.9' } });
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, new RegExp(`The tag v9\\.9\\.9 is not package.json's version \\(v${version.replaceAll('.', '\\.')}\\)`));

    // The major tag, pushed to a local remote: v1 follows v1.2.0, then v1.3.0.
    const work = await tempDir();
    const remote = path.join(work, 'remote.git');
    const clone = path.join(work, 'clone');
    git(work, 'init', '--quiet', '--bare', remote);
    git(work, 'init', '--quiet', clone);
    git(clone, 'remote', 'add', 'origin', remote);
    const moveMajor = step('release.yml', 'publish', 'Move the major tag').run!;
    for (const tag of ['v1.2.0', 'v1.3.0']) {
      git(clone, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '--quiet', '--allow-empty', '-m', tag);
      git(clone, 'tag', tag);
      assert.equal(bash(moveMajor, { cwd: clone, env: { TAG: tag } }).status, 0);
      assert.equal(git(remote, 'rev-parse', 'v1^{commit}'), git(clone, 'rev-parse', `${tag}^{commit}`));
    }
  });

  it('self-test: the demo site served, then the Action with the workflow’s inputs says GO and puts primetime on PATH', async () => {
    const work = await tempDir();
    await symlink(path.join(ROOT, 'dist'), path.join(work, 'dist'));
    const port = String(await freePort());
    const serve = step('self-test.yml', 'action', 'Serve the demo site').run!.replaceAll('8080', port);
    try {
      const served = bash(serve, { cwd: work });
      assert.equal(served.status, 0, served.stdout + served.stderr);
      const inputs = step('self-test.yml', 'action', 'primetime').with!;
      // The browser and spelling checks are the install tests' (test/e2e/install.test.ts): HTTP checks here, for time.
      const run = await runAction(
        { ...inputs, only: 'error-pages,redirects,caching,security-headers', 'upload-artifact': 'false' },
        { workspace: work, env: { RUNNER_TEMP: work } },
      );
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.paths.length, 1);
      const verdict = step('self-test.yml', 'action', 'The Action says GO, and put primetime on PATH').run!;
      const checked = bash(verdict, {
        cwd: work,
        env: { VERDICT: run.outputs.verdict, BLOCKERS: run.outputs.blockers, PATH: `${run.paths[0]}${path.delimiter}${process.env.PATH}` },
      });
      assert.equal(checked.status, 0, checked.stderr);
      assert.match(checked.stdout, /^\d+\.\d+\.\d+\n$/);
    } finally {
      spawnSync('pkill', ['-f', `demo --serve --port ${port}`]);
    }
  });
});
