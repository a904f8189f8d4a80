import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  isExpectedRejection
} from "./chunk-XP5BQFCL.js";
import {
  ReportFolderError
} from "./chunk-AFBGHGHA.js";
import {
  VERSION
} from "./chunk-EE3ER6H6.js";
import {
  EXIT,
  UsageError
} from "./chunk-5JCOLP2K.js";
import {
  ConfigError,
  didYouMean
} from "./chunk-C65WBHE4.js";
import {
  SelectionError
} from "./chunk-K56BJ7AD.js";
import "./chunk-KHW7QP7J.js";
import "./chunk-5VS2FEJU.js";

// src/cli/help.ts
var COMMANDS = {
  check: {
    summary: "Run the checks and give the verdict: GO or NO-GO",
    usage: `primetime check [--config primetime.yml] [--only ids] [--skip ids] [--format terminal,json,html,markdown,junit] [--out dir] [--fail-on error|warn] [--json] [--quiet]

  --only a,b        run only these checks (naming an "off" check runs it)
  --skip a,b        leave these out
  --format list     terminal (stdout), json, html, markdown, junit (files in --out); default from report.formats
  --out dir         report folder (default from report.out: primetime-report)
  --fail-on warn    warnings block too (default: error)
  --json            the JSON report on stdout, and nothing else there (the terminal report goes to stderr)
  -q, --quiet       no progress; of the terminal report, only the verdict line
  -v, --verbose     details of each check as it runs, and stack traces of tool errors

Inside GitHub Actions (GITHUB_ACTIONS=true) it also writes the job summary and annotations, as the Action does.`,
    examples: [
      "primetime check",
      "primetime check --only error-pages --format terminal,junit --out reports",
      "primetime check --config preprod.yml --fail-on warn",
      "primetime check --only tls --json | jq '.checks[0].status'"
    ],
    load: async () => (await import("./check-L3AHZAM3.js")).checkCommand
  },
  plan: {
    summary: "Show the event plan: every figure the thresholds come from, with its formula",
    usage: `primetime plan [--config primetime.yml] [--format table|json]`,
    examples: ["primetime plan", "primetime plan --format json > plan.json"],
    load: async () => (await import("./plan-WKZFZL5K.js")).planCommand
  },
  init: {
    summary: "Write a commented starter primetime.yml",
    usage: `primetime init [--url https://www.example.fr] [--name "Capital (M6)"] [--audience 2300000] [--reach 10%] [--window 3m] [--airtime 2027-03-11T21:00:00+01:00] [--funnel /souscription/etape-1,/souscription/etape-2] [--conversion 2%] [--databases elan-db] [--tables leads] [--caches elan-cache] [--ses] [--alarms elan-*] [--records Z0123456789ABC/www.example.fr.] [--heavy /offres] [--switch "X-Peak-Mode: on"] [--bridge URL] [--lead "Camille, +33 6 12 34 56 78"] [--file primetime.yml] [--force] [--offline]

On a terminal it asks for what the flags do not give, and asks again for a bad answer only, with the reason.
Answers and flags take the forms people type: 2 300 000, 2,3 M or 400k viewers; 10 % or 0,1; 3 min; airtime as
3/12/2026 20h30 (day first, this machine's time zone) or ISO 8601. It reads the home page once (--offline skips it) to
propose site.marker (from og:site_name, the logo or the title) and to see whether a CDN answers, so the plan's
cache hit ratio and the caching check agree. It asks for the heavy pages that go light at the peak and the switch that
does it (the peak-mode check), and for the war room's bridge and incident lead. Where AWS is in sight (a profile, keys or
a role in the environment) it also asks for the RDS instances, DynamoDB tables, ElastiCache groups and SES behind the
site, the CloudWatch alarms that must be OK and the Route 53 records the run of show may flip, and turns their checks on.`,
    examples: [
      "primetime init --url https://www.example.fr",
      "primetime init --url https://www.example.fr --audience 2300000 --reach 10% --window 3m --offline",
      'primetime init --url www.example.fr --audience "2,3 M" --airtime "11/03/2027 21h"',
      'primetime init --url https://www.example.fr --heavy /offres --switch "X-Peak-Mode: on" --lead "Camille, +33 6 12 34 56 78"'
    ],
    load: async () => (await import("./init-6BZ4W7VD.js")).initCommand
  },
  list: {
    summary: "List the checks, their severity in this config, and what they need",
    usage: `primetime list [--config primetime.yml]`,
    examples: ["primetime list", "primetime list --config preprod.yml"],
    load: async () => (await import("./list-PFPR5DC2.js")).listCommand
  },
  "iam-policy": {
    summary: "Print the read-only IAM policy the enabled AWS checks need",
    usage: `primetime iam-policy [--config primetime.yml] [--only ids] [--skip ids]

The policy lists only Describe, Get and List actions: primetime never changes anything in the account.`,
    examples: ["primetime iam-policy", "primetime iam-policy --only service-quotas,lb-prewarm > policy.json"],
    load: async () => (await import("./iam-policy-INHR2ZEL.js")).iamPolicyCommand
  },
  warm: {
    summary: "Warm the caches before airtime: every page and file, with each cache status before and after",
    usage: `primetime warm [--config primetime.yml] [--repeat 2] [--concurrency 8] [--format table|json]

Requests every page (home, pages, funnel, error pages) and every file they use, --repeat times each, at most
--concurrency at once. Exits 1 when a URL fails. Run it as a workflow step an hour before the show.`,
    examples: ["primetime warm", "primetime warm --repeat 3 --concurrency 16"],
    load: async () => (await import("./warm-IUIVJQRE.js")).warmCommand
  },
  load: {
    summary: "Send the load shot (the load check alone) with live progress: GO when the site holds the peak",
    usage: `primetime load [--config primetime.yml] [--shard i/N] [--start-at 2027-03-11T20:30:00Z] [--run-id id] [--out dir] [--format \u2026]

Needs a load section with allowHosts in primetime.yml. Sends an open-model spike: the arrivals follow the
schedule (by default: ramp to the plan's origin requests/s over the arrival window, hold, ramp down), whatever
the answers' speed, within hard caps (60 s, 5,000 req/s, 300,000 requests, 1,000 open requests by default).
The verdict is judged over the peak window. --shard i/N sends every N-th arrival, for N runners at once; each
writes load/result-i-of-N.json for primetime merge. --start-at makes the shards start together (at most 15 minutes
ahead); --run-id names their run (default: PRIMETIME_RUN_ID, or the GitHub Actions run and attempt), and merge
refuses a shard of another run.`,
    examples: ["primetime load", "primetime load --shard 2/4 --out shard-2"],
    load: async () => (await import("./load-3Q2PNZ6K.js")).loadCommand
  },
  spelling: {
    summary: "Check the spelling alone; --baseline records the words the site already uses, so later runs flag only new ones",
    usage: `primetime spelling [--config primetime.yml] [--baseline] [--out dir] [--format \u2026]

Reads the home page, site.pages and the funnel in French (the spelling check alone). Likely typos block;
names, jargon and English words are listed, not flagged. --baseline then adds every word the dictionary does
not know to the words file (primetime.words.txt by default, the spelling check's wordsFile option): review it
once, fix the typos on the site rather than keep them, and commit it.`,
    examples: ["primetime spelling", "primetime spelling --baseline"],
    load: async () => (await import("./spelling-CCAAJ6A4.js")).spellingCommand
  },
  watch: {
    summary: "Watch the pages and the live AWS figures during the show, keep the timeline, and alert the team once per change",
    usage: `primetime watch [--config primetime.yml] [--interval 10s] [--duration 2h] [--serve [--port 8080]] [--resume] [--test-alert]

From watch.from to watch.until (default T-15m to T+1h around airtime), every interval: one GET of the home page,
the funnel's first step and the plan-B page; each ok, watch (slow) or act (an error, no answer, or a page that is
not the site's own). With AWS credentials, once a minute, the live figures of the resources the checks name
(CloudWatch: requests/s, 5xx share, p95, peak LCUs, healthy targets, instances in service, CDN requests and 5xx),
each against the plan, with its fix. On a terminal one screen, redrawn in place; elsewhere a line per look.
Every look is appended to watch.out/timeline.jsonl, so nothing is lost if the terminal closes (--resume continues
it). One alert per change of state goes to watch.alerts (Slack-compatible, Teams, or JSON webhooks).
--serve shows the watch as a web page on 127.0.0.1 (--port, else a free one), with a chart of each figure and
airtime marked. --duration starts now (a rehearsal); --test-alert sends one message to each webhook.`,
    examples: ["primetime watch", "primetime watch --serve --port 8080", "primetime watch --duration 30m --interval 5s", "primetime watch --test-alert"],
    load: async () => (await import("./watch-7JDXLT35.js")).watchCommand
  },
  report: {
    summary: "After the show: from the watch timeline, the peak against the plan, the 5xx share, time in each state (--show)",
    usage: `primetime report --show [--config primetime.yml] [--timeline file] [--out dir]

Reads watch.out/timeline.jsonl (or --timeline) and writes after-show.md and after-show.html beside it (or in --out):
the peak requests/s and when, against the plan; the 5xx share at the load balancers; for each page how long it was
ok, to watch or to act, its p95 and slowest response, its 5xx answers and stock pages, how long it showed the
site's own error page (plan B), when it was in act; each live figure's peak and time in each state; the HTML with
charts, airtime marked. What a team posts after the show.`,
    examples: ["primetime report --show", "primetime report --show --timeline watch/timeline.jsonl --out after-show"],
    load: async () => (await import("./report-27ESLFMZ.js")).reportCommand
  },
  runbook: {
    summary: "Show the run of show: each step with its time, its owner and its state (done, late, due, skipped, manual)",
    usage: `primetime runbook [--config primetime.yml] [--report dir] [--markdown file] [--ics file]

The steps come from the runbook section of primetime.yml (at: T-3d, T-30m, T+45m or an ISO 8601 date; title;
owner; check or command), else from what primetime derives from the enabled checks. A step with a check is done
when that check passed in the last report (report.out, or --report), skipped when that report skipped it, late
once its time has passed, due before; the others are manual. --markdown writes it as a table, --ics as an iCalendar file (one event per step, owner in
the description) a team imports into its calendars.`,
    examples: ["primetime runbook", "primetime runbook --ics show.ics --markdown show.md"],
    load: async () => (await import("./runbook-GJLE6RGC.js")).runbookCommand
  },
  setup: {
    summary: "Install ahead of time what the browser and spelling checks load on first use (Lighthouse, Playwright, dictionaries)",
    usage: `primetime setup [--config primetime.yml] [--checks ids]

Lighthouse, Playwright and the spelling dictionaries are not installed with primetime: the first run of a check
that needs one installs it with npm into the cache folder ($PRIMETIME_CACHE, else ~/.cache/primetime), once per
version. setup does it ahead of time, for a CI image or a runner that cannot reach the npm registry when it
checks: the checks named by --checks, else those the config enables, else every one.`,
    examples: ["primetime setup", "primetime setup --checks lighthouse,spelling"],
    load: async () => (await import("./setup-WPLCBSYT.js")).setupCommand
  },
  merge: {
    summary: "Merge the load shards' results into one verdict (exact histogram merge)",
    usage: `primetime merge <result files or folders>\u2026 [--config primetime.yml] [--out dir] [--format \u2026] [--json] [--quiet]
       primetime merge --k6 <k6 output files>\u2026 [--config primetime.yml]

Folders are searched for result-i-of-N.json (primetime's shards, or the exported locustfile's workers). Every
shard must be there once, from the same run (its run id, started together) and the same settings.
--k6 reads k6's raw metric stream (k6 run --out json=\u2026 or --out csv=\u2026, gzipped or not, one file per runner) and
judges it against the config's whole shot, its pages apart from their files; every runner of the TestRun must be
there once, and k6's end-of-test summary cannot be merged. Merging sends nothing: no \${VAR} value is needed.`,
    examples: [
      "primetime merge shards/",
      "primetime merge results/                          (a Locust run's workers)",
      "primetime merge --k6 k6-results/*.json.gz --config primetime.yml"
    ],
    load: async () => (await import("./merge-K7CPX3AF.js")).mergeCommand
  },
  export: {
    summary: "Write the load shot as a k6 script or a locustfile",
    usage: `primetime export --k6 | --locust [--config primetime.yml] [--out file]

The whole shot (the plan's schedule, uncut by one machine's maxRate), its scenario, caps, think time and budgets,
for engines that spread it over several machines: as many runners as keep each under load.caps.maxRate, the
pages' files counted (each page whose files are fetched is read once, with a GET). With --out, --k6 also writes a
k6-operator TestRun beside the script (load.k6-operator.yaml); --locust writes primetime's open model for Locust,
standalone or distributed. Judge either run with primetime merge.`,
    examples: ["primetime export --locust --out locustfile.py", "primetime export --k6 --out load.js"],
    load: async () => (await import("./export-GHGK5GWF.js")).exportCommand
  },
  demo: {
    summary: "Serve the built-in demo site on 127.0.0.1 and run every check against it",
    usage: `primetime demo [--variant clean|typo|stock-503|\u2026] [--only ids] [--skip ids] [--out dir] [--format \u2026] [--list-variants]
       primetime demo --serve [--port 8080] [--variant \u2026]
       primetime demo --watch [--duration 1m]

--serve only serves the demo site, until Ctrl-C, and writes its config to primetime-demo.json in the current
folder: point primetime check (or the Action) at it with --config primetime-demo.json.
--watch runs primetime watch on the demo site for a minute (or --duration), with a scripted incident: its home
page goes down for the middle third, then comes back; the after-show summary follows.`,
    examples: ["primetime demo", "primetime demo --variant typo --only spelling", "primetime demo --list-variants", "primetime demo --serve --port 8080"],
    load: async () => (await import("./demo-GKWAUEQM.js")).demoCommand
  }
};
function commandHelp({ usage, examples }) {
  return `${usage}

Examples:
${examples.map((e) => `  ${e}`).join("\n")}
`;
}
function mainHelp() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `primetime ${VERSION}: is the site ready for the broadcast? GO or NO-GO.

Usage: primetime <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`).join("\n")}

