/** peak-mode against a local site that reads the switch from each request, and counts what it receives (GET only). */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { failures, runCheck } from '../../test/fixtures/run-check.js';
import { switchedRequest } from './index.js';

const page = (body: string) => `<!doctype html><html lang="fr"><title>Élan Énergie</title><h1>Élan Énergie</h1>${body}</html>`;
const HEAVY = page(`<p>Simulateur</p>${'<div class="carte">une offre détaillée</div>'.repeat(400)}`);
const LIGHT = page('<p>Version allégée : le simulateur revient après l’émission.</p>');

describe('peak-mode (a local site)', () => {
  let site: http.Server;
  let url = '';
  const methods = new Set<string>();
  /** Whether the funnel also breaks in peak mode (the fault the check must catch). */
  let funnelBreaks = false;
  before(async () => {
    site = http.createServer((request, response) => {
      methods.add(request.method!);
      const peak = request.headers['x-peak-mode'] === 'on';
      const path = new URL(request.url!, 'http://x').pathname;
      if (path === '/souscription/' && peak && funnelBreaks) return void (response.writeHead(503), response.end('off'));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(path === '/simulateur' ? (peak ? LIGHT : HEAVY) : page('<p>Souscrire</p>'));
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  after(() => site?.close());

  const config = (heavyPages: string[]) => ({ switch: { header: 'X-Peak-Mode', value: 'on' }, heavyPages });
  const siteOf = () => ({ baseUrl: url, marker: 'Élan Énergie', funnel: ['/souscription/'] });

  it('passes a heavy page that goes light with the switch and a funnel that holds; GET only', async () => {
    funnelBreaks = false;
    const result = await runCheck('peak-mode', siteOf(), config(['/simulateur']));
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence));
    assert.match(result.evidence[0]!.message, /\/simulateur: its light version in peak mode \(\d+ KB of \d+ KB\)/);
    assert.deepEqual([...methods], ['GET']);
  });

  it('fails a page the switch leaves heavy, and a funnel step peak mode breaks', async () => {
    funnelBreaks = true;
    const result = await runCheck('peak-mode', siteOf(), config(['/simulateur', '/offres']));
    const failed = failures(result).map((f) => f.message);
    assert.ok(
      failed.some((m) => /\/offres: with peak mode on it answers 200, \d+ KB against \d+ KB without: not its light version/.test(m)),
      failed.join('\n'),
    );
    assert.ok(failed.some((m) => /\/souscription\/: with peak mode on it answers 503: the funnel breaks/.test(m)));
  });

  it('carries the switch as the team sets it', () => {
    assert.deepEqual(switchedRequest('https://www.elan.fr/offres?x=1', { cookie: 'peak=1' }), {
      url: 'https://www.elan.fr/offres?x=1',
      headers: { cookie: 'peak=1' },
    });
    assert.equal(switchedRequest('https://www.elan.fr/offres?x=1', { query: 'peak=1' }).url, 'https://www.elan.fr/offres?x=1&peak=1');
    assert.equal(switchedRequest('https://www.elan.fr/offres', { host: 'https://light.elan.fr' }).url, 'https://light.elan.fr/offres');
  });
});
