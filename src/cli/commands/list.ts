import { existsSync } from 'node:fs';
import { findConfigFile, loadConfig, resolveConfig } from '../../config/load.js';
import { parse } from '../args.js';
import { EXIT, type Io } from '../io.js';

/** Without a config, shows the recommended severities against a placeholder site. */
export async function listCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {});
  const file = values.config ?? findConfigFile(io.cwd);
  const loaded =
    file && (values.config || existsSync(file))
      ? await loadConfig(file, io.cwd, io.env)
      : await resolveConfig({ event: { name: 'placeholder', audience: 1, reach: 1 }, site: { baseUrl: 'https://example.invalid' } }, { file: '(recommended)' });
  const width = Math.max(...loaded.checks.map((c) => c.check.meta.id.length));
  io.stdout.write(`Checks (${file ? loaded.file : 'recommended severities; no config found'}):\n\n`);
  for (const { check, severity } of loaded.checks) {
    io.stdout.write(
      `  ${check.meta.id.padEnd(width)}  ${severity.padEnd(5)}  needs ${check.meta.requires.join(', ') || 'nothing'}${check.meta.exclusive ? ', runs alone' : ''}\n  ${' '.repeat(width)}  ${check.meta.title}\n`,
    );
  }
  return EXIT.go;
}
