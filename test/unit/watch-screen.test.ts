/**
 * The watch on a terminal: one screen redrawn in place (cursor up over the previous screen, then clear), lines cut
 * to the width so the count holds, the latest state of each page and figure, the changes; plain lines elsewhere.
 */
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, it } from 'node:test';
import type { Change } from '../../src/watch/alerts.js';
import { createWatchDisplay } from '../../src/watch/display.js';
import type { Figure } from '../../src/watch/figures.js';
import { fromAirtime, type WatchView } from '../../src/watch/view.js';
import { realClock, type WatchRow } from '../../src/watch/watch.js';

const AIRTIME = '2027-03-11T21:00:00+01:00';
const home = (state: 'ok' | 'act', at: string): WatchRow => ({
  at,
  state,
  probes: [
    state === 'ok'
      ? { name: 'home', url: 'https://www.elan-energie.fr/', state, status: 200, totalMs: 120 }
      : { name: 'home', url: 'https://www.elan-energie.fr/', state, status: 503, totalMs: 8, why: 'answered 503 with a page that is not the site’s own' },
  ],
});
const lcus: Figure = {
  name: 'shop-alb peak LCUs',
  kind: 'lcus',
  resource: 'shop-alb',
  unit: 'LCU',
  value: 150,
  planned: 138,
  state: 'act',
  why: 'past the LCUs reserved',
};

function fakeTerminal(columns: number) {
  const writes: string[] = [];
  return { writes, out: { isTTY: true, columns, write: (text: string) => writes.push(text) } };
}

const step = (at: string, minutes: number, title: string, owner: string, command?: string) => ({
  at,
  when: Date.parse(AIRTIME) + minutes * 60_000,
  title,
  owner,
  ...(command ? { command } : {}),
});
const STEPS = [
  step('T-3d', -3 * 1440, 'Raise the vCPU quota', 'ops'),
  step('T-10m', -10, 'Final check', 'ops', 'primetime check'),
  step('T-0', 0, 'Eyes on the screens', 'everyone'),
  step('T+1h', 60, 'Reset the LCU reservation', 'ops'),
];

const view = (): WatchView => ({
  event: 'Capital (M6)',
  airtime: AIRTIME,
  until: Date.parse('2027-03-11T21:30:00+01:00'),
  intervalMs: 10_000,
  timeline: 'primetime-watch/timeline.jsonl',
  rows: [],
  changes: [],
  steps: STEPS,
});
const paint = { ok: (s: string) => s, watch: (s: string) => `<w>${s}</w>`, act: (s: string) => `<a>${s}</a>` };

