/**
 * The speller: cspell with its French dictionary (loaded once per run), our rules, and offsets mapped back to
 * each piece of text. French by default; `minWordLength: 2`, or "çi" would never be looked at.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { cedilla, repeatedWord, typography, type RuleHit, type RuleId } from './rules.js';

export interface TextPiece {
  text: string;
  /** Where a visitor reads it: a CSS selector, or the attribute (placeholder of #email…). */
  selector: string;
  kind: string;
}

export interface SpellingFinding extends RuleHit {
  piece: TextPiece;
  /** The sentence around the word. */
  context: string;
}

export interface SpellerOptions {
  languages: string[];
  words: string[];
  ignoreWords: string[];
  flagWords: string[];
  /** A repository's cspell config (cspell.json, .cspell.json, cspell.config.yaml…): its words and dictionaries are reused. */
  configFile?: string;
  rules: Record<RuleId, 'off' | 'warn' | 'error'>;
}

/**
 * Words of French web copy missing from the dictionary: prefixes written alone in compounds ("éco-responsable")
 * and units. Brands belong in the config's `words`.
 */
const FRENCH_WEB_WORDS = ['éco', 'kWh', 'MWh', 'kVA', 'kW', 'TTC', 'HT'];

/** Promo codes (EKW000638585), phone numbers, prices and units: never words to check. */
const IGNORE_PATTERNS = [
  'Email',
  'Urls',
  '/[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+/g',
  '/\\b[A-Z]{2,}[0-9][A-Z0-9]{3,}\\b/g',
  '/(?:\\+33\\s?|\\b0)[1-9](?:[\\s.-]?\\d{2}){4}\\b/g',
  '/\\b\\d+(?:[.,]\\d+)?\\s?(?:€|%|kWh|MWh|kVA|kW)(?:\\/\\p{L}+)?/gu',
];

const DICTIONARY_PACKAGES: Record<string, string> = { fr: '@cspell/dict-fr-fr/cspell-ext.json', en: '@cspell/dict-en_us/cspell-ext.json' };

export async function createSpeller(options: SpellerOptions) {
  const cspell = await import('cspell-lib');
  const require = createRequire(import.meta.url);
  const imports = options.languages.filter((l) => DICTIONARY_PACKAGES[l] && l !== 'en').map((l) => require.resolve(DICTIONARY_PACKAGES[l]!));
  let settings: Record<string, unknown> = {
    import: imports,
    language: options.languages.join(','),
    minWordLength: 2,
    words: [...FRENCH_WEB_WORDS, ...options.words],
    ignoreWords: options.ignoreWords,
    flagWords: options.flagWords,
    ignoreRegExpList: IGNORE_PATTERNS,
  };
  if (options.configFile) {
    // Reuse the repository's vocabulary, never its language (a code base's config is often English).
    const found = (await cspell.readSettings(path.resolve(options.configFile))) as unknown as Record<string, unknown>;
    const pick = (key: string) => (found[key] as unknown[] | undefined) ?? [];
    settings = {
      ...settings,
      words: [...(settings.words as string[]), ...(pick('words') as string[])],
      ignoreWords: [...options.ignoreWords, ...(pick('ignoreWords') as string[])],
      flagWords: [...options.flagWords, ...(pick('flagWords') as string[])],
      dictionaryDefinitions: pick('dictionaryDefinitions'),
      dictionaries: pick('dictionaries'),
      ignoreRegExpList: [...IGNORE_PATTERNS, ...(pick('ignoreRegExpList') as string[])],
    };
  }
  let documents = 0;

  return {
    /** Checks every piece of one page in a single pass. */
    async check(pieces: TextPiece[]): Promise<SpellingFinding[]> {
      // One document per page, a piece per line: one call, offsets mapped back through line starts.
      const lines = pieces.map((p) => p.text.replace(/\s+/g, ' '));
      const starts: number[] = [];
      let cursor = 0;
      for (const line of lines) {
        starts.push(cursor);
        cursor += line.length + 1;
      }
      const text = lines.join('\n');
      const findings: SpellingFinding[] = [];
      const locate = (offset: number) => {
        let i = starts.length - 1;
        while (i > 0 && starts[i]! > offset) i--;
        return i;
      };
      const add = (hit: RuleHit, index: number) => {
        const line = lines[index]!;
        findings.push({ ...hit, piece: pieces[index]!, context: sentenceAround(line, hit.offset, hit.word.length) });
      };
      if (options.rules.spelling !== 'off') {
        const result = await cspell.spellCheckDocument(
          { uri: `file:///primetime/page-${documents++}.txt`, text, languageId: 'plaintext' },
          { generateSuggestions: true, noConfigSearch: true },
          settings as never,
        );
        if (result.errors?.length) throw new Error(`the spell checker failed: ${result.errors.map((e) => e.message).join('; ')}`);
        for (const issue of result.issues) {
          const index = locate(issue.offset);
          add(
            {
              rule: 'spelling',
              offset: issue.offset - starts[index]!,
              word: issue.text,
              message: `"${issue.text}" is not in the dictionary`,
              suggestions: (issue.suggestions ?? []).slice(0, 3),
            },
            index,
          );
        }
      }
      lines.forEach((line, index) => {
        for (const [id, rule] of [
          ['cedilla', cedilla],
          ['repeated-word', repeatedWord],
          ['typography', typography],
        ] as const) {
          if (options.rules[id] !== 'off') for (const hit of rule(line)) add(hit, index);
        }
      });
      return dedupe(findings);
    },
  };
}

/** The dictionary and the cedilla rule both see "çi": report it once, as the more telling rule, with every suggestion. */
function dedupe(findings: SpellingFinding[]): SpellingFinding[] {
  const byPlace = new Map<string, SpellingFinding>();
  for (const finding of findings) {
    const key = `${finding.piece.selector}|${finding.piece.text}|${finding.offset}`;
    const seen = byPlace.get(key);
    if (!seen) byPlace.set(key, finding);
    else if (seen.rule === 'spelling' && finding.rule !== 'spelling')
      byPlace.set(key, { ...finding, suggestions: [...new Set([...finding.suggestions, ...seen.suggestions])] });
  }
  return [...byPlace.values()];
}

function sentenceAround(line: string, offset: number, length: number): string {
  const sentenceStart = line.lastIndexOf('. ', offset);
  const start = Math.max(sentenceStart < 0 ? 0 : sentenceStart + 2, offset - 60);
  const endDot = line.indexOf('. ', offset + length);
  const end = Math.min(endDot < 0 ? line.length : endDot + 1, offset + length + 60);
  return `${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < line.length ? '…' : ''}`;
}
