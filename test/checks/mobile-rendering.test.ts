import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { silentServer } from '../fixtures/bad-servers.js';
import { failures, runCheck } from '../fixtures/run-check.js';
import { serveDemo } from '../fixtures/sites.js';
import type { VariantName } from '../../src/demo/variants.js';

const PHONES = ['iPhone SE (3rd gen)', 'iPhone 15', 'Galaxy S24'];
const ALL = [...PHONES, 'Pixel 7', 'iPad Mini', 'Laptop 1366×768'];
const CTA = [{ selector: '#souscrire', name: 'Souscrire', aboveFold: true }];

describe('mobile-rendering on the device matrix', () => {
  const sites = new Map<string, Awaited<ReturnType<typeof serveDemo>>>();
  const url = async (variant: VariantName) => {
    if (!sites.has(variant)) sites.set(variant, await serveDemo(variant));
    return sites.get(variant)!.url;
  };
  after(async () => Promise.all([...sites.values()].map((s) => s.close())));
  const render = async (variant: VariantName, options: Record<string, unknown> = {}) =>
    runCheck('mobile-rendering', { baseUrl: await url(variant) }, { pages: ['/'], devices: ALL, keyElements: CTA, ...options });
  const devicesWith = (result: Awaited<ReturnType<typeof render>>, problem: string) =>
    failures(result)
      .filter((e) => e.data?.problem === problem)
      .flatMap((e) => e.data?.devices as string[])
      .sort();

  it('passes the clean site on every device, with a screenshot per device in a grid', async () => {
    const result = await render('clean');
    assert.equal(result.status, 'pass', JSON.stringify(failures(result).map((e) => e.message)));
    assert.deepEqual(result.artifacts.map((a) => a.grid?.column).sort(), [...ALL].sort());
    assert.ok(result.artifacts.every((a) => a.kind === 'screenshot' && /^screenshots\/home--[\w-]+\.png$/.test(a.path) && a.grid?.row === '/'));
  });

  it('finds the 1,200 px table on phones only, and names the element', async () => {
    const result = await render('overflow');
    assert.deepEqual(devicesWith(result, 'overflow'), [...PHONES, 'Pixel 7'].sort());
    const finding = failures(result).find((e) => (e.data?.devices as string[]).includes('iPhone 15'))!;
    assert.match(
      finding.message,
      /^\/ on iPhone SE \(3rd gen\), iPhone 15, Galaxy S24, Pixel 7: scrolls sideways: 1220 px of content in a 375 px viewport; widest: body > main > div > table \(1200 px wide/,
    );
    assert.deepEqual(result.artifacts.find((a) => a.grid?.column === 'iPhone 15')?.grid?.marks, ['scrolls sideways']);
  });

  it('flags a page without meta viewport on phones and tablets, not on the laptop', async () => {
    const result = await render('no-viewport');
    assert.deepEqual(devicesWith(result, 'viewport'), [...PHONES, 'Pixel 7', 'iPad Mini'].sort());
    assert.match(failures(result)[0]!.message, /no meta viewport: the page is laid out 980 px wide and shown zoomed out \(scale 0\.\d\d\)/);
  });

  it('flags the call to action hidden below 400 px, on the devices under 400 px only', async () => {
    assert.deepEqual(devicesWith(await render('hidden-cta'), 'key-element'), PHONES.sort());
  });

  it('flags a call to action that must be above the fold but is not', async () => {
    const result = await render('clean', { devices: ['iPhone SE (3rd gen)'], keyElements: [{ selector: 'footer', name: 'The footer', aboveFold: true }] });
    assert.match(failures(result)[0]!.message, /The footer \(footer\) is below the fold/);
  });

  it('reports a script error and a broken image on every device', async () => {
    const errors = await render('console-error', { devices: ['Pixel 7'] });
    assert.match(failures(errors)[0]!.message, /console error: uncaught TypeError: Cannot read properties of undefined \(reading 'charger'\)/);
    const image = await render('broken-image', { devices: ['Pixel 7'] });
    assert.match(failures(image)[0]!.message, /a file failed to load: 404 http:\/\/127\.0\.0\.1:\d+\/assets\/eolienne\.jpg/);
  });

  it('warns on small tap targets and fails on tiny text', async () => {
    const result = await runCheck(
      'mobile-rendering',
      { baseUrl: await url('clean') },
      { pages: ['/'], devices: ['Pixel 7'], minTapTarget: 60, minFontSize: 17 },
    );
    assert.ok(
      result.evidence.some(
        (e) => e.level === 'warn' && e.data?.problem === 'tap-target' && /smaller than 44×44 px|tap targets? (is|are) smaller/.test(e.message),
      ),
    );
    assert.ok(failures(result).some((e) => e.data?.problem === 'small-text' && / 16 px "/.test(e.message)));
  });

  it('a page that never loads is a finding; an unknown device a clear error', async () => {
    const silent = await silentServer();
    try {
      const result = await runCheck('mobile-rendering', { baseUrl: silent.url }, { pages: ['/'], devices: ['Pixel 7'], navigationTimeout: '1s' });
      assert.match(failures(result)[0]!.message, /^\/ on Pixel 7: the page did not finish loading within 1 s$/);
    } finally {
      await silent.close();
    }
    const noBrowser = await runCheck(
      'mobile-rendering',
      { baseUrl: await url('clean') },
      { pages: ['/'], devices: ['Pixel 7'] },
      { browser: { executablePath: '/nowhere/chromium' } },
    );
    assert.equal(noBrowser.status, 'error');
    assert.match(noBrowser.summary, /no Chrome, Chromium or Edge found \(looked at: browser\.executablePath=\/nowhere\/chromium \(missing\)\)/);
    const unknown = await runCheck('mobile-rendering', { baseUrl: await url('clean') }, { devices: ['iPhone 99'] });
    assert.equal(unknown.status, 'error');
    assert.match(unknown.summary, /unknown device "iPhone 99": use Playwright device names/);
  });
});
