/** Writes a variant of the demo site to a folder, for the built-in server and for nginx alike. */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packageRoot } from '../util/package-root.js';
import { VARIANTS, type Variant, type VariantName } from './variants.js';

export const CLEAN_SITE = () => path.join(packageRoot(), 'demo', 'site');

export async function materializeSite(name: VariantName, dir: string): Promise<Variant> {
  const variant: Variant = VARIANTS[name];
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(CLEAN_SITE(), dir, { recursive: true });
  for (const [file, edit] of Object.entries(variant.edits)) {
    const target = path.join(dir, file);
    const before = await readFile(target, 'utf8').catch(() => '');
    const after = edit(before);
    if (after === before) throw new Error(`variant ${name}: the edit of ${file} changed nothing (the clean site moved on?)`);
    await writeFile(target, after);
  }
  for (const file of variant.remove) await rm(path.join(dir, file));
  return variant;
}
