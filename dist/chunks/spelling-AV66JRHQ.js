import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  englishWords,
  frenchFrequencyLists,
  frenchWords,
  loremWords,
  readWordsFile,
  wordSet
} from "./chunk-GJSBYY5C.js";
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
import "./chunk-372EV6TC.js";
import {
  importOnDemand
} from "./chunk-2W5G6BIE.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-2C7HXIN7.js";
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
import {
  decodeHtmlFile,
  notAPage,
  parseHtml
} from "./chunk-QQOOINLC.js";
import "./chunk-DWOR55PJ.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
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
  const before = page.url();
  let navigated = false;
  const onNavigation = (frame) => {
    if (frame === page.mainFrame()) navigated = true;
  };
  page.on("framenavigated", onNavigation);
  try {
    const forms2 = await evaluateInPage(page, () => {
      const cancel = (event) => event.preventDefault();
      window.addEventListener("submit", cancel);
      try {
        for (const form of document.forms) {
          form.checkValidity();
          const button = form.querySelector("button[type=submit], input[type=submit], button:not([type])");
          if (button) button.click();
          else form.requestSubmit();
        }
      } finally {
        window.removeEventListener("submit", cancel);
      }
      return document.forms.length;
    });
    if (forms2 > 0) await page.waitForTimeout(250);
    return navigated || page.url() !== before ? { forms: forms2, navigatedTo: page.url() } : { forms: forms2 };
  } catch (error) {
    if (navigated) return { forms: 1, navigatedTo: page.url() };
    throw error;
  } finally {
    page.off("framenavigated", onNavigation);
  }
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
var NOT_PROSE_TAGS = new Set("SCRIPT STYLE NOSCRIPT TEMPLATE CODE PRE KBD SAMP VAR SVG MATH".split(" "));
var NOT_PROSE = [
  ...[...NOT_PROSE_TAGS].map((tag) => tag.toLowerCase()),
  '[translate="no"]',
  ".notranslate",
  '[spellcheck="false"]',
  "[data-primetime-ignore]"
].join(", ");
function isNotProse(el) {
  return NOT_PROSE_TAGS.has(el.tagName) || el.getAttribute("translate") === "no" || el.classList?.contains("notranslate") || el.getAttribute("spellcheck") === "false" || el.hasAttribute("data-primetime-ignore");
}
var GAP = " \u22EF ";
var SEPARATORS = "BR IMG INPUT BUTTON SELECT TEXTAREA HR IFRAME VIDEO AUDIO OBJECT";
var ATTRIBUTES = ["placeholder", "aria-label", "title", "alt"];
var IN_PAGE_ARGS = { notProse: NOT_PROSE, gap: GAP, separators: SEPARATORS };
function extractInPage({ notProse, gap, separators }) {
  const doc = document;
  const pieces = [];
  const seen = /* @__PURE__ */ new Set();
  const langOf = (el) => el.closest("[lang]")?.getAttribute("lang") || void 0;
  const push = (text, el, kind, selector = selectorOf(el)) => {
    const clean = (text ?? "").replace(/[ \t\n\r\f]+/g, " ").trim();
    const key = `${selector}|${kind}|${clean}`;
    if (!clean || !new RegExp("\\p{L}", "u").test(clean) || seen.has(key)) return;
    seen.add(key);
    pieces.push({ text: clean, selector, kind, lang: langOf(el) });
  };
  const inline = /* @__PURE__ */ new Map();
  const isInline = (el) => {
    if (!inline.has(el)) inline.set(el, /^(inline|contents)$/.test(getComputedStyle(el).display));
    return inline.get(el);
  };
  const blockOf = (el) => {
    let block = el;
    while (block.parentElement && block !== doc.body && isInline(block)) block = block.parentElement;
    return block;
  };
  let current;
  const flush = () => {
    if (current) push(current.text, current.block, current.from.closest("label") ? "label" : "text");
    current = void 0;
  };
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => node.nodeType === Node.ELEMENT_NODE && (node.matches("option") || !isVisible(node)) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node;
      if (current && el.matches(notProse) && !el.parentElement?.closest(notProse)) current.text += gap;
      else if (current && separators.split(" ").includes(el.tagName)) current.text += " ";
      continue;
    }
    const parent = node.parentElement;
    if (parent.closest(notProse)) continue;
    const block = blockOf(parent);
    if (current?.block !== block) {
      flush();
      current = { block, text: "", from: parent };
    }
    current.text += node.data;
  }
  flush();
  for (const el of doc.querySelectorAll("[placeholder], [aria-label], [title], img[alt], input[type=submit][value], input[type=button][value]")) {
    if (!isVisible(el) || el.closest(notProse)) continue;
    for (const attribute of ["placeholder", "aria-label", "title", "alt"]) if (el.hasAttribute(attribute)) push(el.getAttribute(attribute), el, attribute);
    if (el.matches("input[type=submit], input[type=button]")) push(el.value, el, "button");
  }
  for (const select of doc.querySelectorAll("select"))
    if (isVisible(select)) for (const option of select.querySelectorAll("option")) push(option.textContent, option, "option", `${selectorOf(select)} option`);
  push(doc.title, doc.documentElement, "document title", "title");
  const description = doc.querySelector("meta[name=description]");
  if (description) push(description.getAttribute("content"), description, "meta description", "meta[name=description]");
  return pieces;
}
var INLINE_TAGS = new Set("A ABBR ACRONYM B BDI BDO BIG CITE DATA DEL DFN EM FONT I INS MARK Q S SMALL SPAN STRONG SUB SUP TIME TT U WBR".split(" "));
function extractFromHtml(html) {
  const root = parseHtml(html);
  const pieces = [];
  const seen = /* @__PURE__ */ new Set();
  const documentLang = root.querySelector("html")?.getAttribute("lang") || void 0;
  const push = (text, selector, kind, lang) => {
    const clean = (text ?? "").replace(/[ \t\n\r\f]+/g, " ").trim();
    const key = `${selector}|${clean}`;
    if (!clean || !new RegExp("\\p{L}", "u").test(clean) || seen.has(key)) return;
    seen.add(key);
    pieces.push({ text: clean, selector, kind, lang });
  };
  const selectorOf3 = (el) => el.id ? `#${el.id}` : (el.tagName ?? "body").toLowerCase();
  const skipped = (el) => el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true" || /display\s*:\s*none/.test(el.getAttribute("style") ?? "") || isNotProse(el);
  const walk = (block, lang, kind) => {
    let text = "";
    const flush = () => {
      push(text, selectorOf3(block), kind, lang);
      text = "";
    };
    const visit = (node, langHere) => {
      if (node.nodeType === 3) {
        text += node.text;
        return;
      }
      if (node.nodeType !== 1) return;
      const el = node;
      if (skipped(el)) {
        if (isNotProse(el)) text += GAP;
        return;
      }
      const elLang = el.getAttribute("lang") || langHere;
      for (const attribute of ATTRIBUTES) push(el.getAttribute(attribute), selectorOf3(el), attribute, elLang);
      if (el.tagName === "INPUT" && /^(submit|button)$/.test(el.getAttribute("type") ?? "")) push(el.getAttribute("value"), selectorOf3(el), "button", elLang);
      if (el.tagName === "OPTION") return push(el.textContent, selectorOf3(el), "option", elLang);
      if (SEPARATORS.split(" ").includes(el.tagName)) text += " ";
      if (INLINE_TAGS.has(el.tagName)) return el.childNodes.forEach((child) => visit(child, elLang));
      flush();
      walk(el, elLang, kind === "label" || el.tagName === "LABEL" ? "label" : "text");
    };
    block.childNodes.forEach((child) => visit(child, lang));
    flush();
  };
  const body = root.querySelector("body") ?? root;
  walk(body, body.getAttribute?.("lang") || documentLang, "text");
  push(root.querySelector("title")?.textContent, "title", "document title", documentLang);
  push(root.querySelector("meta[name=description]")?.getAttribute("content"), "meta[name=description]", "meta description", documentLang);
  return pieces;
}

