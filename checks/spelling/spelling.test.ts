import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_RULES as RULES } from './rules.js';
import { createSpeller } from './speller.js';
import { cedilla, repeatedWord } from './rules.js';
import { apostrophesOf, capitalAccent, doubleSpace, frenchSpaces, ouForOu, punctuationSpace, unbalanced } from './typography.js';
import { preciseHits } from './grammar.js';
import { extractFromHtml, isNotProse, NOT_PROSE } from './extract.js';
import { parseHtml } from '../../src/web/html.js';
import { materializeSite } from '../../src/demo/site.js';
import { PLANTED_GRAMMAR, PLANTED_TYPOS } from '../../src/demo/variants.js';
import type { Report } from '../../src/report/model.js';
import { runCli } from '../../test/fixtures/cli.js';
import { failures, runCheck } from '../../test/fixtures/run-check.js';
import { serveDemo, tempDir } from '../../test/fixtures/sites.js';

const PAGES = ['/', '/offres.html', '/faq.html', '/mentions-legales.html'];
const FUNNEL = ['/souscription/etape-1.html', '/souscription/etape-2.html', '/souscription/etape-3.html'];
const WORDS = ['Élan'];

describe('spelling in the browser, on the French corpus', () => {
  let clean: Awaited<ReturnType<typeof serveDemo>>;
  let typos: Awaited<ReturnType<typeof serveDemo>>;
  before(async () => {
    [clean, typos] = await Promise.all([serveDemo('clean'), serveDemo('typos')]);
  });
  after(async () => Promise.all([clean.close(), typos.close()]));

  it('flags nothing on the clean corpus (precision: zero false positives)', async () => {
    const result = await runCheck('spelling', { baseUrl: clean.url, funnel: FUNNEL }, { pages: PAGES, words: WORDS });
    assert.deepEqual(
      result.evidence.filter((e) => e.level !== 'pass').map((e) => e.message),
      [],
    );
    assert.equal(result.status, 'pass');
    const words = Number(/^([\d,]+) words on 7 pages/.exec(result.summary)?.[1]?.replace(/,/g, ''));
    assert.ok(words > 1500, result.summary);
  });

  it('catches every planted typo, and nothing else (recall and precision)', async () => {
    const result = await runCheck('spelling', { baseUrl: typos.url, funnel: FUNNEL }, { pages: PAGES, words: WORDS, screenshots: 50 });
    const found = failures(result).map((e) => String(e.data?.word));
    const missed = PLANTED_TYPOS.filter((typo) => !found.some((word) => word.includes(typo.flag)));
    const extra = found.filter((word) => !PLANTED_TYPOS.some((typo) => word.includes(typo.flag)));
    assert.deepEqual(
      missed.map((t) => `${t.flag} (${t.kind})`),
      [],
      'missed typos',
    );
    assert.deepEqual(extra, [], 'false positives');
    assert.equal(found.length, PLANTED_TYPOS.length);
  });

  it('catches every planted grammar and typography mistake with its rule, and nothing else; without Grammalecte it says so', async () => {
    const site = await serveDemo('grammar');
    try {
      const result = await runCheck('spelling', { baseUrl: site.url }, { site: false, funnel: false, pages: PAGES, words: WORDS });
      const found = result.evidence.filter((e) => e.level === 'warn').map((e) => `${String(e.data?.rule)}: ${String(e.data?.word)}`);
      const missed = PLANTED_GRAMMAR.filter((p) => !found.some((f) => f.startsWith(`${p.rule}: `) && f.includes(p.flag.trim())));
      assert.deepEqual(
        missed.map((p) => `${p.rule}: ${p.flag} (${p.kind})`),
        [],
        'missed mistakes',
      );
      assert.equal(found.length, PLANTED_GRAMMAR.length, found.join('\n'));
      const agreement = result.evidence.find((e) => e.data?.rule === 'grammar' && String(e.data?.word).includes('toute réclamations'))!;
      // Either word can be fixed: the engine's first suggestion stands for both.
      assert.match(agreement.message, /agreement, "(toute|réclamations)": .* \(Grammalecte\)\)\. Suggestions: (toutes|réclamation)/);
      // The engine missing: the grammar is named as not checked, and the check does not pass.
      process.env.PRIMETIME_GRAMMALECTE_PYTHON = '/nowhere/python3';
      const without = await runCheck('spelling', { baseUrl: site.url }, { site: false, funnel: false, pages: ['/'], words: WORDS });
      assert.equal(without.status, 'warn');
      assert.match(without.evidence.find((e) => /^Grammar not checked/.test(e.message))!.message, /Grammalecte is not installed \(\/nowhere\/python3: /);
    } finally {
      delete process.env.PRIMETIME_GRAMMALECTE_PYTHON;
      await site.close();
    }
  });

  it('gives each finding its page, selector, sentence, suggestions, rule and a screenshot crop', async () => {
    const result = await runCheck('spelling', { baseUrl: typos.url, funnel: FUNNEL.slice(0, 1) }, { words: WORDS });
    const story = failures(result).find((e) => e.data?.word === 'çi-dessous')!;
    assert.match(story.target!, /\/souscription\/etape-1\.html$/);
    assert.equal(story.data?.rule, 'cedilla');
    assert.equal(story.data?.selector, 'body > main > form > p');
    assert.equal(story.data?.context, 'Renseignez les informations çi-dessous pour recevoir votre devis personnalisé.');
    assert.deepEqual((story.data?.suggestions as string[])[0], 'ci-dessous');
    assert.match(story.artifact!, /^spelling\/\d\d-ci-dessous\.png$/);
    const validation = failures(result).find((e) => e.data?.word === 'prénon')!;
    assert.equal(validation.data?.kind, 'text', 'the hidden validation message was read after the empty submit');
    assert.ok(result.artifacts.some((a) => a.path === story.artifact && a.kind === 'screenshot'));
  });

  it('does not read hidden validation messages without the empty submit', async () => {
    const result = await runCheck('spelling', { baseUrl: typos.url, funnel: FUNNEL.slice(0, 1) }, { words: WORDS, emptySubmit: false });
    assert.ok(!failures(result).some((e) => e.data?.word === 'prénon'));
  });

  it('runs the scripted actions to reach text shown after them', async () => {
    const funnel = [
      {
        url: FUNNEL[0]!,
        name: 'Coordonnées',
        actions: [
          { select: '#civilite', value: 'Madame' },
          { fill: '#prenom', value: 'Marie' },
          { fill: '#nom', value: 'Dupont' },
          { fill: '#courriel', value: 'marie@exemple.fr' },
          { click: 'button[type=submit]' },
        ],
      },
    ];
    const result = await runCheck('spelling', { baseUrl: typos.url, funnel }, { words: WORDS, emptySubmit: false });
    // Step 2 is reached by the click: its placeholder typo is read.
    assert.ok(
      failures(result).some((e) => e.data?.word === 'chifres' && /etape-2\.html/.test(e.target!)),
      JSON.stringify(failures(result).map((e) => e.data?.word)),
    );
  });

  it('a page that does not load is a finding, and a missing browser an error', async () => {
    const result = await runCheck('spelling', { baseUrl: clean.url, funnel: ['/souscription/absente.html'] }, { words: WORDS });
    assert.match(failures(result)[0]!.message, /Step 1 answered 404: its text could not be read/);
    const noBrowser = await runCheck('spelling', { baseUrl: clean.url, funnel: FUNNEL.slice(0, 1) }, {}, { browser: { executablePath: '/nowhere/chrome' } });
    assert.equal(noBrowser.status, 'error');
    assert.match(
      noBrowser.summary,
      /no Chrome, Chromium or Edge found \(looked at: browser\.executablePath=\/nowhere\/chrome \(missing\)\).*apt-get install -y chromium/,
    );
  });
});

