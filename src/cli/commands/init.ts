/** `primetime init`: a commented starter config, from flags, or from answers on a terminal. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parse as parseYaml } from 'yaml';
import { resolveConfig, type LoadedConfig } from '../../config/load.js';
import { hasMarker, parseHtml } from '../../web/html.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import { EXIT, type Io } from '../../run/io.js';
import { VERSION } from '../../util/version.js';
import { derivedSteps, type RunbookStep } from '../../runbook/runbook.js';
import { askAll, defaultAnswers, flagAnswers, type StarterAnswers } from '../wizard.js';

/** What init learns by reading the home page once: a marker, and whether a CDN answers. */
export interface SiteFacts {
  marker?: string;
  markerSource?: string;
  cdn?: string;
}

/**
 * The schema editors validate the config with: the installed package's, when the project has one (found as Node
 * finds packages, up the folders), else the published file of this very version, for npx users.
 */
export function schemaReference(configDir: string): string {
  for (let dir = path.resolve(configDir); ; dir = path.dirname(dir)) {
    const installed = path.join(dir, 'node_modules', 'primetime', 'schema', 'primetime.schema.json');
    if (existsSync(installed)) return `./${path.relative(configDir, installed).split(path.sep).join('/')}`;
    if (path.dirname(dir) === dir) return `https://unpkg.com/primetime@${VERSION}/schema/primetime.schema.json`;
  }
}

export function starterConfig(a: StarterAnswers, facts: SiteFacts, schema: string): string {
  return `# yaml-language-server: $schema=${schema}
# primetime: is the site ready for the broadcast? Run "npx primetime check".
# Every threshold is derived from the event below: "npx primetime plan" shows the figures and their formulas.

event:
  name: ${JSON.stringify(a.name)}
${a.airtime ? `  airtime: ${JSON.stringify(a.airtime)}   # findings whose fix takes longer than the time left say so\n` : '  # airtime: "2027-03-11T21:00:00+01:00"   # ISO 8601 with offset: enables T-minus and lead-time warnings\n'}  audience: ${a.audience}       # viewers of the show
  reach: ${JSON.stringify(a.reach)}           # share of them expected on the site
  arrivalWindow: ${a.window}       # how fast they arrive
  peakFactor: 1            # peak-to-mean ratio of arrivals within the window
  pagesPerVisit: 3
${
  facts.cdn
    ? `  cacheHitRatio: 80%       # share of requests the CDN answers (${facts.cdn} answered the home page: measure your real ratio)`
    : '  cacheHitRatio: 0%        # share of requests the CDN answers (none seen in front of the home page)'
}
  # previousPeak:          # or project requests/s by rule of three from an earlier peak
  #   visitors: 12000
  #   requestsPerSecond: 350
  # capacity:              # to derive instances and vCPUs (for the quota checks)
  #   requestsPerSecondPerInstance: 150
  #   instanceType: c5.xlarge
${backendBlock(a.conversion)}

site:
  baseUrl: ${a.url}
  home: /
  pages: []                # other pages that must hold: [/offres, /faq]
  funnel: ${a.funnel?.length ? `[${a.funnel.join(', ')}]` : '[]              '} # the subscription steps, in order: [/souscription/etape-1, …]
${
  facts.marker
    ? `  marker: ${JSON.stringify(facts.marker)}   # proposed from the home page's ${facts.markerSource}: text only the site's own pages contain (check it)`
    : `  # marker: "Brand name"   # text (or #id / .class) only the site's own pages contain: without it, error pages are proven by what they share with the home page`
}
  errorPages:
    # serviceUnavailable: /erreurs/503.html   # the branded 503 page
    # overflow: https://static.example.fr/plan-b/   # the plan-B overflow page
    # forcedError: /erreurs/force-503         # a URL that answers 503 on purpose
    independentOfOrigin: false
  # headers:               # sent with every request; \${VAR} reads the environment and is masked in reports
  #   Authorization: "Basic \${PREPROD_AUTH}"

checks:                    # per check: off | warn | error, or [severity, { options }]. "npx primetime list" shows them.
  error-pages: error
${peakModeCheck(a)}
  # Behind the load balancer and at the edge (AWS, read-only): name your resources to hold them against the plan.
${awsChecks(a)}

${warRoomBlock(a)}

# load:                    # the load shot (off by default): "npx primetime load" sends it, within hard caps
#   allowHosts: [${URL.canParse(a.url) ? new URL(a.url).host : 'www.example.fr'}]   # the only hosts load is ever sent to (better: a pre-production host)
#   target: 100%           # of the plan's origin requests/s

report:
  out: primetime-report
  formats: [terminal, json, html]
`;
}

const flow = (items: string[] | undefined, example: string) => `[${(items ?? [example]).join(', ')}]`;

/** The peak-mode check: on with the heavy pages and the switch given, else shown commented out. */
function peakModeCheck(a: StarterAnswers): string {
  const toggle = a.switch ?? { header: 'X-Peak-Mode', value: 'on' };
  const written = Object.entries(toggle)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ');
  return `  ${a.heavy ? '' : '# '}peak-mode: [error, { switch: { ${written} }, heavyPages: ${flow(a.heavy, '/offres')} }]   # with the switch on, each heavy page answers its light version`;
}

