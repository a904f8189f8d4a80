import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { resolveConfig, type LoadedConfig } from '../../src/config/load.js';
import type { ConfigInput } from '../../src/config/schema.js';
import { defineCheck, type Check, type CheckContext, type CheckOutcome } from '../../src/check/index.js';
import { SelectionError } from '../../src/core/errors.js';
import { runChecks, selectChecks } from '../../src/core/runner.js';
import { tempDir } from '../fixtures/sites.js';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new Error('aborted'))), { once: true });
  });

function check(id: string, run: (ctx: CheckContext) => Promise<CheckOutcome>, meta: Partial<Check['meta']> = {}): Check {
  return defineCheck({ meta: { id, title: `${id} holds`, failureTitle: `${id} fails`, description: id, options: z.object({}), requires: [], ...meta }, run });
}

const pass = (id: string, extra: Partial<Check['meta']> = {}) => check(id, async () => ({ status: 'pass', summary: 'fine' }), extra);

async function loaded(checks: { check: Check; severity?: 'off' | 'warn' | 'error' }[], config: Partial<ConfigInput> = {}): Promise<LoadedConfig> {
  const base = await resolveConfig(
    { event: { name: 'Capital', audience: 2_300_000, reach: 0.1 }, site: { baseUrl: 'http://127.0.0.1:9' }, runner: { timeout: '5s' }, ...config },
    { file: 'test', env: {} },
  );
  return { ...base, checks: checks.map(({ check, severity = 'error' }) => ({ check, severity, options: {} })) };
}

/** A run as a command makes it: the checks selected once (`only`, `skip`), then run. */
const run = async (l: LoadedConfig, { only, skip, ...extra }: Partial<Parameters<typeof runChecks>[0]> & { only?: string[]; skip?: string[] } = {}) =>
  runChecks({ loaded: l, selected: selectChecks(l, only, skip), outDir: await tempDir(), ...extra });

