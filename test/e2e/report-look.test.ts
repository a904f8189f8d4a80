/**
 * The HTML report as people see it: opened in Chromium at phone and desktop widths, in light and dark mode. Its
 * screenshots are written to test-output/report-look/ for a look by eye.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from '../../src/browser/launch.js';
import { writeReports } from '../../src/report/write.js';
import { ROOT } from '../fixtures/cli.js';
import { checkReport, sampleReport } from '../fixtures/report.js';
import { tempDir } from '../fixtures/sites.js';

const OUTPUT = path.join(ROOT, 'test-output', 'report-look');
const PAGES = ['/', '/offres.html'];
const DEVICES = ['iPhone SE', 'Pixel 7', 'Galaxy S9+'];

describe('the HTML report in Chromium', () => {
  let browser: Browser;
  let html: string;
  let checkCount: number;

  before(async () => {
    browser = await chromium.launch({ executablePath: await findBrowser(undefined), args: CHROMIUM_FLAGS, headless: true });
    const dir = await tempDir();
    // Real screenshots, phone-sized, as the device matrix takes them.
    const shot = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await mkdir(path.join(dir, 'screenshots'));
    for (const page of PAGES)
      for (const device of DEVICES) {
        await shot.setContent(`<body style="margin:0;font:20px sans-serif;background:#e8f0fe"><h1>Élan Énergie</h1><p>${page} on ${device}</p></body>`);
        await writeFile(path.join(dir, 'screenshots', `${page.length}-${device.length}.png`), await shot.screenshot());
      }
    await shot.close();
    const others = sampleReport().checks.filter((c) => c.id !== 'mobile-rendering' && c.id !== 'lighthouse');
    const report = sampleReport([
      ...others,
      checkReport({
        id: 'mobile-rendering',
        outcome: 'blocker',
        status: 'fail',
        summary: '/offres.html scrolls sideways on 2 devices.',
        evidence: [
          {
            level: 'fail',
            message:
              'scrolls sideways: 1,200 px of content in a 390 px viewport; widest: main > section.offres-grid-container-with-a-long-class-name (1200 px wide)',
            target: 'https://www.example.fr/offres.html?utm_source=television&utm_campaign=capital-m6-2027',
          },
        ],
        artifacts: PAGES.flatMap((page) =>
          DEVICES.map((device) => ({
            kind: 'screenshot' as const,
            path: `screenshots/${page.length}-${device.length}.png`,
            title: `${page} on ${device}`,
            grid: { row: page, column: device },
          })),
        ),
      }),
      checkReport({
        id: 'lighthouse',
        outcome: 'warning',
        status: 'warn',
        severity: 'warn',
        gauges: [
          { label: 'performance / (mobile)', value: 0.91, min: 0.88, max: 0.93, threshold: 0.9 },
          { label: 'accessibility / (mobile)', value: 0.97, min: 0.97, max: 0.97, threshold: 0.9 },
          { label: 'seo / (mobile)', value: 0.42, threshold: 0.9 },
        ],
      }),
    ]);
    checkCount = report.checks.length;
    html = (await writeReports(report, dir, ['html'])).html!;
    await mkdir(OUTPUT, { recursive: true });
  });
  after(() => browser?.close());

  for (const [width, height, form] of [
    [390, 844, 'phone'],
    [1280, 900, 'desktop'],
  ] as const)
    for (const colorScheme of ['light', 'dark'] as const)
      it(`reads at ${form} width in ${colorScheme} mode: an overview first, thumbnails at least 160 px that open full size, gauges, no sideways scroll${form === 'phone' ? ', no cut column, five screens at most' : ''}`, async () => {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme });
        try {
          await page.goto(pathToFileURL(html).href);
          const look = await page.evaluate(() => {
            const firstSection = document.querySelector('main > section');
            return {
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
              overviewFirst: firstSection?.querySelector('table.overview') !== null,
              overviewRows: document.querySelectorAll('table.overview tr').length - 1,
              thumbnails: [...document.querySelectorAll('.grid img')].map((img) => ({
                width: img.getBoundingClientRect().width,
                link: img.closest('a')?.getAttribute('href'),
                src: img.getAttribute('src'),
              })),
              gauges: document.querySelectorAll('.gauges svg').length,
              background: getComputedStyle(document.body).backgroundColor,
              time: document.querySelector('time')?.textContent,
              // A table or grid that scrolls inside its box hides a column.
              cut: [...document.querySelectorAll('.table-wrap, .grid-wrap')].filter((el) => el.scrollWidth > el.clientWidth + 1).length,
              height: document.documentElement.scrollHeight,
            };
          });
          await page.screenshot({ path: path.join(OUTPUT, `${form}-${colorScheme}.png`), fullPage: true });
          assert.ok(look.scrollWidth <= look.innerWidth, `the page scrolls sideways: ${look.scrollWidth} px in ${look.innerWidth}`);
          assert.equal(look.overviewFirst, true);
          assert.equal(look.overviewRows, checkCount);
          assert.equal(look.thumbnails.length, PAGES.length * DEVICES.length);
          for (const thumbnail of look.thumbnails) {
            assert.ok(thumbnail.width >= 160, `a thumbnail ${thumbnail.width} px wide`);
            assert.equal(thumbnail.link, thumbnail.src, 'a click opens the screenshot full size');
          }
          assert.equal(look.gauges, 3);
          const [r, g, b] = look.background.match(/\d+/g)!.map(Number);
          const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
          assert.ok(colorScheme === 'dark' ? luminance < 0.2 : luminance > 0.9, `${colorScheme} background ${look.background}`);
          assert.equal(look.time, '10 Mar 2027, 21:00 (UTC+01:00)', 'in the event’s time zone, named');
          if (form === 'phone') {
            assert.equal(look.cut, 0, 'no table or grid cut at phone width');
            assert.ok(look.height <= 5 * height, `${look.height} px: more than five screens at phone width`);
          }
        } finally {
          await page.close();
        }
      });
});
