/**
 * Grammar through Grammalecte, the reference French grammar engine (Debian's python3-grammalecte), in Python
 * processes (one, more while a long read keeps it busy) fed a page's French pieces at a time. Only what proved
 * precise on real French sites is on (`npm run bench -- grammar` measures it): agreement, confusions,
 * conjugation, past participles, infinitives and imperatives; typography is primetime's own (typography.ts). Of
 * those, the rules whose findings on the real sites were mostly false alarms are left out, and so is what reads
 * as a headline, a name or capitals.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import type { RuleHit } from './rules.js';

/** Grammalecte's option groups that stay on, with what a finding of each is. */
export const GRAMMAR_GROUPS: Record<string, string> = {
  gn: 'agreement',
  conf: 'confused words',
  conj: 'conjugation',
  ppas: 'past participle',
  infi: 'infinitive',
  imp: 'imperative',
};
/**
 * Rules mostly wrong on real sites (measured on ../shared/corpus/real-sites): noun phrases at a headline's start
 * ("Responsable tarifs : …"), numbers and references ("agrément n° 12345 délivré"), words of both genders, "à"/"de"
 * + noun phrases in product lists, plural nouns read as verbs, verbs without a subject in lists,
 * and "min" read as a unit.
 */
const IMPRECISE =
  /gn_start_|gn_nombre_chiffres|gn_nombre_lettres|gn_det_epi_sing_2m|gn_pfx_|gn_2m_et_ou|gn_det_nom_de_det_nom_adj|conj_les_nom|conj_le_la_leur_nom|sans_sujet|imp_verbe_groupe|imp_confusion|conf_symbole|conf_start_nom_ppas/;
/**
 * A gender disagreement inside a noun phrase of two or three words is, on real sites, nearly always a noun in
 * apposition read as an adjective ("la relation client", "le service contentieux"); a number disagreement there
 * is usually real ("les offres disponible").
 */
const APPOSITION = (error: { rule: string; message: string }) => /_[23]m__/.test(error.rule) && /genre/i.test(error.message);

/**
 * Where Grammalecte is installed: PRIMETIME_GRAMMALECTE_PYTHON when set (a Python of one's own with Grammalecte),
 * else Debian's own Python first (a pyenv or venv python3 on PATH does not see Debian's packages).
 */
const pythons = () => (process.env.PRIMETIME_GRAMMALECTE_PYTHON ? [process.env.PRIMETIME_GRAMMALECTE_PYTHON] : ['/usr/bin/python3', 'python3']);

const RUNTIME = String.raw`
import json, sys
try:
    import grammalecte.fr as engine
except Exception as error:
    print(json.dumps({"missing": str(error)}), flush=True)
    sys.exit(3)
engine.load("Python")
groups = set(json.loads(sys.argv[1]))
engine.setOptions({name: name in groups for name in engine.getOptions()})
print(json.dumps({"version": engine.version}), flush=True)
for line in sys.stdin:
    pages = []
    for text in json.loads(line):
        pages.append([
            {"start": e["nStart"], "end": e["nEnd"], "rule": e["sRuleId"], "line": e["sLineId"], "type": e["sType"],
             "message": e["sMessage"], "suggestions": e["aSuggestions"][:3]}
            for e in engine.parse(text, "FR", bDebug=False)
        ])
    print(json.dumps(pages, ensure_ascii=False), flush=True)
`;

interface EngineError {
  start: number;
  end: number;
  rule: string;
  line: string;
  type: string;
  message: string;
  suggestions: string[];
}

export interface Grammar {
  /** Grammalecte's version. */
  version: string;
  /** The grammar findings of each text, in order. */
  check(texts: string[]): Promise<RuleHit[][]>;
  close(): void;
}

/** One Grammalecte process: one question at a time, each answer line the answer to the last question. */
interface Process {
  version: string;
  /** Questions asked and not yet answered. */
  waiting: number;
  ask(texts: string[]): Promise<EngineError[][]>;
  kill(): void;
}

/**
 * Processes at most: Grammalecte is single-threaded Python, the slowest part of a long read, so a run that keeps
 * one busy starts another, up to the cores (and four). A few pages in a browser never need a second.
 */
const MAX_PROCESSES = Math.min(4, availableParallelism());

/** Starts Grammalecte, or says why it could not (not installed). */
export async function openGrammar(): Promise<Grammar | { missing: string }> {
  let missing = 'no python3 found';
  for (const python of pythons()) {
    const started = await start(python);
    if ('version' in started) return pool(python, started);
    missing = started.missing;
  }
  return { missing };
}

