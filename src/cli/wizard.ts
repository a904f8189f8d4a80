/**
 * The init wizard's questions: each answer is read as it is given (answers.ts), and a bad one is asked again with
 * the reason and an example, never throwing the others away. Flags answer the same questions, read the same way.
 */
import {
  parseAirtime,
  parseAudience,
  parseContact,
  parseReach,
  parseRecords,
  parseSwitch,
  parseUrl,
  parseWindow,
  type Parsed,
  type PeakSwitchAnswer,
} from './answers.js';
import { UsageError } from '../run/io.js';
import { list } from '../util/list.js';

export interface StarterAnswers {
  url: string;
  name: string;
  audience: number;
  reach: string;
  window: string;
  airtime?: string;
  /** The subscription funnel's paths, in order. */
  funnel?: string[];
  /** Share of visitors who complete the funnel: the figures behind the load balancer. */
  conversion?: string;
  /** Pages that go light during the peak, and the switch that does it (the peak-mode check). */
  heavy?: string[];
  switch?: PeakSwitchAnswer;
  /** The war room: the bridge everyone joins, and the incident lead. */
  bridge?: string;
  lead?: { name: string; reach: string };
  /** AWS resources behind the load balancer, asked only where AWS is in sight. */
  databases?: string[];
  tables?: string[];
  caches?: string[];
  ses?: boolean;
  /** Alarms that must be OK before airtime: names, and prefixes written with a final *. */
  alarms?: string[];
  /** Route 53 records the run of show may flip. */
  records?: { zone: string; name: string }[];
}

interface Question<K extends keyof StarterAnswers = keyof StarterAnswers> {
  key: K;
  label: string;
  fallback: string;
  parse: (text: string) => Parsed<StarterAnswers[K]>;
  /** Asked only where AWS is in sight (an AWS profile, keys or role in the environment). */
  aws?: boolean;
  /** Asked only when an earlier answer calls for it. */
  when?: (answers: Partial<StarterAnswers>) => boolean;
}

const yesNo = (text: string): Parsed<boolean> =>
  /^(y|yes|o|oui)$/i.test(text.trim()) ? { value: true } : /^(n|no|non|)$/i.test(text.trim()) ? { value: false } : { error: `"${text}": answer yes or no.` };
const names = (text: string): Parsed<string[] | undefined> => ({ value: list(text).length ? list(text) : undefined });

const named = (text: string): Parsed<string> => (text.trim() ? { value: text.trim() } : { error: 'the event needs a name: write "Capital (M6)".' });
const optional =
  <T>(parse: (text: string) => Parsed<T>) =>
  (text: string): Parsed<T | undefined> =>
    text.trim() === '' ? { value: undefined } : parse(text);

