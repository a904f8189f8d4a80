/** What checks read from an HTML answer: visible text, subresources, and whether a marker is present. */
import { isUtf8 } from 'node:buffer';
import { parse, type HTMLElement } from 'node-html-parser';
import { candidates, NOT_A_FILE, PAGE_FILE_SOURCES, rowApplies, type SubresourceKind } from './page-files.js';

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
}

/**
 * A built HTML file's text: UTF-8 when its bytes are, else the charset its <meta> declares, else Windows-1252 (what
 * browsers assume for a Western page without one, and a superset of Latin-1).
 */
export function decodeHtmlFile(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
  try {
    return new TextDecoder(declared && !/^utf-?8$/i.test(declared) ? declared : 'windows-1252').decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * What a file named .html holds when it is not a page a visitor reads: a build's JSON API dump, an RSS feed, an
 * empty placeholder. Undefined for HTML, a fragment, or plain text.
 */
export function notAPage(text: string): 'empty' | 'JSON' | 'XML' | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return 'empty';
  if (/^[[{]/.test(start)) return 'JSON';
  if (/^<\?xml|^<(rss|feed|urlset|sitemapindex)\b/i.test(start)) return 'XML';
  return undefined;
}

/** The scripts a development server injects for live reload: a page that carries one was not built for production. */
const DEV_SERVERS: [RegExp, string][] = [
  [/<script[^>]+src=["'][^"']*livereload\.js/i, 'a live-reload script (livereload.js, as hugo server and others inject)'],
  [/<script[^>]+src=["'][^"']*\/@vite\/client/i, "Vite's development client (/@vite/client)"],
  [/<script[^>]+src=["'][^"']*browser-sync-client/i, "Browsersync's client"],
  [/<script[^>]+src=["'][^"']*webpack-dev-server/i, "webpack-dev-server's client"],
  [/\/_next\/webpack-hmr|__NEXT_DATA__[^<]*"buildId":"development"/i, "Next.js's development server"],
];

/** What development server built the page, when one did. */
export function devServerOf(html: string): string | undefined {
  return DEV_SERVERS.find(([pattern]) => pattern.test(html))?.[1];
}

/** The text a visitor reads, whitespace folded (scripts and styles left out). */
export function visibleText(root: HTMLElement): string {
  const body = root.querySelector('body') ?? root;
  return body.textContent.replace(/\s+/g, ' ').trim();
}

export interface Subresource {
  url: string;
  kind: SubresourceKind;
}

/** The files a page names (PAGE_FILE_SOURCES), resolved against its <base> or its URL, each once, in table order. */
export function subresources(root: HTMLElement, pageUrl: string): Subresource[] {
  const base = root.querySelector('base[href]')?.getAttribute('href');
  const baseUrl = base ? new URL(base, pageUrl).toString() : pageUrl;
  const skipped = new RegExp(NOT_A_FILE, 'i');
  const found = new Map<string, Subresource>();
  for (const source of PAGE_FILE_SOURCES)
    for (const element of root.querySelectorAll(`${source.tag}[${source.attribute}]`)) {
      if (!rowApplies(source, element.getAttribute('rel'), element.getAttribute('type'))) continue;
      const kind = source.kind === 'preload' && element.getAttribute('as')?.toLowerCase() === 'font' ? 'font' : source.kind;
      for (const raw of candidates(source, element.getAttribute(source.attribute) ?? '')) {
        const value = raw.trim();
        if (!value || skipped.test(value)) continue;
        try {
          const url = new URL(value, baseUrl);
          url.hash = '';
          if (!found.has(url.toString())) found.set(url.toString(), { url: url.toString(), kind });
        } catch {
          // An unparsable URL is the page's own bug, reported by the browser checks; nothing to fetch here.
        }
      }
    }
  return [...found.values()];
}

/** url(…) references in a stylesheet (fonts, background images), resolved against the stylesheet's URL. */
export function cssReferences(css: string, cssUrl: string): Subresource[] {
  const urls = new Set<string>();
  // An inline SVG in a data: URI has url(#gradient) references of its own (url(%23gradient) once escaped): they
  // point inside the SVG, not at files, so data: URIs are taken out whole first.
  const withoutDataUris = css.replace(/url\(\s*(['"])data:[\s\S]*?\1\s*\)|url\(\s*data:[^)]*\)/gi, '');
  for (const [, , raw] of withoutDataUris.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    if (!raw || /^(data:|#|%23)/i.test(raw.trim())) continue;
    try {
      urls.add(new URL(raw, cssUrl).toString());
    } catch {
      // As above: nothing to fetch.
    }
  }
  return [...urls].map((url) => ({ url, kind: /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(url) ? 'font' : 'image' }));
}

/**
 * A marker is a CSS selector when it starts with #, . or [ (e.g. "#site-header", ".brand", "[data-site=eolia]");
 * any other marker is text the page must contain (case-insensitive).
 */
/** The site's own page: it holds site.marker, or, without one, anything at all (an empty body is no page). */
export function isOwnPage(body: string, marker: string | undefined): boolean {
  return marker ? hasMarker(parseHtml(body), marker) : body.trim().length > 0;
}

export function hasMarker(root: HTMLElement, marker: string): boolean {
  if (/^[#.[]/.test(marker)) {
    try {
      return root.querySelector(marker) !== null;
    } catch {
      return false;
    }
  }
  return (
    visibleText(root).toLowerCase().includes(marker.toLowerCase()) ||
    (root.querySelector('title')?.textContent ?? '').toLowerCase().includes(marker.toLowerCase())
  );
}
