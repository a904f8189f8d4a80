import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  evaluateInPage,
  isVisible as isVisible2,
  selectorOf as selectorOf2
} from "./chunk-IETBCVZK.js";
import {
  slugify
} from "./chunk-YFSQWLA5.js";
import {
  parseHtml
} from "./chunk-ISGIJU3N.js";
import {
  Duration,
  UrlOrPath
} from "./chunk-7OBS2KBY.js";
import {
  failOrPass
} from "./chunk-HPFXBXZ5.js";
import {
  defineCheck
} from "./chunk-QRFBMZWV.js";
import "./chunk-5SYBXWWO.js";
import {
  external_exports
} from "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";

// checks/spelling/index.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path2 from "node:path";

// checks/spelling/browser-steps.ts
async function runActions(page, actions, timeoutMs) {
  for (const action of actions) {
    if ("fill" in action) await page.fill(action.fill, action.value, { timeout: timeoutMs });
    else if ("select" in action) await page.selectOption(action.select, action.value, { timeout: timeoutMs });
    else if ("check" in action) await page.check(action.check, { timeout: timeoutMs });
    else if ("click" in action) await page.click(action.click, { timeout: timeoutMs });
    else if (typeof action.wait === "number") await page.waitForTimeout(action.wait);
    else await page.waitForSelector(action.wait, { timeout: timeoutMs });
  }
  await page.waitForLoadState("load", { timeout: timeoutMs }).catch(() => void 0);
}
async function submitEmpty(page) {
  const submit = page.locator("form button[type=submit], form input[type=submit], form button:not([type])").first();
  if (await submit.count() === 0) return false;
  await submit.click({ timeout: 5e3 }).catch(() => void 0);
  await page.waitForTimeout(250);
  return true;
}
async function screenshotWord(page, selector, word, kind) {
  const target = selector.endsWith(" option") ? selector.slice(0, -" option".length) : selector;
  if (target === "title" || target.startsWith("meta")) return void 0;
  const marked = await evaluateInPage(
    page,
    ({ target: target2, word: word2, inText }) => {
      const el = document.querySelector(target2);
      if (!el) return false;
      if (inText) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(word2);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word2.length);
          const mark = document.createElement("mark");
          mark.dataset.primetimeMark = "";
          mark.style.cssText = "background:#ffeb3b;outline:2px solid #d32f2f;color:inherit";
          range.surroundContents(mark);
          break;
        }
      }
      el.dataset.primetimeOutline = el.style.outline;
      el.style.outline = "3px solid #d32f2f";
      el.scrollIntoView({ block: "center" });
      return true;
    },
    { target, word, inText: kind === "text" || kind === "label" }
  );
  if (!marked) return void 0;
  try {
    return await page.locator(target).first().screenshot({ scale: "css", animations: "disabled", timeout: 5e3 });
  } catch {
    return void 0;
  } finally {
    await evaluateInPage(
      page,
      (target2) => {
        for (const mark of document.querySelectorAll("mark[data-primetime-mark]")) {
          const parent = mark.parentNode;
          mark.replaceWith(...mark.childNodes);
          parent?.normalize();
        }
        const el = document.querySelector(target2);
        if (el) {
          el.style.outline = el.dataset.primetimeOutline ?? "";
          delete el.dataset.primetimeOutline;
        }
      },
      target
    );
  }
}

