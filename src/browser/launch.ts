/**
 * Finding and launching the one browser a run shares. Order: config browser.executablePath, CHROME_PATH,
 * an installed Chrome or Chromium, /usr/bin/chromium. No browser found is an error that says where it looked.
 */
import { existsSync } from 'node:fs';
import type { SharedBrowser } from '../check/index.js';
import { importOnDemand } from '../core/on-demand.js';

/** Headless as root on a closed network: without the background-networking flags Chromium keeps dialling out. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const INSTALLED = [
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/usr/bin/chromium-browser',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  '/usr/bin/chromium',
];

export class BrowserNotFoundError extends Error {
  constructor(looked: string[]) {
    super(
      `no Chrome or Chromium found (looked at: ${looked.join(', ')}). Install one (Debian/Ubuntu: apt-get install -y chromium), ` +
        'then set browser.executablePath in primetime.yml or the CHROME_PATH environment variable.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

export function findBrowser(configured: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  // An explicit choice that does not exist is a mistake to report, not a reason to pick another browser.
  for (const [source, candidate] of [
    ['browser.executablePath', configured],
    ['CHROME_PATH', env.CHROME_PATH],
  ] as const) {
    if (!candidate) continue;
    if (existsSync(candidate)) return candidate;
    throw new BrowserNotFoundError([`${source}=${candidate} (missing)`]);
  }
  const installed = INSTALLED.find((candidate) => existsSync(candidate));
  if (installed) return installed;
  throw new BrowserNotFoundError(INSTALLED);
}

export async function launchBrowser(executablePath: string, extraArgs: string[] = []): Promise<SharedBrowser> {
  const { chromium } = await importOnDemand<typeof import('playwright-core')>('playwright-core');
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    headless: true,
    timeout: 30_000,
    // primetime handles the signals itself (a partial report, exit 2): Playwright's handlers would exit 130 first.
    // Its exit handler stays, so the browser never outlives the process.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
