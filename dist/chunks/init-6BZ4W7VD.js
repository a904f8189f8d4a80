import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  derivedSteps
} from "./chunk-T3MPKLVN.js";
import {
  list
} from "./chunk-KLMOQB4K.js";
import {
  VERSION
} from "./chunk-EE3ER6H6.js";
import {
  require_dist,
  resolveConfig
} from "./chunk-D43J44T6.js";
import {
  EXIT,
  UsageError
} from "./chunk-5JCOLP2K.js";
import "./chunk-C65WBHE4.js";
import "./chunk-LROFLYEO.js";
import "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import "./chunk-KHW7QP7J.js";
import {
  hasMarker,
  parseHtml
} from "./chunk-QQOOINLC.js";
import "./chunk-WLZ2LAD6.js";
import {
  parseDuration
} from "./chunk-Z3WXVZH6.js";
import {
  __toESM
} from "./chunk-5VS2FEJU.js";

// src/cli/commands/init.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";

// src/cli/answers.ts
var SPACES = /[\s\u00a0\u202f_]/g;
var MULTIPLIERS = { k: 1e3, m: 1e6, million: 1e6, millions: 1e6 };
function parseAudience(text) {
  const match = /^(\d+(?:[.,]\d+)?)(k|m|millions?)?$/i.exec(text.trim().replace(SPACES, "").toLowerCase());
  const value = match ? Math.round(Number(match[1].replace(",", ".")) * (MULTIPLIERS[match[2] ?? ""] ?? 1)) : Number.NaN;
  const grouped = /^\d{1,3}(,\d{3})+$/.test(text.trim()) ? Number(text.trim().replaceAll(",", "")) : void 0;
  const viewers = grouped ?? value;
  return Number.isInteger(viewers) && viewers > 0 ? { value: viewers } : { error: `"${text}" is not a number of viewers: write 2300000, 2 300 000, 2,3 M or 400k.` };
}
function parseReach(text) {
  const clean = text.trim().replace(SPACES, "").replace(",", ".");
  const share = clean.endsWith("%") ? Number(clean.slice(0, -1)) / 100 : Number(clean);
  return clean !== "" && share > 0 && share <= 1 ? { value: `${Number((share * 100).toFixed(4))}%` } : { error: `"${text}" is not a share of the audience: write 10% (or 0.1).` };
}
function parseWindow(text) {
  const clean = text.trim().replace(/\s+/g, "").replace(/minutes?|mins?/i, "m").replace(/secondes?|seconds?|secs?/i, "s");
  try {
    return parseDuration(clean) > 0 ? { value: clean } : { error: `"${text}" is no time at all: write 3m, 90s or 1h.` };
  } catch {
    return { error: `"${text}" is not a duration: write 3m, 90s or 1h.` };
  }
}
function parseUrl(text) {
  const candidate = /^https?:\/\//i.test(text.trim()) ? text.trim() : `https://${text.trim()}`;
  return URL.canParse(candidate) && new URL(candidate).hostname.includes(".") ? { value: new URL(candidate).toString().replace(/\/$/, "") } : { error: `"${text}" is not a site address: write https://www.example.fr.` };
}
function parseAirtime(text, offsetOf = (local) => -local.getTimezoneOffset()) {
  const clean = text.trim();
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)$/.test(clean)) return { value: clean };
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})\s*(?:h|:)\s*(\d{2})?$/i.exec(clean);
  const iso = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)$/.exec(clean);
  const [day, month, year, hour, minute] = french ? [french[1], french[2], french[3], french[4], french[5] ?? "0"].map(Number) : iso ? [iso[3], iso[2], iso[1], iso[4], iso[5]].map(Number) : [];
  const local = year === void 0 ? void 0 : new Date(year, month - 1, day, hour, minute);
  if (!local || local.getDate() !== day || local.getHours() !== hour)
    return { error: `"${text}" is not a date and time: write 3/12/2026 20h30 (day/month/year) or 2026-12-03T20:30:00+01:00.` };
  const offset = offsetOf(local);
  const sign = offset < 0 ? "-" : "+";
  const pad = (n) => String(n).padStart(2, "0");
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return { value: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${zone}` };
}
function parseSwitch(text) {
  const clean = text.trim();
  const header = /^([A-Za-z0-9-]+)\s*:\s*(\S.*)$/.exec(clean);
  if (/^https?:\/\//i.test(clean))
    return URL.canParse(clean) ? { value: { host: clean } } : { error: `"${text}" is not a host: write https://light.example.fr.` };
  if (header) return { value: { header: header[1], value: header[2] } };
  if (/^\?[^=&?\s]+=[^&\s]*$/.test(clean)) return { value: { query: clean.slice(1) } };
  if (/^[^=;\s?]+=[^;\s]*$/.test(clean)) return { value: { cookie: clean } };
  return {
    error: `"${text}" is not a switch: write a header (X-Peak-Mode: on), a cookie (peak=1), a query (?peak=1) or a light host (https://light.example.fr).`
  };
}
function parseContact(text) {
  const [name = "", ...rest] = text.split(",");
  const reach = rest.join(",").trim();
  return name.trim() && reach ? { value: { name: name.trim(), reach } } : { error: `"${text}": write a name, then how to reach them: Camille, +33 6 12 34 56 78.` };
}
function parseRecords(text) {
  const records = text.split(",").map((item) => item.trim()).filter(Boolean).map((item) => /^(Z[A-Z0-9]+)\/(\S+)$/.exec(item));
  return records.every(Boolean) ? { value: records.map((match) => ({ zone: match[1], name: match[2] })) } : { error: `"${text}": write each record as its hosted zone and its name: Z0123456789ABC/www.example.fr.` };
}

