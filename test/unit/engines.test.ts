/**
 * package.json's `engines` is the real minimum: every package bundled into dist/ (listed in its notices) and every
 * package installed on first need (dist/on-demand lockfiles) accepts it, and so does Node 24, which GitHub runs
 * actions on.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import semver from 'semver';
import { ROOT } from '../fixtures/cli.js';

type LockEntries = Record<string, { version?: string; engines?: { node?: string } | string[] }>;
const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const nodeRange = (entry: LockEntries[string] | undefined) => (entry?.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined);

/** name@version → its `engines.node`, from a lockfile's entries. */
function ranges(entries: LockEntries, wanted?: Set<string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, entry] of Object.entries(entries)) {
    const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const id = `${name}@${entry.version}`;
    const range = nodeRange(entry);
    if (key && range && (!wanted || wanted.has(id))) found.set(id, range);
  }
  return found;
}

describe('engines', () => {
  const minimum = semver.minVersion(read('package.json').engines.node as string)!.version;
  const notices = readFileSync(path.join(ROOT, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
  const bundled = new Set([...notices.matchAll(/^(@?[^@\s]+@\d[^\s]*) \(/gm)].map((m) => m[1]!));
  const onDemand = readdirSync(path.join(ROOT, 'dist/on-demand')).map((group) => read(`dist/on-demand/${group}/package-lock.json`).packages as LockEntries);
  const all = new Map([...ranges(read('package-lock.json').packages, bundled), ...onDemand.flatMap((entries) => [...ranges(entries)])]);

  it('reads the bundled packages and those installed on first need', () => {
    assert.ok(bundled.size > 100, `${bundled.size} bundled packages`);
    assert.ok(all.has('undici@7.30.2') && [...all.keys()].some((id) => id.startsWith('lighthouse@')), [...all.keys()].join(', '));
  });

  for (const version of [minimum, '24.0.0'])
    it(`every one of them accepts Node ${version}`, () => {
      const refused = [...all].filter(([, range]) => !semver.satisfies(version, range)).map(([id, range]) => `${id} needs ${range}`);
      assert.deepEqual(refused, []);
    });
});
