/** `primetime export --k6 | --locust`: the load shot as a script for another engine. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/load.js';
import { hostAllowed } from '../../load/allow.js';
import { toK6, toK6Operator, toLocust } from '../../load/export.js';
import { loadInputs, resolveLoadSettings, resolveWholeShot, type LoadSettings } from '../../load/settings.js';
import { buildPlan } from '../../plan/plan.js';
import { plural } from '../../report/text.js';
import { parseHtml, subresources } from '../../web/html.js';
import { createHttpClient, NetworkError } from '../../web/http.js';
import { createLookup } from '../../web/lookup.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import type { Io } from '../../run/io.js';

export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { k6: { type: 'boolean' }, locust: { type: 'boolean' }, out: { type: 'string', short: 'o' } });
  if (Boolean(values.k6) === Boolean(values.locust)) throw new UsageError('choose one engine: --k6 or --locust.');
  // The scripts read each ${VAR} when they run: exporting needs none of their values.
  const loaded = await loadConfig(values.config, io.cwd, io.env, { keepUnset: true });
  const [inputs, plan] = [loadInputs(loaded.config), buildPlan(loaded.config.event)];
  const files = await filesPerArrival(resolveLoadSettings(loaded.file, inputs, plan), io);
  const shot = resolveWholeShot(loaded.file, inputs, plan, files);
  const source = path.basename(loaded.file);
  const script = (values.k6 ? toK6 : toLocust)(shot, source, loaded.fromEnv);
  if (!values.out) {
    io.stdout.write(script);
    return 0;
  }
  const file = path.resolve(io.cwd, values.out);
  await writeFile(file, script);
  if (values.k6) {
    // Beside the script: the same shot on k6-operator, for a team that runs k6 on Kubernetes.
    const manifest = file.replace(/(\.[cm]?js)?$/, '.k6-operator.yaml');
    await writeFile(manifest, toK6Operator(shot, source, path.basename(file), loaded.fromEnv));
    io.stderr.write(
      `Wrote ${path.relative(io.cwd, file)}: run it with k6 run --out json=k6.json.gz ${values.out}, then primetime merge --k6 k6.json.gz.\n` +
        `Wrote ${path.relative(io.cwd, manifest)}: a k6-operator TestRun with ${plural(shot.runners, 'runner')} (kubectl apply -f, after creating its ConfigMap).\n`,
    );
  } else
    io.stderr.write(
      `Wrote ${path.relative(io.cwd, file)}: run it with PRIMETIME_RESULTS=results locust -f ${values.out} --headless, then primetime merge results/.\n` +
        `Distributed: locust -f ${values.out} --headless --master --expect-workers ${shot.runners}, and PRIMETIME_RESULTS=results locust -f ${values.out} --worker --master-host <master> on each worker.\n`,
    );
  return 0;
}

/**
 * The files an arrival pulls in, on average over the scenario's weights, so the runners are planned for the pages
 * and their files: each GET page whose files are fetched is read once, its files found as the load finds them.
 */
async function filesPerArrival(settings: LoadSettings, io: Io): Promise<number> {
  const pages = settings.requests.filter((r) => r.subresources);
  if (pages.length === 0) return 0;
  const lookup = createLookup(settings.network);
  const client = createHttpClient({ ca: settings.network.ca, timeoutMs: 15_000, ...(lookup ? { lookup } : {}) });
  let files = 0;
  try {
    for (const page of pages) {
      const response = page.method === 'GET' ? await client.request(page.url, { headers: page.headers }).catch((error: Error) => error) : undefined;
      if (response === undefined || response instanceof Error) {
        const why = response instanceof NetworkError ? response.message : response ? String(response) : `a ${page.method}, which export never sends`;
        io.stderr.write(`primetime: ${page.url}'s files not counted (${why}): the runners are planned without them.\n`);
        continue;
      }
      const own = subresources(parseHtml(response.body), response.url).filter((s) => hostAllowed(s.url, settings.allowHosts));
      files += page.weight * own.length;
    }
  } finally {
    await client.close();
  }
  return files;
}
