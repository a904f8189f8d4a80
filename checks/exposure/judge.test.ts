import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer, judged } from '../../test/fixtures/judge.js';
import { NetworkError } from '../../src/web/http.js';
import { judgeOrigin, probesFor } from './index.js';

const ORIGIN = 'https://www.example.fr';
const probe = (path: string) => probesFor([`${ORIGIN}/offres.html`], []).find((p) => p.path === path)!;
const asked = (path: string, status: number, body: string) => ({ probe: probe(path), answer: answer(`${ORIGIN}${path}`, status, {}, body) });

describe('exposure judge', () => {
  it("fails what gives the site away, naming what it revealed without a secret's value", () => {
    const result = judged((found) =>
      judgeOrigin(
        ORIGIN,
        [
          asked('/.env', 200, 'APP_ENV=production\nDB_PASSWORD=hunter2-secret\nexport STRIPE_KEY=sk_live_42\n'),
          asked('/.git/HEAD', 200, 'ref: refs/heads/main\n'),
          asked('/assets/', 200, '<html><head><title>Index of /assets/</title></head><body><a href="a.css">a.css</a><a href="b.js">b.js</a></body></html>'),
          asked('/offres.html~', 200, '<?php echo $offre; ?>'),
        ],
        found,
      ),
    );
    assert.equal(result.status, 'fail');
    assert.match(result.lines[0]!, /\/\.env serves an environment file: it reveals 3 settings \(APP_ENV, DB_PASSWORD, STRIPE_KEY\), values masked/);
    assert.doesNotMatch(result.lines.join('\n'), /hunter2|sk_live/);
    assert.match(result.lines[1]!, /\.git\/HEAD serves the Git repository's HEAD/);
    assert.match(result.lines[2]!, /a directory listing: it reveals 2 entries listed/);
    assert.match(result.lines[3]!, /an editor backup of a page: it reveals the page’s source code/);
    assert.match(result.fixes[0]!, /deny the path at the server and the CDN/);
  });

  it('passes 404s, 403s, and a site that answers its own page for any path (no tell)', () => {
    const home = '<!doctype html><html><title>Élan Énergie</title><h1>Bienvenue</h1></html>';
    const result = judged((found) =>
      judgeOrigin(
        ORIGIN,
        [asked('/.env', 200, home), asked('/.git/HEAD', 404, 'Not Found'), asked('/.git/config', 403, '[core]\n'), asked('/backup.sql', 200, home)],
        found,
      ),
    );
    assert.equal(result.status, 'pass');
    assert.match(result.lines[0]!, /none of 4 paths gives the site away/);
  });

  it('a path that got no answer is unverified, never passed', () => {
    const lost = { probe: probe('/.env'), answer: new NetworkError('reset', `${ORIGIN}/.env`, 'socket hang up') };
    const result = judged((found) => judgeOrigin(ORIGIN, [lost], found));
    assert.equal(result.status, 'error');
    assert.match(result.lines[0]!, /^unverified: .*1 path of 1 got no answer/);
  });

  it("checks each page's leftovers and the config's own paths", () => {
    const paths = probesFor([`${ORIGIN}/`, `${ORIGIN}/offres.html`], ['/old-site.tar.gz']).map((p) => p.path);
    for (const path of ['/index.php~', '/index.php.bak', '/offres.html.old', '/old-site.tar.gz', '/.svn/entries', '/uploads/'])
      assert.ok(paths.includes(path), path);
  });
});
