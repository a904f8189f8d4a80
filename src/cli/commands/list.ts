import { loadConfigOrRecommended } from '../../config/load.js';
import { parse } from '../args.js';
import { EXIT, type Io } from '../../run/io.js';

/** Without a config, shows the recommended severities against a placeholder site. */
export async function listCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {});
  const { loaded, found } = await loadConfigOrRecommended(values.config, io.cwd, io.env);
  const width = Math.max(...loaded.checks.map((c) => c.check.meta.id.length));
  io.stdout.write(`Checks (${found ? loaded.file : 'recommended severities; no config found'}):\n\n`);
  for (const { check, severity } of loaded.checks) {
    io.stdout.write(
      `  ${check.meta.id.padEnd(width)}  ${severity.padEnd(5)}  needs ${check.meta.requires.join(', ') || 'nothing'}${check.meta.exclusive ? ', runs alone' : ''}\n  ${' '.repeat(width)}  ${check.meta.title}\n`,
    );
  }
  return EXIT.go;
}
