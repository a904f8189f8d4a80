// The heavy packages (Lighthouse, Playwright, cspell) are not installed with primetime: each group in package.json's
// "onDemand" is installed on first need, with `npm ci`, from the package.json and lockfile written here. The lockfile
// is the part of the repository's own package-lock.json the group needs, so what runs is what the tests ran.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where `dependency`, required from the lock entry at `from`, resolves: Node's lookup, up the node_modules folders. */
function resolveInLock(packages, from, dependency) {
  for (let base = from; ;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${dependency}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

export function groupLock(lock, group, roots) {
  const packages = lock.packages;
  const kept = new Map();
  const pending = roots.map((name) => `node_modules/${name}`);
  while (pending.length > 0) {
    const key = pending.pop();
    if (kept.has(key)) continue;
    const entry = packages[key];
    if (!entry) throw new Error(`package-lock.json has no ${key}: run npm install`);
    // The flags describe the entry in the repository's tree (a dev dependency there); npm ci recomputes them.
    const rest = { ...entry };
    for (const flag of ['dev', 'devOptional', 'peer']) delete rest[flag];
    kept.set(key, entry.devOptional ? { ...rest, optional: true } : rest);
    for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      const found = resolveInLock(packages, key, dependency);
      if (found) pending.push(found);
      else if (!entry.optionalDependencies?.[dependency]) throw new Error(`package-lock.json: ${key} needs ${dependency}, which it lacks`);
    }
  }
  const name = `primetime-${group}`;
  const dependencies = Object.fromEntries(roots.map((root) => [root, packages[`node_modules/${root}`].version]));
  const manifest = { name, private: true, dependencies };
  const sorted = [...kept].sort(([a], [b]) => a.localeCompare(b));
  return { manifest, lock: { name, lockfileVersion: 3, requires: true, packages: { '': manifest, ...Object.fromEntries(sorted) } } };
}

export function writeOnDemand(out = 'dist/on-demand') {
  const { onDemand } = JSON.parse(readFileSync('package.json', 'utf8'));
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  for (const [group, roots] of Object.entries(onDemand)) {
    const { manifest, lock: subset } = groupLock(lock, group, roots);
    mkdirSync(path.join(out, group), { recursive: true });
    writeFileSync(path.join(out, group, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    writeFileSync(path.join(out, group, 'package-lock.json'), JSON.stringify(subset, null, 2) + '\n');
  }
}
