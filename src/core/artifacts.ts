import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactStore } from './check.js';

export function createArtifactStore(dir: string): ArtifactStore {
  const root = path.resolve(dir);
  return {
    dir: root,
    async save(relativePath, data) {
      const target = path.resolve(root, relativePath);
      if (!target.startsWith(root + path.sep)) throw new Error(`artifact path escapes the report folder: ${relativePath}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, data);
      return path.relative(root, target).split(path.sep).join('/');
    },
  };
}