export const QUESTIONS: Question[] = [
  { key: 'url', label: 'Site URL', fallback: 'https://www.example.fr', parse: parseUrl },
  { key: 'name', label: 'Event name', fallback: 'TV broadcast', parse: named },
  { key: 'audience', label: 'Audience (viewers: 2 300 000, 2,3 M)', fallback: '2 300 000', parse: parseAudience },
  { key: 'reach', label: 'Reach (share of the audience on the site)', fallback: '10%', parse: parseReach },
  { key: 'window', label: 'Arrival window (3m, 90s)', fallback: '3m', parse: parseWindow },
  { key: 'airtime', label: 'Airtime (3/12/2026 20h30, empty for none)', fallback: '', parse: optional(parseAirtime) },
  { key: 'funnel', label: 'Subscription funnel: its pages in order, comma-separated (empty for none)', fallback: '', parse: (t) => ({ value: list(t) }) },
  { key: 'conversion', label: 'Conversion (share of visitors who complete the funnel: 2%, empty for none)', fallback: '', parse: optional(parseReach) },
  { key: 'heavy', label: 'Heavy pages to switch to a light version at the peak (paths, comma-separated, empty for none)', fallback: '', parse: names },
  {
    key: 'switch',
    label: 'Peak-mode switch: a header (X-Peak-Mode: on), a cookie (peak=1), a query (?peak=1) or a light host',
    fallback: 'X-Peak-Mode: on',
    parse: parseSwitch,
    when: (answers) => Boolean(answers.heavy),
  },
  { key: 'bridge', label: 'War-room bridge (a meeting link or a phone number, empty for none)', fallback: '', parse: optional((t) => ({ value: t.trim() })) },
  {
    key: 'lead',
    label: 'Incident lead: a name and how to reach them (Camille, +33 6 12 34 56 78; empty for none)',
    fallback: '',
    parse: optional(parseContact),
  },
  { key: 'databases', label: 'RDS instances behind the site (ids, comma-separated, empty for none)', fallback: '', parse: names, aws: true },
  { key: 'tables', label: 'DynamoDB tables (names, comma-separated, empty for none)', fallback: '', parse: names, aws: true },
  { key: 'caches', label: 'ElastiCache replication groups (ids, comma-separated, empty for none)', fallback: '', parse: names, aws: true },
  { key: 'ses', label: 'Does the site send its emails through SES? (yes/no)', fallback: 'no', parse: yesNo, aws: true },
  {
    key: 'alarms',
    label: 'CloudWatch alarms that must be OK before airtime (names, or a prefix: elan-*; empty for none)',
    fallback: '',
    parse: names,
    aws: true,
  },
  {
    key: 'records',
    label: 'Route 53 records the run of show may flip (zone/name: Z0123456789ABC/www.example.fr; empty for none)',
    fallback: '',
    parse: optional(parseRecords),
    aws: true,
  },
] as Question[];

/** Bad answers to one question before the wizard gives up (stdin closed, or a script answering blindly). */
const ATTEMPTS = 5;

/** Asks each question not answered by a flag; a bad answer is asked again with its reason. */
export async function askAll(
  known: Partial<StarterAnswers>,
  question: (prompt: string) => Promise<string>,
  say: (line: string) => void,
  { aws = false } = {},
): Promise<StarterAnswers> {
  const answers: Partial<StarterAnswers> = { ...known };
  for (const q of QUESTIONS) {
    if (known[q.key] !== undefined || (q.aws && !aws) || (q.when && !q.when(answers))) continue;
    for (let attempt = 1; ; attempt++) {
      const parsed = q.parse((await question(`${q.label} [${q.fallback}]: `)).trim() || q.fallback);
      if ('value' in parsed) {
        Object.assign(answers, { [q.key]: parsed.value });
        break;
      }
      if (attempt === ATTEMPTS) throw new UsageError(`${q.label}: ${parsed.error}`);
      say(`${parsed.error} Your other answers are kept.`);
    }
  }
  return answers as StarterAnswers;
}

/** The flags' answers, read as the wizard reads them; a bad one is a usage error naming the flag. */
export function flagAnswers(flags: Partial<Record<keyof StarterAnswers, string | boolean>>): Partial<StarterAnswers> {
  const answers: Partial<StarterAnswers> = {};
  for (const q of QUESTIONS) {
    const given = flags[q.key];
    if (given === undefined) continue;
    const text = typeof given === 'boolean' ? (given ? 'yes' : 'no') : given;
    const parsed = q.parse(text);
    if ('error' in parsed) throw new UsageError(`--${q.key}: ${parsed.error}`);
    Object.assign(answers, { [q.key]: parsed.value });
  }
  return answers;
}

/** Every answer at its default: init off a terminal, where no flag answers. */
export function defaultAnswers(): StarterAnswers {
  const answers: Partial<StarterAnswers> = {};
  for (const q of QUESTIONS) {
    if (q.when && !q.when(answers)) continue;
    const parsed = q.parse(q.fallback);
    if ('value' in parsed) Object.assign(answers, { [q.key]: parsed.value });
  }
  return answers as StarterAnswers;
}
