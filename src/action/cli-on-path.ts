/**
 * Later steps of the job run `primetime warm`, `primetime load`… with the very version the Action ran, never an
 * unpinned `npx primetime` (which fetches whatever the registry holds under that name at that moment): a launcher
 * on PATH, for sh and for Windows' cmd, that runs this package's CLI with this Node.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packageRoot } from '../util/package-root.js';

const sh = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/** Writes the launchers into `<dir>/primetime-bin` and returns that folder, for core.addPath. */
export async function writeCliLaunchers(dir: string, cli = path.join(packageRoot(import.meta.url), 'dist', 'cli.js')): Promise<string> {
  const bin = path.join(dir, 'primetime-bin');
  await mkdir(bin, { recursive: true });
  await writeFile(path.join(bin, 'primetime'), `#!/bin/sh\nexec ${sh(process.execPath)} ${sh(cli)} "$@"\n`, { mode: 0o755 });
  await writeFile(path.join(bin, 'primetime.cmd'), `@"${process.execPath}" "${cli}" %*\r\n`);
  return bin;
}
