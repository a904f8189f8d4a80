/**
 * The text a visitor reads, with where it sits: visible text, labels, placeholders, button values, aria-label,
 * title, alt, <option>s, the document title and the meta description. From the rendered DOM (hidden elements
 * left out), or from a built HTML file before deploy.
 *
 * Read as a reader reads it: text is gathered per block, so inline elements do not split words
 * (<strong>D</strong>isponibilité is one word); code and text marked as not to be translated or spell-checked
 * (<code>, <pre>, <kbd>, <samp>, <var>, translate="no", spellcheck="false") is not prose, and neither is what the
 * team marks data-primetime-ignore (a proven false alarm); each piece keeps its
 * language (the nearest lang attribute).
 */
import type { HTMLElement as ParsedElement, Node as ParsedNode } from 'node-html-parser';
import { parseHtml } from '../../src/web/html.js';
import type { isVisible as IsVisible, selectorOf as SelectorOf } from '../../src/browser/in-page.js';
import type { TextPiece } from './speller.js';

declare const selectorOf: typeof SelectorOf;
declare const isVisible: typeof IsVisible;

const NOT_PROSE_TAGS = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE CODE PRE KBD SAMP VAR SVG MATH'.split(' '));
/** Not prose: never read. Shared by both extractors (the in-page one receives it as an argument). */
export const NOT_PROSE = [
  ...[...NOT_PROSE_TAGS].map((tag) => tag.toLowerCase()),
  '[translate="no"]',
  '.notranslate',
  '[spellcheck="false"]',
  '[data-primetime-ignore]',
].join(', ');
/**
 * NOT_PROSE for a parsed element. The parser's `matches` compiles its selector at each call: for every element of
 * every built page, that was a second of a 90,000-word site. A test holds the two to the same answers.
 */
export function isNotProse(el: ParsedElement): boolean {
  return (
    NOT_PROSE_TAGS.has(el.tagName) ||
    el.getAttribute('translate') === 'no' ||
    el.classList?.contains('notranslate') ||
    el.getAttribute('spellcheck') === 'false' ||
    el.hasAttribute('data-primetime-ignore')
  );
}
/**
 * Left where code was taken out of a sentence, so the words around it do not meet ("en <code>lsblk</code> en"
 * is not "en en"); not a letter, not a sentence break.
 */
const GAP = ' ⋯ ';
/** Elements that separate the words around them although they sit inline. */
const SEPARATORS = 'BR IMG INPUT BUTTON SELECT TEXTAREA HR IFRAME VIDEO AUDIO OBJECT';
const ATTRIBUTES = ['placeholder', 'aria-label', 'title', 'alt'] as const;

/** What extractInPage needs from this module: it runs in the page, where imports do not reach. */
export const IN_PAGE_ARGS = { notProse: NOT_PROSE, gap: GAP, separators: SEPARATORS };

/** Runs inside the page (evaluateInPage, with the selectorOf and isVisible helpers): no closure, no imports. */
// function-lengths: browser-side script
export function extractInPage({ notProse, gap, separators }: typeof IN_PAGE_ARGS): TextPiece[] {
  const doc = document;
  const pieces: TextPiece[] = [];
  const seen = new Set<string>();
  const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') || undefined;
  const push = (text: string | null | undefined, el: Element, kind: string, selector = selectorOf(el)) => {
    // Spaces collapse as a browser collapses them; non-breaking ones stay (a doubled one is seen).
    const clean = (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
    const key = `${selector}|${kind}|${clean}`;
    if (!clean || !/\p{L}/u.test(clean) || seen.has(key)) return;
    seen.add(key);
    pieces.push({ text: clean, selector, kind, lang: langOf(el) });
  };
  const inline = new Map<Element, boolean>();
  const isInline = (el: Element) => {
    if (!inline.has(el)) inline.set(el, /^(inline|contents)$/.test(getComputedStyle(el).display));
    return inline.get(el)!;
  };
  const blockOf = (el: Element) => {
    let block = el;
    while (block.parentElement && block !== doc.body && isInline(block)) block = block.parentElement;
    return block;
  };
  let current: { block: Element; text: string; from: Element } | undefined;
  const flush = () => {
    if (current) push(current.text, current.block, current.from.closest('label') ? 'label' : 'text');
    current = undefined;
  };
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && ((node as Element).matches('option') || !isVisible(node as Element))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (current && el.matches(notProse) && !el.parentElement?.closest(notProse)) current.text += gap;
      else if (current && separators.split(' ').includes(el.tagName)) current.text += ' ';
      continue;
    }
    const parent = node.parentElement!;
    if (parent.closest(notProse)) continue;
    const block = blockOf(parent);
    if (current?.block !== block) {
      flush();
      current = { block, text: '', from: parent };
    }
    current.text += (node as Text).data;
  }
  flush();
  for (const el of doc.querySelectorAll('[placeholder], [aria-label], [title], img[alt], input[type=submit][value], input[type=button][value]')) {
    if (!isVisible(el) || el.closest(notProse)) continue;
    for (const attribute of ['placeholder', 'aria-label', 'title', 'alt']) if (el.hasAttribute(attribute)) push(el.getAttribute(attribute), el, attribute);
    if (el.matches('input[type=submit], input[type=button]')) push((el as HTMLInputElement).value, el, 'button');
  }
  for (const select of doc.querySelectorAll('select'))
    if (isVisible(select)) for (const option of select.querySelectorAll('option')) push(option.textContent, option, 'option', `${selectorOf(select)} option`);
  push(doc.title, doc.documentElement, 'document title', 'title');
  const description = doc.querySelector('meta[name=description]');
  if (description) push(description.getAttribute('content'), description, 'meta description', 'meta[name=description]');
  return pieces;
}