// checks/spelling/extract.ts
function extractInPage() {
  const doc = document;
  const pieces = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (text, selector, kind) => {
    const clean = (text ?? "").replace(/\s+/g, " ").trim();
    const key = `${selector}|${kind}|${clean}`;
    if (!clean || !new RegExp("\\p{L}", "u").test(clean) || seen.has(key)) return;
    seen.add(key);
    pieces.push({ text: clean, selector, kind });
  };
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION)$/.test(parent.tagName) || !isVisible(parent)) continue;
    push(node.textContent, selectorOf(parent), parent.closest("label") ? "label" : "text");
  }
  for (const el of doc.querySelectorAll("[placeholder], [aria-label], [title], img[alt], input[type=submit][value], input[type=button][value]")) {
    if (!isVisible(el)) continue;
    for (const attribute of ["placeholder", "aria-label", "title", "alt"])
      if (el.hasAttribute(attribute)) push(el.getAttribute(attribute), selectorOf(el), attribute);
    if (el.matches("input[type=submit], input[type=button]")) push(el.value, selectorOf(el), "button");
  }
  for (const select of doc.querySelectorAll("select"))
    if (isVisible(select)) for (const option of select.querySelectorAll("option")) push(option.textContent, `${selectorOf(select)} option`, "option");
  push(doc.title, "title", "document title");
  push(doc.querySelector("meta[name=description]")?.getAttribute("content"), "meta[name=description]", "meta description");
  return pieces;
}
function extractFromHtml(html) {
  const root = parseHtml(html);
  const pieces = [];
  const push = (text, selector, kind) => {
    const clean = (text ?? "").replace(/\s+/g, " ").trim();
    if (clean && new RegExp("\\p{L}", "u").test(clean) && !pieces.some((p) => p.text === clean && p.selector === selector)) pieces.push({ text: clean, selector, kind });
  };
  const hidden = (el) => {
    for (let e = el; e; e = e.parentNode)
      if (e.hasAttribute?.("hidden") || e.getAttribute?.("aria-hidden") === "true" || /display\s*:\s*none/.test(e.getAttribute?.("style") ?? "")) return true;
    return false;
  };
  const selectorOf3 = (el) => el.id ? `#${el.id}` : el.tagName.toLowerCase();
  for (const el of root.querySelectorAll("body *")) {
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName) || hidden(el)) continue;
    const own = el.childNodes.filter((n) => n.nodeType === 3).map((n) => n.text).join(" ");
    push(own, selectorOf3(el), el.closest("label") ? "label" : el.tagName === "OPTION" ? "option" : "text");
    for (const attribute of ["placeholder", "aria-label", "title", "alt"]) push(el.getAttribute(attribute), selectorOf3(el), attribute);
    if (el.tagName === "INPUT" && /^(submit|button)$/.test(el.getAttribute("type") ?? "")) push(el.getAttribute("value"), selectorOf3(el), "button");
  }
  push(root.querySelector("title")?.textContent, "title", "document title");
  push(root.querySelector("meta[name=description]")?.getAttribute("content"), "meta[name=description]", "meta description");
  return pieces;
}

// checks/spelling/speller.ts
import { createRequire } from "node:module";
import path from "node:path";

// checks/spelling/rules.ts
var WORD = /[\p{L}][\p{L}'’-]*/gu;
var LEGIT_REPEATS = /* @__PURE__ */ new Set(["nous", "vous"]);
function cedilla(text) {
  const hits = [];
  for (const match of text.matchAll(WORD)) {
    const at = match[0].search(/ç(?=[eiyéèêëîïEIYÉÈÊËÎÏ])/iu);
    if (at < 0) continue;
    const fixed = match[0].replace(/ç(?=[eiyéèêëîï])/giu, (c) => c === "\xC7" ? "C" : "c");
    hits.push({ rule: "cedilla", offset: match.index, word: match[0], message: `"\xE7" before ${match[0][at + 1]} is never French`, suggestions: [fixed] });
  }
  return hits;
}
function repeatedWord(text) {
  const hits = [];
  for (const match of text.matchAll(/(?<![\p{L}'’-])([\p{L}]+)\s+\1(?![\p{L}'’-])/giu)) {
    if (LEGIT_REPEATS.has(match[1].toLowerCase())) continue;
    hits.push({ rule: "repeated-word", offset: match.index, word: match[0], message: `"${match[1]}" is repeated`, suggestions: [match[1]] });
  }
  return hits;
}
var NOT_PROSE = /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b|\bhttps?:\/\/\S+|\b\d{1,2}:\d{2}\b/g;
function typography(text) {
  const prose = text.replace(NOT_PROSE, (m) => " ".repeat(m.length));
  const hits = [];
  for (const match of prose.matchAll(/[\p{L}\d»)]([;:!?])/gu)) {
    hits.push({
      rule: "typography",
      offset: match.index + 1,
      word: match[1],
      message: `French needs a space (ideally non-breaking) before "${match[1]}"`,
      suggestions: [`\u202F${match[1]}`]
    });
  }
  for (const match of prose.matchAll(/«(?=[^\s\u00a0\u202f])|(?<=[^\s\u00a0\u202f])»/gu)) {
    hits.push({
      rule: "typography",
      offset: match.index,
      word: match[0],
      message: `French puts a (non-breaking) space inside ${match[0] === "\xAB" ? "\xAB and the text" : "the text and \xBB"}`,
      suggestions: [match[0] === "\xAB" ? "\xAB\xA0" : "\xA0\xBB"]
    });
  }
  return hits;
}

