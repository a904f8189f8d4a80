/** The run of show: times relative to airtime, states against the last report, Markdown and iCalendar. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderRunbookIcs, renderRunbookMarkdown, renderRunbookText } from '../../src/runbook/render.js';
import { derivedSteps, stepTime, timeline } from '../../src/runbook/runbook.js';

const PARIS_AIRTIME = '2027-03-11T21:00:00+01:00';
const AIRTIME = new Date(PARIS_AIRTIME);
const NOW = new Date('2027-03-11T16:30:00Z'); // T-3h30

describe('run of show', () => {
  it('places steps relative to airtime (T-3d, T-30m, T-0, T+45m) or at an absolute time, and says what is wrong otherwise', () => {
    assert.equal(stepTime('T-3d', AIRTIME).toISOString(), '2027-03-08T20:00:00.000Z');
    assert.equal(stepTime('T-30m', AIRTIME).toISOString(), '2027-03-11T19:30:00.000Z');
    assert.equal(stepTime('T-0', AIRTIME).toISOString(), AIRTIME.toISOString());
    assert.equal(stepTime('T+45m', AIRTIME).toISOString(), '2027-03-11T20:45:00.000Z');
    assert.equal(stepTime('2027-03-11T18:00:00+01:00', undefined).toISOString(), '2027-03-11T17:00:00.000Z');
    assert.throws(() => stepTime('T-4h', undefined), /relative to airtime: set event\.airtime/);
    assert.throws(() => stepTime('tomorrow', AIRTIME), /"tomorrow" is not a time: write T-3d, T-30m, T\+45m/);
  });

  it('a step its check proves is done when the check passed in the last report, skipped when it was skipped, late once its time passed, due before; the others manual', () => {
    const last = {
      finishedAt: '2027-03-11T16:00:00Z',
      checks: [
        { id: 'service-quotas', status: 'pass' },
        { id: 'lb-prewarm', status: 'fail' },
        { id: 'tls', status: 'skip' },
      ],
    };
    const steps = timeline(
      [
        { at: 'T-30m', title: 'Scale out', owner: 'ops', check: 'targets' },
        { at: 'T-3d', title: 'Raise the vCPU quota', owner: 'ops', check: 'service-quotas' },
        { at: 'T-4h', title: 'Reserve LCUs', owner: 'ops', check: 'lb-prewarm' },
        { at: 'T-0', title: 'Answer the chat', owner: 'support' },
        { at: 'T-1d', title: 'Renew certificates', owner: 'ops', check: 'tls' },
      ],
      AIRTIME,
      NOW,
      last,
    );
    assert.deepEqual(
      steps.map((s) => [s.at, s.state]),
      [
        ['T-3d', 'done'],
        ['T-1d', 'skipped'],
        ['T-4h', 'late'],
        ['T-30m', 'due'],
        ['T-0', 'manual'],
      ],
    );
    // Times in the event's zone, named: the offset airtime is written with (Paris in winter here).
    const text = renderRunbookText(steps, NOW, PARIS_AIRTIME);
    assert.match(text, /^ {2}✗ T-4h\s+2027-03-11 17:00 UTC\+01:00\s+30 min ago\s+late\s+Reserve LCUs \(ops; check lb-prewarm\)$/m);
    assert.match(text, /^ {2}· T-30m\s+2027-03-11 20:30 UTC\+01:00\s+in 3 h\s+due/m);
    assert.match(text, /^ {2}- T-1d\s+2027-03-10 21:00 UTC\+01:00\s+.*skipped\s+Renew certificates/m);
    assert.match(
      renderRunbookMarkdown(steps, NOW, PARIS_AIRTIME),
      /^\| ○ \| T-0 \| 2027-03-11 21:00 UTC\+01:00 \(in 3 h 30 min\) \| manual \| Answer the chat \| support \| by hand \|$/m,
    );
  });

  it('derives the steps it knows from the enabled checks, with their lead times, and resets the reservation after the show', () => {
    const steps = derivedSteps(['service-quotas', 'lb-prewarm', 'targets', 'error-pages']);
    assert.deepEqual(
      steps.map((s) => [s.at, s.check ?? s.command ?? '']),
      [
        ['T-3d', 'service-quotas'],
        ['T-4h', 'lb-prewarm'],
        ['T-30m', 'targets'],
        ['T-15m', 'primetime warm'],
        ['T-10m', 'primetime check'],
        ['T-0', ''],
        ['T+1h', ''],
      ],
    );
    assert.deepEqual(
      derivedSteps(['error-pages']).map((s) => s.at),
      ['T-15m', 'T-10m', 'T-0'],
    );
  });

  it('exports iCalendar a calendar imports: CRLF lines of at most 75 octets, one event per step, escaped text, UTC times', () => {
    const steps = timeline(
      [
        {
          at: 'T-15m',
          title: 'Warm the caches; then the CDN, the API, and la page « offre » in every région d’outre-mer',
          owner: 'ops',
          command: 'primetime warm',
        },
      ],
      AIRTIME,
      NOW,
      undefined,
    );
    const ics = renderRunbookIcs(steps, 'Capital (M6)', NOW);
    // The UID comes from the step, not its time: airtime moved by 20 minutes keeps it, so a re-import moves the event.
    const uid = (calendar: string) => /^UID:(.*)\r$/m.exec(calendar.replaceAll('\r\n ', ''))![1];
    const moved = timeline(
      steps.map(({ at, title, owner, command }) => ({ at, title, owner, command })),
      new Date(AIRTIME.getTime() + 20 * 60_000),
      NOW,
      undefined,
    );
    assert.equal(uid(renderRunbookIcs(moved, 'Capital (M6)', NOW)), uid(ics));
    assert.match(uid(ics)!, /^primetime-[0-9a-f]{16}@capital-m6$/);
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(ics.replaceAll('\r\n', ''), /\n/);
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    const unfolded = ics.replaceAll('\r\n ', '');
    assert.equal(unfolded.match(/^BEGIN:VEVENT$/gm)?.length, 1);
    assert.match(unfolded, /^DTSTART:20270311T194500Z\r$/m);
    assert.match(unfolded, /^SUMMARY:T-15m Warm the caches\\; then the CDN\\, the API\\, and la page « offre » in every région d’outre-mer\r$/m);
    assert.match(unfolded, /^DESCRIPTION:Owner: ops\\nProved by: `primetime warm`\\nCapital \(M6\)\r$/m);
  });
});
