import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactStore } from '../check/index.js';
import type { Masker } from './secrets.js';

/** Text files (Lighthouse's reports, data) and every file name are masked as the report is. */
export function createArtifactStore(dir: string, mask: Masker = (text) => text): ArtifactStore {
  const root = path.resolve(dir);
  return {
    dir: root,
    async save(requestedPath, raw) {
      const relativePath = mask(requestedPath).replace(/\*/g, '_');
      const data = typeof raw === 'string' ? mask(raw) : raw;
      const target = path.resolve(root, relativePath);
      if (!target.startsWith(root + path.sep)) throw new Error(`artifact path escapes the report folder: ${relativePath}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, data);
      return path.relative(root, target).split(path.sep).join('/');
    },
  };
}
