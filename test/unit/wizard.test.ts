/** The init wizard: answers as a French user types them, a bad one asked again, the others kept. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAirtime, parseAudience, parseReach, parseRecords, parseSwitch, parseUrl, parseWindow } from '../../src/cli/answers.js';
import { askAll, flagAnswers } from '../../src/cli/wizard.js';

const PARIS_WINTER = () => 60;
/** The site and the event's name, then `defaults` answers left empty (each question's default). */
const opening = (defaults: number) => ['www.ekwateur.fr', 'Capital', ...Array<string>(defaults).fill('')];
const value = <T>(parsed: { value: T } | { error: string }) => ('value' in parsed ? parsed.value : parsed.error);

describe('the init wizard', () => {
  it('reads the forms a French user types', () => {
    assert.deepEqual(
      ['400 000', '2\u202f300\u202f000', '2,3 M', '2.3M', '400k', '2,3 millions', '2,300,000'].map((t) => value(parseAudience(t))),
      [400_000, 2_300_000, 2_300_000, 2_300_000, 400_000, 2_300_000, 2_300_000],
    );
    assert.match(String(value(parseAudience('beaucoup'))), /not a number of viewers: write 2300000, 2 300 000, 2,3 M or 400k/);
    assert.deepEqual(
      ['10%', '10 %', '0,1', '0.25'].map((t) => value(parseReach(t))),
      ['10%', '10%', '10%', '25%'],
    );
    assert.match(String(value(parseReach('150%'))), /not a share of the audience/);
    assert.deepEqual(
      ['3m', '3 min', '90 s', '1h'].map((t) => value(parseWindow(t))),
      ['3m', '3m', '90s', '1h'],
    );
    assert.equal(value(parseUrl('www.ekwateur.fr')), 'https://www.ekwateur.fr');
    assert.match(String(value(parseUrl('not a url'))), /not a site address: write https:\/\/www\.example\.fr/);
    assert.deepEqual(
      ['3/12/2026 20h', '03/12/2026 20h30', '3/12/2026 20:30', '2026-12-03 20:30', '2026-12-03T20:30:00+01:00'].map((t) =>
        value(parseAirtime(t, PARIS_WINTER)),
      ),
      ['2026-12-03T20:00:00+01:00', '2026-12-03T20:30:00+01:00', '2026-12-03T20:30:00+01:00', '2026-12-03T20:30:00+01:00', '2026-12-03T20:30:00+01:00'],
    );
    for (const bad of ['20h30', '31/02/2026 20h', 'demain soir'])
      assert.match(String(value(parseAirtime(bad, PARIS_WINTER))), /not a date and time: write 3\/12\/2026 20h30 \(day\/month\/year\)/);
  });

  it('asks again for a bad answer, with the reason, and keeps every other answer', async () => {
    const script = ['www.ekwateur.fr', 'Capital (M6)', 'beaucoup', '400 000', '', '3 min', '3/12/2026 20h', '/souscription, /merci', '2 %', '', '', ''];
    const prompts: string[] = [];
    const said: string[] = [];
    const answers = await askAll(
      {},
      async (prompt) => (prompts.push(prompt), script.shift()!),
      (line) => said.push(line),
    );
    assert.deepEqual(
      { ...answers, airtime: answers.airtime?.slice(0, 16) },
      {
        url: 'https://www.ekwateur.fr',
        name: 'Capital (M6)',
        audience: 400_000,
        reach: '10%',
        window: '3m',
        airtime: '2026-12-03T20:00',
        funnel: ['/souscription', '/merci'],
        conversion: '2%',
        heavy: undefined,
        bridge: undefined,
        lead: undefined,
      },
    );
    assert.equal(prompts.filter((p) => p.startsWith('Audience')).length, 2, 'the audience only was asked again');
    assert.deepEqual(said, ['"beaucoup" is not a number of viewers: write 2300000, 2 300 000, 2,3 M or 400k. Your other answers are kept.']);
  });

  it('flags are read the same way, and a bad one names the flag', () => {
    assert.deepEqual(flagAnswers({ audience: '2,3 M', reach: '10 %' }), { audience: 2_300_000, reach: '10%' });
    assert.throws(() => flagAnswers({ airtime: 'ce soir' }), /--airtime: "ce soir" is not a date and time/);
  });

  it('asks for the AWS resources behind the site only where AWS is in sight', async () => {
    const prompts: string[] = [];
    const script = [...opening(9), 'elan-db', '', 'elan-cache', 'oui', 'elan-*, elan-db-cpu', 'Z0123456789ABC/www.elan.fr.'];
    const answers = await askAll(
      {},
      async (prompt) => (prompts.push(prompt), script.shift()!),
      () => {},
      { aws: true },
    );
    assert.deepEqual([answers.databases, answers.tables, answers.caches, answers.ses], [['elan-db'], undefined, ['elan-cache'], true]);
    assert.deepEqual(answers.alarms, ['elan-*', 'elan-db-cpu']);
    assert.deepEqual(answers.records, [{ zone: 'Z0123456789ABC', name: 'www.elan.fr.' }]);
    assert.ok(prompts.some((p) => p.startsWith('RDS instances')));
    assert.ok(!prompts.some((p) => p.startsWith('Peak-mode switch')), 'no switch asked without heavy pages');
  });

  it('asks for peak mode and the war room, reading the switch and the lead as typed', async () => {
    const script = [...opening(6), '/offres, /actualites', 'peak mode', '?peak=1', 'https://meet.example.fr/capital', 'Camille', 'Camille, +33 6 12 34 56 78'];
    const said: string[] = [];
    const answers = await askAll(
      {},
      async () => script.shift()!,
      (line) => said.push(line),
    );
    assert.deepEqual(
      [answers.heavy, answers.switch, answers.bridge, answers.lead],
      [['/offres', '/actualites'], { query: 'peak=1' }, 'https://meet.example.fr/capital', { name: 'Camille', reach: '+33 6 12 34 56 78' }],
    );
    assert.match(said[0]!, /"peak mode" is not a switch: write a header \(X-Peak-Mode: on\), a cookie \(peak=1\)/);
    assert.match(said[1]!, /"Camille": write a name, then how to reach them/);
    assert.deepEqual(
      ['X-Peak-Mode: on', 'peak=1', 'https://light.example.fr'].map((t) => value(parseSwitch(t))),
      [{ header: 'X-Peak-Mode', value: 'on' }, { cookie: 'peak=1' }, { host: 'https://light.example.fr' }],
    );
    assert.match(String(value(parseRecords('www.example.fr'))), /write each record as its hosted zone and its name/);
  });
});
