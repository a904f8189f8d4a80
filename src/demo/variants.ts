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
  /** Paths whose first two requests are slow (a busy script and a delay), later ones fast: a cold start. */
  coldStart?: string[];
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

export interface PlantedTypo {
  file: string;
  from: string;
  to: string;
  /** What the spelling check must flag. */
  flag: string;
  /** Where a visitor meets it and what kind of mistake it is. */
  kind: string;
}

/** Mistakes of many kinds, in every place a visitor reads text: the spelling check's recall is measured on them. */
export const PLANTED_TYPOS: PlantedTypo[] = [
  { file: 'souscription/etape-1.html', from: 'informations ci-dessous', to: 'informations çi-dessous', flag: 'çi-dessous', kind: "cedilla, the story's typo" },
  { file: 'souscription/etape-1.html', from: 'Numéro de téléphone', to: 'Numéro de téléphonne', flag: 'téléphonne', kind: 'doubled letter, in a label' },
  { file: 'souscription/etape-1.html', from: 'votre prénom.</p>', to: 'votre prénon.</p>', flag: 'prénon', kind: 'wrong letter, in a validation message' },
  {
    file: 'souscription/etape-1.html',
    from: '<title>Souscription, étape',
    to: '<title>Souscripton, étape',
    flag: 'Souscripton',
    kind: 'missing letter, in the document title',
  },
  {
    file: 'souscription/etape-2.html',
    from: 'Numéro de point de livraison',
    to: 'Numero de point de livraison',
    flag: 'Numero',
    kind: 'missing accent, in a label',
  },
  { file: 'souscription/etape-2.html', from: '14 chiffres, sur', to: '14 chifres, sur', flag: 'chifres', kind: 'missing letter, in a placeholder' },
  {
    file: 'souscription/etape-2.html',
    from: '<option>Électricité seule',
    to: '<option>Électricté seule',
    flag: 'Électricté',
    kind: 'missing letter, in an option',
  },
  { file: 'souscription/etape-2.html', from: 'alt="Élan Énergie"', to: 'alt="Élan Énergei"', flag: 'Énergei', kind: 'swapped letters, in an image text' },
  { file: 'souscription/etape-3.html', from: 'Vous recevrez un courriel', to: 'Vous reçevrez un courriel', flag: 'reçevrez', kind: 'cedilla before e' },
  { file: 'souscription/etape-3.html', from: '>Continuer<', to: '>Contiuer<', flag: 'Contiuer', kind: 'missing letter, on a button' },
  {
    file: 'index.html',
    from: 'en cinq minutes à une offre',
    to: 'en cinq minuttes à une offre',
    flag: 'minuttes',
    kind: 'doubled letter, in the meta description',
  },
  { file: 'offres.html', from: '<li>Une électricité d’origine', to: '<li>Une éléctricité d’origine', flag: 'éléctricité', kind: 'wrong accent' },
  { file: 'faq.html', from: 'aucune démarche', to: 'aucune démmarche', flag: 'démmarche', kind: 'doubled letter' },
  {
    file: 'faq.html',
    from: 'Le changement de fournisseur est gratuit, et',
    to: 'Le changement de fournissseur est gratuit, et',
    flag: 'fournissseur',
    kind: 'tripled letter',
  },
  { file: 'faq.html', from: 'Le prélèvement est le plus simple', to: 'Le prélévement est le plus simple', flag: 'prélévement', kind: 'wrong accent' },
  { file: 'faq.html', from: 'augmente dans le mélange', to: 'augmente dans le le mélange', flag: 'le le', kind: 'repeated word' },
  { file: 'faq.html', from: 'Il est accessible depuis', to: 'Il est accesible depuis', flag: 'accesible', kind: 'missing letter' },
  {
    file: 'mentions-legales.html',
    from: 'fourniture d’électricité et de gaz',
    to: 'fourniture d’électricitée et de gaz',
    flag: 'électricitée',
    kind: 'agreement the dictionary can see',
  },
];