// checks/spelling/speller.ts
var FRENCH_WEB_WORDS = ["\xE9co", "kWh", "MWh", "kVA", "kW", "TTC", "HT"];
var IGNORE_PATTERNS = [
  "Email",
  "Urls",
  "/[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+/g",
  "/\\b[A-Z]{2,}[0-9][A-Z0-9]{3,}\\b/g",
  "/(?:\\+33\\s?|\\b0)[1-9](?:[\\s.-]?\\d{2}){4}\\b/g",
  "/\\b\\d+(?:[.,]\\d+)?\\s?(?:\u20AC|%|kWh|MWh|kVA|kW)(?:\\/\\p{L}+)?/gu"
];
var DICTIONARY_PACKAGES = { fr: "@cspell/dict-fr-fr/cspell-ext.json", en: "@cspell/dict-en_us/cspell-ext.json" };
async function createSpeller(options) {
  const cspell = await import("cspell-lib");
  const require2 = createRequire(import.meta.url);
  const imports = options.languages.filter((l) => DICTIONARY_PACKAGES[l] && l !== "en").map((l) => require2.resolve(DICTIONARY_PACKAGES[l]));
  let settings = {
    import: imports,
    language: options.languages.join(","),
    minWordLength: 2,
    words: [...FRENCH_WEB_WORDS, ...options.words],
    ignoreWords: options.ignoreWords,
    flagWords: options.flagWords,
    ignoreRegExpList: IGNORE_PATTERNS
  };
  if (options.configFile) {
    const found = await cspell.readSettings(path.resolve(options.configFile));
    const pick = (key) => found[key] ?? [];
    settings = {
      ...settings,
      words: [...settings.words, ...pick("words")],
      ignoreWords: [...options.ignoreWords, ...pick("ignoreWords")],
      flagWords: [...options.flagWords, ...pick("flagWords")],
      dictionaryDefinitions: pick("dictionaryDefinitions"),
      dictionaries: pick("dictionaries"),
      ignoreRegExpList: [...IGNORE_PATTERNS, ...pick("ignoreRegExpList")]
    };
  }
  let documents = 0;
  return {
    /** Checks every piece of one page in a single pass. */
    async check(pieces) {
      const lines = pieces.map((p) => p.text.replace(/\s+/g, " "));
      const starts = [];
      let cursor = 0;
      for (const line of lines) {
        starts.push(cursor);
        cursor += line.length + 1;
      }
      const text = lines.join("\n");
      const findings = [];
      const locate = (offset) => {
        let i = starts.length - 1;
        while (i > 0 && starts[i] > offset) i--;
        return i;
      };
      const add = (hit, index) => {
        const line = lines[index];
        findings.push({ ...hit, piece: pieces[index], context: sentenceAround(line, hit.offset, hit.word.length) });
      };
      if (options.rules.spelling !== "off") {
        const result = await cspell.spellCheckDocument(
          { uri: `file:///primetime/page-${documents++}.txt`, text, languageId: "plaintext" },
          { generateSuggestions: true, noConfigSearch: true },
          settings
        );
        if (result.errors?.length) throw new Error(`the spell checker failed: ${result.errors.map((e) => e.message).join("; ")}`);
        for (const issue of result.issues) {
          const index = locate(issue.offset);
          add(
            {
              rule: "spelling",
              offset: issue.offset - starts[index],
              word: issue.text,
              message: `"${issue.text}" is not in the dictionary`,
              suggestions: (issue.suggestions ?? []).slice(0, 3)
            },
            index
          );
        }
      }
      lines.forEach((line, index) => {
        for (const [id, rule] of [
          ["cedilla", cedilla],
          ["repeated-word", repeatedWord],
          ["typography", typography]
        ]) {
          if (options.rules[id] !== "off") for (const hit of rule(line)) add(hit, index);
        }
      });
      return dedupe(findings);
    }
  };
}
function dedupe(findings) {
  const byPlace = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = `${finding.piece.selector}|${finding.piece.text}|${finding.offset}`;
    const seen = byPlace.get(key);
    if (!seen) byPlace.set(key, finding);
    else if (seen.rule === "spelling" && finding.rule !== "spelling")
      byPlace.set(key, { ...finding, suggestions: [.../* @__PURE__ */ new Set([...finding.suggestions, ...seen.suggestions])] });
  }
  return [...byPlace.values()];
}
function sentenceAround(line, offset, length) {
  const sentenceStart = line.lastIndexOf(". ", offset);
  const start = Math.max(sentenceStart < 0 ? 0 : sentenceStart + 2, offset - 60);
  const endDot = line.indexOf(". ", offset + length);
  const end = Math.min(endDot < 0 ? line.length : endDot + 1, offset + length + 60);
  return `${start > 0 ? "\u2026" : ""}${line.slice(start, end).trim()}${end < line.length ? "\u2026" : ""}`;
}