// src/cli/wizard.ts
var yesNo = (text) => /^(y|yes|o|oui)$/i.test(text.trim()) ? { value: true } : /^(n|no|non|)$/i.test(text.trim()) ? { value: false } : { error: `"${text}": answer yes or no.` };
var names = (text) => ({ value: list(text).length ? list(text) : void 0 });
var named = (text) => text.trim() ? { value: text.trim() } : { error: 'the event needs a name: write "Capital (M6)".' };
var optional = (parse2) => (text) => text.trim() === "" ? { value: void 0 } : parse2(text);
var QUESTIONS = [
  { key: "url", label: "Site URL", fallback: "https://www.example.fr", parse: parseUrl },
  { key: "name", label: "Event name", fallback: "TV broadcast", parse: named },
  { key: "audience", label: "Audience (viewers: 2 300 000, 2,3 M)", fallback: "2 300 000", parse: parseAudience },
  { key: "reach", label: "Reach (share of the audience on the site)", fallback: "10%", parse: parseReach },
  { key: "window", label: "Arrival window (3m, 90s)", fallback: "3m", parse: parseWindow },
  { key: "airtime", label: "Airtime (3/12/2026 20h30, empty for none)", fallback: "", parse: optional(parseAirtime) },
  { key: "funnel", label: "Subscription funnel: its pages in order, comma-separated (empty for none)", fallback: "", parse: (t) => ({ value: list(t) }) },
  { key: "conversion", label: "Conversion (share of visitors who complete the funnel: 2%, empty for none)", fallback: "", parse: optional(parseReach) },
  { key: "heavy", label: "Heavy pages to switch to a light version at the peak (paths, comma-separated, empty for none)", fallback: "", parse: names },
  {
    key: "switch",
    label: "Peak-mode switch: a header (X-Peak-Mode: on), a cookie (peak=1), a query (?peak=1) or a light host",
    fallback: "X-Peak-Mode: on",
    parse: parseSwitch,
    when: (answers) => Boolean(answers.heavy)
  },
  { key: "bridge", label: "War-room bridge (a meeting link or a phone number, empty for none)", fallback: "", parse: optional((t) => ({ value: t.trim() })) },
  {
    key: "lead",
    label: "Incident lead: a name and how to reach them (Camille, +33 6 12 34 56 78; empty for none)",
    fallback: "",
    parse: optional(parseContact)
  },
  { key: "databases", label: "RDS instances behind the site (ids, comma-separated, empty for none)", fallback: "", parse: names, aws: true },
  { key: "tables", label: "DynamoDB tables (names, comma-separated, empty for none)", fallback: "", parse: names, aws: true },
  { key: "caches", label: "ElastiCache replication groups (ids, comma-separated, empty for none)", fallback: "", parse: names, aws: true },
  { key: "ses", label: "Does the site send its emails through SES? (yes/no)", fallback: "no", parse: yesNo, aws: true },
  {
    key: "alarms",
    label: "CloudWatch alarms that must be OK before airtime (names, or a prefix: elan-*; empty for none)",
    fallback: "",
    parse: names,
    aws: true
  },
  {
    key: "records",
    label: "Route 53 records the run of show may flip (zone/name: Z0123456789ABC/www.example.fr; empty for none)",
    fallback: "",
    parse: optional(parseRecords),
    aws: true
  }
];
var ATTEMPTS = 5;
async function askAll(known, question, say, { aws = false } = {}) {
  const answers = { ...known };
  for (const q of QUESTIONS) {
    if (known[q.key] !== void 0 || q.aws && !aws || q.when && !q.when(answers)) continue;
    for (let attempt = 1; ; attempt++) {
      const parsed = q.parse((await question(`${q.label} [${q.fallback}]: `)).trim() || q.fallback);
      if ("value" in parsed) {
        Object.assign(answers, { [q.key]: parsed.value });
        break;
      }
      if (attempt === ATTEMPTS) throw new UsageError(`${q.label}: ${parsed.error}`);
      say(`${parsed.error} Your other answers are kept.`);
    }
  }
  return answers;
}
function flagAnswers(flags) {
  const answers = {};
  for (const q of QUESTIONS) {
    const given = flags[q.key];
    if (given === void 0) continue;
    const text = typeof given === "boolean" ? given ? "yes" : "no" : given;
    const parsed = q.parse(text);
    if ("error" in parsed) throw new UsageError(`--${q.key}: ${parsed.error}`);
    Object.assign(answers, { [q.key]: parsed.value });
  }
  return answers;
}
function defaultAnswers() {
  const answers = {};
  for (const q of QUESTIONS) {
    if (q.when && !q.when(answers)) continue;
    const parsed = q.parse(q.fallback);
    if ("value" in parsed) Object.assign(answers, { [q.key]: parsed.value });
  }
  return answers;
}

