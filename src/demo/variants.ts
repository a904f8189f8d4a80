/**
 * The demo site in variants: the clean site, and versions with one deliberate defect each, so every check can be
 * proven on both its pass and its fail. A variant is a set of edits to the clean files plus how the server behaves.
 */
export interface ServerBehaviour {
  /** Unknown paths: the branded 404, the web server's stock page, a 200 with the home page, or an empty 404. */
  notFound: 'custom' | 'stock' | 'soft' | 'empty';
  /** /erreurs/force-503: the branded 503 page, or the server's stock 503. */
  forcedError: 'custom' | 'stock';
  /** Paths answered after a delay (ms). */
  delays: Record<string, number>;
  /** An edge cache in front (like a CDN): x-cache HIT/MISS and age on what Cache-Control lets it keep. */
  cdn: boolean;
  /** Cache-Control of HTML pages. */
  htmlCacheControl: string;
  /** Adds the Server header nginx sends by default (with its version). */
  serverHeader?: string;
  /** Leaves out the security headers. */
  bareHeaders?: boolean;
  /** Set-Cookie on every HTML page. */
  cookie?: string;
}

export interface Variant {
  description: string;
  /** Path → edit of the clean file's text (a path missing from the clean site adds a file). */
  edits: Record<string, (html: string) => string>;
  /** Paths removed from the clean site. */
  remove: string[];
  server: ServerBehaviour;
}

const CLEAN: ServerBehaviour = {
  notFound: 'custom',
  forcedError: 'custom',
  delays: {},
  cdn: true,
  htmlCacheControl: 'public, max-age=60, s-maxage=300',
  cookie: 'elan_session=demo; Path=/; Secure; HttpOnly; SameSite=Lax',
};
const variant = (description: string, parts: Partial<Omit<Variant, 'description' | 'server'>> & { server?: Partial<ServerBehaviour> } = {}): Variant => ({
  description,
  edits: parts.edits ?? {},
  remove: parts.remove ?? [],
  server: { ...CLEAN, ...parts.server },
});

const insertBefore = (marker: string, addition: string) => (html: string) => html.replace(marker, addition + marker);

export const VARIANTS = {
  clean: variant('The clean site: every check passes.'),
  typo: variant('The story\'s typo: "çi-dessous" on the first subscription step.', {
    edits: { 'souscription/etape-1.html': (html) => html.replace('ci-dessous', 'çi-dessous') },
  }),
  'stock-503': variant("A real 503 shows the web server's bare stock page.", { server: { forcedError: 'stock' } }),
  'stock-404': variant("Unknown paths get the web server's stock 404 page.", { server: { notFound: 'stock' } }),
  'soft-404': variant('Unknown paths answer 200 with the home page.', { server: { notFound: 'soft' } }),
  'empty-404': variant('Unknown paths answer 404 with an empty body.', { server: { notFound: 'empty' } }),
  'planb-missing-css': variant("The plan-B page's stylesheet is missing.", { remove: ['assets/secours.css'] }),
  'no-cdn': variant('No CDN in front: nothing is ever served from a cache.', { server: { cdn: false } }),
  'uncacheable-home': variant('The home page is marked private, no-store: every visitor reaches the origin.', {
    server: { htmlCacheControl: 'private, no-store' },
  }),
  'weak-headers': variant('No security headers, the server version disclosed, a cookie without flags.', {
    server: { bareHeaders: true, serverHeader: 'nginx/1.22.1', cookie: 'elan_session=demo; Path=/' },
  }),
  overflow: variant('A 1,200 px table makes the home page scroll sideways on phones.', {
    edits: {
      'index.html': insertBefore('</main>', '<table style="width:1200px"><tr><td>Tarifs détaillés par option et par puissance souscrite</td></tr></table>\n'),
    },
  }),
  'no-viewport': variant('The home page has no meta viewport.', {
    edits: { 'index.html': (html) => html.replace(/<meta name="viewport"[^>]*>\n/, '') },
  }),
  'hidden-cta': variant('The "Souscrire" call to action is hidden below 400 px.', {
    edits: { 'index.html': insertBefore('</head>', '<style>@media (max-width: 400px) { #souscrire { display: none; } }</style>\n') },
  }),
  'console-error': variant('The home page throws a script error.', {
    edits: { 'index.html': insertBefore('</body>', '<script>window.elanTarifs.charger();</script>\n') },
  }),
  'broken-image': variant('The home page shows an image that does not exist.', {
    edits: { 'index.html': insertBefore('</main>', '<img src="/assets/eolienne.jpg" alt="Une éolienne" width="320" height="200">\n') },
  }),
  slow: variant('The home page is slow and heavy.', {
    edits: {
      'index.html': insertBefore('</body>', '<script>const fin = Date.now() + 1500; while (Date.now() < fin) {}</script>\n'),
    },
    server: { delays: { '/': 1_500, '/index.html': 1_500 } },
  }),
} satisfies Record<string, Variant>;

export type VariantName = keyof typeof VARIANTS;
export const VARIANT_NAMES = Object.keys(VARIANTS) as VariantName[];
