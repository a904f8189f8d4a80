/**
 * Faults: config files that are not what they seem. Each is a config error (exit 2) naming the file, the line where
 * one can be given, and the fix; never a silent exit, an internal error, or a site blamed for the config's bytes.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, type CliResult } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';

// Nothing listens on port 9: a config that got as far as checking would say so.
const SITE = 'site: { baseUrl: "http://127.0.0.1:9", marker: "Élan Énergie" }';

async function check(name: string, content: string | Buffer, extra: Record<string, string> = {}): Promise<CliResult & { dir: string }> {
  const dir = await tempDir();
  await writeFile(path.join(dir, name), content);
  for (const [file, text] of Object.entries(extra)) await writeFile(path.join(dir, file), text);
  return { ...(await runCli(['check', '--only', 'redirects'], { cwd: dir, timeoutMs: 60_000 })), dir };
}

function assertConfigError(result: CliResult, says: RegExp): void {
  assert.equal(result.hung, undefined, 'it ended by itself');
  assert.equal(result.code, 2, result.stderr);
  assert.match(result.stderr, says);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(result.stderr, /internal error|checking http/i, 'a config error, before anything runs');
}

// Two at a time: two cases wait out the 10 s limit on a module's load.
describe('faults: config files', { concurrency: 2 }, () => {
  it('a YAML config saved in Latin-1 is a config error with its line, not a site without its marker', async () => {
    const yaml = `event: { name: Capital, audience: 1000, reach: 10% }\n${SITE}\n`;
    const result = await check('primetime.yml', Buffer.from(yaml, 'latin1'));
    assertConfigError(result, /primetime\.yml: 1 problem\n {2}line 2, \(root\): the file is not UTF-8 .*save it as UTF-8/);
  });

  it('a JSON config saved in UTF-16 is a config error too', async () => {
    const json = JSON.stringify({ event: { name: 'Capital', audience: 1000, reach: 0.1 }, site: { baseUrl: 'http://127.0.0.1:9' } });
    const result = await check('primetime.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    assertConfigError(result, /primetime\.json: 1 problem\n {2}line 1, \(root\): the file is not UTF-8/);
  });

  it('a UTF-8 config with a byte-order mark still loads', async () => {
    const result = await check('primetime.yml', `\uFEFFevent: { name: Capital, audience: 1000, reach: 10% }\n${SITE}\n`);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /connection refused/);
  });

  it('a YAML alias bomb is a config error naming the file and the first alias, in well under a second of work', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const yaml = `event: { name: Capital, audience: 1000, reach: 10% }\n${SITE}\nrunbook: []\nx-bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
    const result = await check('primetime.yml', yaml);
    assertConfigError(result, /primetime\.yml: 1 problem\n {2}line 6, \(root\): not usable YAML: .*alias.* Write the values out/i);
  });

  it('a module config whose top-level await never settles is an error naming the file, not a silent exit 0', async () => {
    const result = await check('primetime.config.mjs', 'await new Promise(() => {});\nexport default {};\n');
    assertConfigError(result, /primetime\.config\.mjs: 1 problem\n {2}\(root\): the module failed to load: it did not finish loading within 10 s/);
  });

  it('a plugin whose top-level await never settles is a problem of its key', async () => {
    const yaml = `event: { name: Capital, audience: 1000, reach: 10% }\n${SITE}\nplugins: [./stuck.mjs]\n`;
    const result = await check('primetime.yml', yaml, { 'stuck.mjs': 'await new Promise(() => {});\nexport default {};\n' });
    assertConfigError(result, /line 3, plugins\[0\]: the plugin failed to load: it did not finish loading within 10 s/);
  });
});