Options for every command:
  -c, --config file   the config (default: primetime.yml, .yaml, .json, primetime.config.ts/.mjs/.js)
  -v, --verbose       more detail
  -h, --help          help for a command: primetime check --help
      --version       the version

Exit codes: 0 GO, 1 NO-GO, 2 tool or config error.

Examples:
  npx primetime demo
  npx primetime init --url https://www.example.fr
  npx primetime plan
  npx primetime check --format terminal,html,junit
`;
}

// src/cli/main.ts
async function main(argv, io2) {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V") {
    io2.stdout.write(VERSION + "\n");
    return EXIT.go;
  }
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.stdout.write(rest[0] && COMMANDS[rest[0]] ? commandHelp(COMMANDS[rest[0]]) : mainHelp());
    return EXIT.go;
  }
  const command = COMMANDS[name];
  if (!command) {
    io2.stderr.write(`primetime: unknown command "${name}".${didYouMean(name, Object.keys(COMMANDS))} Run "primetime --help".
`);
    return EXIT.toolError;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io2.stdout.write(commandHelp(command));
    return EXIT.go;
  }
  try {
    return await (await command.load())(rest, io2);
  } catch (error) {
    return reportError(error, io2, rest.includes("--verbose") || rest.includes("-v"));
  }
}
function reportError(error, io2, verbose) {
  if (error instanceof ConfigError) io2.stderr.write(`primetime: config error in ${error.message}
