import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  createAwsAccess,
  createMasker,
  redact
} from "./chunk-5R2BGNFJ.js";
import {
  VERSION
} from "./chunk-EE3ER6H6.js";
import {
  createNetwork
} from "./chunk-4I4NR6DS.js";
import {
  buildPlan
} from "./chunk-KREMGFCU.js";
import {
  ConfigError,
  didYouMean
} from "./chunk-C65WBHE4.js";
import {
  SelectionError
} from "./chunk-K56BJ7AD.js";
import {
  homeProblem
} from "./chunk-DIYW534B.js";
import {
  resolveSite
} from "./chunk-D3JRSC5Z.js";
import {
  mapLimit
} from "./chunk-REAIEUUL.js";
import {
  CheckOutcomeSchema,
  REPORT_SCHEMA_VERSION,
  byOutcome,
  outcomeOf,
  verdictOf
} from "./chunk-ID2OXKBK.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/report/assemble.ts
var EVIDENCE_ORDER = { fail: 0, warn: 1, info: 2, pass: 3 };
function finish(base, meta, outcome, durationMs, timeLeftMs) {
  const full = outcome;
  const couldNotRun = outcome.status === "error";
  return {
    ...base,
    title: couldNotRun ? `Could not verify: ${meta.title}` : outcome.status === "pass" || outcome.status === "skip" ? meta.title : meta.failureTitle,
    status: outcome.status,
    outcome: outcomeOf(outcome.status, base.severity),
    summary: outcome.summary,
    evidence: [...full.evidence ?? []].sort((a, b) => EVIDENCE_ORDER[a.level] - EVIDENCE_ORDER[b.level]),
    remediation: (full.remediation?.length ? full.remediation : couldNotRun ? [{ action: COULD_NOT_RUN_FIX }] : []).map((r) => ({
      ...r,
      ...r.leadTimeMs !== void 0 && timeLeftMs !== void 0 ? { tooLate: r.leadTimeMs > timeLeftMs } : {}
    })),
    artifacts: full.artifacts ?? [],
    ...full.charts?.length ? { charts: full.charts } : {},
    ...full.gauges?.length ? { gauges: full.gauges } : {},
    durationMs
  };
}
var COULD_NOT_RUN_FIX = "Remove what kept the check from running (its cause is above), then run it again: until then this point is not proven.";
function assembleReport(results, parts) {
  const { started, finished, notRun = [], ...rest } = parts;
  const counts = {
    blockers: results.filter((r) => r.outcome === "blocker").length,
    warnings: results.filter((r) => r.outcome === "warning").length,
    passed: results.filter((r) => r.outcome === "passed").length,
    skipped: results.filter((r) => r.outcome === "skipped").length
  };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "primetime", version: VERSION },
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    ...rest,
    notRun,
    verdict: verdictOf(counts, rest.failOn, rest.incomplete),
    counts,
    checks: results.sort(byOutcome)
  };
}

// src/core/runner.ts
import path2 from "node:path";

// src/core/home-step.ts
async function homeStep(checks, services, signal) {
  const touchesSite = checks.some((check) => check.meta.requires.some((r) => r === "network" || r === "browser"));
  if (!touchesSite) return void 0;
  const { http, site, network } = services.shared;
  const problem = await homeProblem(http, site.home, signal, network.timeoutMs, site.marker);
  if (!problem) return void 0;
  return finish(
    { id: "home-page", description: HOME_DESCRIPTION, severity: "error" },
    { title: "The home page answers", failureTitle: "The home page is not the site's page" },
    {
      status: "fail",
      summary: problem.message,
      evidence: [problem],
      remediation: [
        {
          action: "Make the home page answer 200 with the site's page (check the deploy, the origin and the CDN) before anything else: the other checks judge what it serves."
        }
      ]
    },
    0,
    void 0
  );
}
var HOME_DESCRIPTION = "Fetches the home page before the checks: it must answer 2xx with the site's own HTML page (not empty, carrying site.marker when set), or nothing the checks read can be taken for the site.";

