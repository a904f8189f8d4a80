// npm run bench [-- name …]: speed as ratios against a baseline measured in the same invocation.
import { benchBrowser } from './browser.js';
import { benchEngines } from './engines.js';
import { benchGrammar } from './grammar.js';
import { benchHttpChecks } from './http-checks.js';
import { benchLighthouseRuns } from './lighthouse-runs.js';
import { benchLoad } from './load.js';
import { benchPeer } from './peer.js';
import { benchSpelling } from './spelling.js';
import { benchSpellingReal } from './spelling-real.js';
import { benchSpellingCli } from './spelling-cli.js';
import { benchStartup } from './startup.js';

const BENCHES: Record<string, () => Promise<void>> = {
  startup: () => benchStartup(),
  http: () => benchHttpChecks(),
  spelling: () => benchSpelling(),
  'spelling-real': () => benchSpellingReal(),
  'spelling-cli': () => benchSpellingCli(),
  browser: () => benchBrowser(),
  load: () => benchLoad(),
  engines: () => benchEngines(),
  grammar: () => benchGrammar(),
  peer: () => benchPeer(),
  'lighthouse-runs': () => benchLighthouseRuns(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((name) => !BENCHES[name]);
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}: choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(BENCHES)) await BENCHES[name]!();
