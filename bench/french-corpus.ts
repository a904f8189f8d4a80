/**
 * Real French text this project did not write, fetched at benchmark time from the registries this machine
 * reaches and cached under node_modules/.cache (never committed):
 * - the French State design system's example pages (@gouvfr/dsfr on npm): web copy, forms, error pages;
 * - Debian's reference manual in French (debian-reference-fr): long technical prose with commands and code.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { fetchOnce } from './cache.js';

export interface Corpus {
  name: string;
  source: string;
  files: string[];
}

const CACHE = path.resolve('node_modules/.cache/primetime-french-corpus');
const DSFR = '@gouvfr/dsfr@1.15.3';
const DEBIAN = 'debian-reference-fr';

export function frenchCorpora(): Corpus[] {
  const corpora: Corpus[] = [];
  const dsfr = fetchOnce(CACHE, 'dsfr', (dir) => {
    execFileSync('npm', ['pack', DSFR, '--silent', '--pack-destination', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    execFileSync('tar', ['xzf', tarball, 'package/example'], { cwd: dir });
  });
  if (dsfr) corpora.push({ name: 'dsfr', source: `${DSFR} example pages (npm)`, files: globSync('package/example/**/*.html', { cwd: dsfr, absolute: true }) });
  const debian = fetchOnce(CACHE, 'debian-reference', (dir) => {
    execFileSync('apt-get', ['download', DEBIAN], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    const deb = readdirSync(dir).find((f) => f.endsWith('.deb'))!;
    execFileSync('dpkg-deb', ['-x', deb, 'x'], { cwd: dir });
  });
  if (debian)
    corpora.push({
      name: 'debian-reference',
      source: `${DEBIAN} (Debian package)`,
      files: globSync('x/usr/share/debian-reference/*.fr.html', { cwd: debian, absolute: true }),
    });
  return corpora;
}