// src/cli/commands/init.ts
function schemaReference(configDir) {
  for (let dir = path.resolve(configDir); ; dir = path.dirname(dir)) {
    const installed = path.join(dir, "node_modules", "primetime", "schema", "primetime.schema.json");
    if (existsSync(installed)) return `./${path.relative(configDir, installed).split(path.sep).join("/")}`;
    if (path.dirname(dir) === dir) return `https://unpkg.com/primetime@${VERSION}/schema/primetime.schema.json`;
  }
}
function starterConfig(a, facts, schema) {
  return `# yaml-language-server: $schema=${schema}
# primetime: is the site ready for the broadcast? Run "npx primetime check".
# Every threshold is derived from the event below: "npx primetime plan" shows the figures and their formulas.

event:
  name: ${JSON.stringify(a.name)}
${a.airtime ? `  airtime: ${JSON.stringify(a.airtime)}   # findings whose fix takes longer than the time left say so
` : '  # airtime: "2027-03-11T21:00:00+01:00"   # ISO 8601 with offset: enables T-minus and lead-time warnings\n'}  audience: ${a.audience}       # viewers of the show
  reach: ${JSON.stringify(a.reach)}           # share of them expected on the site
  arrivalWindow: ${a.window}       # how fast they arrive
  peakFactor: 1            # peak-to-mean ratio of arrivals within the window
  pagesPerVisit: 3
${facts.cdn ? `  cacheHitRatio: 80%       # share of requests the CDN answers (${facts.cdn} answered the home page: measure your real ratio)` : "  cacheHitRatio: 0%        # share of requests the CDN answers (none seen in front of the home page)"}
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
  funnel: ${a.funnel?.length ? `[${a.funnel.join(", ")}]` : "[]              "} # the subscription steps, in order: [/souscription/etape-1, \u2026]
${facts.marker ? `  marker: ${JSON.stringify(facts.marker)}   # proposed from the home page's ${facts.markerSource}: text only the site's own pages contain (check it)` : `  # marker: "Brand name"   # text (or #id / .class) only the site's own pages contain: without it, error pages are proven by what they share with the home page`}
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
#   allowHosts: [${URL.canParse(a.url) ? new URL(a.url).host : "www.example.fr"}]   # the only hosts load is ever sent to (better: a pre-production host)
#   target: 100%           # of the plan's origin requests/s

report:
  out: primetime-report
  formats: [terminal, json, html]
`;
}
var flow = (items, example) => `[${(items ?? [example]).join(", ")}]`;
function peakModeCheck(a) {
  const toggle = a.switch ?? { header: "X-Peak-Mode", value: "on" };
  const written = Object.entries(toggle).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(", ");
  return `  ${a.heavy ? "" : "# "}peak-mode: [error, { switch: { ${written} }, heavyPages: ${flow(a.heavy, "/offres")} }]   # with the switch on, each heavy page answers its light version`;
}
function awsChecks(a) {
  const alarms = a.alarms ?? ["shop-5xx"];
  const [prefixes, names2] = [alarms.filter((n) => n.endsWith("*")).map((n) => n.slice(0, -1)), alarms.filter((n) => !n.endsWith("*"))];
  const records = (a.records ?? [{ zone: "Z0123456789ABC", name: "www.example.fr." }]).map((r) => `{ zone: ${r.zone}, name: ${r.name} }`).join(", ");
  const lines = [
    [
      Boolean(a.databases),
      `database: [error, { instances: ${flow(a.databases, "shop-db")} }]`,
      "RDS max_connections against the connections at the peak (Aurora: clusters)"
    ],
    [Boolean(a.tables), `dynamodb: [error, { tables: ${flow(a.tables, "leads")} }]`, "capacity and warm throughput against writes/s and reads/s"],
    [Boolean(a.caches), `cache: [error, { groups: ${flow(a.caches, "shop-cache")} }]`, "evictions, engine CPU, connections"],
    [Boolean(a.ses), "email: [error, { enabled: true }]", "SES: out of the sandbox, rate and daily quota"],
    [Boolean(a.alarms), `alarms: [error, { names: [${names2.join(", ")}], prefixes: [${prefixes.join(", ")}] }]`, "each must exist and be OK before airtime"],
    [Boolean(a.records), `dns: [error, { records: [${records}] }]`, "short TTLs on what may be flipped, healthy failover"]
  ];
  return lines.map(([on, line, why]) => `  ${on ? "" : "# "}${line}   # ${why}`).join("\n");
}
function warRoomBlock(a) {
  const lead = a.lead ?? { name: "Camille", reach: "+33 6 12 34 56 78" };
  const lines = [
    `warRoom:                   # who to call on the night, in escalation order ("npx primetime runbook" prints it)${a.lead ? "" : ": name the incident lead"}`,
    `  bridge: ${JSON.stringify(a.bridge ?? "https://meet.example.fr/capital")}`,
    "  contacts:                 # add the others after the lead, each with what they answer for (for: [database])",
    `    - { name: ${JSON.stringify(lead.name)}, role: incident lead, reach: ${JSON.stringify(lead.reach)} }`
  ];
  return lines.map((line) => a.lead ? line : `# ${line}`).join("\n");
}
function backendBlock(conversion) {
  const lines = [
    "backend:               # behind the load balancer: the database, dynamodb, cache and email checks",
    `  conversion: ${conversion ? JSON.stringify(conversion) : "2%"}     # share of visitors who complete the funnel`,
    "  emailsPerConversion: 1",
    "  writesPerConversion: 1 # database writes a completion makes; writesPerVisit and readsPerVisit for the others",
    "  # poolPerInstance: 20  # database connections each app instance opens (with capacity: the connections at the peak)",
    "  # deploySurge: 2       # instances a rolling deploy adds at once"
  ];
  return lines.map((line) => conversion ? `  ${line}` : `  # ${line.replace(/^(\s*)# /, "$1")}`).join("\n");
}
async function askInTerminal(known, io) {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await askAll(
      known,
      (prompt) => rl.question(prompt),
      (line) => io.stderr.write(`${line}
`),
      { aws: AWS_ENV.some((name) => io.env[name]) }
    );
  } finally {
    rl.close();
  }
}
async function initCommand(argv, io) {
  const { values } = parse(argv, {
    url: { type: "string" },
    name: { type: "string" },
    audience: { type: "string" },
    reach: { type: "string" },
    window: { type: "string" },
    airtime: { type: "string" },
    funnel: { type: "string" },
    conversion: { type: "string" },
    databases: { type: "string" },
    tables: { type: "string" },
    caches: { type: "string" },
    ses: { type: "boolean" },
    heavy: { type: "string" },
    switch: { type: "string" },
    bridge: { type: "string" },
    lead: { type: "string" },
    alarms: { type: "string" },
    records: { type: "string" },
    file: { type: "string" },
    force: { type: "boolean" },
    offline: { type: "boolean" }
  });
  const target = path.resolve(io.cwd, values.file ?? "primetime.yml");
  if (existsSync(target) && !values.force) throw new UsageError(`${target} already exists: pass --force to overwrite it.`);
  const known = flagAnswers(values);
  const answers = process.stdin.isTTY && io.stdout.isTTY ? await askInTerminal(known, io) : { ...defaultAnswers(), ...known };
  const facts = values.offline ? {} : await readSite(answers.url);
  const starter = starterConfig(answers, facts, schemaReference(path.dirname(target)));
  const loaded = await resolveConfig((0, import_yaml.parse)(starter), { file: target, env: {} });
  const text = starter + runbookYaml(derivedSteps(starterStepChecks(loaded, io.env)), Boolean(loaded.config.event.airtime));
  await resolveConfig((0, import_yaml.parse)(text), { file: target, env: {} });
  await writeFile(target, text);
  if (facts.marker) io.stdout.write(`Marker proposed from the home page's ${facts.markerSource}: "${facts.marker}".
`);
  io.stdout.write(`Wrote ${path.relative(io.cwd, target) || target}. Next: "npx primetime plan" to see the figures, then "npx primetime check".
`);
  return EXIT.go;
}
async function readSite(url) {
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(5e3), redirect: "follow" });
  } catch {
    return {};
  }
  const root = parseHtml(await response.text().catch(() => ""));
  const title = (root.querySelector("title")?.textContent ?? "").trim();
  const titleParts = title.split(/\s[-|·—–:]\s/).map((part) => part.trim());
  const candidates = [
    [root.querySelector('meta[property="og:site_name"]')?.getAttribute("content"), "og:site_name"],
    [
      root.querySelector("header img[alt], [class*=logo] img[alt], img[class*=logo][alt]")?.getAttribute("alt")?.replace(/^logo\s*/i, ""),
      "logo"
    ],
    [titleParts.length > 1 ? titleParts.at(-1) : void 0, "title"],
    [titleParts.length > 1 ? titleParts[0] : title, "title"]
  ];
  const found = candidates.find(([text]) => text && text.trim().length >= 3 && hasMarker(root, text.trim()));
  const cache = ["x-cache", "cf-cache-status", "x-served-by", "x-vercel-cache", "x-nf-request-id", "akamai-cache-status"].find((h) => response.headers.has(h));
  return { ...found ? { marker: found[0].trim(), markerSource: found[1] } : {}, ...cache ? { cdn: `${cache}: ${response.headers.get(cache)}` } : {} };
}
var AWS_ENV = ["AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE"];
function starterStepChecks(loaded, env) {
  const aws = loaded.config.aws !== void 0 || AWS_ENV.some((name) => env[name]);
  return loaded.checks.filter((c) => c.severity !== "off" && (aws || !c.check.meta.requires.includes("aws"))).map((c) => c.check.meta.id);
}
function runbookYaml(steps, hasAirtime) {
  const lines = [
    "runbook:",
    ...steps.map(
      ({ at, title, owner, check, command }) => `  - { at: ${at}, title: ${JSON.stringify(title)}, owner: ${owner}${check ? `, check: ${check}` : ""}${command ? `, command: ${JSON.stringify(command)}` : ""} }`
    )
  ];
  const intro = `
# The run of show ("primetime runbook"): when each step happens, relative to airtime, who does it, and what proves
# it done. Edit it: add your own steps (a name or a role as owner), remove what does not apply.${hasAirtime ? "" : " Set event.airtime, then\n# uncomment it."}
`;
  return intro + lines.map((line) => hasAirtime ? line : `# ${line}`).join("\n") + "\n";
}
export {
  initCommand,
  readSite,
  runbookYaml,
  schemaReference,
  starterConfig
};
