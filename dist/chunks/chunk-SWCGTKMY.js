import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  requireOnDemand
} from "./chunk-2W5G6BIE.js";

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
function edgeLocations(env) {
  if (process.platform === "win32")
    return [env.LOCALAPPDATA, env.PROGRAMFILES, env["PROGRAMFILES(X86)"]].filter((root) => Boolean(root)).map((root) => `${root}\\Microsoft\\Edge\\Application\\msedge.exe`);
  if (process.platform === "darwin") return ["/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"];
  return ["/usr/bin/microsoft-edge-stable", "/usr/bin/microsoft-edge", "/opt/microsoft/msedge/msedge"];
}
async function installedBrowsers(env) {
  const { Launcher } = await import("chrome-launcher");
  let found = [];
  try {
    found = Launcher.getInstallations();
  } catch {
  }
  return [...found, ...edgeLocations(env).filter((candidate) => existsSync(candidate))];
}
var BrowserNotFoundError = class extends Error {
  constructor(looked) {
    super(
      `no Chrome, Chromium or Edge found (looked at: ${looked.join(", ")}). Install one (Debian/Ubuntu: apt-get install -y chromium), then set browser.executablePath in primetime.yml or the CHROME_PATH environment variable.`
    );
    this.name = "BrowserNotFoundError";
  }
};
async function findBrowser(configured, env = process.env) {
  for (const [source, candidate] of [
    ["browser.executablePath", configured],
    ["CHROME_PATH", env.CHROME_PATH]
  ]) {
    if (!candidate) continue;
    if (existsSync(candidate)) return candidate;
    throw new BrowserNotFoundError([`${source}=${candidate} (missing)`]);
  }
  const [installed] = await installedBrowsers(env);
  if (installed) return installed;
  throw new BrowserNotFoundError([
    process.platform === "win32" ? "Program Files and %LOCALAPPDATA%" : process.platform === "darwin" ? "/Applications" : "PATH and .desktop files",
    ...edgeLocations(env)
  ]);
}
async function launchBrowser(executablePath, extraArgs = []) {
  const { chromium } = requireOnDemand("playwright-core");
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
