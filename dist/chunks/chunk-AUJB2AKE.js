import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  importOnDemand
} from "./chunk-6UAWMSLY.js";

// src/browser/launch.ts
import { existsSync } from "node:fs";
var CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run"
];
var INSTALLED = [
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/opt/google/chrome/chrome",
  "/usr/bin/chromium-browser",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "/usr/bin/chromium"
];
var BrowserNotFoundError = class extends Error {
  constructor(looked) {
    super(
      `no Chrome or Chromium found (looked at: ${looked.join(", ")}). Install one (Debian/Ubuntu: apt-get install -y chromium), then set browser.executablePath in primetime.yml or the CHROME_PATH environment variable.`
    );
    this.name = "BrowserNotFoundError";
  }
};
function findBrowser(configured, env = process.env) {
  for (const [source, candidate] of [
    ["browser.executablePath", configured],
    ["CHROME_PATH", env.CHROME_PATH]
  ]) {
    if (!candidate) continue;
    if (existsSync(candidate)) return candidate;
    throw new BrowserNotFoundError([`${source}=${candidate} (missing)`]);
  }
  const installed = INSTALLED.find((candidate) => existsSync(candidate));
  if (installed) return installed;
  throw new BrowserNotFoundError(INSTALLED);
}
async function launchBrowser(executablePath, extraArgs = []) {
  const { chromium } = await importOnDemand("playwright-core");
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    headless: true,
    timeout: 3e4,
    // primetime handles the signals itself (a partial report, exit 2): Playwright's handlers would exit 130 first.
    // Its exit handler stays, so the browser never outlives the process.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false
  });
}

export {
  CHROMIUM_FLAGS,
  BrowserNotFoundError,
  findBrowser,
  launchBrowser
};
