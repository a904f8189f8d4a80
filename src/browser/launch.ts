/**
 * Finding and launching the one browser a run shares. Order: config browser.executablePath, CHROME_PATH, an
 * installed Chrome or Chromium (chrome-launcher's search), Edge. No browser found is an error that says where it looked.
 */
import { existsSync } from 'node:fs';
import type { SharedBrowser } from '../check/index.js';
import { requireOnDemand } from '../core/on-demand.js';

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

/**
 * Edge, which chrome-launcher's list leaves out (it runs the same flags: it is Chromium), where each platform
 * installs it.
 */
function edgeLocations(env: NodeJS.ProcessEnv): string[] {
  if (process.platform === 'win32')
    return [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']]
      .filter((root): root is string => Boolean(root))
      .map((root) => `${root}\\Microsoft\\Edge\\Application\\msedge.exe`);
  if (process.platform === 'darwin') return ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
  return ['/usr/bin/microsoft-edge-stable', '/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge'];
}

/**
 * The installed Chrome and Chromium as chrome-launcher finds them (what Lighthouse uses): PATH and .desktop files on
 * Linux, the app bundles on macOS, Program Files and %LOCALAPPDATA% on Windows, best first; then Edge.
 */
async function installedBrowsers(env: NodeJS.ProcessEnv): Promise<string[]> {
  const { Launcher } = await import('chrome-launcher');
  let found: string[] = [];
  try {
    found = Launcher.getInstallations();
  } catch {
    // chrome-launcher throws when it finds none: Edge may still be there.
  }
  return [...found, ...edgeLocations(env).filter((candidate) => existsSync(candidate))];
}

export class BrowserNotFoundError extends Error {
  constructor(looked: string[]) {
    super(
      `no Chrome, Chromium or Edge found (looked at: ${looked.join(', ')}). Install one (Debian/Ubuntu: apt-get install -y chromium), ` +
        'then set browser.executablePath in primetime.yml or the CHROME_PATH environment variable.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

export async function findBrowser(configured: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  // An explicit choice that does not exist is a mistake to report, not a reason to pick another browser.
  for (const [source, candidate] of [
    ['browser.executablePath', configured],
    ['CHROME_PATH', env.CHROME_PATH],
  ] as const) {
    if (!candidate) continue;
    if (existsSync(candidate)) return candidate;
    throw new BrowserNotFoundError([`${source}=${candidate} (missing)`]);
  }
  const [installed] = await installedBrowsers(env);
  if (installed) return installed;
  throw new BrowserNotFoundError([
    process.platform === 'win32' ? 'Program Files and %LOCALAPPDATA%' : process.platform === 'darwin' ? '/Applications' : 'PATH and .desktop files',
    ...edgeLocations(env),
  ]);
}

export async function launchBrowser(executablePath: string, extraArgs: string[] = []): Promise<SharedBrowser> {
  const { chromium } = requireOnDemand<typeof import('playwright-core')>('playwright-core');
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
