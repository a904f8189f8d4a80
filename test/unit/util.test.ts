import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { configJsonSchema, reportJsonSchema } from '../../src/config/json-schema.js';
import { VERSION } from '../../src/util/version.js';
import { formatDuration, parseDuration } from '../../src/util/duration.js';
import { closest } from '../../src/util/suggest.js';
import { ROOT, runCli } from '../fixtures/cli.js';
import { tempDir } from '../fixtures/sites.js';

describe('helpers', () => {
  it('parses durations as people write them', () => {
    assert.deepEqual(['90s', '3m', '1h30m', '14d', '250ms', 2].map(parseDuration), [90_000, 180_000, 5_400_000, 1_209_600_000, 250, 2_000]);
    assert.throws(() => parseDuration('three minutes'), /not a duration/);
  });

  it('formats durations with the two largest units', () => {
    assert.deepEqual([450, 12_300, 5_400_000, 9_000_000_000, -90_000].map(formatDuration), ['450 ms', '12 s', '1 h 30 min', '104 d 4 h', '-1 min']);
  });

  it('suggests close names only', () => {
    assert.equal(closest('arivalWindow', ['arrivalWindow', 'audience']), 'arrivalWindow');
    assert.equal(closest('xyz', ['arrivalWindow', 'audience']), undefined);
  });

  it('keeps the version in step with package.json', async () => {
    assert.equal(VERSION, JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('keeps the committed JSON Schemas in step with the zod schemas (npm run schema)', async () => {
    const committed = async (name: string) => JSON.parse(await readFile(path.join(ROOT, 'schema', name), 'utf8'));
    assert.deepEqual(await committed('primetime.schema.json'), await configJsonSchema());
    assert.deepEqual(await committed('report.schema.json'), reportJsonSchema());
  });
});

describe('README', () => {
  it('lists the checks as generated from their meta (npm run docs)', async () => {
    const { checksSection } = await import('../../src/docs/checks-section.js');
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(await checksSection()), 'README checks section is stale: run npm run docs');
  });

  it('shows `primetime plan` as the code prints it for the story’s event (npm run docs)', async () => {
    const { planSection, STORY } = await import('../../src/docs/plan-section.js');
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(await planSection()), 'README plan sample is stale: run npm run docs');
    // The same table as the command prints for that event.
    const dir = await tempDir();
    await writeFile(path.join(dir, 'primetime.json'), JSON.stringify({ event: STORY, site: { baseUrl: 'https://www.example.fr' } }));
    const { stdout } = await runCli(['plan'], { cwd: dir });
    const table = /```\n([\s\S]*?)```/.exec(await planSection())![1]!;
    assert.equal(stdout, `Event plan: Capital (M6)\n\n${table}`);
  });
});

describe('README IAM policy', () => {
  it('is the policy the code generates for every AWS check (npx primetime iam-policy)', async () => {
    const { iamPolicy } = await import('../../src/aws/policy.js');
    const { BUILTIN_IDS, loadBuiltinCheck } = await import('../../checks/registry.js');
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const shown = /for all of them:\n\n```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    assert.ok(shown, 'the policy block is missing from the README');
    assert.deepEqual(JSON.parse(shown), iamPolicy(await Promise.all(BUILTIN_IDS.map(loadBuiltinCheck))));
  });
});

describe('shared helpers of the checks', () => {
  it('slugify: accents dropped, other characters folded, a fallback for nothing', async () => {
    const { slugify } = await import('../../src/util/slug.js');
    assert.deepEqual(
      [slugify('/souscription/étape-1.html', 'home'), slugify('/', 'home'), slugify('çi-dessous', 'word', 30), slugify('iPhone SE (3rd gen)', 'device')],
      ['souscription-etape-1-html', 'home', 'ci-dessous', 'iPhone-SE-3rd-gen'],
    );
  });
  it('the kit words counts and errors once for every check', async () => {
    const { plural, pagePath, firstLine } = await import('../../src/check/index.js');
    assert.deepEqual(
      [plural(1, 'page'), plural(3, 'page'), plural(1200, 'word'), plural(2, 'distinct address', 'distinct addresses')],
      ['1 page', '3 pages', '1,200 words', '2 distinct addresses'],
    );
    assert.deepEqual(
      [pagePath('https://a.fr/offre?x=1', 'https://a.fr/'), pagePath('https://cdn.a.fr/503.html', 'https://a.fr/')],
      ['/offre?x=1', 'https://cdn.a.fr/503.html'],
    );
    assert.equal(firstLine(new Error('page.goto: Timeout\nCall log:\n  - navigating')), 'page.goto: Timeout');
  });
});

describe('browser problems in plain words', () => {
  it("reads Playwright's own messages (as Chromium 14x gives them) without their call logs or raw milliseconds", async () => {
    const { browserProblem } = await import('../../src/browser/problems.js');
    const log = (line: string) => `\nCall log:\n\u001b[2m  - ${line}\u001b[22m\n`;
    const cases: Array<[string, string]> = [
      [`page.goto: Timeout 30000ms exceeded.${log('navigating to "http://127.0.0.1:8080/lent", waiting until "load"')}`, 'did not finish loading within 30 s'],
      [`page.waitForSelector: Timeout 5000ms exceeded.${log("waiting for locator('#offre') to be visible")}`, '#offre did not appear within 5 s'],
      [`page.click: Timeout 5000ms exceeded.${log("waiting for locator('button.valider')")}`, 'button.valider did not appear within 5 s'],
      [
        `page.goto: net::ERR_NAME_NOT_RESOLVED at http://nowhere.invalid/${log('navigating to "http://nowhere.invalid/"')}`,
        'could not be loaded: its host name does not resolve (DNS)',
      ],
      ['page.goto: net::ERR_UNSAFE_PORT at http://127.0.0.1:9/', "could not be loaded: Chromium's error ERR_UNSAFE_PORT"],
      ['answered 404: its text could not be read', 'answered 404: its text could not be read'],
    ];
    for (const [message, plain] of cases) assert.equal(browserProblem(new Error(message)), plain);
  });
});