// src/core/isolated.ts
async function runIsolated(check, ctx, timeoutMs, runSignal, log) {
  const controller = new AbortController();
  const stop = () => controller.abort(runSignal.reason);
  runSignal.addEventListener("abort", stop, { once: true });
  let timer;
  try {
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(timeoutMs)), timeoutMs);
      controller.signal.addEventListener("abort", () => reject(new InterruptedError()), { once: true });
    });
    return validateOutcome(await Promise.race([check.run({ ...ctx, signal: controller.signal }), deadline]));
  } catch (error) {
    if (error instanceof TimeoutError) controller.abort(error);
    log.debug(`${check.meta.id}: ${error?.stack ?? String(error)}`);
    if (error instanceof InterruptedError) return { status: "not-run", summary: "Interrupted before it finished." };
    return { status: "error", summary: `The check could not complete: ${error?.message ?? String(error)}` };
  } finally {
    clearTimeout(timer);
    runSignal.removeEventListener("abort", stop);
  }
}
var TimeoutError = class extends Error {
  constructor(ms) {
    super(`it did not finish within ${formatDuration(ms)} (raise its timeout option if it needs longer).`);
  }
};
var InterruptedError = class extends Error {
};
function validateOutcome(value) {
  const parsed = CheckOutcomeSchema.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join(".") || "the result"}: ${issue.message}`).join("; ");
    throw new Error(`it returned an invalid result (${where}); expected { status: pass | fail | warn | skip | error, summary, \u2026 }.`);
  }
  return parsed.data;
}

// src/core/logger.ts
function createLogger(verbose, write = (line) => process.stderr.write(line + "\n")) {
  return {
    debug: (message) => verbose && write(`  \xB7 ${message}`),
    info: (message) => write(message),
    warn: (message) => write(`warning: ${message}`)
  };
}
var silentLogger = { debug() {
}, info() {
}, warn() {
} };

// src/core/artifacts.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
function createArtifactStore(dir, mask = (text) => text) {
  const root = path.resolve(dir);
  return {
    dir: root,
    async save(requestedPath, raw) {
      const relativePath = mask(requestedPath).replace(/\*/g, "_");
      const data = typeof raw === "string" ? mask(raw) : raw;
      const target = path.resolve(root, relativePath);
      if (!target.startsWith(root + path.sep)) throw new Error(`artifact path escapes the report folder: ${relativePath}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, data);
      return path.relative(root, target).split(path.sep).join("/");
    }
  };
}

// src/core/services.ts
function openRun({ config }, options) {
  const started = options.clock.now();
  const airtime = config.event.airtime ? new Date(config.event.airtime) : void 0;
  const timeLeftMs = airtime ? airtime.getTime() - started.getTime() : void 0;
  const { network, http } = createNetwork(config);
  const site = resolveSite(config.site);
  let launch;
  const chromium = () => launch ??= (async () => {
    const { findBrowser } = await import("./launch-S23SDCEL.js");
    const { chromiumNetworkArgs } = await import("./network-W3XPZDHD.js");
    const executablePath = await findBrowser(config.browser.executablePath);
    return { executablePath, args: [...config.browser.args, ...await chromiumNetworkArgs(config, site, network, options.signal)] };
  })();
  let browser;
  const launchShared = async () => {
    const { launchBrowser } = await import("./launch-S23SDCEL.js");
    const { executablePath, args } = await chromium();
    return launchBrowser(executablePath, args);
  };
  return {
    shared: {
      event: { ...config.event, airtime, timeLeftMs },
      plan: buildPlan(config.event),
      site,
      network,
      http,
      aws: createAwsAccess(config),
      artifacts: createArtifactStore(options.outDir, options.mask),
      chromium,
      browser: () => browser ??= (options.launchBrowser ?? launchShared)()
    },
    started,
    ...timeLeftMs !== void 0 ? { timeLeftMs } : {},
    close: async () => void await Promise.allSettled([http.close(), browser?.then((b) => b.close())])
  };
}