describe('the watch on a terminal', () => {
  it('redraws one screen in place, each line cut to the width, the worst state first', async () => {
    const { writes, out } = fakeTerminal(60);
    const display = await createWatchDisplay({ out, err: out, paint, mask: (t) => t, view: view(), now: () => Date.parse('2027-03-11T19:50:10Z') });
    display.row(home('ok', '2027-03-11T19:50:00Z'));
    const first = writes.at(-1)!;
    assert.ok(!first.startsWith('\x1b['), 'the first screen starts where the cursor is');
    const firstLines = first.trimEnd().split('\n');
    display.row({ ...home('act', '2027-03-11T19:50:10Z'), figures: [lcus] });
    const change: Change = {
      at: '2027-03-11T19:50:10Z',
      event: 'Capital (M6)',
      subject: home('act', '').probes[0]!,
      from: 'ok',
      fix: 'Open the plan-B page, or scale out',
    };
    display.change(change);
    const second = writes.at(-2)!;
    assert.ok(second.startsWith(`\x1b[${firstLines.length}F\x1b[J`), 'cursor up over the previous screen, then clear');
    const screen = writes.at(-1)!.replace(/^\x1b\[\d+F\x1b\[J/, '');
    const lines = screen
      .replace(/<\/?[wa]>/g, '')
      .trimEnd()
      .split('\n');
    assert.ok(
      lines.every((line) => line.length <= 59),
      lines.join('\n'),
    );
    assert.match(lines[0]!, /^primetime watch · Capital \(M6\) · T-9 min 50 s · act$/);
    assert.match(screen, /<a>home +act +503 +8 ms +answered 503/);
    assert.match(screen, /^Live figures \(20:50:10\)$/m);
    assert.match(screen, /<a>shop-alb peak LCUs +act +150 LCU \(plan 138 LCU\)/);
    assert.match(screen, /^Changes$/m);
    assert.match(screen, /<a>20:50:10 🔴 Capital \(M6\): home/);
    // What the team does next, from the run of show: the step just due, then the coming ones; the past ones left out.
    assert.match(
      screen,
      /^Next in the run of show\nT-10m  +now +Final check \(ops\): primetime check\nT-0 +in 9 min 50 s +Eyes on the screens \(everyone\)\nT\+1h +in 1 h 9 min +Reset the LCU reservation \(ops\)$/m,
    );
    assert.doesNotMatch(screen, /Raise the vCPU quota/);
    await display.close();
  });

  it('off a terminal, a plain line per look and per change; the figures that are not ok in full, the others counted', async () => {
    const writes: string[] = [];
    const display = await createWatchDisplay({
      out: { write: (t: string) => writes.push(t) },
      err: { write: () => 0 },
      paint,
      mask: (t) => t.replaceAll('elan', '***'),
      view: view(),
    });
    const ok: Figure = { ...lcus, name: 'shop-alb requests/s', kind: 'requests', unit: 'req/s', value: 300, planned: 767, state: 'ok', why: undefined };
    display.row({ ...home('ok', '2027-03-11T19:50:00Z'), figures: [ok, lcus] });
    assert.equal(writes.length, 1);
    assert.match(
      writes[0]!,
      /^20:50:00 {2}ok {5}home ok 200 120 ms\n {10}figures: 1 ok · shop-alb peak LCUs <a>act<\/a> 150 LCU \(plan 138 LCU\): past the LCUs reserved\n$/,
    );
    assert.doesNotMatch(writes.join(''), /\x1b\[/);
  });

  it('keeps the latest thousand looks of a resumed day for the screen and the page (the file keeps them all)', async () => {
    const resumed = view();
    resumed.rows = Array.from({ length: 1_500 }, (_, i) => home('ok', new Date(Date.parse('2027-03-11T19:00:00Z') + i * 10_000).toISOString()));
    const display = await createWatchDisplay({ out: { write: () => 0 }, err: { write: () => 0 }, paint, mask: (t) => t, view: resumed });
    assert.equal(resumed.rows.length, 1_000);
    assert.equal(resumed.rows[0]!.at, new Date(Date.parse('2027-03-11T19:00:00Z') + 500 * 10_000).toISOString());
    display.row(home('ok', '2027-03-11T23:10:00Z'));
    assert.equal(resumed.rows.length, 1_000);
    await display.close();
  });

  it('says the time from airtime as the run of show does', () => {
    const airtime = Date.parse(AIRTIME);
    assert.equal(fromAirtime(AIRTIME, airtime - 15 * 60_000), 'T-15 min');
    assert.equal(fromAirtime(AIRTIME, airtime - 14 * 60_000 - 20_000), 'T-14 min 20 s');
    assert.equal(fromAirtime(AIRTIME, airtime - 2 * 3_600_000 - 5 * 60_000), 'T-2 h 5 min');
    assert.equal(fromAirtime(AIRTIME, airtime + 42_000), 'T+42 s');
    assert.equal(fromAirtime(AIRTIME, airtime + 200), 'T-0');
    assert.equal(fromAirtime(undefined, airtime), undefined);
  });
});

describe('the watch clock', () => {
  it('leaves no listener on the signal once a sleep is over: a day of looks does not pile them up', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 20; i++) await realClock.sleep(0, controller.signal);
    assert.equal(getEventListeners(controller.signal, 'abort').length, 0);
    const started = Date.now();
    const long = realClock.sleep(60_000, controller.signal);
    controller.abort();
    await long;
    assert.ok(Date.now() - started < 5_000, 'an abort ends the sleep');
  });
});