describe('runner', () => {
  it('turns a thrown exception into an error that blocks, and runs the other checks', async () => {
    const report = await run(
      await loaded([
        {
          check: check('boom', async () => {
            throw new TypeError('cannot read x of undefined');
          }),
        },
        { check: pass('fine') },
      ]),
    );
    const boom = report.checks.find((c) => c.id === 'boom')!;
    assert.equal(boom.status, 'error');
    assert.equal(boom.outcome, 'blocker');
    assert.match(boom.summary, /could not complete: cannot read x of undefined/);
    assert.equal(report.checks.find((c) => c.id === 'fine')!.outcome, 'passed');
    assert.equal(report.verdict, 'NO-GO');
  });

  it('an error in a warn-severity check is a warning, not a blocker', async () => {
    const report = await run(
      await loaded([
        {
          check: check('boom', async () => {
            throw new Error('x');
          }),
          severity: 'warn',
        },
        { check: pass('fine') },
      ]),
    );
    assert.equal(report.checks.find((c) => c.id === 'boom')!.outcome, 'warning');
    assert.equal(report.verdict, 'GO');
    assert.equal(
      (
        await run(
          await loaded([
            {
              check: check('boom', async () => {
                throw new Error('x');
              }),
              severity: 'warn',
            },
            { check: pass('fine') },
          ]),
          { failOn: 'warn' },
        )
      ).verdict,
      'NO-GO',
    );
  });

  it('times out a hanging check, aborts its signal, and never reports it as a pass', async () => {
    let signal: AbortSignal | undefined;
    const hang = check(
      'hang',
      (ctx) => {
        signal = ctx.signal;
        return new Promise(() => {});
      },
      { timeout: 150 },
    );
    const report = await run(await loaded([{ check: hang }, { check: pass('fine') }]));
    const result = report.checks.find((c) => c.id === 'hang')!;
    assert.equal(result.status, 'error');
    assert.match(result.summary, /did not finish within/);
    assert.equal(signal?.aborted, true);
  });

  it('takes a per-check timeout from the config over the check default', async () => {
    const l = await loaded([{ check: check('slow', (ctx) => sleep(400, ctx.signal).then(() => ({ status: 'pass', summary: 'ok' })), { timeout: 100 }) }]);
    l.checks[0]!.timeoutMs = 2_000;
    assert.equal((await run(l)).checks[0]!.status, 'pass');
  });

  it('keeps a skip a skip: never counted as a pass, and nothing passed means NO-GO', async () => {
    const skip = check('aws-thing', async () => ({ status: 'skip', summary: 'no AWS credentials' }));
    const onlySkips = await run(await loaded([{ check: skip }]));
    assert.equal(onlySkips.checks[0]!.outcome, 'skipped');
    assert.equal(onlySkips.counts.passed, 0);
    assert.equal(onlySkips.verdict, 'NO-GO');
    const withPass = await run(await loaded([{ check: skip }, { check: pass('fine') }]));
    assert.deepEqual([withPass.verdict, withPass.counts.skipped], ['GO', 1]);
  });

  it('rejects a result that is not a result', async () => {
    const report = await run(await loaded([{ check: check('odd', async () => ({ status: 'ok', summary: 3 }) as unknown as CheckOutcome) }]));
    assert.equal(report.checks[0]!.status, 'error');
    assert.match(report.checks[0]!.summary, /invalid result/);
  });

  it('runs I/O checks concurrently under the limit, and exclusive checks alone', async () => {
    let inFlight = 0;
    let most = 0;
    let exclusiveSawOthers = false;
    const busy = (id: string) =>
      check(id, async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await sleep(60);
        inFlight--;
        return { status: 'pass', summary: 'ok' };
      });
    const alone = check(
      'lighthouse-like',
      async () => {
        exclusiveSawOthers = inFlight > 0;
        await sleep(30);
        exclusiveSawOthers ||= inFlight > 0;
        return { status: 'pass', summary: 'ok' };
      },
      { exclusive: true },
    );
    const report = await run(
      await loaded([{ check: alone }, ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ check: busy(id) }))], { runner: { concurrency: 3 } }),
    );
    assert.equal(most, 3);
    assert.equal(exclusiveSawOthers, false);
    assert.equal(report.counts.passed, 7);
  });

  it('warms an exclusive check up while the others run; a failing warm-up changes nothing, and a check not selected is not warmed', async () => {
    const events: string[] = [];
    const warmed = (id: string, warmUp: () => Promise<void>) => ({
      ...check(id, async () => (events.push(`run ${id}`), { status: 'pass', summary: 'ok' }), { exclusive: true }),
      warmUp,
    });
    const shared = check('shared', async () => (events.push('run shared'), await sleep(30), { status: 'pass', summary: 'ok' }));
    const l = await loaded([
      { check: warmed('lighthouse-like', async () => void events.push('warm lighthouse-like')) },
      { check: warmed('broken', () => Promise.reject(new Error('module not found'))) },
      {
        check: warmed('throws-at-once', () => {
          throw new Error('not async');
        }),
      },
      { check: warmed('unselected', async () => void events.push('warm unselected')) },
      { check: shared },
    ]);
    const report = await run(l, { skip: ['unselected'] });
    assert.deepEqual(events.slice(0, 2), ['warm lighthouse-like', 'run shared']);
    assert.ok(!events.includes('warm unselected'));
    assert.deepEqual(
      report.checks.map((c) => [c.id, c.status]),
      [
        ['shared', 'pass'],
        ['lighthouse-like', 'pass'],
        ['broken', 'pass'],
        ['throws-at-once', 'pass'],
      ],
    );
  });

  it('selects with only and skip, runs an "off" check named in only, and rejects unknown ids', async () => {
    const l = await loaded([{ check: pass('a') }, { check: pass('b') }, { check: pass('load'), severity: 'off' }]);
    assert.deepEqual((await run(l)).checks.map((c) => c.id).sort(), ['a', 'b']);
    assert.deepEqual(
      (await run(l, { skip: ['a'] })).checks.map((c) => c.id),
      ['b'],
    );
    const onlyOff = await run(l, { only: ['load'] });
    assert.deepEqual([onlyOff.checks[0]!.id, onlyOff.checks[0]!.severity], ['load', 'error']);
    await assert.rejects(run(l, { only: ['lod'] }), SelectionError);
  });

  it('on interruption aborts running checks, starts no more, and marks the report incomplete', async () => {
    const controller = new AbortController();
    const started: string[] = [];
    const slow = (id: string) =>
      check(id, async (ctx) => {
        started.push(id);
        await sleep(5_000, ctx.signal);
        return { status: 'pass', summary: 'ok' };
      });
    setTimeout(() => controller.abort(), 100);
    const report = await run(
      await loaded(
        ['a', 'b', 'c'].map((id) => ({ check: slow(id) })),
        { runner: { concurrency: 1 } },
      ),
      { signal: controller.signal },
    );
    assert.deepEqual(started, ['a']);
    assert.equal(report.incomplete, true);
    assert.equal(report.verdict, 'NO-GO');
    assert.deepEqual(
      report.checks.map((c) => c.status),
      ['not-run', 'not-run', 'not-run'],
    );
  });

  it('says when a fix takes longer than the time left before airtime', async () => {
    const now = new Date('2027-03-10T21:00:00+01:00');
    const quota = check('quota', async () => ({
      status: 'fail',
      summary: 'vCPU quota too low',
      remediation: [
        { action: 'Request a quota increase', leadTimeMs: 3 * 86_400_000 },
        { action: 'Reserve LCUs', leadTimeMs: 3_600_000 },
      ],
    }));
    const report = await run(await loaded([{ check: quota }], { event: { name: 'Capital', audience: 1, reach: 1, airtime: '2027-03-11T21:00:00+01:00' } }), {
      clock: { now: () => now },
    });
    assert.equal(report.event.timeLeftMs, 86_400_000);
    assert.deepEqual(
      report.checks[0]!.remediation.map((r) => r.tooLate),
      [true, false],
    );
  });

  it('masks secrets from the environment in everything it reports', async () => {
    const echo = check('echo', async (ctx) => ({
      status: 'fail',
      summary: `sent ${ctx.site.headers.authorization}`,
      evidence: [{ level: 'fail', message: 'x', data: { header: ctx.site.headers.authorization } }],
    }));
    const base = await resolveConfig(
      { event: { name: 'x', audience: 1, reach: 1 }, site: { baseUrl: 'https://a.fr', headers: { authorization: 'Bearer ${TOKEN}' } } },
      { file: 'x', env: { TOKEN: 'tok-123456' } },
    );
    const report = await run({ ...base, checks: [{ check: echo, severity: 'error', options: {} }] });
    assert.doesNotMatch(JSON.stringify(report), /tok-123456/);
    assert.equal(report.checks[0]!.summary, 'sent Bearer ***');
  });

  it('launches one browser for every check that asks, and closes it at the end', async () => {
    let launches = 0;
    let closed = 0;
    const browserCheck = (id: string) =>
      check(
        id,
        async (ctx) => {
          await ctx.browser();
          return { status: 'pass', summary: 'ok' };
        },
        { requires: ['browser'] },
      );
    const report = await run(await loaded([{ check: browserCheck('a') }, { check: browserCheck('b') }]), {
      launchBrowser: async () => {
        launches++;
        return {
          newContext: async () => ({}),
          close: async () => {
            closed++;
          },
        };
      },
    });
    assert.deepEqual([launches, closed, report.counts.passed], [1, 1, 2]);
  });

  it('orders the report blockers first, then warnings, passes and skips', async () => {
    const report = await run(
      await loaded([
        { check: check('s', async () => ({ status: 'skip', summary: 'x' })) },
        { check: pass('p') },
        { check: check('w', async () => ({ status: 'warn', summary: 'x' })) },
        { check: check('b', async () => ({ status: 'fail', summary: 'x' })) },
      ]),
    );
    assert.deepEqual(
      report.checks.map((c) => c.id),
      ['b', 'w', 'p', 's'],
    );
    assert.deepEqual(report.counts, { blockers: 1, warnings: 1, passed: 1, skipped: 1 });
  });
});

