/**
 * The text a visitor reads, with where it sits: visible text, labels, placeholders, button values, aria-label,
 * title, alt, <option>s, the document title and the meta description. From the rendered DOM (hidden elements
 * left out), or from a built HTML file before deploy.
 */
import { parseHtml } from '../../src/core/html.js';
import type { isVisible as IsVisible, selectorOf as SelectorOf } from '../../src/browser/in-page.js';
import type { TextPiece } from './speller.js';

declare const selectorOf: typeof SelectorOf;
declare const isVisible: typeof IsVisible;

/** Runs inside the page (evaluateInPage, with the selectorOf and isVisible helpers): no closure, no imports. */
export function extractInPage(): TextPiece[] {
  const doc = document;
  const pieces: TextPiece[] = [];
  const seen = new Set<string>();
  const push = (text: string | null | undefined, selector: string, kind: string) => {
    const clean = (text ?? '').replace(/\s+/g, ' ').trim();
    const key = `${selector}|${kind}|${clean}`;
    if (!clean || !/\p{L}/u.test(clean) || seen.has(key)) return;
    seen.add(key);
    pieces.push({ text: clean, selector, kind });
  };
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION)$/.test(parent.tagName) || !isVisible(parent)) continue;
    push(node.textContent, selectorOf(parent), parent.closest('label') ? 'label' : 'text');
  }
  for (const el of doc.querySelectorAll('[placeholder], [aria-label], [title], img[alt], input[type=submit][value], input[type=button][value]')) {
    if (!isVisible(el)) continue;
    for (const attribute of ['placeholder', 'aria-label', 'title', 'alt'])
      if (el.hasAttribute(attribute)) push(el.getAttribute(attribute), selectorOf(el), attribute);
    if (el.matches('input[type=submit], input[type=button]')) push((el as HTMLInputElement).value, selectorOf(el), 'button');
  }
  for (const select of doc.querySelectorAll('select'))
    if (isVisible(select)) for (const option of select.querySelectorAll('option')) push(option.textContent, `${selectorOf(select)} option`, 'option');
  push(doc.title, 'title', 'document title');
  push(doc.querySelector('meta[name=description]')?.getAttribute('content'), 'meta[name=description]', 'meta description');
  return pieces;
}

/** The same from a built file, without a browser: elements hidden by attribute are left out (CSS is not applied). */
export function extractFromHtml(html: string): TextPiece[] {
  const root = parseHtml(html);
  const pieces: TextPiece[] = [];
  const push = (text: string | undefined, selector: string, kind: string) => {
    const clean = (text ?? '').replace(/\s+/g, ' ').trim();
    if (clean && /\p{L}/u.test(clean) && !pieces.some((p) => p.text === clean && p.selector === selector)) pieces.push({ text: clean, selector, kind });
  };
  const hidden = (el: ReturnType<typeof root.querySelector>) => {
    for (let e = el; e; e = e.parentNode as typeof e)
      if (e.hasAttribute?.('hidden') || e.getAttribute?.('aria-hidden') === 'true' || /display\s*:\s*none/.test(e.getAttribute?.('style') ?? '')) return true;
    return false;
  };
  const selectorOf = (el: NonNullable<ReturnType<typeof root.querySelector>>) => (el.id ? `#${el.id}` : el.tagName.toLowerCase());
  for (const el of root.querySelectorAll('body *')) {
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName) || hidden(el)) continue;
    const own = el.childNodes
      .filter((n) => n.nodeType === 3)
      .map((n) => n.text)
      .join(' ');
    push(own, selectorOf(el), el.closest('label') ? 'label' : el.tagName === 'OPTION' ? 'option' : 'text');
    for (const attribute of ['placeholder', 'aria-label', 'title', 'alt']) push(el.getAttribute(attribute), selectorOf(el), attribute);
    if (el.tagName === 'INPUT' && /^(submit|button)$/.test(el.getAttribute('type') ?? '')) push(el.getAttribute('value'), selectorOf(el), 'button');
  }
  push(root.querySelector('title')?.textContent, 'title', 'document title');
  push(root.querySelector('meta[name=description]')?.getAttribute('content'), 'meta[name=description]', 'meta description');
  return pieces;
}
