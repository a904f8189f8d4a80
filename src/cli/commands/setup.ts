/**
 * `primetime setup`: installs ahead of time what the browser and spelling checks load on first need (Lighthouse,
 * Playwright, the dictionaries), for CI images and runners that cannot reach the npm registry when they check.
 */
import { loadConfigOrRecommended } from '../../config/load.js';
import { selectChecks } from '../../core/runner.js';
import { installGroups, missingGroups, onDemandGroups } from '../../core/on-demand.js';
import { parse } from '../args.js';
import { list } from '../../util/list.js';
import { EXIT, type Io } from '../../run/io.js';

export async function setupCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { checks: { type: 'string', multiple: true } });
  const named = list(values.checks);
  const { loaded, found } = await loadConfigOrRecommended(values.config, io.cwd, io.env);
  // Named checks, else those the config enables, else everything any check could load.
  const packages =
    named.length > 0 || found
      ? selectChecks(loaded, named).flatMap(({ check }) => check.meta.packages ?? [])
      : onDemandGroups(io.env).flatMap((group) => group.packages);
  const missing = missingGroups(packages, io.env);
  await installGroups(missing, (line) => io.stderr.write(line + '\n'), io.env);
  const wanted = onDemandGroups(io.env).filter((group) => group.packages.some((name) => packages.includes(name)));
  for (const group of wanted)
    io.stdout.write(`${group.name}: ${missing.some((m) => m.name === group.name) ? 'installed' : 'already there'} (${group.packages.join(', ')})\n`);
  if (wanted.length === 0) io.stdout.write('Nothing to install: the selected checks load no heavy package.\n');
  return EXIT.go;
}
