/**
 * The import graph stays layered: no file circle (types included), and each room imports at run time only the
 * rooms below it (naming a lower room's types is free). Read from the sources, so a new upward import fails here.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../fixtures/cli.js';

/** A room and the rooms it may import from (its own always). Rooms are path prefixes; the longest match wins. */
const MAY_IMPORT: Record<string, string[]> = {
  'src/util/': [],
  'src/report/': ['src/util/'],
  // The check kit: the contract (zod schemas sharing the report's), the findings collector, the context's types.
  'src/check/': ['src/util/', 'src/report/'],
  // The web toolkit: HTTP, HTML, page files, cache headers, hosts, TLS, warm-up.
  'src/web/': ['src/util/'],
  'src/config/': ['src/util/', 'src/check/', 'src/report/model.ts', 'checks/registry.ts'],
  'src/plan/': ['src/util/', 'src/config/'],
  // The run of show: times, states, renderings (its times in the event's zone, as the reports write them).
  'src/runbook/': ['src/util/', 'src/report/time.ts'],
  'src/aws/': ['src/util/', 'src/check/', 'src/config/', 'src/core/'],
  // The watch during the show: probes, live figures (CloudWatch, against the plan), alerts, the timeline.
  'src/watch/': ['src/util/', 'src/web/', 'src/report/', 'src/config/', 'src/plan/', 'src/aws/', 'src/runbook/war-room.ts'],
  // The engine: the check contract, the runner, the run's context (its HTTP client, AWS access, the plan).
  'src/core/': ['src/util/', 'src/check/', 'src/config/', 'src/plan/', 'src/report/', 'src/web/', 'src/aws/access.ts'],
  'src/browser/': ['src/util/', 'src/check/', 'src/config/', 'src/core/', 'src/web/'],
  'src/load/': ['src/util/', 'src/check/', 'src/config/', 'src/core/', 'src/plan/', 'src/report/', 'src/web/'],
  // Each check: the toolkits, never the commands, never another check.
  'checks/': ['src/util/', 'src/check/', 'src/config/', 'src/core/', 'src/plan/', 'src/report/', 'src/web/', 'src/aws/', 'src/browser/', 'src/load/'],
  // The Action: its own helpers and what it shares with the CLI, never the CLI's internals.
  'src/action/': ['src/util/', 'src/check/', 'src/config/', 'src/core/', 'src/report/', 'src/run/', 'src/runbook/'],
  // What the CLI and the Action share to run and report.
  'src/run/': ['src/util/', 'src/check/', 'src/config/', 'src/core/', 'src/report/', 'src/runbook/'],
};

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'checks'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  // Tests sit beside their check but are not part of it: they may use the test fixtures.
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

/**
 * Each file's imports of other files of the project: all of them (`types`, for circles: not even a circle of
 * types), and those that exist at run time (`runtime`, for the layers: a room may name a lower room's types).
 */
const graph = files.map((file) => {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  // `import x from './x.js'`, `import type …`, `export … from`, and the bare `import './x.js'`.
  const found = [...text.matchAll(/^(?:import|export)(\s+type\b)?(?:[^'";]*?from)?\s*['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => ({
    typeOnly: Boolean(m[1]),
    target: path.posix.normalize(path.posix.join(path.posix.dirname(file), m[2]!)).replace(/\.js$/, '.ts'),
  }));
  return { file, all: found.map((f) => f.target), runtime: found.filter((f) => !f.typeOnly).map((f) => f.target) };
});
const imports = new Map(graph.map((g) => [g.file, g.runtime]));
const allImports = new Map(graph.map((g) => [g.file, g.all]));

const roomOf = (file: string) =>
  Object.keys(MAY_IMPORT)
    .filter((room) => file.startsWith(room))
    .sort((a, b) => b.length - a.length)[0];

describe('architecture', () => {
  it('has no file circle, not even of types', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void circles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      state.set(file, 'open');
      for (const next of allImports.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of allImports.keys()) visit(file, []);
    assert.deepEqual(circles, []);
  });

  it('imports only downward: each room from the rooms below it', () => {
    const upward: string[] = [];
    for (const [file, targets] of imports) {
      const room = roomOf(file);
      if (!room) continue;
      for (const target of targets) {
        const own = file.startsWith('checks/') ? target.startsWith(file.split('/').slice(0, 2).join('/') + '/') : target.startsWith(room);
        if (own || MAY_IMPORT[room]!.some((allowed) => target.startsWith(allowed))) continue;
        upward.push(`${file} → ${target}`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it("keeps the CLI's internals its own: the Action shares src/run, never src/cli", () => {
    const intruders = [...imports]
      .filter(([file]) => file !== 'src/cli.ts' && !file.startsWith('src/cli/'))
      .flatMap(([file, targets]) => targets.filter((t) => t.startsWith('src/cli/')).map((t) => `${file} → ${t}`));
    assert.deepEqual(intruders, []);
  });
});

describe('the Action', () => {
  it('follows actions/typescript-action: main.ts exports run() and runs nothing when imported', () => {
    // @actions/core writes ::commands on stdout, and a failed run sets exit code 1: an import that ran the Action would show.
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', "const { run } = await import('./src/action/main.ts'); console.log(typeof run);"],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '', INPUT_CONFIG: 'missing.yml' },
      },
    );
    assert.equal(out, 'function\n');
  });
});

describe('the check folders', () => {
  it('are the registry: checks/registry.ts is what scripts/registry.mjs makes of them (npm run build)', async () => {
    const { registrySource } = (await import(path.join(ROOT, 'scripts/registry.mjs'))) as { registrySource(dir: string): string };
    assert.equal(readFileSync(path.join(ROOT, 'checks/registry.ts'), 'utf8'), registrySource(path.join(ROOT, 'checks')));
  });

  it('each hold a check whose id is the folder name', async () => {
    const { BUILTIN_IDS, loadBuiltinCheck } = await import('../../checks/registry.js');
    for (const id of BUILTIN_IDS) assert.equal((await loadBuiltinCheck(id)).meta.id, id);
  });
});