// src/core/runner.ts
function selectChecks(loaded, only = [], skip = []) {
  const known = loaded.checks.map((entry) => entry.check.meta.id);
  for (const id of [...only, ...skip]) {
    if (!known.includes(id)) throw new SelectionError(`unknown check "${id}" in --only/--skip.${didYouMean(id, known)} Known checks: ${known.join(", ")}.`);
  }
  const chosen = loaded.checks.filter(
    ({ check, severity }) => (only.length > 0 ? only.includes(check.meta.id) : severity !== "off") && !skip.includes(check.meta.id)
  );
  const problems = chosen.flatMap(({ problemsIfRun }) => problemsIfRun ?? []);
  if (problems.length > 0) throw new ConfigError(loaded.file, problems);
  return chosen.map(({ check, severity, options, timeoutMs }) => ({
    check,
    // Naming an "off" check in --only runs it: the user asked for it by name.
    severity: severity === "off" ? "error" : severity,
    options,
    timeoutMs: timeoutMs ?? check.meta.timeout ?? loaded.config.runner.timeout
  }));
}
function notRunIds(loaded, selected) {
  const chosen = new Set(selected.map(({ check }) => check.meta.id));
  return loaded.checks.filter(({ check, severity }) => severity !== "off" && !chosen.has(check.meta.id)).map(({ check }) => check.meta.id);
}
async function runChecks(options) {
  const { loaded, selected } = options;
  const { config } = loaded;
  const clock = options.clock ?? { now: () => /* @__PURE__ */ new Date() };
  const mask = options.mask ?? createMasker(loaded.secrets);
  const signal = options.signal ?? new AbortController().signal;
  const services = openRun(loaded, { outDir: options.outDir, clock, mask, signal, ...options.launchBrowser ? { launchBrowser: options.launchBrowser } : {} });
  const runOne = (entry) => runEntry(entry, { ...options, clock, signal }, services);
  let results;
  try {
    for (const { check } of selected)
      if (check.meta.exclusive && check.warmUp && !signal.aborted)
        void Promise.resolve().then(() => check.warmUp?.()).catch(() => void 0);
    const home = await homeStep(
      selected.map((s) => s.check),
      services,
      signal
    );
    const shared = await mapLimit(
      selected.filter((s) => !s.check.meta.exclusive),
      config.runner.concurrency,
      runOne
    );
    const alone = await mapLimit(
      selected.filter((s) => s.check.meta.exclusive),
      1,
      runOne
    );
    results = [...shared, ...alone, ...home ? [home] : []];
  } finally {
    await services.close();
  }
  const report = assembleReport(results, {
    started: services.started,
    finished: clock.now(),
    event: { name: config.event.name, airtime: config.event.airtime, timeLeftMs: services.timeLeftMs },
    site: { baseUrl: services.shared.site.baseUrl },
    plan: { figures: services.shared.plan.figures, notes: services.shared.plan.notes },
    failOn: options.failOn ?? "error",
    incomplete: signal.aborted,
    simulated: options.simulated ?? [],
    notRun: notRunIds(loaded, selected)
  });
  return redact(report, mask);
}
async function runEntry({ check, severity, options: checkOptions, timeoutMs }, run, services) {
  const { meta } = check;
  const base = { id: meta.id, description: meta.description, docs: meta.docs, severity };
  if (run.signal.aborted) return finish(base, meta, { status: "not-run", summary: "Not run: the run was interrupted." }, 0, services.timeLeftMs);
  run.onProgress?.({ type: "start", id: meta.id, title: meta.title });
  const { config, file } = run.loaded;
  let ended = false;
  const t0 = performance.now();
  const outcome = await runIsolated(
    check,
    {
      ...services.shared,
      options: checkOptions,
      ...meta.section ? { section: config[meta.section] } : {},
      baseDir: path2.resolve(path2.dirname(file)),
      clock: run.clock,
      log: run.log ?? silentLogger,
      // A check cut short (timeout, Ctrl-C) may still be winding down: its notes end with it.
      progress: (message) => ended || run.onProgress?.({ type: "note", id: meta.id, message }),
      step: (message) => ended || run.onProgress?.({ type: "step", id: meta.id, message })
    },
    timeoutMs,
    run.signal,
    run.log ?? silentLogger
  );
  ended = true;
  const result = finish(
    base,
    meta,
    outcome.status === "not-run" ? outcome : requiredAws(outcome, meta, config.aws?.required ?? false),
    performance.now() - t0,
    services.timeLeftMs
  );
  run.onProgress?.({ type: "end", result });
  return result;
}
function requiredAws(outcome, meta, required) {
  if (!required || outcome.status !== "skip" || !meta.requires.includes("aws")) return outcome;
  return { ...outcome, status: "error", summary: `${outcome.summary} (aws.required is set: an AWS check that skips proves nothing)` };
}

export {
  createLogger,
  finish,
  assembleReport,
  selectChecks,
  notRunIds,
  runChecks
};
