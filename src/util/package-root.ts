import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package's folder, found from this module whether it runs from src/ (tsx) or dist/ (bundled). */
export function packageRoot(from: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(from));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'primetime') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the primetime package folder');
    dir = parent;
  }
}
