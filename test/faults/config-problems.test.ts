/**
 * Faults: every config problem at once, before anything runs. A schema error does not hide the problems of the
 * checks, their options, the CA files or the plugins; each names its key path and line, in file order; exit 2.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';

describe('faults: every config problem at once', () => {
  it('lists the schema errors and the check-level problems together, sorted by line, and runs nothing', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'primetime.yml'),
      [
        'event:',
        '  name: Capital',
        '  audience: lots', // 3: schema
        '  reach: 140%', // 4: a reach above 100 %
        '  arrivalWindow: 0s', // 5: a window of nothing
        'site:',
        '  baseUrl: http://127.0.0.1:9',
        'network:',
        '  ca: [missing-ca.pem]', // 9: a CA file that is not there
        '  timeout: 0s', // 10: a time limit that would wait forever
        'plugins: [./missing-plugin.mjs]', // 11: a plugin that is not there
        'checks:',
        '  lod: error', // 13: an unknown check id
        '  redirects: [error, { maxHops: many }]', // 14: a check option of the wrong type
        '',
      ].join('\n'),
    );
    const result = await runCli(['check'], { cwd: dir });
    assert.equal(result.code, 2, result.stderr);
    assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
    const lines = [...result.stderr.matchAll(/^ {2}line (\d+), (\S+):/gm)].map((m) => [Number(m[1]), m[2]] as const);
    assert.deepEqual(
      lines.map(([line, key]) => `${line} ${key}`),
      [
        '3 event.audience',
        '4 event.reach',
        '5 event.arrivalWindow',
        '9 network.ca[0]',
        '10 network.timeout',
        '11 plugins[0]',
        '13 checks.lod',
        '14 checks.redirects[1].maxHops',
      ],
      result.stderr,
    );
    assert.match(result.stderr, /8 problems/);
    assert.match(result.stderr, /checks\.lod: unknown check\. Did you mean "load"\?/);
    assert.doesNotMatch(result.stderr, /checking http/, 'nothing ran');
  });
});