// checks/spelling/index.ts
var RuleSeverity = external_exports.enum(["off", "warn", "error"]);
var CSPELL_CONFIGS = [
  "cspell.json",
  ".cspell.json",
  "cspell.config.json",
  "cspell.config.yaml",
  "cspell.config.yml",
  "cspell.yaml",
  "cspell.yml",
  ".cspell.yaml"
];
var Options = external_exports.strictObject({
  funnel: external_exports.boolean().default(true).describe("Check the subscription funnel (site.funnel), step by step with its actions."),
  pages: external_exports.array(UrlOrPath).default([]).describe("Other pages to check."),
  files: external_exports.array(external_exports.string().min(1)).default([]).describe('Built HTML files to check without a browser, as globs relative to the config: ["dist/**/*.html"].'),
  languages: external_exports.array(external_exports.enum(["fr", "en"])).min(1).default(["fr"]).describe('fr by default; ["fr", "en"] accepts English words too.'),
  words: external_exports.array(external_exports.string()).default([]).describe("Words to accept: brands, product names."),
  ignoreWords: external_exports.array(external_exports.string()).default([]),
  flagWords: external_exports.array(external_exports.string()).default([]).describe("Words always flagged (a competitor, an old brand name)."),
  cspellConfig: external_exports.union([external_exports.literal(false), external_exports.string()]).optional().describe("A cspell config whose words to reuse; by default one found in the config's folder."),
  emptySubmit: external_exports.boolean().default(true).describe("Submit each form empty once, to check the validation messages."),
  rules: external_exports.strictObject({
    spelling: RuleSeverity.default("error"),
    cedilla: RuleSeverity.default("error"),
    "repeated-word": RuleSeverity.default("error"),
    typography: RuleSeverity.default("warn")
  }).prefault({}),
  screenshots: external_exports.number().int().min(0).max(200).default(20).describe("Screenshot crops of flagged words, at most."),
  navigationTimeout: Duration.prefault("30s")
});
var spelling_default = defineCheck({
  meta: {
    id: "spelling",
    title: "The text visitors read is free of spelling mistakes",
    failureTitle: "A visitor reads a spelling mistake",
    description: "Reads the rendered subscription funnel (labels, placeholders, buttons, options, validation messages, titles) in a real browser, or built HTML files, and checks it in French with cspell: dictionary, misplaced cedillas, repeated words and French typography.",
    options: Options,
    requires: ["browser"],
    packages: ["playwright-core", "cspell-lib", "@cspell/dict-fr-fr"],
    timeout: 18e4
  },
  async run(ctx) {
    const targets = [
      ...ctx.options.funnel ? ctx.site.funnel : [],
      ...ctx.options.pages.map((p, i) => ({ url: new URL(p, ctx.site.baseUrl).toString(), name: `Page ${i + 1}`, actions: [] }))
    ];
    const files = ctx.options.files.length ? (await import("./dist-OCMYQWAT.js")).globSync(ctx.options.files, { cwd: ctx.baseDir, absolute: true }) : [];
    if (targets.length === 0 && files.length === 0) {
      return {
        status: "skip",
        summary: ctx.options.files.length ? `No file matches ${ctx.options.files.join(", ")}.` : "Nothing to read: no funnel (site.funnel), no pages and no files configured."
      };
    }
    const speller = await createSpeller({
      languages: ctx.options.languages,
      words: ctx.options.words,
      ignoreWords: ctx.options.ignoreWords,
      flagWords: ctx.options.flagWords,
      configFile: cspellConfigOf(ctx),
      rules: ctx.options.rules
    });
    const evidence = [];
    const artifacts = [];
    let piecesChecked = 0;
    const record = (findings, where, shot) => Promise.all(
      findings.map(async (finding) => {
        const level = ctx.options.rules[finding.rule] === "warn" ? "warn" : "fail";
        const artifact = level === "fail" && artifacts.length < ctx.options.screenshots ? await shot?.(finding) : void 0;
        if (artifact) artifacts.push({ kind: "screenshot", path: artifact, title: `"${finding.word}" on ${where}` });
        evidence.push({
          level,
          message: `"${finding.word}" in \xAB ${finding.context} \xBB (${finding.rule}: ${finding.message})${finding.suggestions.length ? `. Suggestions: ${finding.suggestions.join(", ")}` : ""}.`,
          target: where,
          data: {
            rule: finding.rule,
            word: finding.word,
            suggestions: finding.suggestions,
            selector: finding.piece.selector,
            kind: finding.piece.kind,
            context: finding.context
          },
          artifact
        });
      })
    );
    for (const file of files) {
      const pieces = extractFromHtml(await readFile(file, "utf8"));
      piecesChecked += pieces.length;
      const where = path2.relative(ctx.baseDir, file) || file;
      await record(await speller.check(pieces), where);
      if (pieces.length > 0)
        evidence.push({ level: "pass", message: `${where}: ${pieces.length} pieces of text read.`, target: where, data: { pieces: pieces.length } });
    }
    if (targets.length > 0) {
      const browser = await ctx.browser();
      const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        for (const target of targets) {
          if (ctx.signal.aborted) break;
          piecesChecked += await checkTarget(ctx, page, target, speller, record, evidence, artifacts.length);
        }
      } finally {
        await context.close();
      }
    }
    const fixes = [...new Set(evidence.filter((e) => e.level !== "pass").map((e) => e.data?.rule))].map((rule) => ({
      action: rule === "typography" ? "Put a non-breaking space (U+202F or U+00A0) before ; : ! ? and inside \xAB \xBB, as French typography wants." : "Correct the text in the page templates or the CMS; add brand and product names to the check's words option."
    }));
    const pages = targets.length + files.length;
    const summary = `${piecesChecked} pieces of text on ${pages} page${pages === 1 ? "" : "s"}: no spelling mistake.`;
    return { ...failOrPass(evidence, fixes, summary), artifacts };
  }
});
async function checkTarget(ctx, page, target, speller, record, evidence, shots) {
  const timeout = ctx.options.navigationTimeout;
  try {
    const response = await page.goto(target.url, { waitUntil: "load", timeout });
    if (!response || response.status() >= 400) {
      evidence.push({ level: "fail", message: `${target.name} answered ${response?.status() ?? "nothing"}: its text could not be read.`, target: target.url });
      return 0;
    }
  } catch (error) {
    evidence.push({ level: "fail", message: `${target.name} did not load: ${error.message.split("\n")[0]}`, target: target.url });
    return 0;
  }
  const seen = /* @__PURE__ */ new Set();
  let count = 0;
  let shot = shots;
  const readNew = async () => {
    const pieces = (await evaluateInPage(page, extractInPage, void 0, { selectorOf: selectorOf2, isVisible: isVisible2 })).filter(
      (p) => !seen.has(`${p.selector}|${p.text}`)
    );
    for (const p of pieces) seen.add(`${p.selector}|${p.text}`);
    count += pieces.length;
    const where = page.url();
    await record(await speller.check(pieces), where, async (finding) => {
      const png = await screenshotWord(page, finding.piece.selector, finding.word, finding.piece.kind);
      return png ? ctx.artifacts.save(`spelling/${String(++shot).padStart(2, "0")}-${slugify(finding.word, "word", 30)}.png`, png) : void 0;
    });
  };
  await readNew();
  if (ctx.options.emptySubmit && await submitEmpty(page)) await readNew();
  if (target.actions.length > 0) {
    try {
      await runActions(page, target.actions, timeout);
      await readNew();
    } catch (error) {
      evidence.push({
        level: "fail",
        message: `${target.name}: a scripted action failed, so the text after it was not read: ${error.message.split("\n")[0]}`,
        target: target.url
      });
    }
  }
  if (count > 0) evidence.push({ level: "pass", message: `${target.name}: ${count} pieces of text read.`, target: target.url, data: { pieces: count } });
  return count;
}
function cspellConfigOf(ctx) {
  if (ctx.options.cspellConfig === false) return void 0;
  if (ctx.options.cspellConfig) return path2.resolve(ctx.baseDir, ctx.options.cspellConfig);
  return CSPELL_CONFIGS.map((name) => path2.join(ctx.baseDir, name)).find((file) => existsSync(file));
}
export {
  spelling_default as default
};
