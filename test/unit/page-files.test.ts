/**
 * One table, three readers: the files a page names are found alike by primetime's own load (page-files.ts over
 * node-html-parser), the exported k6 script (over k6/html) and the exported locustfile (over Python's
 * html.parser), on a page written to hold every case and on every page of the real-sites corpus.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { resolveConfig } from '../../src/config/load.js';
import { hostAllowed } from '../../src/load/allow.js';
import { toK6, toLocust } from '../../src/load/export.js';
import { loadInputs, resolveWholeShot } from '../../src/load/settings.js';
import { buildPlan } from '../../src/plan/plan.js';
import { parseHtml, subresources } from '../../src/web/html.js';
import { loadK6Script } from '../fixtures/k6-script.js';
import { STORY_EVENT } from '../fixtures/run-check.js';
import { tempDir } from '../fixtures/sites.js';
import { CORPUS, corpusMissing } from '../real-sites/serve.js';

const ALLOW = ['site.test', '*.site.test'];

/** Every case a reader could get wrong. */
const EDGE_PAGE = {
  url: 'http://site.test/blog/2026/article.html?page=2#top',
  html: `<!doctype html><html><head>
<link rel="preload stylesheet" href="../css/main.css" as="style">
<link rel="icon" href="/favicon.ico"><link rel="apple-touch-icon" href="touch.png"><link rel="shortcut icon" href="./fav2.ico">
<link rel="preload" href="/fonts/marianne.woff2" as="font" crossorigin><link rel="canonical" href="/canonical">
<link rel="stylesheet" href="//cdn.example.net/lib.css"><link rel="stylesheet" href="//static.site.test/theme.css">
<script src="app.js?v=3#x"></script><script src="javascript:void(0)"></script><script>var x = '<img src="/not-a-file.png">';</script>
</head><body>
<img src="data:image/png;base64,AAAA"><img src="/img/é t&eacute;.jpg" srcset="/img/a-1x.jpg 1x, /img/a-2x.jpg 2x">
<picture><source srcset="/img/b.webp 480w,/img/b-big.webp 960w" type="image/webp"><img src="../../img/b.jpg"></picture>
<noscript><img src="/img/tracking.gif"></noscript>
<input type="image" src="/img/ok.png"><input type="text" src="/img/no.png"><video poster="/img/poster.jpg" src="/video.mp4"></video>
<a href="/not-fetched.html">lien</a><img src="#anchor"><img src="/img/a-1x.jpg">
</body></html>`,
};

/** Every HTML page of the corpus, at a URL of its own under site.test. */
function corpusPages(): Array<{ url: string; html: string }> {
  const pages: Array<{ url: string; html: string }> = [];
  for (const site of readdirSync(path.join(CORPUS, 'sites')))
    for (const file of readdirSync(path.join(CORPUS, 'sites', site), { recursive: true }) as string[])
      if (/\.html?$/.test(file))
        pages.push({
          url: `http://site.test/${site}/${file.split(path.sep).map(encodeURIComponent).join('/')}`,
          html: readFileSync(path.join(CORPUS, 'sites', site, file), 'utf8'),
        });
  return pages;
}

async function shot() {
  const loaded = await resolveConfig(
    {
      event: STORY_EVENT,
      site: { baseUrl: 'http://site.test/' },
      load: { allowHosts: ALLOW, requests: [{ url: '/', subresources: true }], caps: { maxRequests: 1e7 } },
    },
    { file: 'primetime.yml', env: {} },
  );
  return resolveWholeShot('primetime.yml', loadInputs(loaded.config), buildPlan(loaded.config.event));
}

/** As primetime's load worker reads a page: the table over node-html-parser, then load.allowHosts. */
const primetimeFiles = (page: { url: string; html: string }) =>
  subresources(parseHtml(page.html), page.url)
    .map((s) => s.url)
    .filter((url) => hostAllowed(url, ALLOW));