describe('spelling of built HTML files, without a browser', () => {
  it('checks files matched by a glob, relative to the config, and reuses the repository cspell config', async () => {
    const dir = await tempDir();
    await materializeSite('typos', path.join(dir, 'dist'));
    const result = await runCheck('spelling', { baseUrl: 'http://127.0.0.1:9' }, { site: false, funnel: false, files: ['dist/souscription/*.html'] }, {}, dir);
    const found = failures(result).map((e) => String(e.data?.word));
    for (const word of ['çi-dessous', 'téléphonne', 'prénon', 'chifres', 'Électricté', 'reçevrez', 'Contiuer'])
      assert.ok(
        found.some((w) => w.includes(word)),
        `${word} in ${found.join(', ')}`,
      );
    assert.ok(failures(result).every((e) => /^dist\/souscription\/etape-\d\.html$/.test(e.target!)));
    // The repository's cspell.json is reused: its words pass (here, one of the planted typos); its language is not taken.
    await writeFile(path.join(dir, 'cspell.json'), JSON.stringify({ language: 'en', words: ['chifres'] }));
    const options = { site: false, funnel: false, files: ['dist/souscription/*.html'] };
    const withConfig = await runCheck('spelling', { baseUrl: 'http://127.0.0.1:9' }, options, {}, dir);
    assert.ok(!failures(withConfig).some((e) => e.data?.word === 'chifres'));
    assert.ok(
      failures(withConfig).some((e) => e.data?.word === 'téléphonne'),
      'the repository config adds words, never its language',
    );
    const ignoringIt = await runCheck('spelling', { baseUrl: 'http://127.0.0.1:9' }, { ...options, cspellConfig: false }, {}, dir);
    assert.ok(failures(ignoringIt).some((e) => e.data?.word === 'chifres'));
  });

  it('an engine that dies mid-read stops the check with the cause, never a pass nor a crash', async () => {
    const dir = await tempDir();
    await materializeSite('clean', path.join(dir, 'dist'));
    // Grammalecte's handshake, then gone at the first page: the process dies while the speller reads ahead.
    const dying = path.join(dir, 'dying-python');
    await writeFile(dying, '#!/bin/sh\necho \'{"version": "2.1.2"}\'\nread line\nexit 1\n', { mode: 0o755 });
    process.env.PRIMETIME_GRAMMALECTE_PYTHON = dying;
    try {
      const result = await runCheck('spelling', { baseUrl: 'http://127.0.0.1:9' }, { site: false, funnel: false, files: ['dist/**/*.html'] }, {}, dir);
      assert.equal(result.status, 'error', result.summary);
      assert.match(result.summary, /Grammalecte stopped/);
    } finally {
      delete process.env.PRIMETIME_GRAMMALECTE_PYTHON;
    }
  });

  it('skips with the reason when nothing matches', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'dist'));
    const result = await runCheck('spelling', { baseUrl: 'http://127.0.0.1:9' }, { site: false, funnel: false, files: ['dist/**/*.html'] }, {}, dir);
    assert.deepEqual([result.status, result.summary], ['skip', 'No file matches dist/**/*.html.']);
  });

  it('survives any HTML a real build leaves: no <html>, several, a BOM, conditional comments, empty, JSON, RSS, fragments, odd names, Latin-1', async () => {
    const dir = await tempDir();
    const site = path.join(dir, 'site');
    await mkdir(site);
    const files: Record<string, string | Buffer> = {
      'racine.html': 'Du texte à la racine du document, sans balise autour.',
      'sans-html.html': '<head><title>Tarifs</title></head><body><p>Nos tarifs réglementés.</p></body>',
      'plusieurs.html':
        '<!--[if IE 8]><html class="ie8" lang="fr"><![endif]--><!--[if !IE]><!--><html lang="fr"><!--<![endif]--><body><p>Bienvenue au club.</p></body></html>',
      'bom.html': '\n\uFEFF<!DOCTYPE html><html lang="fr"><body><p>Horaires des séances.</p></body></html>',
      'vide.html': '',
      'wp-json.html': '{"name":"Association","description":"Les jardins"}',
      'flux.html': '<?xml version="1.0"?><rss><channel><title>Actualités</title><item><title>Récolte</title></item></channel></rss>',
      'fragment.html': '<p>Une note du jardin.</p><ul><li>Semis</li></ul>',
      'index.html?p=5488.html': '<html lang="fr"><body><p>Compte rendu de la sortie.</p></body></html>',
      'r%C3%A9flexion.html': '<html lang="fr"><body><p>Réflexion sur la saison.</p></body></html>',
      'latin1.html': Buffer.from('<html lang="fr"><body><p>Été comme hiver, prévoyez un électricien.</p></body></html>', 'latin1'),
    };
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(site, name), content);
    const result = await runCheck('spelling', { baseUrl: 'http://127.0.0.1:9' }, { site: false, funnel: false, files: ['site/*.html'] }, {}, dir);
    assert.notEqual(result.status, 'error', result.summary);
    assert.deepEqual(
      failures(result).map((e) => e.message),
      [],
      'real French, correctly spelt, in every file (the Latin-1 one decoded as a browser would)',
    );
    // JSON, a feed and an empty file named .html are not pages: said, not read as prose.
    const notPages = result.evidence.filter((e) => e.level === 'info' && /^Not a page/.test(e.message)).map((e) => e.message);
    assert.deepEqual(notPages.sort(), ['Not a page (JSON): not read.', 'Not a page (XML): not read.', 'Not a page (an empty file): not read.']);
  });

  it('extracts labels, placeholders, options, alt, titles and the meta description', () => {
    const pieces = extractFromHtml(
      '<html><head><title>Titre</title><meta name="description" content="Résumé"></head><body><label for="a">Prénom</label><input id="a" placeholder="Marie"><select><option>Madame</option></select><img alt="Éolienne"><p hidden>Caché</p><input type="submit" value="Valider"></body></html>',
    );
    assert.deepEqual(
      pieces.map((p) => `${p.kind}:${p.text}`).sort(),
      ['alt:Éolienne', 'button:Valider', 'document title:Titre', 'label:Prénom', 'meta description:Résumé', 'option:Madame', 'placeholder:Marie'].sort(),
    );
  });

  it('leaves out what is not prose exactly as the NOT_PROSE selector says', () => {
    const root = parseHtml(
      '<body><p>Texte <code>x</code> <span translate="no">Marque</span> <span translate="yes">oui</span> <b class="a notranslate">n</b> <i class="notranslated">i</i>' +
        '<em spellcheck="false">s</em> <em spellcheck="true">t</em> <u data-primetime-ignore>u</u> <kbd>k</kbd> <svg><text>t</text></svg> <pre>p</pre> <script>1</script></p>' +
        '<math><mi>x</mi></math><template><p>t</p></template><noscript>n</noscript><var>v</var><samp>s</samp><style>a{}</style></body>',
    );
    const elements = root.querySelectorAll('*');
    assert.ok(elements.length > 20);
    for (const el of elements) assert.equal(isNotProse(el), el.matches(NOT_PROSE), el.toString().slice(0, 60));
    assert.equal(elements.filter(isNotProse).length, 15);
  });
});

