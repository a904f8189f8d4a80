import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  browserProblem,
  evaluateInPage,
  isVisible as isVisible2,
  selectorOf as selectorOf2
} from "./chunk-GDR4YGEZ.js";
import {
  slugify
} from "./chunk-YFSQWLA5.js";
import {
  newSiteContext
} from "./chunk-LXSQFGZP.js";
import "./chunk-PSNEM3YN.js";
import {
  READ_ONLY_MARK
} from "./chunk-372EV6TC.js";
import {
  requireOnDemand
} from "./chunk-2W5G6BIE.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-2C7HXIN7.js";
import {
  contentPages,
  isOwnUrl
} from "./chunk-D3JRSC5Z.js";
import {
  mapLimit
} from "./chunk-REAIEUUL.js";
import {
  Timeout,
  UrlOrPath,
  defineCheck,
  pagePath
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  plural
} from "./chunk-KHW7QP7J.js";
import "./chunk-DWOR55PJ.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/mobile-rendering/index.ts
import { availableParallelism } from "node:os";

// checks/mobile-rendering/measure.ts
function measureInPage(arg) {
  const root = document.documentElement;
  const width = root.clientWidth;
  const height = window.innerHeight;
  const sticksOut = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > width + 1;
  };
  const unseen = (el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width <= 1 || r.height <= 1 || r.right <= 0 || r.bottom <= 0 || /rect\(\s*0/.test(style.clip) || /inset\(\s*(50%|100%)/.test(style.clipPath) || el.parentElement !== null && el.parentElement !== document.body && unseen(el.parentElement);
  };
  const all = [...document.body.querySelectorAll("*")].filter((el) => isVisible(el));
  const clips = (el) => /hidden|clip/.test(getComputedStyle(el).overflowX);
  const heldInside = (el) => {
    for (let up = el.parentElement; up && up !== document.body && up !== root; up = up.parentElement)
      if (getComputedStyle(up).overflowX !== "visible") return true;
    return false;
  };
  const offenders = all.filter((el) => sticksOut(el) && !heldInside(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement))).map((el) => ({ selector: selectorOf(el), width: Math.round(el.getBoundingClientRect().width), right: Math.round(el.getBoundingClientRect().right) })).sort((a, b) => b.right - a.right).slice(0, 3);
  const keyElements = arg.keyElements.map((key) => {
    const el = document.querySelector(key.selector);
    const r = el?.getBoundingClientRect();
    const visible = Boolean(el && isVisible(el) && r && r.width > 0 && r.height > 0);
    return {
      name: key.name,
      selector: key.selector,
      found: Boolean(el),
      visible,
      inFirstScreen: Boolean(visible && r && r.top >= 0 && r.bottom <= height),
      mustBeAboveFold: key.aboveFold
    };
  });
  const inline = (el) => getComputedStyle(el).display === "inline" && (el.parentElement?.textContent ?? "").trim().length > (el.textContent ?? "").trim().length;
  const targets = all.filter((el) => el.matches("a[href], button, input:not([type=hidden]), select, textarea, [role=button], summary") && !inline(el) && !unseen(el)).map((el) => ({ el, r: el.getBoundingClientRect() }));
  const undersized = targets.filter(({ r }) => r.width < arg.minTarget || r.height < arg.minTarget);
  const centre = (r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const distanceToRect = (p, r) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
  const crowded = ({ el, r }) => targets.some((other) => {
    if (other.el === el || other.el.contains(el) || el.contains(other.el)) return false;
    const c = centre(r);
    return undersized.some((u) => u.el === other.el) ? Math.hypot(c.x - centre(other.r).x, c.y - centre(other.r).y) < arg.minTarget : distanceToRect(c, other.r) < arg.minTarget / 2;
  });
  const small = undersized.filter(crowded).map(({ el, r }) => ({
    selector: selectorOf(el),
    width: Math.round(r.width),
    height: Math.round(r.height),
    text: (el.textContent || el.value || "").trim().slice(0, 40)
  }));
  const smallText = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && smallText.length < 5; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !(node.textContent ?? "").trim() || /^(SCRIPT|STYLE|NOSCRIPT|OPTION)$/.test(parent.tagName) || !isVisible(parent) || unseen(parent))
      continue;
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (size < arg.minFontSize && !smallText.some((s) => s.selector === selectorOf(parent)))
      smallText.push({ selector: selectorOf(parent), size, text: (node.textContent ?? "").trim().slice(0, 40) });
  }
  return {
    viewportWidth: width,
    viewportHeight: height,
    scrollWidth: root.scrollWidth,
    metaViewport: Boolean(document.querySelector("meta[name=viewport]")),
    scale: window.visualViewport?.scale ?? 1,
    overflowClipped: clips(root) || clips(document.body),
    offenders,
    keyElements,
    minTarget: arg.minTarget,
    smallTargets: small.slice(0, 5),
    smallTargetCount: small.length,
    smallText
  };
}

