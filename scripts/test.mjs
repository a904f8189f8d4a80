// The test files given as arguments, in two parts. The files that time something run one at a time, with the
// machine to themselves: a second file beside them would be measured too. Every other file runs beside one other
// (on 2 cores: the unit and check files took 168 s one at a time, 109 s two at a time). Both parts always run;
// the exit code is the worse of the two.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The files that time something, and what they time. */
const TIMED = {
  'test/checks/lighthouse.test.ts': "Lighthouse's scores, and its host check that calls a busy machine unfit",
  'test/checks/lighthouse-host.test.ts': 'the busy-host check itself',
  'test/e2e/demo.test.ts': "the demo's verdict, Lighthouse included",
  'test/e2e/locust.test.ts': "Locust's rate, second by second at the server",
  'test/e2e/load.test.ts': "the shards' live rate",
  'checks/load/load.test.ts': "the load engine's rate, second by second at the server",
  'test/faults/load-bounds.test.ts': 'the caps per second, as the server counts them',
  'test/e2e/watch.test.ts': "the watch's interval between looks",
  'test/faults/watch-faults.test.ts': "the watch's interval, with a webhook that never answers",
};

const ROOT = path.resolve(import.meta.dirname, '..');
// A renamed file would otherwise run beside another unnoticed.
const gone = Object.keys(TIMED).filter((file) => !existsSync(path.join(ROOT, file)));
if (gone.length > 0) {
  console.error(`scripts/test.mjs: TIMED names test files that do not exist: ${gone.join(', ')}. Update the list.`);
  process.exit(2);
}

const files = process.argv.slice(2);
const isTimed = (file) => path.relative(ROOT, path.resolve(file)) in TIMED;
const timed = files.filter(isTimed);
const others = files.filter((file) => !isTimed(file));
const nodeTest = (concurrency, group) =>
  group.length === 0
    ? 0
    : (spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...group], { stdio: 'inherit' }).status ?? 1);
const codes = [nodeTest(2, others), nodeTest(1, timed)];
process.exitCode = Math.max(...codes);
