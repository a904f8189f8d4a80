import { availableParallelism } from 'node:os';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { z } from 'zod';
import { evaluateInPage } from '../../src/browser/evaluate.js';
import { isVisible, selectorOf } from '../../src/browser/in-page.js';
import { newSiteContext } from '../../src/browser/network.js';
import { browserProblem } from '../../src/browser/problems.js';
import { READ_ONLY_MARK, type ReadOnlyGuard } from '../../src/browser/read-only.js';
import { defineCheck, findings, pagePath, plural, type Artifact, type CheckContext, type Evidence, Timeout, UrlOrPath } from '../../src/check/index.js';
import { mapLimit } from '../../src/util/limit.js';
import { contentPages, isOwnUrl } from '../../src/web/site.js';
import { slugify } from '../../src/util/slug.js';
import { measureInPage, type Measurement } from './measure.js';
import { requireOnDemand } from '../../src/core/on-demand.js';

/**
 * A 320 CSS px phone (the width WCAG 2.1 SC 1.4.10 Reflow requires content to fit without sideways scrolling), a
 * small phone, a current iPhone, a Pixel, a Galaxy, an iPad Mini, and a 1366×768 laptop.
 */
export const DEFAULT_DEVICES = ['Phone 320×640', 'iPhone SE (3rd gen)', 'iPhone 15', 'Pixel 7', 'Galaxy S24', 'iPad Mini', 'Laptop 1366×768'];
/** Devices of primetime's own, beside Playwright's catalogue. */
const OWN_DEVICES: Record<string, BrowserContextOptions> = {
  'Laptop 1366×768': { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  'Phone 320×640': {
    viewport: { width: 320, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  },
};

const Options = z.strictObject({
  pages: z.array(UrlOrPath).optional().describe('Pages to render; by default the home page, site.pages and the funnel.'),
  devices: z.array(z.string().min(1)).min(1).default(DEFAULT_DEVICES).describe('Playwright device names, or "Phone 320×640" and "Laptop 1366×768".'),
  landscape: z.boolean().default(false).describe('Also render each phone and tablet in landscape.'),
  keyElements: z
    .array(
      z.strictObject({
        selector: z.string().min(1),
        name: z.string().optional(),
        aboveFold: z.boolean().default(false),
        pages: z.array(UrlOrPath).optional().describe('Pages where it must be; all of them by default.'),
      }),
    )
    .default([])
    .describe('Elements that must be visible, e.g. the "Souscrire" call to action; aboveFold: visible without scrolling.'),
  minTapTarget: z
    .number()
    .min(0)
    .default(24)
    .describe(
      'Smallest button or link on touch devices, in CSS pixels, with the spacing exception (warning): 24 is WCAG 2.2 SC 2.5.8 (AA), 44 SC 2.5.5 (AAA).',
    ),
  minFontSize: z.number().min(0).default(12).describe('Smallest body text, in CSS pixels.'),
  fullPage: z.boolean().default(false).describe('Full-page screenshots besides the viewport ones.'),
  concurrency: z
    .number()
    .int()
    .min(1)
    .max(8)
    .optional()
    .describe('Devices rendered at once; by default half the cores (one on 2 cores, where more only compete for the CPU).'),
  navigationTimeout: Timeout.prefault('30s'),
});
type Ctx = CheckContext<z.output<typeof Options>>;

interface Cell {
  page: string;
  device: string;
  evidence: Evidence[];
  screenshot?: string;
}

export default defineCheck({
  meta: {
    id: 'mobile-rendering',
    title: 'Pages render correctly on every common phone, tablet and laptop',
    failureTitle: 'A page breaks on some devices',
    description:
      'Renders each page on a device matrix in Chromium and checks the status, the meta viewport, sideways scrolling, console errors, failed files, key elements (the call to action) visible and above the fold, tap targets and text size, with a screenshot per page and device.',
    options: Options,
    recommended: 'error',
    requires: ['browser'],
    packages: ['playwright-core'],
    timeout: 300_000,
  },
  async run(ctx) {
    const devices = await deviceMatrix(ctx.options.devices, ctx.options.landscape);
    const pages = ctx.options.pages ? ctx.options.pages.map((p) => new URL(p, ctx.site.baseUrl).toString()) : contentPages(ctx.site);
    const browser = (await ctx.browser()) as unknown as Browser;
    const total = pages.length * devices.length;
    let rendered = 0;
    const perDevice = await mapLimit(devices, ctx.options.concurrency ?? halfTheCores(), (device) =>
      renderDevice(ctx, browser, device, pages, (cell) => ctx.step(`${++rendered}/${total} cells (${pagePath(cell.page)} on ${device.name})`)),
    );
    // Page by page, each page's devices in the matrix's order: the grid's rows and the findings' order.
    const cells = pages.flatMap((_, p) => perDevice.map((deviceCells) => deviceCells[p]!));
    const found = findings();
    for (const finding of oneFindingPerDefect(cells.flatMap((cell) => cell.evidence)))
      found.add(finding, finding.level === 'fail' || finding.level === 'warn' ? PROBLEMS[finding.data?.problem as ProblemId]?.fix : undefined);
    return found.outcome(`${plural(pages.length, 'page')} × ${plural(devices.length, 'device')} render cleanly.`, { artifacts: screenshotGrid(cells) });
  },
});

/**
 * Measured on 2 cores, 7 devices × 3 pages: two devices at once were no faster than one (10 % slower on the demo
 * site, the same on a real site of the corpus), three 25 % slower on the demo site.
 */
const halfTheCores = () => Math.max(1, Math.floor(availableParallelism() / 2));

interface Device {
  name: string;
  descriptor: BrowserContextOptions;
}

/**
 * One device's context and tab, going from page to page as a visitor does: one warm renderer for all its cells (a
 * new tab per cell cost more than the page load itself). A page that did not load may leave its tab mid-navigation
 * or crashed: the next page gets a fresh tab.
 */
async function renderDevice(ctx: Ctx, browser: Browser, device: Device, urls: string[], rendered: (cell: Cell) => void): Promise<Cell[]> {
  // Read-only: the page's own scripts may not post (a beacon, a form) either; what the guard blocks is not a broken file.
  const { context, guard } = await newSiteContext<BrowserContext>(browser, ctx, { ...device.descriptor, locale: 'fr-FR' });
  try {
    const openTab = async (): Promise<Tab> => {
      const page = await context.newPage();
      return { page, guard, errors: errorLog(page, guard.blocked) };
    };
    let tab = await openTab();
    const cells: Cell[] = [];
    for (const url of urls) {
      const cell = await renderCell(ctx, tab, url, device);
      cells.push(cell);
      rendered(cell);
      if (!cell.screenshot) tab = (await tab.page.close().catch(() => undefined), await openTab());
    }
    return cells;
  } finally {
    await context.close();
  }
}

/** The devices by name (Playwright's catalogue, and primetime's own laptops), with their landscape forms when asked. */
async function deviceMatrix(names: string[], landscape: boolean): Promise<Device[]> {
  const { devices: catalogue } = requireOnDemand<typeof import('playwright-core')>('playwright-core');
  const unknown = names.filter((name) => !OWN_DEVICES[name] && !catalogue[name]);
  if (unknown.length > 0)
    throw new Error(`unknown device ${unknown.map((d) => `"${d}"`).join(', ')}: use Playwright device names such as "iPhone 15" or "Pixel 7".`);
  return names.flatMap((name) => {
    const descriptor: BrowserContextOptions = OWN_DEVICES[name] ?? catalogue[name]!;
    const turned = catalogue[`${name} landscape`];
    return landscape && turned
      ? [
          { name, descriptor },
          { name: `${name} landscape`, descriptor: turned },
        ]
      : [{ name, descriptor }];
  });
}

/** One screenshot per page and device, laid out as a grid with each cell's problems as marks. */
function screenshotGrid(cells: Cell[]): Artifact[] {
  return cells
    .filter((cell) => cell.screenshot)
    .map((cell) => ({
      kind: 'screenshot',
      path: cell.screenshot!,
      title: `${pagePath(cell.page)} on ${cell.device}`,
      grid: {
        row: pagePath(cell.page),
        column: cell.device,
        marks: [...new Set(cell.evidence.filter((e) => e.level !== 'pass').map((e) => PROBLEMS[e.data?.problem as ProblemId]?.mark ?? 'problem'))],
      },
    }));
}

/**
 * One defect, one finding: the same problem (the same element sticking out, console error, missing file…) on
 * several devices or pages is one finding that lists them, with the first place's figures.
 */
export function oneFindingPerDefect(evidence: Evidence[]): Evidence[] {
  const groups = new Map<string, Evidence[]>();
  const passes: Evidence[] = [];
  for (const e of evidence) {
    if (e.level === 'pass') {
      passes.push(e);
      continue;
    }
    const key = `${e.level}|${String(e.data?.problem)}|${String(e.data?.subject ?? '')}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const merged = [...groups.values()].map((same) => {
    const first = same[0]!;
    const devices = [...new Set(same.map((e) => String(e.data?.device)))];
    const pages = [...new Set(same.map((e) => pagePath(e.target!)))];
    return {
      ...first,
      message: `${pages.join(', ')} on ${devices.join(', ')}: ${String(first.data?.detail)}`,
      data: { ...first.data, devices, pages },
    };
  });
  return [...merged, ...passes];
}

/** What a cell can show, as ESLint rules have messageIds: each problem's label under the grid's screenshot and its fix. */
const PROBLEMS = {
  overflow: {
    mark: 'scrolls sideways',
    fix: 'Find the element that sticks out (the evidence names it) and let it shrink: max-width: 100%, flexible tables (overflow-x: auto on a wrapper), no fixed widths in px.',
  },
  clipped: {
    mark: 'content cut off',
    fix: 'overflow-x: hidden on html or body hides content that does not fit instead of fixing it: make the offending element fit.',
  },
  viewport: { mark: 'no meta viewport', fix: 'Add <meta name="viewport" content="width=device-width, initial-scale=1"> to every page.' },
  status: { mark: 'did not load', fix: 'Make every page answer 200.' },
  console: { mark: 'console error', fix: 'Fix the script errors shown in the console: on a slow phone they often leave the page half-working.' },
  resource: { mark: 'file failed', fix: 'Publish or remove the files that fail to load.' },
  'key-element': {
    mark: 'call to action missing',
    fix: 'Keep the call to action visible on every device: check the media queries that hide or push it down.',
  },
  'tap-target': {
    mark: 'small tap targets',
    fix: 'Give buttons and links at least 24×24 CSS px (padding, min-height), or space them so thumbs hit the right one (WCAG 2.2 SC 2.5.8).',
  },
  'small-text': { mark: 'small text', fix: 'Set body text to at least 12 px (16 px is the usual base on phones).' },
  // A note, never a defect: nothing for the site's team to fix.
  'third-party': { mark: 'third-party file', fix: undefined },
} as const satisfies Record<string, { mark: string; fix: string | undefined }>;

type ProblemId = keyof typeof PROBLEMS;

/**
 * A problem a cell shows: its level, its id, what it is (without the place), and `subject`, what makes two of
 * them the same defect (the element that sticks out, the file that failed): findings are grouped by it.
 */
type Problem = (level: 'fail' | 'warn' | 'info', id: ProblemId, detail: string, data?: Record<string, unknown> & { subject?: string }) => void;

interface Tab {
  page: Page;
  guard: ReadOnlyGuard;
  errors: ErrorLog;
}

/** One page on one device, in the device's tab; no screenshot when the page did not load. */
async function renderCell(ctx: Ctx, { page, guard, errors }: Tab, url: string, device: Device): Promise<Cell> {
  const evidence: Evidence[] = [];
  const where = `${pagePath(url)} on ${device.name}`;
  const { descriptor } = device;
  const problem: Problem = (level, id, detail, data = {}) =>
    evidence.push({ level, message: `${where}: ${detail}`, target: url, data: { device: device.name, problem: id, detail, ...data } });
  errors.take(); // what the previous page raised as it went is not this page's
  let status: number | undefined;
  try {
    status = (await guard.navigating(() => page.goto(url, { waitUntil: 'load', timeout: ctx.options.navigationTimeout })))?.status();
  } catch (error) {
    problem('fail', 'status', `the page ${browserProblem(error)}`);
    return { page: url, device: device.name, evidence };
  }
  if (status === undefined || status >= 400) problem('fail', 'status', `the page answered ${status ?? 'nothing'}`);
  await evaluateInPage(page, twoFrames); // the layout after load, as first painted: late shifts and script errors show

  const m: Measurement = await evaluateInPage(
    page,
    measureInPage,
    {
      keyElements: keyElementsFor(ctx, url),
      minTarget: descriptor.hasTouch ? ctx.options.minTapTarget : 0,
      minFontSize: ctx.options.minFontSize,
    },
    { selectorOf, isVisible },
  );
  judge(m, descriptor, problem);
  reportErrors(errors.take(), url, (fileUrl) => isOwnUrl(ctx.site, fileUrl), problem);

  // The elements a finding names, outlined in the page as shown (never on the site): the screenshot points at them.
  await evaluateInPage(
    page,
    outlineElements,
    [...m.offenders, ...m.smallTargets, ...m.smallText].map((o) => o.selector),
  );
  const name = `${slugify(new URL(url).pathname, 'home')}--${slugify(device.name, 'device')}`;
  const screenshot = await ctx.artifacts.save(`screenshots/${name}.png`, await page.screenshot({ scale: 'css', animations: 'disabled' }));
  if (ctx.options.fullPage)
    await ctx.artifacts.save(`screenshots/${name}--full.png`, await page.screenshot({ fullPage: true, scale: 'css', animations: 'disabled' }));
  if (!evidence.some((e) => e.level === 'fail' || e.level === 'warn'))
    evidence.push({ level: 'pass', message: `${where}: renders cleanly.`, target: url, data: { device: device.name } });
  return { page: url, device: device.name, evidence, screenshot };
}

/** Runs in the page: resolves once two frames have been drawn after load (or after half a second, should frames stall). */
function twoFrames(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, 500);
  });
}

interface PageErrors {
  console: string[];
  /** URL → what happened to it first ("404 url", "net::ERR_… url"). */
  files: Map<string, string>;
}

interface ErrorLog {
  /** The errors raised since the last take: one page's, as the tab goes from page to page. */
  take(): PageErrors;
}

/** The tab's script errors and the files that failed, as they happen; what the read-only guard refused is neither. */
function errorLog(page: Page, blocked: string[]): ErrorLog {
  const none = (): PageErrors => ({ console: [], files: new Map() });
  let errors = none();
  const siteError = (text: string) => !/^Failed to load resource/.test(text) && !text.includes(READ_ONLY_MARK);
  page.on('console', (message) => message.type() === 'error' && siteError(message.text()) && errors.console.push(message.text()));
  page.on('pageerror', (error) => siteError(error.message) && errors.console.push(`uncaught ${error.name}: ${error.message}`));
  // A file that answered 404 then shows as aborted too: each URL is reported once, with what happened first.
  const fileFailed = (fileUrl: string, what: string) => !errors.files.has(fileUrl) && errors.files.set(fileUrl, `${what} ${fileUrl}`);
  page.on('response', (response) => response.status() >= 400 && fileFailed(response.url(), String(response.status())));
  page.on('requestfailed', (request) => {
    if (!blocked.includes(`${request.method()} ${request.url()}`)) fileFailed(request.url(), request.failure()?.errorText ?? 'failed');
  });
  return {
    take() {
      const taken = errors;
      errors = none();
      return taken;
    },
  };
}

/**
 * At most three of each; the page itself is judged by its status, not as a file. A third-party file that did not
 * load (a font, an analytics script) is a note: nothing to fix here.
 */
function reportErrors(errors: PageErrors, pageUrl: string, own: (url: string) => boolean, problem: Problem): void {
  errors.files.delete(pageUrl);
  for (const text of errors.console.slice(0, 3)) problem('fail', 'console', `console error: ${text.slice(0, 200)}`, { subject: text.slice(0, 200) });
  const foreign = [...errors.files.keys()].filter((fileUrl) => !own(fileUrl));
  for (const [, file] of [...errors.files].filter(([fileUrl]) => own(fileUrl)).slice(0, 3))
    problem('fail', 'resource', `a file failed to load: ${file}`, { subject: file });
  if (foreign.length > 0) problem('info', 'third-party', `${plural(foreign.length, 'third-party file')} did not load: not the site's, nothing to fix here.`);
}

function judge(m: Measurement, descriptor: BrowserContextOptions, problem: Problem): void {
  if (descriptor.isMobile && !m.metaViewport)
    problem('fail', 'viewport', `no meta viewport: the page is laid out ${m.viewportWidth} px wide and shown zoomed out (scale ${m.scale.toFixed(2)})`, {
      scale: m.scale,
    });
  const widest = m.offenders.map((o) => `${o.selector} (${o.width} px wide, ends at ${o.right} px)`).join(', ');
  const sticking = m.offenders.map((o) => o.selector).join(',');
  if (m.scrollWidth > m.viewportWidth + 1)
    problem('fail', 'overflow', `scrolls sideways: ${m.scrollWidth} px of content in a ${m.viewportWidth} px viewport${widest ? `; widest: ${widest}` : ''}`, {
      offenders: m.offenders,
      subject: sticking,
    });
  else if (m.offenders.length > 0 && m.overflowClipped)
    problem('warn', 'clipped', `content is cut off by overflow-x: hidden: ${widest}`, { offenders: m.offenders, subject: sticking });
  for (const key of m.keyElements) {
    if (!key.found) problem('fail', 'key-element', `${key.name} (${key.selector}) is not on the page`, { subject: `${key.selector}|missing` });
    else if (!key.visible) problem('fail', 'key-element', `${key.name} (${key.selector}) is hidden`, { subject: `${key.selector}|hidden` });
    else if (key.mustBeAboveFold && !key.inFirstScreen)
      problem('fail', 'key-element', `${key.name} (${key.selector}) is below the fold: the visitor must scroll to see it`, {
        subject: `${key.selector}|below`,
      });
  }
  if (m.smallTargetCount > 0)
    problem(
      'warn',
      'tap-target',
      `${m.smallTargetCount} tap target${m.smallTargetCount === 1 ? ' is' : 's are'} smaller than ${m.minTarget}×${m.minTarget} px and too close to another: ${m.smallTargets.map((t) => `${t.selector} ${t.width}×${t.height}${t.text ? ` "${t.text}"` : ''}`).join(', ')}`,
      { subject: m.smallTargets.map((t) => t.selector).join(',') },
    );
  if (m.smallText.length > 0)
    problem('fail', 'small-text', `text smaller than the minimum: ${m.smallText.map((t) => `${t.selector} ${t.size} px "${t.text}"`).join(', ')}`, {
      subject: m.smallText.map((t) => t.selector).join(','),
    });
}

function keyElementsFor(ctx: Ctx, url: string) {
  const path = new URL(url).pathname;
  return ctx.options.keyElements
    .filter((key) => !key.pages || key.pages.some((p) => new URL(p, ctx.site.baseUrl).pathname === path))
    .map((key) => ({ selector: key.selector, name: key.name ?? key.selector, aboveFold: key.aboveFold }));
}

/** Runs in the page: a red outline on each element named (outline takes no room, so the layout shown is the one measured). */
function outlineElements(selectors: string[]): void {
  for (const selector of selectors) {
    try {
      for (const element of document.querySelectorAll<HTMLElement>(selector)) element.style.setProperty('outline', '3px solid #e00', 'important');
    } catch {
      // A selector the page's own markup makes invalid: that element is left as it is.
    }
  }
}
