/** The README's list of checks, generated from `meta` (and each check's README.md), never written by hand. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILTIN_IDS, loadBuiltinCheck } from '../../checks/registry.js';
import { packageRoot } from '../util/package-root.js';

export async function checksSection(): Promise<string> {
  const rows: string[] = [];
  const details: string[] = [];
  for (const id of BUILTIN_IDS) {
    const { meta } = await loadBuiltinCheck(id);
    rows.push(
      `| [\`${id}\`](checks/${id}/README.md) | ${meta.title} | ${meta.recommended ?? 'off'} | ${meta.requires.join(', ')}${meta.exclusive ? ' (runs alone)' : ''} |`,
    );
    details.push((await readFile(path.join(packageRoot(), 'checks', id, 'README.md'), 'utf8')).trim());
  }
  return [
    '<!-- checks:start -->',
    '| check | proves | default severity | needs |',
    '|---|---|---|---|',
    ...rows,
    '',
    ...details.flatMap((d) => [d, '']),
    '<!-- checks:end -->',
  ].join('\n');
}
