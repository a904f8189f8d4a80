import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { failures, runCheck } from '../../test/fixtures/run-check.js';
import { freePort, startNginx } from '../../test/fixtures/sites.js';

describe('redirects against nginx', () => {
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  const port: Record<string, number> = {};
  const url = (name: string) => `http://127.0.0.1:${port[name]}`;
  before(async () => {
    // Each server its own port: a port just freed can be handed out again, so duplicates are drawn anew.
    const taken = new Set<number>();
    const distinctPort = async () => {
      for (;;) {
        const candidate = await freePort();
        if (!taken.has(candidate)) return (taken.add(candidate), candidate);
      }
    };
    for (const name of ['apex', 'temporary', 'loopA', 'loopB', 'long1', 'long2', 'dead', 'elsewhere', 'other']) port[name] = await distinctPort();
    const redirect = (name: string, status: number, to: string) => `server { listen 127.0.0.1:${port[name]}; return ${status} ${to}$request_uri; }`;
    // The canonical site is the fixture's own server block; the others redirect to it in various ways.
    const canonical = '__CANONICAL__';
    const blocks = [
      redirect('apex', 301, canonical),
      redirect('temporary', 302, `http://127.0.0.1:${port.apex}`),
      redirect('loopA', 301, `http://127.0.0.1:${port.loopB}`),
      redirect('loopB', 301, `http://127.0.0.1:${port.loopA}`),
      redirect('long1', 301, `http://127.0.0.1:${port.long2}`),
      redirect('long2', 301, `http://127.0.0.1:${port.apex}`),
      redirect('dead', 301, `http://127.0.0.1:${await distinctPort()}`),
      redirect('elsewhere', 301, `http://127.0.0.1:${port.other}`),
      `server { listen 127.0.0.1:${port.other}; location / { return 200 "another site"; } }`,
    ];
    // nginx needs the canonical port before it starts: take one, and give it to the fixture's server block.
    const canonicalPort = await distinctPort();
    nginx = await startNginx('clean', {
      httpExtra: blocks.join('\n').replaceAll(canonical, `http://127.0.0.1:${canonicalPort}`),
      serverExtra: `listen 127.0.0.1:${canonicalPort};`,
    });
    port.canonical = canonicalPort;
  });
  after(() => nginx.close());

  const check = (hosts: string[], options = {}) => runCheck('redirects', { baseUrl: url('canonical'), hosts }, options);

  it('passes when every host reaches the canonical site in one permanent hop, and lists each chain', async () => {
    const result = await check([url('apex')]);
    assert.equal(result.status, 'pass', JSON.stringify(result.evidence));
    assert.ok(result.evidence.some((e) => e.message === `${url('apex')}/ →301 ${url('canonical')}/ →200`));
    assert.equal(result.summary, `2 entry URLs reach ${url('canonical')} in at most 2 permanent redirects.`);
    assert.equal((await check([])).summary, `1 entry URL reaches ${url('canonical')} in at most 2 permanent redirects.`);
  });

  it('fails on a temporary redirect, naming its status', async () => {
    const result = await check([url('temporary')]);
    assert.match(failures(result)[0]!.message, new RegExp(`^Temporary redirect \\(302\\): ${url('temporary')}/ →302`));
    assert.equal((await check([url('temporary')], { requirePermanent: false })).status, 'pass');
  });

  it('fails on a loop', async () => {
    const result = await check([url('loopA')]);
    assert.match(failures(result)[0]!.message, /^Redirect loop: .* \(loop\)$/);
  });

  it('fails past the hop limit', async () => {
    const result = await check([url('long1')]);
    assert.match(failures(result)[0]!.message, /^3 redirects \(at most 2\)/);
    assert.equal((await check([url('long1')], { maxHops: 3 })).status, 'pass');
  });

  it('fails on a chain that leaves the canonical site or ends nowhere', async () => {
    const elsewhere = await check([url('elsewhere')]);
    assert.match(failures(elsewhere)[0]!.message, new RegExp(`^Ends on ${url('other')}, not the canonical ${url('canonical')}`));
    const dead = await check([url('dead')]);
    assert.match(failures(dead)[0]!.message, /^Unreachable: .*connection refused/);
  });

  it('says that a public canonical site without HTTPS fails', async () => {
    const result = await runCheck(
      'redirects',
      { baseUrl: 'http://www.elan.test:' + port.canonical, hosts: [] },
      {},
      { network: { resolve: { 'www.elan.test': '127.0.0.1' } } },
    );
    assert.match(failures(result)[0]!.message, /The canonical URL http:\/\/www\.elan\.test:\d+\/ is not HTTPS/);
  });
});