/** The AWS checks: on for the resources named, shown commented out for the others. */
function awsChecks(a: StarterAnswers): string {
  const alarms = a.alarms ?? ['shop-5xx'];
  const [prefixes, names] = [alarms.filter((n) => n.endsWith('*')).map((n) => n.slice(0, -1)), alarms.filter((n) => !n.endsWith('*'))];
  const records = (a.records ?? [{ zone: 'Z0123456789ABC', name: 'www.example.fr.' }]).map((r) => `{ zone: ${r.zone}, name: ${r.name} }`).join(', ');
  const lines: [on: boolean, line: string, why: string][] = [
    [
      Boolean(a.databases),
      `database: [error, { instances: ${flow(a.databases, 'shop-db')} }]`,
      'RDS max_connections against the connections at the peak (Aurora: clusters)',
    ],
    [Boolean(a.tables), `dynamodb: [error, { tables: ${flow(a.tables, 'leads')} }]`, 'capacity and warm throughput against writes/s and reads/s'],
    [Boolean(a.caches), `cache: [error, { groups: ${flow(a.caches, 'shop-cache')} }]`, 'evictions, engine CPU, connections'],
    [Boolean(a.ses), 'email: [error, { enabled: true }]', 'SES: out of the sandbox, rate and daily quota'],
    [Boolean(a.alarms), `alarms: [error, { names: [${names.join(', ')}], prefixes: [${prefixes.join(', ')}] }]`, 'each must exist and be OK before airtime'],
    [Boolean(a.records), `dns: [error, { records: [${records}] }]`, 'short TTLs on what may be flipped, healthy failover'],
  ];
  return lines.map(([on, line, why]) => `  ${on ? '' : '# '}${line}   # ${why}`).join('\n');
}

/** The war room: written out once the incident lead is named (a bridge alone is shown commented out), else an example. */
function warRoomBlock(a: StarterAnswers): string {
  const lead = a.lead ?? { name: 'Camille', reach: '+33 6 12 34 56 78' };
  const lines = [
    `warRoom:                   # who to call on the night, in escalation order ("npx primetime runbook" prints it)${a.lead ? '' : ': name the incident lead'}`,
    `  bridge: ${JSON.stringify(a.bridge ?? 'https://meet.example.fr/capital')}`,
    '  contacts:                 # add the others after the lead, each with what they answer for (for: [database])',
    `    - { name: ${JSON.stringify(lead.name)}, role: incident lead, reach: ${JSON.stringify(lead.reach)} }`,
  ];
  return lines.map((line) => (a.lead ? line : `# ${line}`)).join('\n');
}

/** event.backend: written out when the conversion is known, else shown commented out. */
function backendBlock(conversion: string | undefined): string {
  const lines = [
    'backend:               # behind the load balancer: the database, dynamodb, cache and email checks',
    `  conversion: ${conversion ? JSON.stringify(conversion) : '2%'}     # share of visitors who complete the funnel`,
    '  emailsPerConversion: 1',
    '  writesPerConversion: 1 # database writes a completion makes; writesPerVisit and readsPerVisit for the others',
    '  # poolPerInstance: 20  # database connections each app instance opens (with capacity: the connections at the peak)',
    '  # deploySurge: 2       # instances a rolling deploy adds at once',
  ];
  return lines.map((line) => (conversion ? `  ${line}` : `  # ${line.replace(/^(\s*)# /, '$1')}`)).join('\n');
}

async function askInTerminal(known: Partial<StarterAnswers>, io: Io): Promise<StarterAnswers> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await askAll(
      known,
      (prompt) => rl.question(prompt),
      (line) => io.stderr.write(`${line}\n`),
      { aws: AWS_ENV.some((name) => io.env[name]) },
    );
  } finally {
    rl.close();
  }
}

