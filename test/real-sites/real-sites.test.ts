/**
 * The real-site suite: every check that applies, run as a user runs it (the built CLI) on eight real French sites
 * nobody here wrote, served by nginx on 127.0.0.1. Each run must end with no "could not complete", no stack trace,
 * and no request other than GET or HEAD at the server. Every blocker and warning was judged once by a person
 * reading the page (true or false, with why) and is kept in expectations.json by a key that holds no text of the
 * sites (a hash for a word): a new finding or a lost true one fails the suite.
 *
 * `npm test` runs the HTTP checks, spelling in files mode and warm on every site; `npm run real-sites` adds the
 * browser checks (spelling in the browser, mobile-rendering) and Lighthouse on each home page. With
 * PRIMETIME_REAL_SITES_RECORD=1 the findings not judged yet are added to expectations.json, unjudged, for a
 * person to judge; the suite fails until they are.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Evidence, Report } from '../../src/report/model.js';
import { runCli } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';
import { CORPUS, corpusMissing, serveCorpus, type CorpusServer } from './serve.js';

const ALL = process.env.PRIMETIME_REAL_SITES === 'all';
const RECORD = process.env.PRIMETIME_REAL_SITES_RECORD === '1';
const EXPECTATIONS = path.join(import.meta.dirname, 'expectations.json');

interface Judged {
  /** true: a real defect of the site as served; false: a false alarm; null: not judged yet. */
  true: boolean | null;
  why: string;
  /** Set when the finding comes and goes from run to run (a script's request racing the end of the page's load): never counted as lost. */
  sometimes?: true;
}
type Expectations = Record<string, Record<string, Record<string, Judged>>>;

/** The runs per site: the checks, and the YAML that points them at the site. */
function runsFor(site: string): { name: string; only: string; yaml: string }[] {
  const files = `files: ['${path.join(CORPUS, 'sites', site)}/**/*.{html,htm}']`;
  return [
    { name: 'http', only: 'error-pages,redirects,caching,security-headers,exposure', yaml: '' },
    { name: 'spelling-files', only: 'spelling', yaml: `checks:\n  spelling: [error, { site: false, funnel: false, ${files} }]\n` },
    ...(ALL
      ? [
          { name: 'browser', only: 'spelling,mobile-rendering', yaml: 'checks:\n  mobile-rendering: [error, { devices: [Pixel 7, Phone 320×640] }]\n' },
          // What a CPU does not change: the timings depend on the machine, and are tested apart.
          {
            name: 'lighthouse',
            only: 'lighthouse',
            yaml: 'checks:\n  lighthouse: [error, { runs: 1, thresholds: { performance: null, lcp: null, tbt: null, fcp: null } }]\n',
          },
        ]
      : []),
  ];
}

/**
 * A finding's key, with no text of the site in it: the check's own words with numbers, paths and the list of
 * places cut; a flagged word as a hash.
 */
