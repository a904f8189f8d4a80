/**
 * The peer's device script, as a team writes one with Playwright: one browser, each device's context in turn, each
 * page loaded, checked for a sideways scroll and screenshotted. Run as its own process, as a CI step would run it:
 * node --import tsx bench/peer-devices.ts <baseUrl> <out dir> <page>…
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, devices, type BrowserContextOptions } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from '../src/browser/launch.js';

/** primetime's default matrix: Playwright's phones and tablet, and the two sizes it has no name for. */
const MATRIX: Record<string, BrowserContextOptions> = {
  'Phone 320×640': { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  'iPhone SE (3rd gen)': devices['iPhone SE (3rd gen)']!,
  'iPhone 15': devices['iPhone 15']!,
  'Pixel 7': devices['Pixel 7']!,
  'Galaxy S24': devices['Galaxy S24']!,
  'iPad Mini': devices['iPad Mini']!,
  'Laptop 1366×768': { viewport: { width: 1366, height: 768 } },
};

const [baseUrl, out, ...pages] = process.argv.slice(2);
mkdirSync(out!, { recursive: true });
const browser = await chromium.launch({ executablePath: await findBrowser(undefined), args: CHROMIUM_FLAGS });
let sideways = 0;
for (const [name, device] of Object.entries(MATRIX)) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  for (const url of pages) {
    await page.goto(new URL(url, baseUrl).toString(), { waitUntil: 'load' });
    if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) sideways++;
    await page.screenshot({ path: path.join(out!, `${name}-${url.replace(/\W/g, '_')}.png`) });
  }
  await context.close();
}
await browser.close();
console.log(`${Object.keys(MATRIX).length * pages.length} cells, ${sideways} scrolling sideways`);
