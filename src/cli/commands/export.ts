/** `primetime export --k6 | --locust`: the load shot as a script for another engine. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/load.js';
import { toK6, toLocust } from '../../load/export.js';
import { loadInputs, resolveLoadSettings } from '../../load/settings.js';
import { buildPlan } from '../../plan/plan.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import type { Io } from '../../run/io.js';

export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { k6: { type: 'boolean' }, locust: { type: 'boolean' }, out: { type: 'string', short: 'o' } });
  if (Boolean(values.k6) === Boolean(values.locust)) throw new UsageError('choose one engine: --k6 or --locust.');
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const settings = resolveLoadSettings(loaded.file, loadInputs(loaded.config), buildPlan(loaded.config.event));
  const source = path.basename(loaded.file);
  const script = (values.k6 ? toK6 : toLocust)(settings, source, loaded.fromEnv);
  if (!values.out) {
    io.stdout.write(script);
    return 0;
  }
  const file = path.resolve(io.cwd, values.out);
  await writeFile(file, script);
  io.stderr.write(`Wrote ${path.relative(io.cwd, file)}: run it with ${values.k6 ? `k6 run ${values.out}` : `locust -f ${values.out} --headless`}.\n`);
  return 0;
}