export function findingKey(evidence: Evidence): string {
  const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
  const word = evidence.data?.word;
  if (typeof word === 'string') return `${evidence.level}:${String(evidence.data?.rule)}:${hash(word)}`;
  // A rendering finding quotes the page (its text, its selectors): its problem id, and what it says as a hash,
  // without the pages and devices it lists (a finding that comes and goes may be seen on one device or on both).
  const problem = evidence.data?.problem;
  if (typeof problem === 'string')
    return `${evidence.level}:${problem}:${hash(evidence.message.slice(evidence.message.indexOf(': ') + 2).replace(/\d+/g, '#'))}`;
  const words = evidence.message
    .replace(/ \(\d+ times: .*\)\.$/, '.')
    .replace(/https?:\/\/\S+/g, 'URL')
    .replace(/(^|[\s(])\/\S*/g, '$1PATH')
    .replace(/\d[\d,.]*/g, '#');
  return `${evidence.level}:${words}`;
}

const words = JSON.parse(await readFile(path.join(CORPUS, 'manifest.json'), 'utf8').catch(() => '{"sites":[]}')) as {
  sites: { name: string; words: number }[];
};
const missing = corpusMissing();

// Two sites at a time in `npm test` (HTTP checks and spelling: no timing is judged); one at a time with Lighthouse.
describe('the real-site suite', { skip: missing, concurrency: ALL ? 1 : 2 }, () => {
  let server: CorpusServer;
  let expectations: Expectations = {};
  const seen: Expectations = {};
  const tally: string[] = [];
  before(async () => {
    server = await serveCorpus();
    expectations = JSON.parse(await readFile(EXPECTATIONS, 'utf8')) as Expectations;
  });
  after(async () => {
    await server?.close();
    if (RECORD) await record(expectations, seen);
    console.log(`real sites:\n${tally.sort().join('\n')}`);
  });

  for (const site of ['amap-chaudeau', 'copaah', 'duonuisibles', 'jndjs-jardin', 'nanterre-grimpe', 'tradinginpython-doc', 'traintracker', 'veranda77'])
    it(site, async () => {
      const url = server.sites.get(site)!;
      const dir = await tempDir();
      for (const run of runsFor(site)) {
        await writeFile(path.join(dir, 'primetime.yml'), `event: { name: ${site}, audience: 100000, reach: 10% }\nsite: { baseUrl: '${url}' }\n${run.yaml}`);
        const result = await runCli(['check', '--only', run.only, '--format', 'json', '--out', `out-${run.name}`, '--verbose'], {
          cwd: dir,
          timeoutMs: 600_000,
        });
        const output = result.stdout + result.stderr;
        assert.ok(result.code === 0 || result.code === 1, `${site} ${run.name}: exit ${result.code}\n${output}`);
        assert.doesNotMatch(output, /could not complete|^\s+at .+:\d+:\d+\)?$/m, `${site} ${run.name}: a check did not run to its end`);
        const report = JSON.parse(await readFile(path.join(dir, `out-${run.name}`, 'report.json'), 'utf8')) as Report;
        // Judged per run: spelling of the built files and spelling in the browser are two readings.
        for (const check of report.checks)
          judge(
            site,
            `${run.name}:${check.id}`,
            check.evidence.filter((e) => e.level === 'fail' || e.level === 'warn'),
          );
      }
      const warm = await runCli(['warm', '--format', 'json'], { cwd: dir, timeoutMs: 300_000 });
      assert.ok(warm.code === 0 || warm.code === 1, `${site} warm: exit ${warm.code}\n${warm.stderr}`);
      const writes = (await server.requests()).filter((line) => !/^(GET|HEAD) /.test(line));
      assert.deepEqual(writes, [], `${site}: only GET and HEAD reach the server`);
    });

  /** The findings against what a person judged: a new one, a lost true one, or one not judged yet fails. */
  function judge(site: string, check: string, found: Evidence[]): void {
    const expected = expectations[site]?.[check] ?? {};
    const keys = new Map(found.map((e) => [findingKey(e), e]));
    const site_ = (seen[site] ??= {});
    site_[check] = Object.fromEntries([...keys].map(([key, e]) => [key, expected[key] ?? { true: null, why: `not judged yet: ${e.message.slice(0, 60)}…` }]));
    const falseOnes = [...keys.keys()].filter((key) => expected[key]?.true === false).length;
    const perThousand =
      check === 'spelling-files:spelling'
        ? ` (${((falseOnes * 1000) / (words.sites.find((s) => s.name === site)?.words ?? 1)).toFixed(2)} false per 1,000 words)`
        : '';
    tally.push(`  ${site} ${check}: ${keys.size} findings, ${falseOnes} judged false${perThousand}`);
    const unjudged = [...keys].filter(([key]) => expected[key]?.true === undefined || expected[key]?.true === null);
    const lost = Object.entries(expected).filter(([key, j]) => j.true === true && !j.sometimes && !keys.has(key));
    // Recording gathers every finding first; the run after it fails on each not judged yet.
    assert.deepEqual(
      RECORD ? [] : unjudged.map(([key, e]) => `${key}  ${e.message}`),
      [],
      `${site} ${check}: findings nobody has judged (PRIMETIME_REAL_SITES_RECORD=1 adds them to expectations.json to judge)`,
    );
    assert.deepEqual(
      lost.map(([key, j]) => `${key}  (${j.why})`),
      [],
      `${site} ${check}: true findings the check no longer gives`,
    );
  }
});

/** Adds the findings not judged yet to expectations.json, keeping every judgement already there. */
async function record(expectations: Expectations, seen: Expectations): Promise<void> {
  for (const [site, checks] of Object.entries(seen))
    for (const [check, keys] of Object.entries(checks)) {
      const kept = ((expectations[site] ??= {})[check] ??= {});
      for (const [key, judged] of Object.entries(keys)) kept[key] ??= judged;
    }
  await writeFile(EXPECTATIONS, `${JSON.stringify(expectations, null, 2)}\n`);
}