describe('French that must never be flagged', () => {
  let speller: Awaited<ReturnType<typeof createSpeller>>;
  before(async () => {
    speller = await createSpeller({ languages: ['fr'], words: ['Élan', 'Wattéo'], ignoreWords: [], flagWords: [], rules: RULES });
  });
  /** What blocks or warns: unknown words are listed, not flagged. */
  const flagged = async (text: string) =>
    speller
      .check([{ text, selector: 'p', kind: 'text' }])
      .filter((f) => RULES[f.rule] !== 'info')
      .map((f) => f.word);

  it('elisions with a straight or a curly apostrophe', async () => {
    assert.deepEqual(
      await flagged("L'électricité d'origine renouvelable qu'il consomme, l’énergie qu’elle produit, jusqu’à aujourd’hui, s’il vous plaît."),
      [],
    );
  });
  it('hyphenated compounds', async () => {
    assert.deepEqual(await flagged('C’est-à-dire une offre éco-responsable, quarante-huit heures, votre e-mail, peut-être, vingt-quatre heures.'), []);
  });
  it('capitalised words at the start of a sentence, and brand names from the config', async () => {
    assert.deepEqual(await flagged('Électricité verte. Souscrivez chez Élan Énergie. Wattéo aussi. Énergie. Économies.'), []);
  });
  it('addresses, links, codes, phone numbers, prices and units', async () => {
    assert.deepEqual(
      await flagged(
        'Écrivez à bonjour@elan-energie.fr ou sur https://www.elan-energie.fr/offres-speciales, code EKW000638585, au 09 70 12 34 56 ou au +33 6 12 34 56 78 : 0,1952 €/kWh, 12,50 €/mois, 9 kVA, -10 %.',
      ),
      [],
    );
  });
  it('but flags what is wrong around them', async () => {
    assert.deepEqual(await flagged('Votre numero de telephone et votre électricitée.'), ['numero', 'telephone', 'électricitée']);
  });
  it('accepts English words only when asked', async () => {
    const both = await createSpeller({ languages: ['fr', 'en'], words: [], ignoreWords: [], flagWords: [], rules: RULES });
    assert.deepEqual(
      both.check([{ text: 'Votre telephone', selector: 'p', kind: 'text' }]).map((f) => f.word),
      [],
    );
  });
  it('flags words the config forbids', async () => {
    const strict = await createSpeller({ languages: ['fr'], words: [], ignoreWords: [], flagWords: ['Volta'], rules: RULES });
    assert.deepEqual(
      strict.check([{ text: 'Ancienne marque Volta', selector: 'p', kind: 'text' }]).map((f) => f.word),
      ['Volta'],
    );
  });
});

