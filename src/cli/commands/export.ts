/** `primetime export --k6 | --locust`: the load shot as a script for another engine. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/load.js';
import { runnersFor, toK6, toK6Operator, toLocust } from '../../load/export.js';
import { loadInputs, resolveWholeShot } from '../../load/settings.js';
import { buildPlan } from '../../plan/plan.js';
import { plural } from '../../report/text.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import type { Io } from '../../run/io.js';

export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { k6: { type: 'boolean' }, locust: { type: 'boolean' }, out: { type: 'string', short: 'o' } });
  if (Boolean(values.k6) === Boolean(values.locust)) throw new UsageError('choose one engine: --k6 or --locust.');
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const settings = resolveWholeShot(loaded.file, loadInputs(loaded.config), buildPlan(loaded.config.event));
  const source = path.basename(loaded.file);
  const script = (values.k6 ? toK6 : toLocust)(settings, source, loaded.fromEnv);
  if (!values.out) {
    io.stdout.write(script);
    return 0;
  }
  const file = path.resolve(io.cwd, values.out);
  await writeFile(file, script);
  io.stderr.write(
    `Wrote ${path.relative(io.cwd, file)}: run it with ${values.k6 ? `k6 run --out json=k6.gz ${values.out}, then primetime merge --k6 k6.gz` : `locust -f ${values.out} --headless`}.\n`,
  );
  if (values.k6) {
    // Beside the script: the same shot on k6-operator, for a team that runs k6 on Kubernetes.
    const manifest = file.replace(/(\.[cm]?js)?$/, '.k6-operator.yaml');
    await writeFile(manifest, toK6Operator(settings, source, path.basename(file), loaded.fromEnv));
    io.stderr.write(
      `Wrote ${path.relative(io.cwd, manifest)}: a k6-operator TestRun with ${plural(runnersFor(settings), 'runner')} (kubectl apply -f, after creating its ConfigMap).\n`,
    );
  } else
    io.stderr.write(
      `Distributed: locust -f ${values.out} --headless --master --expect-workers ${runnersFor(settings)}, and locust -f ${values.out} --worker --master-host <master> on each worker.\n`,
    );
  return 0;
}
