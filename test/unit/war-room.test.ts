/** The war room: who to call for what, in the run of show (text, Markdown, .ics) and beside each act on the watch. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigSchema } from '../../src/config/schema.js';
import { renderRunbookIcs, renderWarRoomMarkdown, renderWarRoomText } from '../../src/runbook/render.js';
import { whoToCall } from '../../src/runbook/war-room.js';
import { renderWatchPage } from '../../src/watch/page.js';
import { renderScreen } from '../../src/watch/screen.js';
import type { WatchView } from '../../src/watch/view.js';

const warRoom = ConfigSchema.parse({
  event: { name: 'Capital', audience: 2_300_000, reach: '10%' },
  site: { baseUrl: 'https://www.elan-energie.fr' },
  warRoom: {
    bridge: 'https://meet.example.fr/capital',
    contacts: [
      { name: 'Camille', role: 'incident lead', reach: '+33 6 12 34 56 78' },
      { name: 'Yanis', role: 'ops on call', reach: '@yanis', for: ['figures'] },
      { name: 'Inès', role: 'database', reach: '+33 6 98 76 54 32', for: ['database', 'elan-db'] },
    ],
  },
}).warRoom!;

describe('the war room', () => {
  it('names who answers for a page or a figure: by word first, then by kind, else the head of the escalation', () => {
    assert.equal(whoToCall(warRoom, { kind: 'figure', name: 'elan-db database connections' }).name, 'Inès');
    assert.equal(whoToCall(warRoom, { kind: 'figure', name: 'elan-web 5xx share' }).name, 'Yanis');
    assert.equal(whoToCall(warRoom, { kind: 'page', name: 'home' }).name, 'Camille');
  });

  it('the run of show prints the bridge and the escalation, and each calendar event carries them', () => {
    assert.match(
      renderWarRoomText(warRoom),
      /War room\n {2}Bridge: https:\/\/meet\.example\.fr\/capital\n {2}1\. Camille, incident lead: \+33 6 12 34 56 78\n {2}2\. Yanis, ops on call: @yanis \(for figures\)/,
    );
    assert.match(renderWarRoomMarkdown(warRoom), /### War room\n\n- Bridge: .*\n- 1\. Camille/);
    assert.equal(renderWarRoomText(undefined), '');
    const when = new Date('2027-03-11T19:30:00Z');
    const ics = renderRunbookIcs([{ at: 'T-30m', title: 'Open the bridge', owner: 'Camille', when, state: 'due' }], 'Capital', when, warRoom);
    assert.match(
      ics.replace(/\r\n /g, ''),
      /DESCRIPTION:Owner: Camille\\nProved by: by hand\\nCapital\\n\\nWar room\\nBridge: https:\/\/meet\.example\.fr\/capital\\n1\. Camille\\, incident lead/,
    );
  });

  it('the watch says who to call beside each act, on the screen and the page, the bridge with it, and nothing beside ok', () => {
    const view: WatchView = {
      event: 'Capital',
      until: Date.parse('2027-03-11T21:00:00Z'),
      intervalMs: 10_000,
      timeline: 'primetime-watch/timeline.jsonl',
      rows: [
        {
          at: '2027-03-11T20:00:00.000Z',
          state: 'act',
          probes: [
            { name: 'home', url: 'https://www.elan-energie.fr/', state: 'act', status: 503, totalMs: 8, why: 'answered 503' },
            { name: 'funnel', url: 'https://www.elan-energie.fr/souscription/', state: 'ok', status: 200, totalMs: 80 },
          ],
          figures: [
            {
              name: 'elan-db database connections',
              kind: 'db-connections',
              resource: 'elan-db',
              unit: 'connection',
              value: 240,
              planned: 180,
              state: 'act',
              why: 'past the headroom',
            },
          ],
        },
      ],
      changes: [],
      warRoom,
    };
    const screen = renderScreen(view, Date.parse('2027-03-11T20:00:05Z')).map((l) => l.text);
    assert.ok(
      screen.some((l) => /^home .*answered 503 → call Camille \(incident lead, \+33 6 12 34 56 78\)$/.test(l)),
      screen.join('\n'),
    );
    assert.ok(screen.some((l) => /elan-db database connections .*past the headroom → call Inès \(database/.test(l)));
    assert.ok(!screen.some((l) => /^funnel .*call/.test(l)));
    const page = renderWatchPage(view, Date.parse('2027-03-11T20:00:05Z'));
    assert.match(page, /answered 503<br><strong>call Camille \(incident lead, \+33 6 12 34 56 78\)<\/strong>/);
    // The bridge and the escalation order on the page; on the screen, the bridge once something is in act.
    assert.match(page, /<h2>War room<\/h2><ul><li>Bridge: https:\/\/meet\.example\.fr\/capital<\/li><li>1\. Camille, incident lead/);
    assert.equal(screen[2], 'War room bridge: https://meet.example.fr/capital');
    const calm = renderScreen({ ...view, rows: [{ ...view.rows[0]!, state: 'ok', probes: [], figures: [] }] }, Date.parse('2027-03-11T20:00:05Z'));
    assert.ok(!calm.some((l) => /bridge/.test(l.text)), 'no bridge line when all is ok');
  });
});