describe('rules beyond the dictionary', () => {
  it('cedilla: ç before e, i or y, never elsewhere', () => {
    assert.deepEqual(
      cedilla('çi-dessous, reçevoir, Çela').map((h) => [h.word, h.suggestions[0]]),
      [
        ['çi-dessous', 'ci-dessous'],
        ['reçevoir', 'recevoir'],
        ['Çela', 'Cela'],
      ],
    );
    assert.deepEqual(cedilla('reçu, français, garçon, ça, leçon'), []);
  });
  it('repeated words, except the French reflexive repeats', () => {
    assert.deepEqual(
      repeatedWord('dans le le mélange, de de la').map((h) => h.word),
      ['le le', 'de de'],
    );
    assert.deepEqual(repeatedWord('nous nous engageons, vous vous inscrivez, le lendemain'), []);
  });
  it('french spaces (a house style): a space before ; : ! ? and inside « »; non-breaking spaces accepted; times and links ignored', () => {
    assert.deepEqual(
      frenchSpaces('Attention: vraiment! Pourquoi? «Oui»').map((h) => h.word),
      [':', '!', '?', '«', '»'],
    );
    assert.deepEqual(frenchSpaces('Attention : vraiment\u202f! Pourquoi\u00a0? « Oui » à 20:00, voir https://a.fr/x?y=1 ou a@b.fr'), []);
  });
});

