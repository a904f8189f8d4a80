/**
 * Where a page names the files a browser fetches with it, as data: one row per element and attribute. Every
 * reader of pages goes by this one table (the HTTP checks and `warm` here, primetime's load workers, and the
 * exported k6 script and locustfile, which carry it as JSON and read it the same way), so a shot fetches the same
 * files on every engine.
 */

export type SubresourceKind = 'stylesheet' | 'script' | 'image' | 'icon' | 'font' | 'preload' | 'other';

export interface PageFileSource {
  tag: string;
  attribute: string;
  kind: SubresourceKind;
  /** The element counts only when its rel lists one of these (`rel="preload stylesheet"` counts as a stylesheet). */
  rel?: string[];
  /** The element counts only with this type (`<input type="image">`). */
  type?: string;
  /** The attribute lists candidates ("a.jpg 1x, b.jpg 2x"): the first word of each is a URL. */
  list?: boolean;
}

export const PAGE_FILE_SOURCES: PageFileSource[] = [
  { tag: 'link', attribute: 'href', kind: 'stylesheet', rel: ['stylesheet'] },
  { tag: 'link', attribute: 'href', kind: 'icon', rel: ['icon', 'apple-touch-icon'] },
  { tag: 'link', attribute: 'href', kind: 'preload', rel: ['preload'] },
  { tag: 'script', attribute: 'src', kind: 'script' },
  { tag: 'img', attribute: 'src', kind: 'image' },
  { tag: 'img', attribute: 'srcset', kind: 'image', list: true },
  { tag: 'source', attribute: 'src', kind: 'image' },
  { tag: 'source', attribute: 'srcset', kind: 'image', list: true },
  { tag: 'input', attribute: 'src', kind: 'image', type: 'image' },
  { tag: 'video', attribute: 'poster', kind: 'image' },
];

/** Values that name no file to fetch: in-page anchors and the schemes a browser does not fetch over the network. */
export const NOT_A_FILE = '^(#|(data|blob|javascript|mailto|tel|about):)';

/** What the page's attribute values are, one table row at a time: the candidates of a list, else the value. */
export function candidates(source: PageFileSource, value: string): string[] {
  return source.list ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
}

/** Whether an element (its rel and type, as written) is one a row counts. */
export function rowApplies(source: PageFileSource, rel: string | undefined, type: string | undefined): boolean {
  if (source.rel) {
    const rels = (rel ?? '').toLowerCase().split(/\s+/);
    if (!source.rel.some((r) => rels.includes(r))) return false;
  }
  return !source.type || (type ?? '').toLowerCase() === source.type;
}