`);
  else if (error instanceof UsageError || error instanceof SelectionError || error instanceof ReportFolderError)
    io2.stderr.write(`primetime: ${error.message}
`);
  else {
    io2.stderr.write(`primetime: ${error?.message ?? String(error)}
`);
    if (verbose && error?.stack) io2.stderr.write(`${error.stack}
`);
    else io2.stderr.write("(run again with --verbose for details)\n");
  }
  return EXIT.toolError;
}

// src/cli/start.ts
var interrupt = new AbortController();
var interrupted = 0;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"])
  process.on(signal, () => {
    if (++interrupted > 1) process.exit(130);
    interrupt.abort(new Error(signal));
  });
var io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, interrupt: interrupt.signal };
var fail = (error) => {
  process.exitCode = reportError(error, io, process.argv.includes("--verbose"));
};
process.on("unhandledRejection", (reason) => isExpectedRejection(reason) || fail(reason));
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error) => error.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : fail(error));
process.on("uncaughtException", fail);
var exitSoon = (code) => {
  process.exitCode = code;
  const flushed = (stream) => new Promise((resolve) => stream.write("", () => resolve()));
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => setTimeout(() => process.exit(), 1e3).unref());
};
main(process.argv.slice(2), io).then(exitSoon, (error) => {
  fail(error);
  exitSoon(Number(process.exitCode ?? 2));
});