describe('typography a French reader notices', () => {
  it('a space before a comma or a period, a mark glued to the next word; decimals, ellipses, domains and initials are not', () => {
    assert.deepEqual(
      punctuationSpace('Nos offres , sans engagement . Bonjour,je suis là!Oui. La fin.Le début').map((h) => h.word.trim()),
      [',', '.', ',', '!', '.'],
    );
    assert.deepEqual(punctuationSpace('Il coûte 3,50 € . . . ou 0,5 % ; voir service-public.fr, M.Dupont et www.exemple.fr. Fin… Oui, bien.'), []);
  });
  it('"A" for "À" at the start of a sentence, and a capital without the accent its word needs', () => {
    const french = new Set(['état', 'école', 'énergie', 'elle', 'travers', 'été']);
    const hits = capitalAccent('A travers les champs. Etat des lieux, Ecole et Energie. Elle a un plan A de secours. Eric part.', (w) => french.has(w));
    assert.deepEqual(
      hits.map((h) => [h.word, h.suggestions[0]]),
      [
        ['A', 'À'],
        ['Etat', 'État'],
        ['Ecole', 'École'],
        ['Energie', 'Énergie'],
      ],
    );
  });
  it('a quote or bracket left open or closing nothing; list marks and smileys are neither', () => {
    assert.deepEqual(
      unbalanced('Le « forfait (heures creuses est là] et "vraiment').map((h) => h.word),
      ['«', '(', ']', '"'],
    );
    assert.deepEqual(unbalanced('1) Inscription. a) Paiement (voir « ici ») :) "ok" [note] (1 m, 2 m)'), []);
  });
  it('two spaces in a row as the page shows them: a non-breaking space beside another; single ones and thin ones in numbers are not', () => {
    const [read] = extractFromHtml('<p>Une   offre&nbsp; verte,\n  10&#8239;000 € et plus&nbsp;!</p>');
    assert.deepEqual(
      doubleSpace(read!.text).map((h) => [h.word, h.suggestions[0]]),
      [['offre\u00a0 verte,', 'offre verte,']],
    );
  });
  it('"ou" where only "où" can be meant: after a noun of place or time before a subject, and elided', () => {
    assert.deepEqual(
      ouForOu('Cliquez là ou vous voulez. D’ou vient-il ? Le jour ou j’arrive, au cas ou il pleut.').map((h) => h.suggestions[0]),
      ['là où', 'D’où', 'jour où', 'cas où'],
    );
    assert.deepEqual(ouForOu('Le jour ou la nuit, par chèque ou vous rendre en agence, ici ou là.'), []);
  });
  it('tells straight from curly apostrophes', () => {
    assert.deepEqual(apostrophesOf("l'offre et l’énergie"), { straight: true, curly: true });
    assert.deepEqual(apostrophesOf('aujourd’hui'), { straight: false, curly: true });
  });
});

describe('grammar findings kept from the engine', () => {
  const error = (start: number, end: number, rule = 'g2__gn_toute_nom__b2_a1_1', type = 'gn', line = '#1') => ({
    start,
    end,
    rule,
    line,
    type,
    message: 'Accord avec “toute”.',
    suggestions: ['information'],
  });
  const text = 'Pour toute demandes, contactez-nous dès maintenant.';
  it('one finding a defect, named by its words, with the engine’s suggestion', () => {
    const hits = preciseHits(text, [error(11, 19), error(5, 10, 'g2__gn_toute_nom__b2_a2_1')]);
    assert.deepEqual(
      hits.map((h) => [h.rule, h.word, h.suggestions[0]]),
      [['grammar', 'Pour toute demandes', 'information']],
    );
    assert.match(hits[0]!.message, /^agreement, "toute": Accord avec “toute”\. \(Grammalecte\)$/);
  });
  it('leaves out imprecise rules, groups primetime does itself, headlines, names and capitals', () => {
    assert.deepEqual(preciseHits(text, [error(11, 19, 'g3__gn_start_2m__b1_a1_1')]), []);
    assert.deepEqual(preciseHits(text, [error(11, 19, 'typo_virgule', 'typo')]), []);
    assert.deepEqual(preciseHits('Responsable tarifs', [error(12, 18)]), []);
    assert.deepEqual(preciseHits('Bienvenue au moulin de la Garenne, près de Blois.', [error(23, 25)]), []);
    assert.deepEqual(preciseHits('LA BOUTIQUE OUVRE À PARTIR DU 2 MAI.', [error(3, 11, 'g2__conf_à_a_infinitif', 'conf')]), []);
  });
});