async function k6Files(pages: Array<{ url: string; html: string }>): Promise<string[][]> {
  const { script, calls } = await loadK6Script(toK6(await shot(), 'primetime.yml'));
  return pages.map((page) => {
    [calls.page, calls.pageUrl, calls.batches] = [page.html, page.url, []];
    script.default();
    return (calls.batches[0] ?? []).map((b) => new URL(b.url).href);
  });
}

/** The locustfile's PageFiles, run by the Python that runs Locust. */
async function locustFiles(pages: Array<{ url: string; html: string }>): Promise<string[][]> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'locustfile.py'), toLocust(await shot(), 'primetime.yml'));
  await writeFile(path.join(dir, 'pages.json'), JSON.stringify(pages));
  const python = /^#!\s*(\S+)/.exec(readFileSync(execFileSync('sh', ['-c', 'command -v locust'], { encoding: 'utf8' }).trim(), 'utf8'))![1]!;
  const driver = `import json, sys
sys.path.insert(0, ${JSON.stringify(dir)})
import locustfile
out = []
for page in json.load(open(${JSON.stringify(path.join(dir, 'pages.json'))})):
    parser = locustfile.PageFiles(page["url"])
    parser.feed(page["html"])
    out.append(parser.urls())
print(json.dumps(out))`;
  const urls = JSON.parse(execFileSync(python, ['-c', driver], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as string[][];
  return urls.map((list) => list.map((url) => new URL(url).href));
}

const sorted = (list: string[]) => [...new Set(list)].sort();

describe('page files: one table, three readers', () => {
  it('a page holding every case: relative, rooted and protocol-relative URLs, <base>-less dot segments, rel lists, srcset, <source>, noscript, schemes', async () => {
    const expected = [
      'http://site.test/blog/css/main.css',
      'http://site.test/favicon.ico',
      'http://site.test/blog/2026/touch.png',
      'http://site.test/blog/2026/fav2.ico',
      'http://site.test/fonts/marianne.woff2',
      'http://static.site.test/theme.css',
      'http://site.test/blog/2026/app.js?v=3',
      'http://site.test/img/%C3%A9%20t%C3%A9.jpg',
      'http://site.test/img/a-1x.jpg',
      'http://site.test/img/a-2x.jpg',
      'http://site.test/img/b.webp',
      'http://site.test/img/b-big.webp',
      'http://site.test/img/b.jpg',
      'http://site.test/img/ok.png',
      'http://site.test/img/poster.jpg',
    ].sort();
    assert.deepEqual(sorted(primetimeFiles(EDGE_PAGE)), expected);
    assert.deepEqual(sorted((await k6Files([EDGE_PAGE]))[0]!), expected);
    assert.deepEqual(sorted((await locustFiles([EDGE_PAGE]))[0]!), expected);
    // <base> moves every relative URL, in all three.
    const based = { url: EDGE_PAGE.url, html: '<base href="/static/v2/"><img src="x.png"><img src="/y.png">' };
    for (const files of [primetimeFiles(based), (await k6Files([based]))[0]!, (await locustFiles([based]))[0]!])
      assert.deepEqual(sorted(files), ['http://site.test/static/v2/x.png', 'http://site.test/y.png']);
  });

  it('every page of the real-sites corpus: the same files from all three', { skip: corpusMissing() }, async () => {
    const pages = corpusPages();
    assert.ok(pages.length > 1_000, `${pages.length} pages`);
    const [k6, locust] = [await k6Files(pages), await locustFiles(pages)];
    let files = 0;
    for (const [i, page] of pages.entries()) {
      const expected = sorted(primetimeFiles(page));
      files += expected.length;
      assert.deepEqual(sorted(k6[i]!), expected, `k6 on ${page.url}`);
      assert.deepEqual(sorted(locust[i]!), expected, `Locust on ${page.url}`);
    }
    assert.ok(files > 5_000, `${files} files named by the corpus pages`);
  });
});