/** Grammar and typography mistakes a French reader notices, each where the rule that must flag it can see it. */
export const PLANTED_GRAMMAR: (PlantedTypo & { rule: 'grammar' | 'punctuation-space' | 'capital-accent' | 'unbalanced' })[] = [
  {
    file: 'mentions-legales.html',
    from: 'Pour toute réclamation,',
    to: 'Pour toute réclamations,',
    flag: 'toute réclamations',
    kind: 'agreement',
    rule: 'grammar',
  },
  { file: 'offres.html', from: 'vous aident à comparer', to: 'vous aident a comparer', flag: 'a comparer', kind: '"a" for "à"', rule: 'grammar' },
  {
    file: 'faq.html',
    from: 'pour tous les fournisseurs.',
    to: 'pour tous les fournisseur.',
    flag: 'les fournisseur',
    kind: 'agreement after "les"',
    rule: 'grammar',
  },
  {
    file: 'mentions-legales.html',
    from: 'pour vous rétracter,',
    to: 'pour vous rétractez,',
    flag: 'rétractez',
    kind: 'infinitive after "pour"',
    rule: 'grammar',
  },
  {
    file: 'mentions-legales.html',
    from: 'après nous avoir contactés,',
    to: 'après nous avoir contacter,',
    flag: 'avoir contacter',
    kind: 'past participle after "avoir"',
    rule: 'grammar',
  },
  { file: 'faq.html', from: '(appel non surtaxé)', to: '(appel non surtaxé', flag: '(', kind: 'a bracket left open', rule: 'unbalanced' },
  { file: 'faq.html', from: 'gratuit, et aucun frais', to: 'gratuit , et aucun frais', flag: ' ,', kind: 'a space before a comma', rule: 'punctuation-space' },
  { file: 'faq.html', from: 'À la date anniversaire', to: 'A la date anniversaire', flag: 'A', kind: '"A" for "À"', rule: 'capital-accent' },
  { file: 'faq.html', from: 'fixées par l’État', to: 'fixées par l’Etat', flag: 'Etat', kind: 'a capital without its accent', rule: 'capital-accent' },
];

/** One edit per file that applies that file's replacements, failing loudly when the clean text moved on. */
function editsFrom(typos: PlantedTypo[]): Variant['edits'] {
  const files = [...new Set(typos.map((t) => t.file))];
  return Object.fromEntries(
    files.map((file) => [
      file,
      (html: string) =>
        typos
          .filter((t) => t.file === file)
          .reduce((text, typo) => {
            if (!text.includes(typo.from)) throw new Error(`planted typo: "${typo.from}" is not in ${file} any more`);
            return text.replace(typo.from, typo.to);
          }, html),
    ]),
  );
}

export const VARIANTS = {
  clean: variant('The clean site: every check passes.'),
  typo: variant('The story\'s typo: "çi-dessous" on the first subscription step.', { edits: editsFrom(PLANTED_TYPOS.slice(0, 1)) }),
  typos: variant(`${PLANTED_TYPOS.length} planted typos of many kinds, in text, labels, placeholders, options, buttons, titles and validation messages.`, {
    edits: editsFrom(PLANTED_TYPOS),
  }),
  grammar: variant(
    `${PLANTED_GRAMMAR.length} planted grammar and typography mistakes (agreement, a/à, verb forms, a space before a comma, accentless capitals, a bracket left open).`,
    {
      edits: editsFrom(PLANTED_GRAMMAR),
    },
  ),
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
  flaky: variant('The home page is slow for its first requests (a cold start), then fast: Lighthouse runs disagree.', {
    server: { cdn: false, coldStart: ['/'] },
  }),
  overflow: variant('A 1,200 px table makes the home page scroll sideways on phones (not on tablets and laptops).', {
    // The wrapper scrolls on its own from 700 px up: the media query was written the wrong way round.
    edits: {
      'index.html': (html) =>
        insertBefore(
          '</head>',
          '<style>@media (min-width: 700px) { .tarifs { overflow-x: auto; } }</style>\n',
        )(
          insertBefore(
            '</main>',
            '<div class="tarifs"><table style="width:1200px"><tr><td>Tarifs détaillés par option et par puissance souscrite</td></tr></table></div>\n',
          )(html),
        ),
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