describe('findings', () => {
  it('passes only on positive evidence: nothing verified is a skip', async () => {
    const { findings } = await import('../../src/check/index.js');
    assert.equal(findings().outcome('ok').status, 'skip');
    const looked = findings();
    looked.info('looked');
    assert.equal(looked.outcome('ok').status, 'skip');
    const proved = findings();
    proved.pass('proved');
    assert.deepEqual(proved.outcome('ok'), { status: 'pass', summary: 'ok', evidence: [{ level: 'pass', message: 'proved' }], remediation: [] });
    const warned = findings();
    warned.pass('a');
    warned.warn('b', { fix: 'Fix B' });
    warned.warn('c', { target: 'https://a.fr/', fix: { action: 'Fix B', command: 'ignored: already there' } });
    assert.deepEqual(warned.outcome('ok', { artifacts: [] }), {
      status: 'warn',
      summary: 'b (+1 more)',
      evidence: [
        { level: 'pass', message: 'a' },
        { level: 'warn', message: 'b' },
        { level: 'warn', message: 'c', target: 'https://a.fr/' },
      ],
      remediation: [{ action: 'Fix B' }],
      artifacts: [],
    });
  });

  it('fails on a proven failure; an unread point alone is "could not verify", never a failure or a pass', async () => {
    const { findings } = await import('../../src/check/index.js');
    const unread = findings();
    unread.pass('read one');
    unread.unverified('prod (eu-west-3) quota: access denied.');
    unread.unverified('prod (eu-west-3) usage: access denied.');
    assert.deepEqual([unread.outcome('ok').status, unread.outcome('ok').summary], ['error', 'prod (eu-west-3) quota: access denied. (+1 more)']);
    assert.equal(unread.count('fail'), 0);
    unread.fail('MaxSize 4 is below the plan.');
    assert.deepEqual([unread.outcome('ok').status, unread.outcome('ok').summary], ['fail', 'MaxSize 4 is below the plan.']);
  });
});