export async function initCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    url: { type: 'string' },
    name: { type: 'string' },
    audience: { type: 'string' },
    reach: { type: 'string' },
    window: { type: 'string' },
    airtime: { type: 'string' },
    funnel: { type: 'string' },
    conversion: { type: 'string' },
    databases: { type: 'string' },
    tables: { type: 'string' },
    caches: { type: 'string' },
    ses: { type: 'boolean' },
    heavy: { type: 'string' },
    switch: { type: 'string' },
    bridge: { type: 'string' },
    lead: { type: 'string' },
    alarms: { type: 'string' },
    records: { type: 'string' },
    file: { type: 'string' },
    force: { type: 'boolean' },
    offline: { type: 'boolean' },
  });
  const target = path.resolve(io.cwd, values.file ?? 'primetime.yml');
  if (existsSync(target) && !values.force) throw new UsageError(`${target} already exists: pass --force to overwrite it.`);
  // Flags answer the wizard's questions, read the same way ("2,3 M", "3/12/2026 20h30").
  const known = flagAnswers(values);
  const answers = process.stdin.isTTY && io.stdout.isTTY ? await askInTerminal(known, io) : { ...defaultAnswers(), ...known };
  const facts = values.offline ? {} : await readSite(answers.url);
  const starter = starterConfig(answers, facts, schemaReference(path.dirname(target)));
  // Never write a config that would not load: the flags may carry a bad URL or reach.
  const loaded = await resolveConfig(parseYaml(starter), { file: target, env: {} });
  const text = starter + runbookYaml(derivedSteps(starterStepChecks(loaded, io.env)), Boolean(loaded.config.event.airtime));
  await resolveConfig(parseYaml(text), { file: target, env: {} });
  await writeFile(target, text);
  if (facts.marker) io.stdout.write(`Marker proposed from the home page's ${facts.markerSource}: "${facts.marker}".\n`);
  io.stdout.write(`Wrote ${path.relative(io.cwd, target) || target}. Next: "npx primetime plan" to see the figures, then "npx primetime check".\n`);
  return EXIT.go;
}

/**
 * Reads the home page once (a few seconds at most; --offline skips it) for a marker: the site's name as its
 * og:site_name, its logo's alt text or its title's brand says it, kept only when the page really contains it;
 * and for a CDN in front (a cache status header), so the plan's hit ratio and the caching check agree.
 */
export async function readSite(url: string): Promise<SiteFacts> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'follow' });
  } catch {
    return {};
  }
  const root = parseHtml(await response.text().catch(() => ''));
  const title = (root.querySelector('title')?.textContent ?? '').trim();
  const titleParts = title.split(/\s[-|·—–:]\s/).map((part) => part.trim());
  const candidates: [string | undefined, string][] = [
    [root.querySelector('meta[property="og:site_name"]')?.getAttribute('content'), 'og:site_name'],
    [
      root
        .querySelector('header img[alt], [class*=logo] img[alt], img[class*=logo][alt]')
        ?.getAttribute('alt')
        ?.replace(/^logo\s*/i, ''),
      'logo',
    ],
    [titleParts.length > 1 ? titleParts.at(-1) : undefined, 'title'],
    [titleParts.length > 1 ? titleParts[0] : title, 'title'],
  ];
  const found = candidates.find(([text]) => text && text.trim().length >= 3 && hasMarker(root, text.trim()));
  const cache = ['x-cache', 'cf-cache-status', 'x-served-by', 'x-vercel-cache', 'x-nf-request-id', 'akamai-cache-status'].find((h) => response.headers.has(h));
  return { ...(found ? { marker: found[0]!.trim(), markerSource: found[1] } : {}), ...(cache ? { cdn: `${cache}: ${response.headers.get(cache)}` } : {}) };
}

/**
 * The run of show primetime derives, written out so the team owns it from the first day: commented out until
 * event.airtime is set, since its times are relative to it.
 */
/** What says AWS is there: a profile, keys, or a role to assume (OIDC in a workflow). */
const AWS_ENV = ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE'];

/**
 * The checks whose steps the starter's run of show holds: the enabled ones, and the AWS ones only when AWS is
 * there (an aws section, or credentials in the environment): a site on other hosting has no quota to raise.
 */
function starterStepChecks(loaded: LoadedConfig, env: NodeJS.ProcessEnv): string[] {
  const aws = loaded.config.aws !== undefined || AWS_ENV.some((name) => env[name]);
  return loaded.checks.filter((c) => c.severity !== 'off' && (aws || !c.check.meta.requires.includes('aws'))).map((c) => c.check.meta.id);
}

export function runbookYaml(steps: RunbookStep[], hasAirtime: boolean): string {
  const lines = [
    'runbook:',
    ...steps.map(
      ({ at, title, owner, check, command }) =>
        `  - { at: ${at}, title: ${JSON.stringify(title)}, owner: ${owner}${check ? `, check: ${check}` : ''}${command ? `, command: ${JSON.stringify(command)}` : ''} }`,
    ),
  ];
  const intro = `\n# The run of show ("primetime runbook"): when each step happens, relative to airtime, who does it, and what proves\n# it done. Edit it: add your own steps (a name or a role as owner), remove what does not apply.${hasAirtime ? '' : ' Set event.airtime, then\n# uncomment it.'}\n`;
  return intro + lines.map((line) => (hasAirtime ? line : `# ${line}`)).join('\n') + '\n';
}