describe('what real French pages hold, never a blocking finding (the false alarms measured on real sites)', () => {
  let speller: Awaited<ReturnType<typeof createSpeller>>;
  before(async () => {
    speller = await createSpeller({ languages: ['fr'], words: [], ignoreWords: [], flagWords: [], rules: RULES });
  });
  const blocking = (text: string, lang?: string) =>
    speller
      .check([{ text, selector: 'p', kind: 'text', lang }])
      .filter((f) => RULES[f.rule] === 'error')
      .map((f) => f.word);
  const listed = (text: string) =>
    speller
      .check([{ text, selector: 'p', kind: 'text' }])
      .filter((f) => f.rule === 'unknown-word')
      .map((f) => f.word);

  it('acronyms and all-caps names', () => {
    assert.deepEqual(blocking('Créez votre SASU, déclarez-la à la CNIL selon le RGPD ; ENEDIS relève le compteur Linky.'), []);
  });
  it('English words and social networks: listed once, never blocking', () => {
    const text = 'Suivez-nous sur Facebook et LinkedIn, abonnez-vous à la newsletter, revoyez le replay du webinar. Sign in.';
    assert.deepEqual(blocking(text), []);
    assert.ok(listed(text).includes('webinar'), String(listed(text)));
  });
  it('proper nouns inside a sentence', () => {
    assert.deepEqual(blocking('Rencontrez Maëlys Kerbrat à Plougastel-Daoulas, puis Gwenaëlle au salon Enerpresse.'), []);
  });
  it('names with capitals or digits inside stay whole: EcoWatt, iPhone, 4G, B2B', () => {
    assert.deepEqual(blocking('Le signal EcoWatt arrive sur votre iPhone en 4G, offre B2B comprise.'), []);
  });
  it('inclusive writing', () => {
    assert.deepEqual(blocking('Nos animateur·ice·s et les salarié·e·s accueillent chaque étudiant.e dès lundi.'), []);
  });
  it('domains, paths, handles and hashtags', () => {
    assert.deepEqual(blocking('Voir service-public.fr, www.impots.gouv.fr et /etc/apt/sources.list, écrivez à @ekwateur avec #EnergieVerte.'), []);
  });
  it('hyphenated compounds with the usual prefixes', () => {
    assert.deepEqual(blocking('Un projet co-construit, éco-responsable, néo-rural, porté par l’ex-président et un cyber-attaquant repenti.'), []);
  });
  it('both official orthographies (1990 reform and classic)', () => {
    assert.deepEqual(blocking('La maitrise de la chaine, un évènement à connaitre ; la maîtrise de la chaîne, un événement à connaître.'), []);
  });
  it('decomposed accents are read as one letter', () => {
    assert.deepEqual(blocking('L’e\u0301lectricite\u0301 verte est moins che\u0300re.'), []);
  });
  it('text in another language: skipped, or checked in English when asked', async () => {
    assert.deepEqual(blocking('Sign in to your acount', 'en'), []);
    const both = await createSpeller({ languages: ['fr', 'en'], words: [], ignoreWords: [], flagWords: [], rules: RULES });
    assert.deepEqual(
      both.check([{ text: 'Your electricty bill', selector: 'p', kind: 'text', lang: 'en' }]).map((f) => f.word),
      [],
      'English text is not judged by the French typo rules',
    );
    assert.deepEqual(blocking('Read the terms of service before you sign the contract with the supplier.'), [], 'a piece of mostly English words is English');
  });
  it('derived agent nouns of known verbs', () => {
    assert.deepEqual(blocking('Un archiveur et un coloriseur pour les fichiers.'), []);
  });
});

