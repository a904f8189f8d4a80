/**
 * The Action's dist/ bundles the light core. Playwright, Lighthouse and cspell read their own files at run time and
 * cannot be bundled: when a selected check needs one that is missing, `npm ci --omit=dev` installs them once in the
 * Action's folder. Runs of HTTP-only checks never pay for it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export function missingPackages(packages: readonly string[], root: string): string[] {
  return [...new Set(packages)].filter((name) => !existsSync(path.join(root, 'node_modules', name, 'package.json')));
}

export async function installRuntimeDependencies(root: string): Promise<void> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await promisify(execFile)(npm, ['ci', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
}
