#!/usr/bin/env node
/**
 * The README's picture of the watch page: runs `primetime demo --watch` (the demo site, its simulated account and
 * a scripted incident, all on 127.0.0.1), waits until the incident is under way, and has headless Chromium take the
 * page. Usage: npm run build && node scripts/watch-screenshot.mjs [out.png] (CHROME_PATH, else /usr/bin/chromium).
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs/watch-page.png'));
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const cwd = mkdtempSync(path.join(os.tmpdir(), 'primetime-shot-'));
// 36 s: a look every 3 s, the home page down from 12 s to 24 s; the picture at 21 s.
const demo = spawn(process.execPath, [path.join(root, 'dist/cli.js'), 'demo', '--watch', '--duration', '36s'], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
const bound = setTimeout(() => demo.kill('SIGKILL'), 60_000);
let text = '';
const url = await new Promise((resolve, reject) => {
  demo.stdout.on('data', (chunk) => {
    text += chunk;
    const found = /The watch page: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
    if (found) resolve(found[1]);
  });
  demo.on('exit', () => reject(new Error(`the demo ended before serving its page:\n${text}`)));
});
await new Promise((resolve) => setTimeout(resolve, 21_000));
execFileSync(chrome, [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--hide-scrollbars',
  '--force-color-profile=srgb',
  '--window-size=1100,2900',
  `--screenshot=${out}`,
  url,
]);
const ended = new Promise((resolve) => demo.on('exit', resolve));
demo.kill('SIGINT');
await ended;
clearTimeout(bound);
rmSync(cwd, { recursive: true, force: true });
console.log(`Wrote ${path.relative(process.cwd(), out)} from ${url}`);
