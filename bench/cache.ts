/** What benchmarks fetch from the registries this machine reaches, once, under node_modules/.cache (never committed). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** `root/name`, filled by `fetch` the first time; undefined (and why, on stderr) when it could not be fetched. */
export function fetchOnce(root: string, name: string, fetch: (dir: string) => void): string | undefined {
  const dir = path.join(root, name);
  if (!existsSync(path.join(dir, '.done'))) {
    mkdirSync(dir, { recursive: true });
    try {
      fetch(dir);
      execFileSync('touch', [path.join(dir, '.done')]);
    } catch (error) {
      console.error(`  could not fetch ${name}: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  }
  return dir;
}
