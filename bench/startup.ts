/**
 * Start-up costs: `primetime --help` and `plan` against bare `node -e 0` (with the Node running the bench: run it on
 * Node 22 or later to see the compile cache's share), and the Action's entry against the CLI
 * doing the same work (one HTTP check on the demo site), so the Action's own overhead shows as a ratio.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { CLI, ROOT } from '../test/fixtures/cli.js';
import { serveDemo, tempDir } from '../test/fixtures/sites.js';
import { compare, printTimings } from './stats.js';

const run = promisify(execFile);
const node = (args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  run(process.execPath, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env } }).catch((e: { code?: number }) => e);

export async function benchStartup(rounds = 7): Promise<void> {
  const demo = await serveDemo('clean');
  const dir = await tempDir();
  await writeFile(
    path.join(dir, 'primetime.yml'),
    `event: { name: x, audience: 2300000, reach: 0.1 }\nsite:\n  baseUrl: ${demo.url}\n  errorPages: { serviceUnavailable: /erreurs/503.html }\n`,
  );
  const summary = path.join(dir, 'summary.md');
  await writeFile(summary, '');
  const actionEnv = {
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: path.join(dir, 'out'),
    INPUT_ONLY: 'error-pages',
    'INPUT_UPLOAD-ARTIFACT': 'false',
  };
  try {
    printTimings(
      'CLI start-up',
      await compare(
        {
          'node -e 0': () => node(['-e', '0']),
          'primetime --help': () => node([CLI, '--help']),
          'primetime plan': () => node([CLI, 'plan'], { cwd: dir }),
          // What Node 22.1+'s compile cache saves (cli.ts turns it on); on Node 20 both rows do the same.
          'plan, no compile cache': () => node([CLI, 'plan'], { cwd: dir, env: { NODE_DISABLE_COMPILE_CACHE: '1' } }),
        },
        rounds,
      ),
      'node -e 0',
    );
    printTimings(
      'One HTTP check (error-pages) on the demo site: the Action against the CLI',
      await compare(
        {
          cli: () => node([CLI, 'check', '--only', 'error-pages', '--format', 'json'], { cwd: dir }),
          action: () => node([path.join(ROOT, 'dist/action.js')], { cwd: dir, env: actionEnv }),
        },
        rounds,
      ),
      'cli',
    );
  } finally {
    await demo.close();
  }
}
