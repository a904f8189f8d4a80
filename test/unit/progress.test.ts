/** Live progress: a check's steps reach the terminal as one line rewritten in place, and stay out of CI logs. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { resolveConfig } from '../../src/config/load.js';
import { defineCheck, type ProgressEvent } from '../../src/check/index.js';
import { runChecks, selectChecks } from '../../src/core/runner.js';
import { progressWriter } from '../../src/run/live-line.js';
import { tempDir } from '../fixtures/sites.js';

const sink = (isTTY: boolean, columns = 80) => {
  const out = { text: '', isTTY, columns, write: (chunk: string) => (out.text += chunk) };
  return out;
};

describe('live progress', () => {
  it('a check’s steps become step events, in order, and none after it ended', async () => {
    const stepping = defineCheck({
      meta: { id: 'stepping', title: 'ok', failureTitle: 'ko', description: 'steps', options: z.object({}), requires: [] },
      async run(ctx) {
        for (let run = 1; run <= 3; run++) ctx.step(`run ${run}/3 on /`);
        setTimeout(() => ctx.step('too late'), 20);
        return { status: 'pass', summary: 'fine' };
      },
    });
    const base = await resolveConfig(
      { event: { name: 'Capital', audience: 2_300_000, reach: 0.1 }, site: { baseUrl: 'http://127.0.0.1:9' } },
      { file: 'test', env: {} },
    );
    const events: ProgressEvent[] = [];
    const loaded = { ...base, checks: [{ check: stepping, severity: 'error' as const, options: {} }] };
    await runChecks({
      loaded,
      selected: selectChecks(loaded),
      outDir: await tempDir(),
      onProgress: (e) => events.push(e),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(
      events.filter((e) => e.type === 'step').map((e) => (e as { message: string }).message),
      ['run 1/3 on /', 'run 2/3 on /', 'run 3/3 on /'],
    );
  });

  it('on a terminal: each step rewrites the same line, a progress line clears it first, and a long step is cut to the width', () => {
    const terminal = sink(true, 30);
    const live = progressWriter(terminal);
    live.step('lighthouse: run 1/3 on / (mobile)');
    live.step('lighthouse: run 2/3');
    live.line('✓ lighthouse passed');
    live.step('spelling: page 1/6');
    live.done();
    assert.equal(
      terminal.text,
      '\r\x1b[2Klighthouse: run 1/3 on / (mo…' +
        '\r\x1b[2Klighthouse: run 2/3' +
        '\r\x1b[2K✓ lighthouse passed\n' +
        '\r\x1b[2Kspelling: page 1/6' +
        '\r\x1b[2K',
    );
  });

  it('off a terminal: a step is a plain line when nothing was written for 10 s (every step if verbose), lines kept; --quiet: nothing', () => {
    const log = sink(false);
    let clock = 0;
    const plain = progressWriter(log, { now: () => clock });
    plain.step('mobile-rendering: 1/36 cells');
    clock = 10_000;
    plain.step('mobile-rendering: 12/36 cells');
    clock = 15_000;
    plain.step('mobile-rendering: 20/36 cells');
    plain.line('✓ mobile-rendering');
    clock = 24_000;
    plain.step('lighthouse: run 1/3');
    clock = 25_000;
    plain.step('lighthouse: run 2/3');
    plain.done();
    assert.equal(log.text, 'mobile-rendering: 12/36 cells\n✓ mobile-rendering\nlighthouse: run 2/3\n');
    const verbose = sink(false);
    progressWriter(verbose, { verbose: true }).step('mobile-rendering: 12/36 cells');
    assert.equal(verbose.text, 'mobile-rendering: 12/36 cells\n');
    const quiet = sink(true);
    const silent = progressWriter(quiet, { quiet: true });
    silent.step('x');
    silent.line('y');
    assert.equal(quiet.text, '');
  });
});
