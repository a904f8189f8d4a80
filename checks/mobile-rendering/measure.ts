/** What a page looks like on one device, measured inside the page (evaluateInPage, with selectorOf and isVisible). */
import type { isVisible as IsVisible, selectorOf as SelectorOf } from '../../src/browser/in-page.js';

declare const selectorOf: typeof SelectorOf;
declare const isVisible: typeof IsVisible;

export interface KeyElement {
  selector: string;
  name: string;
  aboveFold: boolean;
}

export interface Measurement {
  viewportWidth: number;
  viewportHeight: number;
  scrollWidth: number;
  metaViewport: boolean;
  scale: number;
  /** overflow-x: hidden or clip on html or body: overflow is cut off rather than scrollable. */
  overflowClipped: boolean;
  /** The outermost elements that stick out on the right. */
  offenders: { selector: string; width: number; right: number }[];
  keyElements: { name: string; selector: string; found: boolean; visible: boolean; inFirstScreen: boolean; mustBeAboveFold: boolean }[];
  minTarget: number;
  smallTargets: { selector: string; width: number; height: number; text: string }[];
  smallTargetCount: number;
  smallText: { selector: string; size: number; text: string }[];
}

// function-lengths: browser-side script
export function measureInPage(arg: { keyElements: KeyElement[]; minTarget: number; minFontSize: number }): Measurement {
  const root = document.documentElement;
  const width = root.clientWidth;
  const height = window.innerHeight;
  const sticksOut = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > width + 1;
  };
  // What no visitor sees is not judged as seen: screen-reader-only text (clipped to 1 px) and skip links parked
  // off screen until they get the focus.
  const unseen = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return (
      r.width <= 1 ||
      r.height <= 1 ||
      r.right <= 0 ||
      r.bottom <= 0 ||
      /rect\(\s*0/.test(style.clip) ||
      /inset\(\s*(50%|100%)/.test(style.clipPath) ||
      (el.parentElement !== null && el.parentElement !== document.body && unseen(el.parentElement))
    );
  };
  const all = [...document.body.querySelectorAll('*')].filter((el) => isVisible(el));
  const clips = (el: Element) => /hidden|clip/.test(getComputedStyle(el).overflowX);
  // A box inside an ancestor that clips or scrolls sideways (a carousel's track) does not widen the page: the cause
  // is what sticks out with nothing around it to hold it.
  const heldInside = (el: Element): boolean => {
    for (let up = el.parentElement; up && up !== document.body && up !== root; up = up.parentElement)
      if (getComputedStyle(up).overflowX !== 'visible') return true;
    return false;
  };
  const offenders = all
    .filter((el) => sticksOut(el) && !heldInside(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)))
    .map((el) => ({ selector: selectorOf(el), width: Math.round(el.getBoundingClientRect().width), right: Math.round(el.getBoundingClientRect().right) }))
    .sort((a, b) => b.right - a.right)
    .slice(0, 3);

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
      mustBeAboveFold: key.aboveFold,
    };
  });

  // Links inside running text are exempt, as in WCAG 2.5.8: the sentence sets their size.
  const inline = (el: Element) =>
    getComputedStyle(el).display === 'inline' && (el.parentElement?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
  const targets = all
    .filter((el) => el.matches('a[href], button, input:not([type=hidden]), select, textarea, [role=button], summary') && !inline(el) && !unseen(el))
    .map((el) => ({ el, r: el.getBoundingClientRect() }));
  const undersized = targets.filter(({ r }) => r.width < arg.minTarget || r.height < arg.minTarget);
  // WCAG 2.5.8's spacing exception: a circle of the minimum's diameter on an undersized target's centre may not
  // touch another target, nor another undersized target's circle.
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const distanceToRect = (p: { x: number; y: number }, r: DOMRect) =>
    Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
  const crowded = ({ el, r }: { el: Element; r: DOMRect }) =>
    targets.some((other) => {
      if (other.el === el || other.el.contains(el) || el.contains(other.el)) return false;
      const c = centre(r);
      return undersized.some((u) => u.el === other.el)
        ? Math.hypot(c.x - centre(other.r).x, c.y - centre(other.r).y) < arg.minTarget
        : distanceToRect(c, other.r) < arg.minTarget / 2;
    });
  const small = undersized.filter(crowded).map(({ el, r }) => ({
    selector: selectorOf(el),
    width: Math.round(r.width),
    height: Math.round(r.height),
    text: (el.textContent || (el as HTMLInputElement).value || '').trim().slice(0, 40),
  }));

  const smallText: Measurement['smallText'] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && smallText.length < 5; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !(node.textContent ?? '').trim() || /^(SCRIPT|STYLE|NOSCRIPT|OPTION)$/.test(parent.tagName) || !isVisible(parent) || unseen(parent))
      continue;
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (size < arg.minFontSize && !smallText.some((s) => s.selector === selectorOf(parent)))
      smallText.push({ selector: selectorOf(parent), size, text: (node.textContent ?? '').trim().slice(0, 40) });
  }

  return {
    viewportWidth: width,
    viewportHeight: height,
    scrollWidth: root.scrollWidth,
    metaViewport: Boolean(document.querySelector('meta[name=viewport]')),
    scale: window.visualViewport?.scale ?? 1,
    overflowClipped: clips(root) || clips(document.body),
    offenders,
    keyElements,
    minTarget: arg.minTarget,
    smallTargets: small.slice(0, 5),
    smallTargetCount: small.length,
    smallText,
  };
}
