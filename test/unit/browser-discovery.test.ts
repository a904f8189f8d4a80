/** Which browser a run uses: the configured one, CHROME_PATH, else chrome-launcher's search (Lighthouse's), then Edge. */
import assert from 'node:assert/strict';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BrowserNotFoundError, findBrowser } from '../../src/browser/launch.js';
import { tempDir } from '../fixtures/sites.js';

describe('finding the browser', () => {
  it('a configured path or CHROME_PATH that does not exist is an error naming it, never a reason to pick another', async () => {
    await assert.rejects(
      findBrowser('/nowhere/chrome', {}),
      (error: Error) => error instanceof BrowserNotFoundError && /browser\.executablePath=\/nowhere\/chrome \(missing\)/.test(error.message),
    );
    await assert.rejects(findBrowser(undefined, { CHROME_PATH: '/nowhere/chromium' }), /CHROME_PATH=\/nowhere\/chromium \(missing\)/);
  });

  it(
    'otherwise takes the best installed one as chrome-launcher ranks them: Google Chrome on PATH before Debian’s chromium',
    { skip: process.platform !== 'linux' },
    async () => {
      const bin = await tempDir();
      const chrome = path.join(bin, 'google-chrome-stable');
      await writeFile(chrome, '#!/bin/sh\nexit 0\n');
      await chmod(chrome, 0o755);
      const saved = { PATH: process.env.PATH, CHROME_PATH: process.env.CHROME_PATH };
      // chrome-launcher reads the process's own PATH: set it for this test only.
      process.env.PATH = `${bin}${path.delimiter}${saved.PATH}`;
      delete process.env.CHROME_PATH;
      try {
        assert.equal(await findBrowser(undefined, {}), chrome);
      } finally {
        process.env.PATH = saved.PATH;
        if (saved.CHROME_PATH !== undefined) process.env.CHROME_PATH = saved.CHROME_PATH;
      }
      assert.equal(await findBrowser(undefined, {}), '/usr/bin/chromium', 'this machine’s Debian Chromium, found on PATH');
    },
  );
});