/** Tags a browser lays out inline by default: their text joins the block around them. */
const INLINE_TAGS = new Set('A ABBR ACRONYM B BDI BDO BIG CITE DATA DEL DFN EM FONT I INS MARK Q S SMALL SPAN STRONG SUB SUP TIME TT U WBR'.split(' '));

/** The same from a built file, without a browser: elements hidden by attribute are left out (CSS is not applied). */
export function extractFromHtml(html: string): TextPiece[] {
  const root = parseHtml(html);
  const pieces: TextPiece[] = [];
  const seen = new Set<string>();
  const documentLang = root.querySelector('html')?.getAttribute('lang') || undefined;
  const push = (text: string | undefined, selector: string, kind: string, lang: string | undefined) => {
    const clean = (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
    const key = `${selector}|${clean}`;
    if (!clean || !/\p{L}/u.test(clean) || seen.has(key)) return;
    seen.add(key);
    pieces.push({ text: clean, selector, kind, lang });
  };
  // The parser's root (a fragment, text outside any element) has no tag name: it stands where the body would.
  const selectorOf = (el: ParsedElement) => (el.id ? `#${el.id}` : (el.tagName ?? 'body').toLowerCase());
  const skipped = (el: ParsedElement) =>
    el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/.test(el.getAttribute('style') ?? '') || isNotProse(el);

  /** Walks a block: inline children add to its current piece, block children start their own. */
  const walk = (block: ParsedElement, lang: string | undefined, kind: string) => {
    let text = '';
    const flush = () => {
      push(text, selectorOf(block), kind, lang);
      text = '';
    };
    const visit = (node: ParsedNode, langHere: string | undefined) => {
      if (node.nodeType === 3) {
        text += node.text;
        return;
      }
      if (node.nodeType !== 1) return;
      const el = node as ParsedElement;
      if (skipped(el)) {
        if (isNotProse(el)) text += GAP;
        return;
      }
      const elLang = el.getAttribute('lang') || langHere;
      for (const attribute of ATTRIBUTES) push(el.getAttribute(attribute), selectorOf(el), attribute, elLang);
      if (el.tagName === 'INPUT' && /^(submit|button)$/.test(el.getAttribute('type') ?? '')) push(el.getAttribute('value'), selectorOf(el), 'button', elLang);
      if (el.tagName === 'OPTION') return push(el.textContent, selectorOf(el), 'option', elLang);
      if (SEPARATORS.split(' ').includes(el.tagName)) text += ' ';
      if (INLINE_TAGS.has(el.tagName)) return el.childNodes.forEach((child) => visit(child, elLang));
      flush();
      walk(el, elLang, kind === 'label' || el.tagName === 'LABEL' ? 'label' : 'text');
    };
    block.childNodes.forEach((child) => visit(child, lang));
    flush();
  };
  const body = root.querySelector('body') ?? root;
  walk(body, body.getAttribute?.('lang') || documentLang, 'text');
  push(root.querySelector('title')?.textContent, 'title', 'document title', documentLang);
  push(root.querySelector('meta[name=description]')?.getAttribute('content'), 'meta[name=description]', 'meta description', documentLang);
  return pieces;
}
