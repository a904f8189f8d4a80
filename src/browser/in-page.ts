/** Helpers for functions that run inside the page (see evaluateInPage): each is self-contained. */

/** A short CSS selector a person can find in DevTools: the nearest id, then up to four tag:nth-of-type steps. */
export function selectorOf(element: Element): string {
  const parts: string[] = [];
  for (let el: Element | null = element; el && el !== document.documentElement && parts.length < 4; el = el.parentElement) {
    if (el.id) {
      parts.unshift(`#${CSS.escape(el.id)}`);
      break;
    }
    const tag = el.tagName;
    const siblings = el.parentElement ? [...el.parentElement.children].filter((c) => c.tagName === tag) : [];
    parts.unshift(siblings.length > 1 ? `${tag.toLowerCase()}:nth-of-type(${siblings.indexOf(el) + 1})` : tag.toLowerCase());
  }
  return parts.join(' > ');
}

/** Rendered and not hidden by CSS (display, visibility, opacity). */
export function isVisible(element: Element): boolean {
  return (element as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) ?? true;
}