describe('likely typos block, with the near word as the first suggestion', () => {
  let speller: Awaited<ReturnType<typeof createSpeller>>;
  before(async () => {
    speller = await createSpeller({ languages: ['fr'], words: [], ignoreWords: [], flagWords: [], rules: RULES });
  });
  const typos = (text: string) =>
    speller
      .check([{ text, selector: 'p', kind: 'text' }])
      .filter((f) => RULES[f.rule] === 'error')
      .map((f) => `${f.word}→${f.suggestions[0]}`);

  it('swapped, doubled, missing or wrong letters and accents', () => {
    assert.deepEqual(typos('Le processsus nuémrique pour accèder à votre électricitée est simple.'), [
      'processsus→processus',
      'nuémrique→numérique',
      'accèder→accéder',
      'électricitée→électricité',
    ]);
  });
  it('a French word written without its accents, even when English has it', () => {
    assert.deepEqual(typos('Voir les details et la video de la creation.'), ['details→détails', 'video→vidéo', 'creation→création']);
  });
  it('at the start of a sentence, and a capitalised near miss of a common word inside one', () => {
    assert.deepEqual(typos('Électricté verte. Souscrivez chez Élan Énergei.'), ['Électricté→Électricité', 'Énergei→Énergie']);
  });
  it('lorem ipsum is placeholder text', () => {
    const found = speller.check([{ text: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.', selector: 'p', kind: 'text' }]);
    assert.deepEqual(
      found.map((f) => f.rule),
      ['placeholder'],
    );
  });
});

describe('reading as a reader reads', () => {
  it('inline elements do not split words; code is not prose and leaves a gap; what the team marks ignored is not read', () => {
    const pieces = extractFromHtml(
      '<html lang="fr"><body><p><strong>D</strong>isponibilité immédiate</p><p>Identifiez vos disques durs en <code>lsblk</code> en affichant la liste.</p><pre>npm install --save-exact</pre><p translate="no">Ekwateur SAS</p><p data-primetime-ignore>Pour toute informations</p><p lang="en">Sign in</p></body></html>',
    );
    assert.deepEqual(
      pieces.map((p) => [p.text, p.lang]),
      [
        ['Disponibilité immédiate', 'fr'],
        ['Identifiez vos disques durs en ⋯ en affichant la liste.', 'fr'],
        ['Sign in', 'en'],
      ],
    );
  });
});

describe('a whole site, grouped: one defect is one finding', () => {
  it('reads the home page by default, and reports a typo seen on several pages once, with its pages', async () => {
    const dir = await tempDir();
    const page = (body: string) => `<html lang="fr"><body><main>${body}</main><footer>Mentions légals</footer></body></html>`;
    await mkdir(path.join(dir, 'site'));
    await writeFile(path.join(dir, 'site', 'a.html'), page('<p>Bienvenue chez Kerbrat.</p>'));
    await writeFile(path.join(dir, 'site', 'b.html'), page('<p>Nos offres pour Kerbrat.</p>'));
    await writeFile(path.join(dir, 'site', 'c.html'), page('<p>Contactez Kerbrat.</p>'));
    const result = await runCheck('spelling', { baseUrl: 'http://127.0.0.1:9' }, { site: false, funnel: false, files: ['site/*.html'] }, {}, dir);
    const blocking = failures(result);
    assert.deepEqual(
      blocking.map((e) => [e.data?.word, e.data?.count, (e.data?.pages as string[]).length]),
      [['légals', 3, 3]],
    );
    assert.match(blocking[0]!.message, /Also on 2 more pages/);
    const info = result.evidence.filter((e) => e.level === 'info').map((e) => e.message);
    assert.ok(
      info.some((m) => /probably the site's own vocabulary: Kerbrat/.test(m)),
      info.join('\n'),
    );
    const home = await runCheck('spelling', { baseUrl: 'http://127.0.0.1:9' }, {}, {}, dir);
    assert.equal(home.status, 'fail', 'the home page is read by default, so an unreachable one is a finding');
    assert.match(failures(home)[0]!.message, /^Home page /);
  });
});

describe('the empty submit never sends a form (a server counts every request)', () => {
  const requests: string[] = [];
  let server: http.Server;
  let url = '';
  const PAGES: Record<string, string> = {
    // A plain form the browser would post: nothing is required, no script stops it.
    '/poste.html': '<form method="post" action="/envoi"><label>Nom <input name="nom"></label><button>Envoyer</button></form>',
    // The site's script validates, shows its message, and posts with fetch when it thinks it may.
    '/script.html':
      '<form id="f" method="post" action="/envoi" novalidate><input name="nom" required><p id="m" hidden>Veuillez indiquer votre prénon.</p><button>Envoyer</button></form><script>document.getElementById("f").addEventListener("submit",(e)=>{e.preventDefault();document.getElementById("m").hidden=false;fetch("/api/contact",{method:"POST",body:"x"});navigator.sendBeacon("/api/beacon","x");});</script>',
    // A script that leaves the page however the submit ends.
    '/depart.html':
      '<form id="f" action="/ailleurs.html"><button>Rechercher</button></form><script>document.getElementById("f").addEventListener("submit",()=>{location.href="/ailleurs.html";});</script>',
    '/ailleurs.html': '<p>Une pagge d’erreurr que personne ne doit lire.</p>',
  };
  before(async () => {
    server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      const body = PAGES[req.url ?? ''];
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body ? `<!doctype html><html lang="fr"><head><title>Contact</title></head><body>${body}</body></html>` : 'absent');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads the messages the submit reveals, and nothing leaves the browser but GETs of the pages it opens', async () => {
    requests.length = 0;
    const result = await runCheck('spelling', { baseUrl: url, home: '/poste.html', pages: ['/script.html', '/depart.html'] });
    assert.deepEqual(
      requests.filter((r) => !r.startsWith('GET ') || /envoi|api|ailleurs/.test(r)),
      [],
      'no POST, no beacon, no navigation away',
    );
    assert.ok(
      failures(result).some((e) => e.data?.word === 'prénon'),
      `the message the site script revealed was read: ${JSON.stringify(result.evidence.map((e) => e.message))}`,
    );
    const notChecked = result.evidence.find((e) => e.level === 'info' && /depart\.html/.test(e.target ?? ''));
    assert.match(
      notChecked?.message ?? '',
      /validation messages not checked: the form leaves the page when submitted \(primetime blocked it; nothing was sent\)/,
    );
    assert.ok(!result.evidence.some((e) => /pagge|erreurr|ailleurs/.test(e.message)), 'the page it would have reached is never read as the site');
  });

  it('a scripted action that would post the form fails with the reason, and sends nothing', async () => {
    requests.length = 0;
    const funnel = [{ url: '/poste.html', name: 'Contact', actions: [{ fill: 'input[name=nom]', value: 'Dupont' }, { click: 'button' }] }];
    const result = await runCheck('spelling', { baseUrl: url, funnel }, { site: false, emptySubmit: false });
    assert.deepEqual(
      requests.filter((r) => !r.startsWith('GET ')),
      [],
    );
    assert.match(failures(result)[0]?.message ?? '', /Contact: a scripted action failed.*would have sent POST .*\/envoi, which primetime never does/);
  });
});

/**
 * A folder with one built page (site/a.html) and a config that spells it in files mode; the live site answers (a run
 * whose home page does not is NO-GO), the words are read from the built file.
 */
async function builtSite(html: string): Promise<string> {
  const dir = await tempDir();
  await mkdir(path.join(dir, 'site'));
  await writeFile(path.join(dir, 'site', 'a.html'), html);
  const live = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Accueil</p>'));
  await new Promise<void>((resolve) => live.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => live.close(() => resolve())));
  await writeFile(
    path.join(dir, 'primetime.yml'),
    `event: { name: T, audience: 1000, reach: 10% }\nsite: { baseUrl: 'http://127.0.0.1:${(live.address() as AddressInfo).port}' }\nchecks:\n  spelling: [error, { site: false, funnel: false, files: ['site/*.html'] }]\nreport: { formats: [json] }\n`,
  );
  return dir;
}

describe('primetime spelling --baseline (the built CLI)', () => {
  it('records the words the site already uses, so later runs flag only new ones', async () => {
    const dir = await builtSite('<html lang="fr"><body><p>Bienvenue chez Kerbrat, votre fournissseur.</p></body></html>');
    assert.equal((await runCli(['spelling'], { cwd: dir })).code, 1);
    const baseline = await runCli(['spelling', '--baseline'], { cwd: dir });
    assert.equal(baseline.code, 0, baseline.stderr);
    assert.match(baseline.stderr, /Baseline: 1 unknown words and 1 likely typos added to primetime\.words\.txt/);
    const words = await readFile(path.join(dir, 'primetime.words.txt'), 'utf8');
    assert.match(words, /# Unknown words[^\n]*\nKerbrat {2}# ×1, site\/a\.html\n/);
    assert.match(words, /# Likely typos[^\n]*better fixed on the site[^\n]*\nfournissseur /);
    assert.equal((await runCli(['spelling'], { cwd: dir })).code, 0, 'the baselined words pass');
    await writeFile(path.join(dir, 'site', 'b.html'), '<html lang="fr"><body><p>Une nouvele offre chez Kerbrat.</p></body></html>');
    const later = await runCli(['spelling', '--format', 'json'], { cwd: dir });
    assert.equal(later.code, 1);
    const report = JSON.parse(await readFile(path.join(dir, 'primetime-report', 'report.json'), 'utf8')) as Report;
    assert.deepEqual(
      report.checks[0]!.evidence.filter((e) => e.level === 'fail').map((e) => e.data?.word),
      ['nouvele'],
    );
  });

  it("round-trips any word it can flag (apostrophes, hyphens, capitals, accents) and keeps a person's comments and order", async () => {
    const dir = await builtSite(
      '<html lang="fr"><body><p>Concert des Trock’Son et des Bal’Tazar au Kerbrat-Ébène, avec Élouan Zégrèl ce soir, chez votre fournissseur.</p></body></html>',
    );
    // A person's file: comments, blank lines, their order, and a word typed with a straight apostrophe.
    const mine = "# Our words, checked by the web team\nZégrèl  # the singer\nTrock'Son\n\n# Places\nKerbrat-Ébène\n";
    await writeFile(path.join(dir, 'primetime.words.txt'), mine);
    const listed = async () => {
      const run = await runCli(['spelling', '--format', 'json'], { cwd: dir });
      const report = JSON.parse(await readFile(path.join(dir, 'primetime-report', 'report.json'), 'utf8')) as Report;
      const words = report.checks[0]!.evidence.map((e) => e.data?.word).filter((w): w is string => typeof w === 'string');
      return { code: run.code, summary: report.checks[0]!.summary, words };
    };
    const before = await listed();
    assert.equal(before.code, 1);
    assert.deepEqual(
      before.words.filter((w) => /Trock|Kerbrat|Zégrèl/.test(w)),
      [],
      'the words of the file are accepted, whatever the apostrophe',
    );
    assert.equal((await runCli(['spelling', '--baseline'], { cwd: dir })).code, 0);
    const once = await readFile(path.join(dir, 'primetime.words.txt'), 'utf8');
    assert.ok(once.startsWith(mine), `the person's lines first, as written:\n${once}`);
    assert.match(once, /\nBal’Tazar {2}# ×1/);
    const later = await listed();
    assert.equal(later.code, 0, later.summary);
    assert.deepEqual(later.words, [], 'nothing the baseline wrote is listed again');
    assert.equal((await runCli(['spelling', '--baseline'], { cwd: dir })).code, 0);
    assert.equal(await readFile(path.join(dir, 'primetime.words.txt'), 'utf8'), once, 'a second baseline adds nothing and removes nothing');
  });
});