// checks/spelling/findings.ts
var LEVEL = { error: "fail", warn: "warn", info: "info" };
var PER_PAGE = /* @__PURE__ */ new Set(["french-spaces", "apostrophes", "double-space"]);
function groupFindings(found, rules) {
  const groups = /* @__PURE__ */ new Map();
  for (const { finding, where } of found) {
    const severity = rules[finding.rule];
    if (severity === "off") continue;
    const key = `${finding.rule}|${finding.rule === "placeholder" ? "" : PER_PAGE.has(finding.rule) ? where : finding.word}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { rule: finding.rule, word: finding.word, level: LEVEL[severity], count: 1, pages: [where], first: finding });
    else {
      group.count++;
      if (!group.pages.includes(where)) group.pages.push(where);
    }
  }
  return [...groups.values()];
}
var VOCABULARY_PAGES = 3;
function siteVocabulary(groups, pageCount) {
  const bar = Math.min(VOCABULARY_PAGES, Math.max(2, pageCount));
  return groups.filter((g) => g.rule === "unknown-word" && g.pages.length >= bar).map((g) => g.word);
}

// checks/spelling/speller.ts
import path from "node:path";

// checks/spelling/classify.ts
var ELIDED = "(?:l|d|j|m|n|s|t|c|\xE7|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)";
var ELISION = new RegExp(`^${ELIDED}\u2019(.+)$`, "iu");
var ELIDED_ALONE = new RegExp(`^${ELIDED}\u2019$`, "iu");
var PREFIXES = new Set(
  "co anti \xE9co n\xE9o ex pr\xE9 post non semi multi auto inter super hyper mini micro macro bio g\xE9o cyber e re r\xE9 sous demi mi vice pro pseudo quasi extra ultra intra contre m\xE9ga t\xE9l\xE9 euro franco afro t".split(
    " "
  )
);
var INCLUSIVE = /^(.+?)[·•‧⋅.](?:[\p{L}]{1,5})(?:[·•‧⋅.][\p{L}]{1,2})?$/u;
var ACCENTS = {
  a: "a\xE0\xE2\xE4",
  \u00E0: "a\xE0\xE2\xE4",
  \u00E2: "a\xE0\xE2\xE4",
  \u00E4: "a\xE0\xE2\xE4",
  e: "e\xE9\xE8\xEA\xEB",
  \u00E9: "e\xE9\xE8\xEA\xEB",
  \u00E8: "e\xE9\xE8\xEA\xEB",
  \u00EA: "e\xE9\xE8\xEA\xEB",
  \u00EB: "e\xE9\xE8\xEA\xEB",
  i: "i\xEE\xEF",
  \u00EE: "i\xEE\xEF",
  \u00EF: "i\xEE\xEF",
  o: "o\xF4\xF6",
  \u00F4: "o\xF4\xF6",
  \u00F6: "o\xF4\xF6",
  u: "u\xF9\xFB\xFC",
  \u00F9: "u\xF9\xFB\xFC",
  \u00FB: "u\xF9\xFB\xFC",
  \u00FC: "u\xF9\xFB\xFC",
  c: "c\xE7",
  \u00E7: "c\xE7",
  y: "y\xFF",
  \u00FF: "y\xFF"
};
var ALPHABET = [..."abcdefghijklmnopqrstuvwxyz\xE0\xE2\xE4\xE9\xE8\xEA\xEB\xEE\xEF\xF4\xF6\xF9\xFB\xFC\xE7\u0153\xE6"];
var MAX_ACCENT_VARIANTS = 4096;
var isAllCaps = (word) => new RegExp("\\p{Lu}.*\\p{Lu}", "u").test(word) && !new RegExp("\\p{Ll}", "u").test(word);
var isCapitalised = (word) => new RegExp("^\\p{Lu}", "u").test(word);
var lowerFirst = (word) => word.charAt(0).toLowerCase() + word.slice(1);
function createClassifier(lexicon) {
  const cache = /* @__PURE__ */ new Map();
  const classify = (word, sentenceStart) => {
    const key = `${sentenceStart ? "^" : ""}${word}`;
    let verdict = cache.get(key);
    if (!verdict) cache.set(key, verdict = judge(word.replace(/'/g, "\u2019"), sentenceStart, lexicon, classify));
    return verdict;
  };
  return classify;
}
function forms(word) {
  const list = [word, word.charAt(0).toUpperCase() + word.slice(1)];
  if (isCapitalised(word)) list.push(lowerFirst(word), ...[...ACCENTS[lowerFirst(word.charAt(0))] ?? ""].map((c) => c + word.slice(1)));
  if (isAllCaps(word)) list.push(word.toLowerCase(), word.charAt(0) + word.slice(1).toLowerCase());
  return list;
}
var knownTo = (list, word) => forms(word).some((form) => list.has(form));
function nearMisses(lexicon, word, shapes, risky) {
  const found = /* @__PURE__ */ new Set();
  const letters = [...word];
  const n = letters.length;
  const test = (candidate, riskyShape = risky) => {
    if (candidate !== word && candidate.length > 1 && lexicon.french.has(candidate) && (!riskyShape || lexicon.common.has(candidate))) found.add(candidate);
  };
  const early = (i) => risky || i < 2;
  accentVariants(letters).forEach((c) => test(c));
  if (shapes === "accents") return [...found];
  if (n >= 4) for (let i = n >= 5 ? 0 : 1; i + 1 < n; i++) test(join(letters, i, 2, letters[i + 1] + letters[i]), early(i));
  for (let i = 0; n >= 5 && i < n; i++)
    if (shapes === "all" || letters[i] === letters[i + 1]) test(join(letters, i, 1, ""), early(i) && letters[i] !== letters[i + 1]);
  if (shapes === "name") return [...found];
  if (n >= 4) for (let i = 0; i <= n; i++) for (const c of ALPHABET) test(join(letters, i, 0, c), early(i));
  if (n >= 6) {
    for (let i = 0; i < n; i++) for (const c of ALPHABET) if (c !== letters[i]) test(join(letters, i, 1, c), true);
  }
  return [...found];
}
function isDerived(lexicon, word) {
  const stem = /^(.{3,})(?:eur|euse|rice)s?$/u.exec(word)?.[1];
  return stem !== void 0 && ["er", "ir"].some((ending) => lexicon.french.has(stem + ending));
}
function judge(written, sentenceStart, lexicon, classify) {
  if (ELIDED_ALONE.test(written)) return { kind: "ok" };
  const word = written.replace(/’$/, "");
  if (/[\p{N}_]/u.test(word) || [...word.matchAll(new RegExp("\\p{L}", "gu"))].length < 2) return { kind: "ok" };
  if (knownTo(lexicon.forbidden, word)) return { kind: "forbidden" };
  if (knownTo(lexicon.accepted, word)) return { kind: "ok" };
  if (isAllCaps(word) && !lexicon.checkAcronyms) return { kind: "ok" };
  if (knownTo(lexicon.french, word)) return { kind: "ok" };
  const elided = ELISION.exec(word);
  if (elided) return classify(elided[1], sentenceStart);
  if (/[-‑]/.test(word)) return compound(word, sentenceStart, lexicon, classify);
  const inclusive = INCLUSIVE.exec(word);
  if (inclusive)
    return knownTo(lexicon.french, inclusive[1]) || knownTo(lexicon.accepted, inclusive[1]) ? { kind: "ok" } : classify(inclusive[1], sentenceStart);
  const englishWord = knownTo(lexicon.english, word);
  if (englishWord && lexicon.acceptEnglish) return { kind: "ok" };
  const shaped = new RegExp("\\p{Ll}\\p{Lu}|\\p{Lu}\\p{Lu}\\p{Ll}", "u").test(word) || isAllCaps(word);
  const name = shaped || isCapitalised(word) && !sentenceStart;
  if (name && (englishWord || lexicon.names.has(word)) || isDerived(lexicon, word.toLowerCase())) return { kind: "unknown", english: englishWord };
  const base = isCapitalised(word) && !isAllCaps(word) ? lowerFirst(word) : word;
  const shapes = shaped || englishWord ? "accents" : name ? "name" : "all";
  const candidates = nearMisses(lexicon, base, shapes, englishWord || isCapitalised(word)).map(
    (c) => base === word ? c : c.charAt(0).toUpperCase() + c.slice(1)
  );
  return candidates.length > 0 ? { kind: "typo", candidates, english: englishWord } : { kind: "unknown", english: englishWord };
}
function compound(word, sentenceStart, lexicon, classify) {
  const parts = word.split(/[-‑]/).filter(Boolean);
  const verdicts = parts.map(
    (part, i) => PREFIXES.has(part.toLowerCase()) || i > 0 && new RegExp("^\u2019?\\p{L}\u2019?$", "u").test(part) ? { kind: "ok" } : classify(part, sentenceStart && i === 0)
  );
  const typoAt = verdicts.findIndex((v) => v.kind === "typo" || v.kind === "forbidden");
  const othersFrench = parts.every(
    (part, i) => i === typoAt || verdicts[i].kind === "ok" && !(knownTo(lexicon.english, part) && !lexicon.french.has(part.toLowerCase()))
  );
  if (typoAt >= 0 && !othersFrench) return { kind: "unknown", english: false };
  if (typoAt >= 0) {
    const verdict = verdicts[typoAt];
    if (verdict.kind !== "typo") return verdict;
    return { ...verdict, candidates: verdict.candidates.map((c) => parts.map((p, i) => i === typoAt ? c : p).join("-")) };
  }
  const unknown = verdicts.find((v) => v.kind === "unknown");
  return unknown ?? { kind: "ok" };
}
function join(letters, at, remove, insert) {
  return letters.slice(0, at).join("") + insert + letters.slice(at + remove).join("");
}
function accentVariants(letters) {
  const choices = letters.map((c) => ACCENTS[c] ?? c);
  const count = choices.reduce((n, c) => n * c.length, 1);
  if (count > MAX_ACCENT_VARIANTS) return letters.flatMap((c, i) => [...ACCENTS[c] ?? ""].map((a) => join(letters, i, 1, a)));
  let variants = [""];
  for (const choice of choices) variants = variants.flatMap((prefix) => [...choice].map((c) => prefix + c));
  return variants;
}

// checks/spelling/rules.ts
var SPELLING_RULES = {
  spelling: {
    severity: "error",
    description: "Likely typos: one edit from a French word (a missing, doubled, swapped or wrong letter or accent).",
    fix: "Correct the text in the page templates or the CMS; add brand and product names to the words option (or run primetime spelling --baseline)."
  },
  placeholder: {
    severity: "error",
    description: "Lorem ipsum left on a page.",
    fix: "Replace the placeholder text with the real copy before the broadcast."
  },
  cedilla: {
    severity: "error",
    description: 'A cedilla before e, i or y, never French ("\xE7i-dessous").',
    fix: 'Write c, not \xE7, before e, i and y ("ci-dessous", "recevoir").'
  },
  "repeated-word": { severity: "error", description: 'A word typed twice ("le le").', fix: "Remove the repeated word." },
  "punctuation-space": {
    severity: "warn",
    description: 'A space before a comma or a period ("nos offres , sans engagement"), or a punctuation mark glued to the next word ("fin.Le").',
    fix: "No space before a comma or a period; one space after a comma, a period, ; ! and ?."
  },
  "capital-accent": {
    severity: "warn",
    description: 'A capital without the accent its word needs: "A travers" for "\xC0 travers", "Etat" for "\xC9tat" (Imprimerie nationale, Acad\xE9mie fran\xE7aise).',
    fix: "Write accented capitals (\xC0, \xC9, \xCA\u2026): French keeps accents on capitals."
  },
  "double-space": {
    // Information: real sites' editors leave &nbsp; beside spaces by the dozen on a page (measured: 70 on one page
    // of a WordPress site), a gap a reader rarely notices.
    severity: "info",
    description: "Two spaces in a row inside a sentence, as the page shows them (a non-breaking space beside another space): one finding a page.",
    fix: "Leave one space: remove the extra &nbsp; in the template or the CMS."
  },
  unbalanced: {
    severity: "warn",
    description: "A quote or bracket opened and never closed, or closed and never opened, in one piece of text.",
    fix: "Close the quote or bracket, or remove the stray one."
  },
  apostrophes: {
    severity: "info",
    description: "Straight (l'offre) and curly (l\u2019offre) apostrophes mixed on one page: one finding per page.",
    fix: "Use one apostrophe throughout the page, the curly one (\u2019) as French typography prefers."
  },
  "french-spaces": {
    severity: "off",
    description: "French spaces before ; : ! ? and inside \xAB \xBB: a house style (most French sites, real ones included, leave them out), so off unless the team keeps it; one finding per page.",
    fix: "Put a non-breaking space (U+202F or U+00A0) before ; : ! ? and inside \xAB \xBB, as French typography wants."
  },
  grammar: {
    severity: "warn",
    description: "Agreement and grammar, through the Grammalecte engine: determiner and adjective agreement, a/\xE0, ou/o\xF9, ce/se, ces/ses, past participles, infinitives after a preposition. Only the rules precise on real sites.",
    fix: "Correct the sentence as suggested; a proven false alarm goes in the words file or under data-primetime-ignore."
  },
  "unknown-word": { severity: "info", description: "Words far from every French word (names, jargon, English): listed once each.", fix: void 0 }
};
var DEFAULT_RULES = Object.fromEntries(Object.entries(SPELLING_RULES).map(([id, rule]) => [id, rule.severity]));
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

// checks/spelling/tokens.ts
var NOT_WORDS = [
  { pattern: /\b(?:https?|ftp|file):\/\/\S+|\bwww\.\S+/giu, hint: /:\/\/|www\./i },
  { pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, hint: /@/ },
  // Domains and file names: service-public.fr, index.html, Node.js.
  { pattern: /(?<![\p{L}\p{N}])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.[a-z][a-z0-9]{1,23}(?![\p{L}\p{N}])/gu, hint: /\.[a-z]/ },
  // Paths: /etc/apt, ~/.config, ./build, C:\Users.
  { pattern: /(?<![\p{L}\p{N}])(?:~|\.{1,2})?\/[\p{L}\p{N}._~%/-]+|\b[A-Z]:\\\S*/gu, hint: /\/|:\\/ },
  // Code that escaped its <code> element: BEM class names (fr-btn--sm, card__title), attributes (role="alert").
  { pattern: /[\p{L}\p{N}_-]*(?:--|__)[\p{L}\p{N}_-]+|[\p{L}\p{N}_-]+=(?:"[^"]*"|'[^']*'|\S+)/gu, hint: /--|__|=/ },
  // Handles and hashtags.
  { pattern: /(?<![\p{L}\p{N}&])[@#][\p{L}\p{N}_]+/gu, hint: /[@#]/ },
  // Promo codes (EKW000638585), phone numbers, prices and units.
  { pattern: /\b[A-Z]{2,}[0-9][A-Z0-9]{3,}\b/g, hint: /[A-Z]\d/ },
  { pattern: /(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/g, hint: /\d/ },
  { pattern: new RegExp("\\b\\d+(?:[.,]\\d+)?\\s?(?:\u20AC|%|kWh|MWh|kVA|kW|Go|Mo|Ko)(?:\\/\\p{L}+)?", "gu"), hint: /\d/ }
];
function blankOut(text, notWords, filler = " ") {
  let out = text;
  for (const { pattern, hint } of notWords) if (hint.test(out)) out = out.replace(pattern, (m) => filler.repeat(m.length));
  return out;
}
var INCLUSIVE_ENDING = "(?:e|es|s|x|ne|nes|le|les|se|ses|te|tes|ve|ves|fe|fes|ice|ices|rice|rices|trice|trices|euse|euses|\xE8re|\xE8res|eur|eurs|ale|ales|aux)";
var TOKEN = new RegExp(
  `[\\p{L}\\p{M}\\p{N}_]+(?:(?:['\u2019][\\p{L}\\p{M}]+)|(?:[-\u2011][\\p{L}\\p{M}\\p{N}_]+)|(?:[\xB7\u2022\u2027\u22C5][\\p{L}]+)|(?:\\.${INCLUSIVE_ENDING}(?![\\p{L}\\p{N}])))*['\u2019]?`,
  "gu"
);
var SENTENCE_BREAK = /[.!?…:;«“"([{—–•·|>»*=\n][\s\u00a0\u202f]*$/u;
function tokenize(text, ignore = []) {
  const prose = blankOut(text, [...NOT_WORDS, ...ignore.map((pattern) => ({ pattern, hint: /[^]/ }))]);
  const tokens = [];
  for (const match of prose.matchAll(TOKEN)) {
    const before = prose.slice(Math.max(0, match.index - 8), match.index);
    tokens.push({ word: match[0], offset: match.index, sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(before) });
  }
  return tokens;
}
function toRegExp(pattern) {
  const literal = /^\/(.*)\/([a-z]*)$/su.exec(pattern);
  try {
    if (literal) return new RegExp(literal[1], literal[2].includes("g") ? literal[2] : `${literal[2]}g`);
    return /^[A-Za-z]+$/.test(pattern) ? void 0 : new RegExp(pattern, "gu");
  } catch {
    return void 0;
  }
}

// checks/spelling/typography.ts
var NOT_PROSE2 = [
  { pattern: /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/gu, hint: /@/ },
  { pattern: /\bhttps?:\/\/[^\s"“”«»()[\]<>]+|\bwww\.[^\s"“”«»()[\]<>]+/gu, hint: /:\/\/|www\./ },
  { pattern: /(?<![\p{L}\p{N}])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.[a-z]{2,6}\b/gu, hint: /\.[a-z]/ },
  { pattern: /\b\d{1,2}:\d{2}\b/gu, hint: /\d:\d/ }
];
var masked = { text: "", prose: "" };
var blankNonProse = (text) => masked.text === text ? masked.prose : (masked = { text, prose: blankOut(text, NOT_PROSE2, "_") }).prose;
var hit = (rule, offset, word, message, suggestions) => ({
  rule,
  offset,
  word,
  message,
  suggestions
});
function punctuationSpace(text) {
  const prose = blankNonProse(text);
  const hits = [];
  for (const match of prose.matchAll(/(?<=[\p{L}\d»)])[ \u00a0\u202f]+([,.])(?![.\d])/gu))
    hits.push(hit("punctuation-space", match.index, match[0], `no space before "${match[1]}"`, [match[1]]));
  for (const match of prose.matchAll(new RegExp("(?<=\\p{L}{2})([,;!?])(?=\\p{L}{2})", "gu")))
    hits.push(hit("punctuation-space", match.index, match[1], `a space after "${match[1]}"`, [`${match[1]} `]));
  for (const match of prose.matchAll(new RegExp("(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{Ll})", "gu"))) hits.push(hit("punctuation-space", match.index, ".", 'a space after "."', [". "]));
  return hits;
}
var SENTENCE_A = new RegExp("(?:^|(?<=[.!?\u2026]\\s))A(?= \\p{L}{2}| l['\u2019]| \\d)", "gu");
var UNACCENTED_CAPITAL = { E: ["\xC9", "\xC8", "\xCA"], A: ["\xC0", "\xC2"], I: ["\xCE"], O: ["\xD4"], U: ["\xDB"] };
function capitalAccent(text, isFrench) {
  const prose = blankNonProse(text);
  const hits = [];
  for (const match of prose.matchAll(SENTENCE_A)) hits.push(hit("capital-accent", match.index, "A", '"\xE0" keeps its accent as a capital', ["\xC0"]));
  for (const match of prose.matchAll(new RegExp("(?<![\\p{L}\\p{N}-])([EAIOU])(\\p{Ll}{2,})(?![\\p{L}\\p{N}'\u2019-])", "gu"))) {
    const [word, first, rest] = match;
    if (isFrench(word.toLowerCase())) continue;
    const accented = UNACCENTED_CAPITAL[first].filter((capital) => isFrench(capital.toLowerCase() + rest));
    if (accented.length > 0)
      hits.push(
        hit(
          "capital-accent",
          match.index,
          word,
          "a capital keeps its accent",
          accented.map((capital) => capital + rest)
        )
      );
  }
  return hits;
}
var PAIRS = [
  ["\xAB", "\xBB"],
  ["\u201C", "\u201D"],
  ["(", ")"],
  ["[", "]"]
];
function unbalanced(text) {
  const prose = blankNonProse(text).replace(/(?:^|(?<=[.!?]\s))[\p{L}\d]{1,2}\)|[:;]-?[()]/gu, (m) => " ".repeat(m.length));
  const hits = [];
  for (const [open, close] of PAIRS) {
    if (!prose.includes(open) && !prose.includes(close)) continue;
    const stack = [];
    const stray = [];
    for (let i = 0; i < prose.length; i++) {
      if (prose[i] === open) stack.push(i);
      else if (prose[i] === close && stack.pop() === void 0) stray.push(i);
    }
    for (const at of stack) hits.push(hit("unbalanced", at, open, `"${open}" is never closed`, [close]));
    for (const at of stray) hits.push(hit("unbalanced", at, close, `"${close}" closes nothing`, [open]));
  }
  const straight = [...prose.matchAll(/"/g)];
  if (straight.length % 2 === 1) hits.push(hit("unbalanced", straight.at(-1).index, '"', "a quotation mark is never closed", ['"']));
  return hits;
}
function doubleSpace(text) {
  return [...text.matchAll(/(\S+)([ \u00a0\u202f]{2,})(\S+)/gu)].map(
    ([found, before, gap, after], i, all) => hit("double-space", all[i].index, found, `${gap.length} spaces in a row`, [`${before} ${after}`])
  );
}
function frenchSpaces(text) {
  const prose = blankNonProse(text);
  const hits = [];
  for (const match of prose.matchAll(/[\p{L}\d»)]([;:!?])/gu))
    hits.push(hit("french-spaces", match.index + 1, match[1], `French needs a space (ideally non-breaking) before "${match[1]}"`, [`\u202F${match[1]}`]));
  for (const match of prose.matchAll(/«(?=[^\s\u00a0\u202f])|(?<=[^\s\u00a0\u202f])»/gu))
    hits.push(
      hit("french-spaces", match.index, match[0], `French puts a (non-breaking) space inside ${match[0] === "\xAB" ? "\xAB and the text" : "the text and \xBB"}`, [
        match[0] === "\xAB" ? "\xAB\xA0" : "\xA0\xBB"
      ])
    );
  return hits;
}
function apostrophesOf(text) {
  return { straight: new RegExp("\\p{L}'\\p{L}", "u").test(text), curly: new RegExp("\\p{L}\u2019\\p{L}", "u").test(text) };
}
var WHERE_WHEN = "l\xE0|jour|jours|moment|cas|endroit|endroits|lieu|instant|\xE9poque|p\xE9riode|heure|ann\xE9e|mois|semaine|pays|ville|r\xE9gion";
var OU_FOR_OU = new RegExp(
  `(?<![\\p{L}])(?:(${WHERE_WHEN}) ou (?=(?:il|elle|ils|elles|on|nous|vous|je|tu|ce|cela|\xE7a)(?![\\p{L}])|[jc][\u2019'])|([dD]|[jJ]usqu)[\u2019']ou(?![\\p{L}]))`,
  "gu"
);
function ouForOu(text) {
  return [...text.matchAll(OU_FOR_OU)].map((match) => {
    const fixed = match[0].replace(/ou$/, "o\xF9").replace(/ ou $/, " o\xF9 ");
    return hit("grammar", match.index, match[0].trim(), `confused words, "ou": "o\xF9" (where, when) is meant here`, [fixed.trim()]);
  });
}

// checks/spelling/speller.ts
var FRENCH_WEB_WORDS = ["kWh", "MWh", "kVA", "kW", "TTC", "HT", "email", "emails"];
var FRENCH_FUNCTION_WORDS = new Set(
  "le la les un une des du de au aux et ou mais donc car ni pour par avec sans sur sous dans en \xE0 vers chez entre ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle on nous vous ils elles qui que quoi dont o\xF9 ne pas plus est sont a ont \xEAtre avoir".split(
    " "
  )
);
async function createSpeller(options) {
  const [french, { common, names }, english, lorem, repository] = await Promise.all([
    frenchWords(),
    frenchFrequencyLists(),
    englishWords(),
    loremWords(),
    readRepositoryConfig(options.configFile)
  ]);
  const accepted = wordSet([...FRENCH_WEB_WORDS, ...options.words, ...options.ignoreWords, ...repository.words]);
  const extraLists = repository.lists;
  const acceptEnglish = options.languages.includes("en");
  const classify = createClassifier({
    french,
    common,
    names,
    english,
    accepted: { has: (word) => accepted.has(word) || extraLists.some((list) => list.has(word)) },
    forbidden: wordSet([...options.flagWords, ...repository.flagWords]),
    acceptEnglish,
    checkAcronyms: options.checkAcronyms ?? false
  });
  const { readsAs, isEnglishOnly } = languageReader(french, english, lorem);
  const textRules = textRulesFor((word) => french.has(word) || accepted.has(word));
  let words = 0;
  return {
    /** The language a piece reads in: its lang attribute, else its words. */
    language: (piece) => readsAs(piece, tokenize(piece.text.normalize("NFC"), repository.ignore)),
    /** Whether the team accepts this word or phrase (config words, the words file, the repository's cspell words). */
    accepts: (phrase) => accepted.has(phrase),
    /** Words read so far (French prose only). */
    get words() {
      return words;
    },
    /** Checks every piece of one page; each distinct word is classified once per run. */
    check(pieces) {
      const findings2 = [];
      for (const piece of pieces) {
        const text = proseText(piece);
        const tokens = tokenize(text, repository.ignore);
        const language = readsAs(piece, tokens);
        if (language === "other" || language === "en" && !acceptEnglish) continue;
        words += tokens.length;
        const add = (hit2) => findings2.push({ ...hit2, piece, context: sentenceAround(text, hit2.offset, hit2.word.length) });
        if (language === "lorem") {
          if (options.rules.placeholder !== "off") add(placeholderHit(text));
          continue;
        }
        if (options.rules.spelling !== "off" && language === "fr") spellingHits(tokens, classify, isEnglishOnly, options.rules).forEach(add);
        if (language !== "fr") continue;
        for (const [id, rule] of textRules) if (options.rules[id] !== "off") rule(text).forEach(add);
        if (options.rules["double-space"] !== "off") doubleSpace(piece.text.normalize("NFC")).forEach(add);
      }
      return dedupe(findings2);
    }
  };
}
function textRulesFor(isFrench) {
  return [
    ["cedilla", cedilla],
    ["repeated-word", repeatedWord],
    ["punctuation-space", punctuationSpace],
    ["capital-accent", (text) => capitalAccent(text, isFrench)],
    ["unbalanced", unbalanced],
    ["french-spaces", frenchSpaces],
    ["grammar", ouForOu]
  ];
}
function languageReader(french, english, lorem) {
  const known = /* @__PURE__ */ new Map();
  const languagesOf = (word) => {
    let languages = known.get(word);
    if (languages) return languages;
    const lower = word.toLowerCase().replace(/'/g, "\u2019");
    const en = !FRENCH_FUNCTION_WORDS.has(lower) && (english.has(lower) || english.has(word));
    languages = { fr: french.has(lower) || french.has(word), en, lorem: lorem.has(lower) };
    known.set(word, languages);
    return languages;
  };
  const isEnglishOnly = (token) => token !== void 0 && ((l) => l.en && !l.fr)(languagesOf(token.word));
  const languageOfWords = (tokens) => {
    let [frenchOnly, englishOnly, loremOnly] = [0, 0, 0];
    for (const { word } of tokens) {
      const { fr, en, lorem: latin } = languagesOf(word);
      if (!fr && latin) loremOnly++;
      else if (en && !fr) englishOnly++;
      else if (fr && !en) frenchOnly++;
    }
    if (loremOnly >= 2 && loremOnly >= frenchOnly) return "lorem";
    return englishOnly >= 2 && englishOnly > frenchOnly ? "en" : "fr";
  };
  const readsAs = (piece, tokens) => {
    const lang = piece.lang?.toLowerCase().split("-")[0];
    if (lang && lang !== "fr") return lang === "en" ? "en" : "other";
    return languageOfWords(tokens);
  };
  return { readsAs, isEnglishOnly };
}
function spellingHits(tokens, classify, isEnglishOnly, rules) {
  const hits = [];
  tokens.forEach((token, i) => {
    let verdict = classify(token.word, token.sentenceStart);
    if (verdict.kind === "typo" && verdict.english && (/^the$/i.test(token.word) || [tokens[i - 1], tokens[i + 1]].some(isEnglishOnly)))
      verdict = { kind: "unknown", english: true };
    const hit2 = hitOf(token, verdict);
    if (hit2 && rules[hit2.rule] !== "off") hits.push(hit2);
  });
  return hits;
}
function placeholderHit(text) {
  const at = Math.max(0, text.search(/lorem|ipsum/i));
  const word = text.slice(at).split(/\s+/).slice(0, 3).join(" ");
  return { rule: "placeholder", offset: at, word, message: "placeholder text (lorem ipsum) left on the page", suggestions: [] };
}
function hitOf(token, verdict) {
  const at = { offset: token.offset, word: token.word };
  switch (verdict.kind) {
    case "ok":
      return void 0;
    case "forbidden":
      return { ...at, rule: "spelling", message: `"${token.word}" is a word this site must not use`, suggestions: [] };
    case "typo":
      return { ...at, rule: "spelling", message: `"${token.word}" is not in the dictionary`, suggestions: verdict.candidates.slice(0, 3) };
    case "unknown":
      return {
        ...at,
        rule: "unknown-word",
        message: verdict.english ? "an English word, not French" : "not in the dictionary, and no near French word: a name, jargon or an acronym?",
        suggestions: []
      };
  }
}
async function readRepositoryConfig(file) {
  const none = { words: [], flagWords: [], lists: [], ignore: [] };
  if (!file) return none;
  const cspell = await importOnDemand("cspell-lib");
  const found = await cspell.readSettings(path.resolve(file));
  const pick = (key) => found[key] ?? [];
  const definitions = pick("dictionaryDefinitions").filter((d) => d.path);
  const lists = definitions.length ? [await cspell.getDictionary({ dictionaryDefinitions: definitions, dictionaries: definitions.map((d) => d.name) })].map(
    (dictionary) => ({ has: (word) => dictionary.has(word, { ignoreCase: false }) })
  ) : [];
  return {
    words: [...pick("words"), ...pick("ignoreWords")],
    flagWords: pick("flagWords"),
    lists,
    ignore: pick("ignoreRegExpList").map(toRegExp).filter((r) => Boolean(r))
  };
}
function dedupe(findings2) {
  const byPlace = /* @__PURE__ */ new Map();
  for (const finding of findings2) {
    const key = `${finding.piece.selector}|${finding.piece.text}|${finding.offset}`;
    const seen = byPlace.get(key);
    if (!seen) byPlace.set(key, finding);
    else if (finding.rule !== "spelling" && finding.rule !== "unknown-word" && (seen.rule === "spelling" || seen.rule === "unknown-word"))
      byPlace.set(key, { ...finding, suggestions: [.../* @__PURE__ */ new Set([...finding.suggestions, ...seen.suggestions])] });
  }
  return [...byPlace.values()];
}
var proseText = (piece) => piece.text.normalize("NFC").replace(/\s+/g, " ");
function sentenceAround(line, offset, length) {
  const sentenceStart = line.lastIndexOf(". ", offset);
  const start2 = Math.max(sentenceStart < 0 ? 0 : sentenceStart + 2, offset - 60);
  const endDot = line.indexOf(". ", offset + length);
  const end = Math.min(endDot < 0 ? line.length : endDot + 1, offset + length + 60);
  return `${start2 > 0 ? "\u2026" : ""}${line.slice(start2, end).trim()}${end < line.length ? "\u2026" : ""}`;
}

// checks/spelling/grammar.ts
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { createInterface } from "node:readline";
var GRAMMAR_GROUPS = {
  gn: "agreement",
  conf: "confused words",
  conj: "conjugation",
  ppas: "past participle",
  infi: "infinitive",
  imp: "imperative"
};
var IMPRECISE = /gn_start_|gn_nombre_chiffres|gn_nombre_lettres|gn_det_epi_sing_2m|gn_pfx_|gn_2m_et_ou|gn_det_nom_de_det_nom_adj|conj_les_nom|conj_le_la_leur_nom|sans_sujet|imp_verbe_groupe|imp_confusion|conf_symbole|conf_start_nom_ppas/;
var APPOSITION = (error) => /_[23]m__/.test(error.rule) && /genre/i.test(error.message);
var pythons = () => process.env.PRIMETIME_GRAMMALECTE_PYTHON ? [process.env.PRIMETIME_GRAMMALECTE_PYTHON] : ["/usr/bin/python3", "python3"];
var RUNTIME = String.raw`
import json, sys
try:
    import grammalecte.fr as engine
except Exception as error:
    print(json.dumps({"missing": str(error)}), flush=True)
    sys.exit(3)
engine.load("Python")
groups = set(json.loads(sys.argv[1]))
engine.setOptions({name: name in groups for name in engine.getOptions()})
print(json.dumps({"version": engine.version}), flush=True)
for line in sys.stdin:
    pages = []
    for text in json.loads(line):
        pages.append([
            {"start": e["nStart"], "end": e["nEnd"], "rule": e["sRuleId"], "line": e["sLineId"], "type": e["sType"],
             "message": e["sMessage"], "suggestions": e["aSuggestions"][:3]}
            for e in engine.parse(text, "FR", bDebug=False)
        ])
    print(json.dumps(pages, ensure_ascii=False), flush=True)
`;
var MAX_PROCESSES = Math.min(4, availableParallelism());
async function openGrammar() {
  let missing = "no python3 found";
  for (const python of pythons()) {
    const started = await start(python);
    if ("version" in started) return pool(python, started);
    missing = started.missing;
  }
  return { missing };
}
async function start(python) {
  const child = spawn(python, ["-c", RUNTIME, JSON.stringify(Object.keys(GRAMMAR_GROUPS))], { stdio: ["pipe", "pipe", "ignore"] });
  const spawned = await new Promise((resolve) => (child.once("spawn", () => resolve(void 0)), child.once("error", resolve)));
  if (spawned) return { missing: `${python}: ${spawned.message}` };
  child.stdin.on("error", () => void 0);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value ?? "null");
  const hello = await next();
  if (!hello?.version) {
    child.kill();
    return { missing: `${python}: ${hello?.missing ?? "Grammalecte did not start"}` };
  }
  let queue = Promise.resolve();
  const engine = {
    version: hello.version,
    waiting: 0,
    ask(texts) {
      engine.waiting++;
      const answer = queue.then(async () => {
        child.stdin.write(`${JSON.stringify(texts)}
`);
        const answers = await next();
        if (!answers) throw new Error("Grammalecte stopped");
        return answers;
      });
      queue = answer.finally(() => engine.waiting--).catch(() => void 0);
      return answer;
    },
    kill: () => void child.kill()
  };
  return engine;
}
function pool(python, first) {
  const processes = [Promise.resolve(first)];
  const answers = /* @__PURE__ */ new Map();
  const idlest = async () => {
    const started = (await Promise.all(processes)).filter((p) => "version" in p);
    const idle = started.find((p) => p.waiting === 0);
    if (idle) return idle;
    if (processes.length < MAX_PROCESSES) processes.push(start(python));
    return started.reduce((a, b) => b.waiting < a.waiting ? b : a);
  };
  return {
    version: first.version,
    async check(texts) {
      const fresh = [...new Set(texts.filter((text) => !answers.has(text) && readsAsProse(text)))];
      if (fresh.length > 0) {
        const asked = idlest().then((engine) => engine.ask(fresh));
        fresh.forEach(
          (text, i) => answers.set(
            text,
            asked.then((all) => preciseHits(text, all[i]))
          )
        );
      }
      return Promise.all(texts.map((text) => answers.get(text) ?? []));
    },
    close: () => void Promise.all(processes).then((all) => all.forEach((p) => "kill" in p && p.kill()))
  };
}
function preciseHits(text, errors) {
  if (!readsAsProse(text)) return [];
  const seenLines = /* @__PURE__ */ new Set();
  const kept = [];
  const hits = [];
  for (const error of errors.sort((a, b) => a.start - b.start)) {
    const seen = seenLines.has(error.line) || kept.some((k) => k.start <= error.end + 1 && error.start <= k.end + 1);
    if (!(error.type in GRAMMAR_GROUPS) || IMPRECISE.test(error.rule) || APPOSITION(error) || seen) continue;
    if (text.slice(error.start, error.end) === "A") continue;
    const around = wordsAround(text, error.start, error.end);
    if (new RegExp("\\p{Lu}{2}", "u").test(text.slice(error.start, error.end)) || hasName(text, around)) continue;
    seenLines.add(error.line);
    kept.push(error);
    hits.push({
      rule: "grammar",
      offset: around.start,
      word: around.text,
      message: `${GRAMMAR_GROUPS[error.type]}, "${text.slice(error.start, error.end)}": ${error.message} (Grammalecte)`,
      suggestions: error.suggestions
    });
  }
  return hits;
}
var readsAsProse = (text) => text.split(/\s+/).length >= 5 || /[.!?…]$/.test(text.trim());
function wordsAround(text, start2, end) {
  const before = /[\p{L}\p{N}'’-]+[^\p{L}\p{N}]*$/u.exec(text.slice(0, start2));
  const after = /^[^\p{L}\p{N}]*[\p{L}\p{N}'’-]+/u.exec(text.slice(end));
  const from = before ? start2 - before[0].length : start2;
  const to = after ? end + after[0].length : end;
  return { start: from, text: text.slice(from, to).trim() };
}
function hasName(text, around) {
  for (const match of around.text.matchAll(new RegExp("\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*", "gu"))) {
    const at = around.start + match.index;
    if (!/(^|[.!?…:]\s*|[«“"]\s*)$/u.test(text.slice(0, at))) return true;
  }
  return false;
}

// checks/spelling/index.ts
var RuleSeverity = external_exports.enum(["off", "info", "warn", "error"]);
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
var WORDS_DATA = "spelling/words.json";
var UNKNOWN_LISTED = 40;
var PAGES_AHEAD = 8;
var Options = external_exports.strictObject({
  site: external_exports.boolean().default(true).describe("Read the home page (site.home) and site.pages."),
  funnel: external_exports.boolean().default(true).describe("Read the subscription funnel (site.funnel), step by step with its actions."),
  pages: external_exports.array(UrlOrPath).default([]).describe("More pages to read."),
  files: external_exports.array(external_exports.string().min(1)).default([]).describe('Built HTML files to check without a browser, as globs relative to the config: ["dist/**/*.html"].'),
  languages: external_exports.array(external_exports.enum(["fr", "en"])).min(1).default(["fr"]).describe('fr by default; ["fr", "en"] checks English text too (lang="en", or mostly English) and accepts English words.'),
  words: external_exports.array(external_exports.string()).default([]).describe("Words to accept: brands, product names."),
  ignoreWords: external_exports.array(external_exports.string()).default([]),
  flagWords: external_exports.array(external_exports.string()).default([]).describe("Words always flagged (a competitor, an old brand name)."),
  wordsFile: external_exports.string().default("primetime.words.txt").describe("A words file relative to the config (one word a line, # comments): accepted words. `primetime spelling --baseline` writes it."),
  cspellConfig: external_exports.union([external_exports.literal(false), external_exports.string()]).optional().describe("A cspell config whose words to reuse; by default one found in the config's folder."),
  checkAcronyms: external_exports.boolean().default(false).describe("Check words in capitals too (by default they are acronyms: RGPD, CNIL)."),
  emptySubmit: external_exports.boolean().default(true).describe("Reveal the validation messages of each form by submitting it empty, with everything it would send blocked: nothing is ever sent."),
  rules: external_exports.strictObject(
    Object.fromEntries(Object.entries(SPELLING_RULES).map(([id, rule]) => [id, RuleSeverity.default(rule.severity).describe(rule.description)]))
  ).prefault({}),
  screenshots: external_exports.number().int().min(0).max(200).default(20).describe("Screenshot crops of flagged words, at most."),
  navigationTimeout: Timeout.prefault("30s")
});
var spelling_default = defineCheck({
  meta: {
    id: "spelling",
    title: "The text visitors read is free of spelling mistakes",
    failureTitle: "A visitor reads a spelling mistake",
    description: "Reads the rendered pages (home, pages and subscription funnel: text, labels, placeholders, buttons, options, validation messages, titles) in a real browser, or built HTML files, and checks the French prose: likely typos (one edit from a French word), placeholder text, misplaced cedillas, repeated words, typography (spaces around punctuation, accented capitals, quotes and brackets left open) and grammar through Grammalecte. Names, jargon and English words are listed, not flagged.",
    options: Options,
    recommended: "error",
    requires: ["browser"],
    packages: [
      "playwright-core",
      "cspell-lib",
      "cspell-trie-lib",
      "@cspell/dict-fr-fr",
      "@cspell/dict-fr-reforme",
      "@cspell/dict-en_us",
      "@cspell/dict-en-gb-mit",
      "@cspell/dict-software-terms",
      "@cspell/dict-lorem-ipsum",
      "@zxcvbn-ts/language-fr"
    ],
    timeout: 18e4
  },
  async run(ctx) {
    const targets = targetsOf(ctx);
    const files = ctx.options.files.length ? (await import("./dist-OCMYQWAT.js")).globSync(ctx.options.files, { cwd: ctx.baseDir, absolute: true }) : [];
    if (targets.length === 0 && files.length === 0)
      return {
        status: "skip",
        summary: ctx.options.files.length ? `No file matches ${ctx.options.files.join(", ")}.` : "Nothing to read: no page, no funnel and no files."
      };
    const [speller, grammar] = await Promise.all([spellerFor(ctx), ctx.options.rules.grammar === "off" ? void 0 : openGrammar()]);
    const reading = new Reading(ctx, speller, grammar && "version" in grammar ? grammar : void 0);
    try {
      await reading.readFiles(files.map((file) => ({ file, where: path2.relative(ctx.baseDir, file) || file })));
      if (targets.length > 0) await readInBrowser(ctx, targets, reading);
    } finally {
      reading.grammar?.close();
    }
    if (grammar && "missing" in grammar)
      reading.found.warn(`Grammar not checked: Grammalecte is not installed (${grammar.missing}).`, {
        fix: "Install it (Debian, Ubuntu: sudo apt-get install grammalecte-cli), or set rules.grammar to off in the spelling options."
      });
    return reading.outcome(targets.length + files.length, path2.resolve(ctx.baseDir, ctx.options.wordsFile));
  }
});
function targetsOf(ctx) {
  const named = (url, name) => ({ url, name, actions: [] });
  const all = [
    ...ctx.options.site ? [named(ctx.site.home, "Home page"), ...ctx.site.pages.map((url) => named(url, new URL(url).pathname))] : [],
    ...ctx.options.funnel ? ctx.site.funnel : [],
    ...ctx.options.pages.map((p) => named(new URL(p, ctx.site.baseUrl).toString(), p))
  ];
  return all.filter((target, i) => all.findIndex((other) => other.url === target.url) === i || target.actions.length > 0);
}
async function spellerFor(ctx) {
  const wordsFile = path2.resolve(ctx.baseDir, ctx.options.wordsFile);
  return createSpeller({
    languages: ctx.options.languages,
    words: [...ctx.options.words, ...existsSync(wordsFile) ? await readWordsFile(wordsFile) : []],
    ignoreWords: ctx.options.ignoreWords,
    flagWords: ctx.options.flagWords,
    configFile: cspellConfigOf(ctx),
    rules: ctx.options.rules,
    checkAcronyms: ctx.options.checkAcronyms
  });
}
var Reading = class {
  constructor(ctx, speller, grammar) {
    this.ctx = ctx;
    this.speller = speller;
    this.grammar = grammar;
  }
  ctx;
  speller;
  grammar;
  /** What the speller flagged, and where. */
  hits = [];
  /** The check's one collector: what each page gave (read, not a page, could not be read), then the spelling findings. */
  found = findings();
  artifacts = [];
  /** The screenshot of each word's first blocking occurrence, by rule and word. */
  shots = /* @__PURE__ */ new Map();
  /** The apostrophes each page uses: straight, curly, or both (one finding a page). */
  apostrophes = /* @__PURE__ */ new Map();
  /** Checks pieces read at `where`; `screenshot` crops the first blocking occurrence of each word. */
  async check(pieces, where, screenshot) {
    const { own, engine } = this.spell(pieces, where);
    await this.record(own, await engine, where, screenshot);
  }
  /** The speller's findings at once, and the grammar engine's when it answers. */
  spell(pieces, where) {
    const french = pieces.filter((piece) => this.speller.language(piece) === "fr");
    this.noteApostrophes(french, where);
    const engine = this.grammarOf(french);
    engine.catch(() => void 0);
    return { own: this.speller.check(pieces), engine };
  }
  async record(own, fromEngine, where, screenshot) {
    const engine = fromEngine.filter(
      (e) => !own.some((o) => o.rule === e.rule && o.piece === e.piece && o.offset < e.offset + e.word.length && e.offset < o.offset + o.word.length)
    );
    for (const finding of [...own, ...engine]) {
      this.hits.push({ finding, where });
      const key = `${finding.rule}|${finding.word}`;
      if (!screenshot || this.ctx.options.rules[finding.rule] !== "error" || this.shots.has(key) || this.shots.size >= this.ctx.options.screenshots) continue;
      this.shots.set(key, void 0);
      const artifact = await screenshot(finding, this.shots.size);
      this.shots.set(key, artifact);
      if (artifact) this.artifacts.push({ kind: "screenshot", path: artifact, title: `"${finding.word}" on ${where}` });
    }
  }
  /** Grammalecte's findings on the French pieces, but for what the team accepts. */
  async grammarOf(french) {
    if (!this.grammar || french.length === 0) return [];
    const texts = french.map(proseText);
    const hits = await this.grammar.check(texts);
    return hits.flatMap(
      (found, i) => found.filter((hit2) => !this.speller.accepts(hit2.word)).map((hit2) => ({ ...hit2, piece: french[i], context: sentenceAround(texts[i], hit2.offset, hit2.word.length) }))
    );
  }
  /** Remembers, per page, the first piece with a straight and the first with a curly apostrophe. */
  noteApostrophes(french, where) {
    const seen = this.apostrophes.get(where) ?? {};
    for (const piece of french) {
      const { straight, curly } = apostrophesOf(piece.text);
      const finding = (word) => ({
        rule: "apostrophes",
        offset: 0,
        word,
        message: "straight and curly apostrophes mixed on the page",
        suggestions: ["\u2019"],
        piece,
        context: sentenceAround(piece.text, Math.max(0, piece.text.search(new RegExp("\\p{L}['\u2019]\\p{L}", "u"))), 3)
      });
      if (straight) seen.straight ??= finding("'");
      if (curly) seen.curly ??= finding("\u2019");
    }
    this.apostrophes.set(where, seen);
  }
  /**
   * Built files, recorded in their order. The grammar engine answers while the speller reads the next pages (a few
   * ahead at most), so neither waits for the other.
   */
  async readFiles(files) {
    let recorded = Promise.resolve();
    const ahead = [];
    for (const { file, where } of files) {
      const page = this.spellFile(decodeHtmlFile(await readFile(file)), where);
      recorded = recorded.then(async () => {
        if ("not" in page) return void this.found.info(`Not a page (${page.not === "empty" ? "an empty file" : page.not}): not read.`, { target: where });
        await this.record(page.own, await page.engine, where);
        this.pageRead(where, where, page.pieces);
      });
      recorded.catch(() => void 0);
      ahead.push(recorded);
      if (ahead.length > PAGES_AHEAD) await ahead.shift();
    }
    await recorded;
  }
  spellFile(html, where) {
    const not = notAPage(html);
    if (not) return { not };
    const pieces = extractFromHtml(html);
    return { ...this.spell(pieces, where), pieces: pieces.length };
  }
  pageRead(name, where, pieces) {
    if (pieces > 0) this.found.pass(`${name}: ${pieces} pieces of text read.`, { target: where, data: { pieces } });
  }
  async outcome(pageCount, wordsFile) {
    for (const [where, { straight, curly }] of this.apostrophes) if (straight && curly) this.hits.push({ finding: straight, where });
    const groups = groupFindings(this.hits, this.ctx.options.rules);
    const words = { wordsFile, groups: groups.map(({ rule, word, level, count, pages }) => ({ rule, word, level, count, pages })) };
    this.artifacts.push({
      kind: "data",
      path: await this.ctx.artifacts.save(WORDS_DATA, JSON.stringify(words, null, 1)),
      title: "Every word flagged or listed"
    });
    const { found } = this;
    const listed = groups.filter(isListed);
    const flagged = groups.filter((g) => !isListed(g));
    for (const evidence of [...flagged.map((g) => this.evidenceOf(g)), ...listUnknown(listed, pageCount)]) found.add(evidence);
    for (const [rule, { fix }] of Object.entries(SPELLING_RULES)) if (fix && flagged.some((g) => g.rule === rule && g.level !== "info")) found.fix(fix);
    const unknown = listed.length;
    const summary = `${plural(this.speller.words, "word")} on ${plural(pageCount, "page")}: no spelling mistake${unknown ? ` (${unknown} unknown words listed)` : ""}.`;
    return found.outcome(summary, { artifacts: this.artifacts });
  }
  evidenceOf(group) {
    const { first } = group;
    const elsewhere = group.pages.length > 1 ? ` Also on ${plural(group.pages.length - 1, "more page")}.` : "";
    const artifact = this.shots.get(`${group.rule}|${group.word}`);
    return {
      level: group.level,
      message: `"${group.word}" in \xAB ${first.context} \xBB (${group.rule}: ${first.message})${first.suggestions.length ? `. Suggestions: ${first.suggestions.join(", ")}` : ""}.${elsewhere}`,
      target: group.pages[0],
      data: {
        rule: group.rule,
        word: group.word,
        suggestions: first.suggestions,
        selector: first.piece.selector,
        kind: first.piece.kind,
        context: first.context,
        count: group.count,
        pages: group.pages
      },
      artifact
    };
  }
};
var isListed = (group) => group.rule === "unknown-word" && group.level === "info";
function listUnknown(groups, pageCount) {
  const unknown = [...groups].sort((a, b) => b.pages.length - a.pages.length || b.count - a.count);
  if (unknown.length === 0) return [];
  const listed = unknown.slice(0, UNKNOWN_LISTED);
  const evidence = [
    {
      level: "info",
      message: `${plural(unknown.length, "unknown word")} (names, jargon, English: not typos): ${listed.map((g) => `${g.word} \xD7${g.count}`).join(", ")}${unknown.length > listed.length ? `, and ${unknown.length - listed.length} more` : ""}.`,
      data: { words: listed.map((g) => ({ word: g.word, count: g.count, pages: g.pages.slice(0, 5), english: /English/.test(g.first.message) })) }
    }
  ];
  const vocabulary = siteVocabulary(unknown, pageCount);
  if (vocabulary.length > 0)
    evidence.push({
      level: "info",
      message: `Seen on many pages, probably the site's own vocabulary: ${vocabulary.slice(0, 20).join(", ")}. Add them to the words option, or run primetime spelling --baseline.`,
      data: { vocabulary }
    });
  return evidence;
}
async function readInBrowser(ctx, targets, reading) {
  const browser = await ctx.browser();
  const { context, guard } = await newSiteContext(browser, ctx, {
    locale: "fr-FR",
    viewport: { width: 1280, height: 900 }
  });
  try {
    const page = await context.newPage();
    for (const [index, target] of targets.entries()) {
      if (ctx.signal.aborted) break;
      ctx.step(`page ${index + 1}/${targets.length}: ${pagePath(target.url)}`);
      await readTarget(ctx, page, target, reading, guard);
    }
  } finally {
    await context.close();
  }
}
async function readTarget(ctx, page, target, reading, guard) {
  const timeout = ctx.options.navigationTimeout;
  const open = async () => {
    const response = await guard.navigating(() => page.goto(target.url, { waitUntil: "load", timeout }));
    if (!response || response.status() >= 400) throw new Error(`answered ${response?.status() ?? "nothing"}: its text could not be read`);
  };
  try {
    await open();
  } catch (error) {
    reading.found.fail(`${target.name} ${browserProblem(error)}`, { target: target.url });
    return;
  }
  const seen = /* @__PURE__ */ new Set();
  let count = 0;
  const readNew = async () => {
    const pieces = (await evaluateInPage(page, extractInPage, IN_PAGE_ARGS, { selectorOf: selectorOf2, isVisible: isVisible2 })).filter(
      (p) => !seen.has(`${p.selector}|${p.text}`)
    );
    for (const p of pieces) seen.add(`${p.selector}|${p.text}`);
    count += pieces.length;
    await reading.check(pieces, page.url(), async (finding, index) => {
      const png = await screenshotWord(page, finding.piece.selector, finding.word, finding.piece.kind);
      return png ? ctx.artifacts.save(`spelling/${String(index).padStart(2, "0")}-${slugify(finding.word, "word", 30)}.png`, png) : void 0;
    });
  };
  await readNew();
  if (ctx.options.emptySubmit) {
    const submitted = await submitEmpty(page);
    if ("navigatedTo" in submitted) {
      reading.found.info(`${target.name}: validation messages not checked: the form leaves the page when submitted (primetime blocked it; nothing was sent).`, {
        target: target.url
      });
      await open().catch(() => void 0);
    } else if (submitted.forms > 0) await readNew();
  }
  if (target.actions.length > 0) {
    const blockedBefore = guard.blocked.length;
    try {
      await guard.navigating(() => runActions(page, target.actions, timeout));
      const sent = guard.blocked.slice(blockedBefore);
      if (sent.length > 0) throw new Error(`it would have sent ${sent[0]}, which primetime never does: list the next page's URL in site.funnel instead`);
      await readNew();
    } catch (error) {
      reading.found.fail(`${target.name}: a scripted action failed, so the text after it was not read: ${browserProblem(error)}`, { target: target.url });
    }
  }
  reading.pageRead(target.name, target.url, count);
}
function cspellConfigOf(ctx) {
  if (ctx.options.cspellConfig === false) return void 0;
  if (ctx.options.cspellConfig) return path2.resolve(ctx.baseDir, ctx.options.cspellConfig);
  return CSPELL_CONFIGS.map((name) => path2.join(ctx.baseDir, name)).find((file) => existsSync(file));
}
export {
  WORDS_DATA,
  spelling_default as default
};
