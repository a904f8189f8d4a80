// The third-party notices of everything esbuild bundled into dist/: each package once, with its version, its
// license and its license text, read from node_modules. Written at build time, committed and shipped.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `inputs`: the bundle's input files (esbuild's metafile). */
export function writeNotices(inputs, file = 'dist/THIRD-PARTY-NOTICES.txt') {
  const dirs = new Set();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) dirs.add(match[1]);
  }
  const sections = [...dirs]
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => pkg.name)
    .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name) || a.dir.localeCompare(b.dir))
    .filter(({ pkg }, i, all) => i === 0 || `${pkg.name}@${pkg.version}` !== `${all[i - 1].pkg.name}@${all[i - 1].pkg.version}`)
    .map(({ dir, pkg }) => {
      const licenseFile = readdirSync(dir).find((name) => /^(licen[sc]e|copying|notice)(\.|$)/i.test(name));
      const text = licenseFile
        ? readFileSync(path.join(dir, licenseFile), 'utf8').trim()
        : `(no license file in the package; its package.json says ${pkg.license ?? 'nothing'})`;
      return `${pkg.name}@${pkg.version} (${typeof pkg.license === 'string' ? pkg.license : 'see below'})\n\n${text}`;
    });
  const header = `primetime bundles the following packages into dist/. Their licenses follow.\n\n`;
  writeFileSync(file, header + sections.join(`\n\n${'-'.repeat(78)}\n\n`) + '\n');
  return sections.length;
}