// checks/mobile-rendering/index.ts
var DEFAULT_DEVICES = ["Phone 320\xD7640", "iPhone SE (3rd gen)", "iPhone 15", "Pixel 7", "Galaxy S24", "iPad Mini", "Laptop 1366\xD7768"];
var OWN_DEVICES = {
  "Laptop 1366\xD7768": { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  "Phone 320\xD7640": {
    viewport: { width: 320, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    userAgent: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
  }
};
var Options = external_exports.strictObject({
  pages: external_exports.array(UrlOrPath).optional().describe("Pages to render; by default the home page, site.pages and the funnel."),
  devices: external_exports.array(external_exports.string().min(1)).min(1).default(DEFAULT_DEVICES).describe('Playwright device names, or "Phone 320\xD7640" and "Laptop 1366\xD7768".'),
  landscape: external_exports.boolean().default(false).describe("Also render each phone and tablet in landscape."),
  keyElements: external_exports.array(
    external_exports.strictObject({
      selector: external_exports.string().min(1),
      name: external_exports.string().optional(),
      aboveFold: external_exports.boolean().default(false),
      pages: external_exports.array(UrlOrPath).optional().describe("Pages where it must be; all of them by default.")
    })
  ).default([]).describe('Elements that must be visible, e.g. the "Souscrire" call to action; aboveFold: visible without scrolling.'),
  minTapTarget: external_exports.number().min(0).default(24).describe(
    "Smallest button or link on touch devices, in CSS pixels, with the spacing exception (warning): 24 is WCAG 2.2 SC 2.5.8 (AA), 44 SC 2.5.5 (AAA)."
  ),
  minFontSize: external_exports.number().min(0).default(12).describe("Smallest body text, in CSS pixels."),
  fullPage: external_exports.boolean().default(false).describe("Full-page screenshots besides the viewport ones."),
  concurrency: external_exports.number().int().min(1).max(8).optional().describe("Devices rendered at once; by default half the cores (one on 2 cores, where more only compete for the CPU)."),
  navigationTimeout: Timeout.prefault("30s")
});
var mobile_rendering_default = defineCheck({
  meta: {
    id: "mobile-rendering",
    title: "Pages render correctly on every common phone, tablet and laptop",
    failureTitle: "A page breaks on some devices",
    description: "Renders each page on a device matrix in Chromium and checks the status, the meta viewport, sideways scrolling, console errors, failed files, key elements (the call to action) visible and above the fold, tap targets and text size, with a screenshot per page and device.",
    options: Options,
    recommended: "error",
    requires: ["browser"],
    packages: ["playwright-core"],
    timeout: 3e5
  },
  async run(ctx) {
    const devices = await deviceMatrix(ctx.options.devices, ctx.options.landscape);
    const pages = ctx.options.pages ? ctx.options.pages.map((p) => new URL(p, ctx.site.baseUrl).toString()) : contentPages(ctx.site);
    const browser = await ctx.browser();
    const total = pages.length * devices.length;
    let rendered = 0;
    const perDevice = await mapLimit(
      devices,
      ctx.options.concurrency ?? halfTheCores(),
      (device) => renderDevice(ctx, browser, device, pages, (cell) => ctx.step(`${++rendered}/${total} cells (${pagePath(cell.page)} on ${device.name})`))
    );
    const cells = pages.flatMap((_, p) => perDevice.map((deviceCells) => deviceCells[p]));
    const found = findings();
    for (const finding of oneFindingPerDefect(cells.flatMap((cell) => cell.evidence)))
      found.add(finding, finding.level === "fail" || finding.level === "warn" ? PROBLEMS[finding.data?.problem]?.fix : void 0);
    return found.outcome(`${plural(pages.length, "page")} \xD7 ${plural(devices.length, "device")} render cleanly.`, { artifacts: screenshotGrid(cells) });
  }
});
var halfTheCores = () => Math.max(1, Math.floor(availableParallelism() / 2));
async function renderDevice(ctx, browser, device, urls, rendered) {
  const { context, guard } = await newSiteContext(browser, ctx, { ...device.descriptor, locale: "fr-FR" });
  try {
    const openTab = async () => {
      const page = await context.newPage();
      return { page, guard, errors: errorLog(page, guard.blocked) };
    };
    let tab = await openTab();
    const cells = [];
    for (const url of urls) {
      const cell = await renderCell(ctx, tab, url, device);
      cells.push(cell);
      rendered(cell);
      if (!cell.screenshot) tab = (await tab.page.close().catch(() => void 0), await openTab());
    }
    return cells;
  } finally {
    await context.close();
  }
}
async function deviceMatrix(names, landscape) {
  const { devices: catalogue } = requireOnDemand("playwright-core");
  const unknown = names.filter((name) => !OWN_DEVICES[name] && !catalogue[name]);
  if (unknown.length > 0)
    throw new Error(`unknown device ${unknown.map((d) => `"${d}"`).join(", ")}: use Playwright device names such as "iPhone 15" or "Pixel 7".`);
  return names.flatMap((name) => {
    const descriptor = OWN_DEVICES[name] ?? catalogue[name];
    const turned = catalogue[`${name} landscape`];
    return landscape && turned ? [
      { name, descriptor },
      { name: `${name} landscape`, descriptor: turned }
    ] : [{ name, descriptor }];
  });
}
function screenshotGrid(cells) {
  return cells.filter((cell) => cell.screenshot).map((cell) => ({
    kind: "screenshot",
    path: cell.screenshot,
    title: `${pagePath(cell.page)} on ${cell.device}`,
    grid: {
      row: pagePath(cell.page),
      column: cell.device,
      marks: [...new Set(cell.evidence.filter((e) => e.level !== "pass").map((e) => PROBLEMS[e.data?.problem]?.mark ?? "problem"))]
    }
  }));
}
function oneFindingPerDefect(evidence) {
  const groups = /* @__PURE__ */ new Map();
  const passes = [];
  for (const e of evidence) {
    if (e.level === "pass") {
      passes.push(e);
      continue;
    }
    const key = `${e.level}|${String(e.data?.problem)}|${String(e.data?.subject ?? "")}`;
    groups.set(key, [...groups.get(key) ?? [], e]);
  }
  const merged = [...groups.values()].map((same) => {
    const first = same[0];
    const devices = [...new Set(same.map((e) => String(e.data?.device)))];
    const pages = [...new Set(same.map((e) => pagePath(e.target)))];
    return {
      ...first,
      message: `${pages.join(", ")} on ${devices.join(", ")}: ${String(first.data?.detail)}`,
      data: { ...first.data, devices, pages }
    };
  });
  return [...merged, ...passes];
}
var PROBLEMS = {
  overflow: {
    mark: "scrolls sideways",
    fix: "Find the element that sticks out (the evidence names it) and let it shrink: max-width: 100%, flexible tables (overflow-x: auto on a wrapper), no fixed widths in px."
  },
  clipped: {
    mark: "content cut off",
    fix: "overflow-x: hidden on html or body hides content that does not fit instead of fixing it: make the offending element fit."
  },
  viewport: { mark: "no meta viewport", fix: 'Add <meta name="viewport" content="width=device-width, initial-scale=1"> to every page.' },
  status: { mark: "did not load", fix: "Make every page answer 200." },
  console: { mark: "console error", fix: "Fix the script errors shown in the console: on a slow phone they often leave the page half-working." },
  resource: { mark: "file failed", fix: "Publish or remove the files that fail to load." },
  "key-element": {
    mark: "call to action missing",
    fix: "Keep the call to action visible on every device: check the media queries that hide or push it down."
  },
  "tap-target": {
    mark: "small tap targets",
    fix: "Give buttons and links at least 24\xD724 CSS px (padding, min-height), or space them so thumbs hit the right one (WCAG 2.2 SC 2.5.8)."
  },
  "small-text": { mark: "small text", fix: "Set body text to at least 12 px (16 px is the usual base on phones)." },
  // A note, never a defect: nothing for the site's team to fix.
  "third-party": { mark: "third-party file", fix: void 0 }
};
async function renderCell(ctx, { page, guard, errors }, url, device) {
  const evidence = [];
  const where = `${pagePath(url)} on ${device.name}`;
  const { descriptor } = device;
  const problem = (level, id, detail, data = {}) => evidence.push({ level, message: `${where}: ${detail}`, target: url, data: { device: device.name, problem: id, detail, ...data } });
  errors.take();
  let status;
  try {
    status = (await guard.navigating(() => page.goto(url, { waitUntil: "load", timeout: ctx.options.navigationTimeout })))?.status();
  } catch (error) {
    problem("fail", "status", `the page ${browserProblem(error)}`);
    return { page: url, device: device.name, evidence };
  }
  if (status === void 0 || status >= 400) problem("fail", "status", `the page answered ${status ?? "nothing"}`);
  await evaluateInPage(page, twoFrames);
  const m = await evaluateInPage(
    page,
    measureInPage,
    {
      keyElements: keyElementsFor(ctx, url),
      minTarget: descriptor.hasTouch ? ctx.options.minTapTarget : 0,
      minFontSize: ctx.options.minFontSize
    },
    { selectorOf: selectorOf2, isVisible: isVisible2 }
  );
  judge(m, descriptor, problem);
  reportErrors(errors.take(), url, (fileUrl) => isOwnUrl(ctx.site, fileUrl), problem);
  await evaluateInPage(
    page,
    outlineElements,
    [...m.offenders, ...m.smallTargets, ...m.smallText].map((o) => o.selector)
  );
  const name = `${slugify(new URL(url).pathname, "home")}--${slugify(device.name, "device")}`;
  const screenshot = await ctx.artifacts.save(`screenshots/${name}.png`, await page.screenshot({ scale: "css", animations: "disabled" }));
  if (ctx.options.fullPage)
    await ctx.artifacts.save(`screenshots/${name}--full.png`, await page.screenshot({ fullPage: true, scale: "css", animations: "disabled" }));
  if (!evidence.some((e) => e.level === "fail" || e.level === "warn"))
    evidence.push({ level: "pass", message: `${where}: renders cleanly.`, target: url, data: { device: device.name } });
  return { page: url, device: device.name, evidence, screenshot };
}
function twoFrames() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, 500);
  });
}
function errorLog(page, blocked) {
  const none = () => ({ console: [], files: /* @__PURE__ */ new Map() });
  let errors = none();
  const siteError = (text) => !/^Failed to load resource/.test(text) && !text.includes(READ_ONLY_MARK);
  page.on("console", (message) => message.type() === "error" && siteError(message.text()) && errors.console.push(message.text()));
  page.on("pageerror", (error) => siteError(error.message) && errors.console.push(`uncaught ${error.name}: ${error.message}`));
  const fileFailed = (fileUrl, what) => !errors.files.has(fileUrl) && errors.files.set(fileUrl, `${what} ${fileUrl}`);
  page.on("response", (response) => response.status() >= 400 && fileFailed(response.url(), String(response.status())));
  page.on("requestfailed", (request) => {
    if (!blocked.includes(`${request.method()} ${request.url()}`)) fileFailed(request.url(), request.failure()?.errorText ?? "failed");
  });
  return {
    take() {
      const taken = errors;
      errors = none();
      return taken;
    }
  };
}
function reportErrors(errors, pageUrl, own, problem) {
  errors.files.delete(pageUrl);
  for (const text of errors.console.slice(0, 3)) problem("fail", "console", `console error: ${text.slice(0, 200)}`, { subject: text.slice(0, 200) });
  const foreign = [...errors.files.keys()].filter((fileUrl) => !own(fileUrl));
  for (const [, file] of [...errors.files].filter(([fileUrl]) => own(fileUrl)).slice(0, 3))
    problem("fail", "resource", `a file failed to load: ${file}`, { subject: file });
  if (foreign.length > 0) problem("info", "third-party", `${plural(foreign.length, "third-party file")} did not load: not the site's, nothing to fix here.`);
}
function judge(m, descriptor, problem) {
  if (descriptor.isMobile && !m.metaViewport)
    problem("fail", "viewport", `no meta viewport: the page is laid out ${m.viewportWidth} px wide and shown zoomed out (scale ${m.scale.toFixed(2)})`, {
      scale: m.scale
    });
  const widest = m.offenders.map((o) => `${o.selector} (${o.width} px wide, ends at ${o.right} px)`).join(", ");
  const sticking = m.offenders.map((o) => o.selector).join(",");
  if (m.scrollWidth > m.viewportWidth + 1)
    problem("fail", "overflow", `scrolls sideways: ${m.scrollWidth} px of content in a ${m.viewportWidth} px viewport${widest ? `; widest: ${widest}` : ""}`, {
      offenders: m.offenders,
      subject: sticking
    });
  else if (m.offenders.length > 0 && m.overflowClipped)
    problem("warn", "clipped", `content is cut off by overflow-x: hidden: ${widest}`, { offenders: m.offenders, subject: sticking });
  for (const key of m.keyElements) {
    if (!key.found) problem("fail", "key-element", `${key.name} (${key.selector}) is not on the page`, { subject: `${key.selector}|missing` });
    else if (!key.visible) problem("fail", "key-element", `${key.name} (${key.selector}) is hidden`, { subject: `${key.selector}|hidden` });
    else if (key.mustBeAboveFold && !key.inFirstScreen)
      problem("fail", "key-element", `${key.name} (${key.selector}) is below the fold: the visitor must scroll to see it`, {
        subject: `${key.selector}|below`
      });
  }
  if (m.smallTargetCount > 0)
    problem(
      "warn",
      "tap-target",
      `${m.smallTargetCount} tap target${m.smallTargetCount === 1 ? " is" : "s are"} smaller than ${m.minTarget}\xD7${m.minTarget} px and too close to another: ${m.smallTargets.map((t) => `${t.selector} ${t.width}\xD7${t.height}${t.text ? ` "${t.text}"` : ""}`).join(", ")}`,
      { subject: m.smallTargets.map((t) => t.selector).join(",") }
    );
  if (m.smallText.length > 0)
    problem("fail", "small-text", `text smaller than the minimum: ${m.smallText.map((t) => `${t.selector} ${t.size} px "${t.text}"`).join(", ")}`, {
      subject: m.smallText.map((t) => t.selector).join(",")
    });
}
function keyElementsFor(ctx, url) {
  const path = new URL(url).pathname;
  return ctx.options.keyElements.filter((key) => !key.pages || key.pages.some((p) => new URL(p, ctx.site.baseUrl).pathname === path)).map((key) => ({ selector: key.selector, name: key.name ?? key.selector, aboveFold: key.aboveFold }));
}
function outlineElements(selectors) {
  for (const selector of selectors) {
    try {
      for (const element of document.querySelectorAll(selector)) element.style.setProperty("outline", "3px solid #e00", "important");
    } catch {
    }
  }
}
export {
  DEFAULT_DEVICES,
  mobile_rendering_default as default,
  oneFindingPerDefect
};