async function start(python: string): Promise<Process | { missing: string }> {
  const child = spawn(python, ['-c', RUNTIME, JSON.stringify(Object.keys(GRAMMAR_GROUPS))], { stdio: ['pipe', 'pipe', 'ignore'] });
  const spawned = await new Promise<Error | undefined>((resolve) => (child.once('spawn', () => resolve(undefined)), child.once('error', resolve)));
  if (spawned) return { missing: `${python}: ${spawned.message}` };
  // A process that dies mid-run breaks the pipe of the next question: its answer never comes, and the read says so.
  child.stdin.on('error', () => undefined);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(((await lines.next()).value as string | undefined) ?? 'null') as unknown;
  const hello = (await next()) as { version?: string; missing?: string } | null;
  if (!hello?.version) {
    child.kill();
    return { missing: `${python}: ${hello?.missing ?? 'Grammalecte did not start'}` };
  }
  let queue: Promise<unknown> = Promise.resolve();
  const engine: Process = {
    version: hello.version,
    waiting: 0,
    ask(texts) {
      engine.waiting++;
      const answer = queue.then(async () => {
        child.stdin.write(`${JSON.stringify(texts)}\n`);
        const answers = (await next()) as EngineError[][] | null;
        if (!answers) throw new Error('Grammalecte stopped');
        return answers;
      });
      queue = answer.finally(() => engine.waiting--).catch(() => undefined);
      return answer;
    },
    kill: () => void child.kill(),
  };
  return engine;
}

/** The processes of a run, grown on demand; each distinct text goes to one of them once a run. */
function pool(python: string, first: Process): Grammar {
  const processes: Promise<Process | { missing: string }>[] = [Promise.resolve(first)];
  // A footer or a menu repeats on every page: its answer, asked or on its way, is shared.
  const answers = new Map<string, Promise<RuleHit[]>>();
  const idlest = async () => {
    const started = (await Promise.all(processes)).filter((p): p is Process => 'version' in p);
    const idle = started.find((p) => p.waiting === 0);
    if (idle) return idle;
    if (processes.length < MAX_PROCESSES) processes.push(start(python));
    return started.reduce((a, b) => (b.waiting < a.waiting ? b : a));
  };
  return {
    version: first.version,
    async check(texts) {
      const fresh = [...new Set(texts.filter((text) => !answers.has(text) && readsAsProse(text)))];
      if (fresh.length > 0) {
        const asked = idlest().then((engine) => engine.ask(fresh));
        fresh.forEach((text, i) =>
          answers.set(
            text,
            asked.then((all) => preciseHits(text, all[i]!)),
          ),
        );
      }
      return Promise.all(texts.map((text) => answers.get(text) ?? []));
    },
    close: () => void Promise.all(processes).then((all) => all.forEach((p) => 'kill' in p && p.kill())),
  };
}

/** The engine's findings that hold on real text, one per defect, as rule hits. */
export function preciseHits(text: string, errors: EngineError[]): RuleHit[] {
  if (!readsAsProse(text)) return [];
  const seenLines = new Set<string>();
  const kept: EngineError[] = [];
  const hits: RuleHit[] = [];
  for (const error of errors.sort((a, b) => a.start - b.start)) {
    // One defect, one finding: the engine marks "toute offres" on both words (one rule), and "a comparer"
    // on both words by two rules (a confusion seen from each side). Errors on the same or next words are one.
    const seen = seenLines.has(error.line) || kept.some((k) => k.start <= error.end + 1 && error.start <= k.end + 1);
    if (!(error.type in GRAMMAR_GROUPS) || IMPRECISE.test(error.rule) || APPOSITION(error) || seen) continue;
    // "A" for "À" is capital-accent's (typography.ts), with the same fix: reported once.
    if (text.slice(error.start, error.end) === 'A') continue;
    const around = wordsAround(text, error.start, error.end);
    // Text in capitals ("A PARTIR DU 4"), and a name next to the flagged words ("de la Garenne"), mislead the engine.
    if (/\p{Lu}{2}/u.test(text.slice(error.start, error.end)) || hasName(text, around)) continue;
    seenLines.add(error.line);
    kept.push(error);
    hits.push({
      rule: 'grammar',
      offset: around.start,
      word: around.text,
      message: `${GRAMMAR_GROUPS[error.type]}, "${text.slice(error.start, error.end)}": ${error.message} (Grammalecte)`,
      suggestions: error.suggestions,
    });
  }
  return hits;
}

/** A sentence, not a headline or a menu: five words or more, or a final stop. */
const readsAsProse = (text: string) => text.split(/\s+/).length >= 5 || /[.!?…]$/.test(text.trim());

/** The flagged words with one word on each side: what the finding is named by, and what is checked for names. */
function wordsAround(text: string, start: number, end: number) {
  const before = /[\p{L}\p{N}'’-]+[^\p{L}\p{N}]*$/u.exec(text.slice(0, start));
  const after = /^[^\p{L}\p{N}]*[\p{L}\p{N}'’-]+/u.exec(text.slice(end));
  const from = before ? start - before[0].length : start;
  const to = after ? end + after[0].length : end;
  return { start: from, text: text.slice(from, to).trim() };
}

/**
 * A capitalised word that does not start its sentence: a name or a Title Case headline, which the engine misreads.
 * An acronym in capitals (HACCP) is neither.
 */
function hasName(text: string, around: { start: number; text: string }): boolean {
  for (const match of around.text.matchAll(/\p{Lu}\p{Ll}[\p{L}'’-]*/gu)) {
    const at = around.start + match.index!;
    if (!/(^|[.!?…:]\s*|[«“"]\s*)$/u.test(text.slice(0, at))) return true;
  }
  return false;
}
