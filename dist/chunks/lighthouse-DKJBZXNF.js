import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  expectLateRejections
} from "./chunk-XP5BQFCL.js";
import {
  CHROMIUM_FLAGS
} from "./chunk-SWCGTKMY.js";
import {
  slugify
} from "./chunk-YFSQWLA5.js";
import {
  readOnlyScript
} from "./chunk-372EV6TC.js";
import {
  importOnDemand
} from "./chunk-2W5G6BIE.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-2C7HXIN7.js";
import {
  Timeout,
  UrlOrPath,
  defineCheck,
  pagePath
} from "./chunk-ID2OXKBK.js";
import {
  findings
} from "./chunk-JCBWU32H.js";
import {
  formatNumber
} from "./chunk-KHW7QP7J.js";
import {
  external_exports
} from "./chunk-WLZ2LAD6.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// checks/lighthouse/session.ts
var CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
var TIMED_CATEGORIES = ["performance"];
function unscoredAudits(config) {
  const weights = /* @__PURE__ */ new Map();
  for (const id of CATEGORIES) for (const ref of config.categories?.[id]?.auditRefs ?? []) weights.set(ref.id, Math.max(weights.get(ref.id) ?? 0, ref.weight));
  return [...weights].filter(([, weight]) => weight === 0).map(([id]) => id);
}
async function warmUpLighthouse() {
  const [{ initializeConfig }] = await Promise.all([
    importOnDemand("lighthouse/core/config/config.js"),
    sessionModules()
  ]);
  await initializeConfig("navigation", void 0, { onlyCategories: [...CATEGORIES] });
}
var sessionModules = () => Promise.all([
  importOnDemand("lighthouse"),
  import("chrome-launcher"),
  importOnDemand("lighthouse/core/config/desktop-config.js"),
  importOnDemand("puppeteer-core"),
  importOnDemand("lighthouse/core/lib/page-functions.js")
]);
async function openSession(ctx) {
  const [{ default: lighthouse, defaultConfig }, { launch }, { default: desktopConfig }, { connect }, { pageFunctions }] = await sessionModules();
  const { executablePath, args } = await ctx.chromium();
  const chrome = await launch({
    chromePath: executablePath,
    chromeFlags: [...CHROMIUM_FLAGS, ...args],
    logLevel: "silent",
    // primetime handles Ctrl-C itself (a partial report, exit 2): chrome-launcher's handler would exit 130 first.
    handleSIGINT: false
  });
  let driver;
  const benchmark = benchmarkOnce(pageFunctions);
  const end = async () => {
    benchmark.restore();
    await driver?.disconnect();
    chrome.kill();
  };
  const stop = () => (expectTargetClosed(), void end());
  const killOnExit = () => chrome.kill();
  ctx.signal.addEventListener("abort", stop, { once: true });
  process.once("exit", killOnExit);
  const close = async () => {
    ctx.signal.removeEventListener("abort", stop);
    process.removeListener("exit", killOnExit);
    await end();
  };
  try {
    driver = await readOnlyPage(connect, chrome.port);
  } catch (error) {
    await close();
    throw error;
  }
  const page = driver.page;
  const headers = Object.keys(ctx.site.headers).length ? { extraHeaders: ctx.site.headers } : {};
  const unscored = unscoredAudits(defaultConfig);
  return {
    async audit(url, formFactor, timeoutMs, complete) {
      const flags = {
        port: chrome.port,
        output: "html",
        logLevel: "error",
        ...complete ? { onlyCategories: [...CATEGORIES] } : { onlyCategories: [...TIMED_CATEGORIES], disableFullPageScreenshot: true, skipAudits: unscored },
        ...headers
      };
      const result = await withinRunTimeout(timeoutMs, lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : void 0, page));
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result !== "timeout") benchmark.measured(result.lhr.environment?.benchmarkIndex);
      return result;
    },
    close
  };
}
function benchmarkOnce(functions) {
  const measure2 = functions.computeBenchmarkIndex;
  return {
    measured(index) {
      if (functions.computeBenchmarkIndex !== measure2 || typeof index !== "number" || !Number.isFinite(index)) return;
      functions.computeBenchmarkIndex = Object.assign(() => index, { toString: () => `() => ${index}` });
    },
    restore() {
      functions.computeBenchmarkIndex = measure2;
    }
  };
}
async function readOnlyPage(connect, port) {
  const browser = await connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(readOnlyScript("__primetimeReadOnly"));
  await page.setRequestInterception(true);
  page.on(
    "request",
    (request) => void (["GET", "HEAD"].includes(request.method()) ? request.continue() : request.abort("blockedbyclient")).catch(() => void 0)
  );
  return { page, disconnect: () => browser.disconnect().catch(() => void 0) };
}
async function withinRunTimeout(ms, run) {
  let timer;
  const deadline = new Promise((resolve) => timer = setTimeout(() => resolve("timeout"), ms));
  try {
    const result = await Promise.race([run, deadline]);
    if (result === "timeout") expectTargetClosed();
    return result;
  } finally {
    clearTimeout(timer);
    run.catch(() => void 0);
  }
}
var TARGET_CLOSED_GRACE_MS = 1e4;
var expectTargetClosed = () => expectLateRejections(/Target closed|Connection closed|Session closed/i, TARGET_CLOSED_GRACE_MS);

// checks/lighthouse/stats.ts
function spreadOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted.at(-1), runs: values };
}
function judgeRuns(values, threshold, higherIsBetter) {
  const passes = values.map((v) => higherIsBetter ? v >= threshold : v <= threshold);
  if (passes.every(Boolean)) return "pass";
  if (!passes.some(Boolean)) return "fail";
  return "inconclusive";
}

// checks/lighthouse/host.ts
import os from "node:os";
var SLOWEST_BENCHMARK_INDEX = 1e3;
var BUSIEST_SHARE = 0.95;
var CPU_SENSITIVE = /* @__PURE__ */ new Set(["performance", "LCP", "TBT", "FCP"]);
function cpuMeter() {
  const start = cpuTimes();
  return {
    busy() {
      const end = cpuTimes();
      const total = end.total - start.total;
      return total > 0 ? 1 - (end.idle - start.idle) / total : 0;
    }
  };
}
function cpuTimes() {
  let [idle, total] = [0, 0];
  for (const { times } of os.cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}
function unfitHost(samples) {
  if (samples.length === 0) return void 0;
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const busy = median(samples.map((s) => s.busy));
  const indexes = samples.map((s) => s.benchmarkIndex).filter((i) => i !== void 0);
  const index = indexes.length > 0 ? median(indexes) : void 0;
  const causes = [
    ...busy >= BUSIEST_SHARE ? [`the machine's CPU was ${Math.round(busy * 100)} % busy during the runs (something else was running)`] : [],
    ...index !== void 0 && index < SLOWEST_BENCHMARK_INDEX ? [`the machine is slower than Lighthouse expects (benchmarkIndex ${formatNumber(Math.round(index))}; it expects 1,000 or more)`] : []
  ];
  return causes.length > 0 ? causes.join(", and ") : void 0;
}

// checks/lighthouse/index.ts
var METRICS = {
  lcp: { audit: "largest-contentful-paint", label: "LCP", unit: "ms" },
  cls: { audit: "cumulative-layout-shift", label: "CLS", unit: "" },
  tbt: { audit: "total-blocking-time", label: "TBT", unit: "ms" },
  fcp: { audit: "first-contentful-paint", label: "FCP", unit: "ms" }
};
var Thresholds = external_exports.strictObject({
  performance: external_exports.number().min(0).max(1).nullable().optional(),
  accessibility: external_exports.number().min(0).max(1).nullable().optional(),
  "best-practices": external_exports.number().min(0).max(1).nullable().optional(),
  seo: external_exports.number().min(0).max(1).nullable().optional(),
  lcp: external_exports.number().min(0).nullable().optional().describe("ms"),
  cls: external_exports.number().min(0).nullable().optional(),
  tbt: external_exports.number().min(0).nullable().optional().describe("ms"),
  fcp: external_exports.number().min(0).nullable().optional().describe("ms")
});
var DEFAULT_THRESHOLDS = {
  performance: 0.9,
  accessibility: 0.9,
  "best-practices": 0.9,
  seo: 0.9,
  lcp: 2500,
  cls: 0.1,
  tbt: 200,
  fcp: 1800
};
var Options = external_exports.strictObject({
  pages: external_exports.array(external_exports.union([UrlOrPath, external_exports.strictObject({ url: UrlOrPath, thresholds: Thresholds.default({}) })])).default([]).describe("Pages besides the home page (always audited), each with its own thresholds if needed."),
  formFactors: external_exports.array(external_exports.enum(["mobile", "desktop"])).min(1).default(["mobile"]),
  runs: external_exports.number().int().min(1).max(9).default(3).describe("Runs per page and form factor; the median of the timings decides."),
  thresholds: Thresholds.default({}),
  runTimeout: Timeout.prefault("2m").describe("One run on one page at most: a page that never finishes loading (a script looping forever) ends there.")
});
var lighthouse_default = defineCheck({
  meta: {
    id: "lighthouse",
    title: "Lighthouse scores and Web Vitals meet their thresholds on mobile",
    failureTitle: "A page is too slow or fails Lighthouse thresholds",
    description: "Runs Lighthouse on the home page and the configured pages (mobile by default, desktop on request), several times each, and judges the median of the performance score and each metric against its threshold (accessibility, best practices and SEO, which timing does not change, on the first, complete run); when a threshold lies inside the spread of the runs the result is inconclusive, not a coin flip.",
    options: Options,
    recommended: "error",
    requires: ["browser"],
    packages: ["lighthouse", "chrome-launcher", "puppeteer-core"],
    // Lighthouse must never run beside another Lighthouse or browser check: it measures the machine too.
    exclusive: true,
    timeout: 9e5
  },
  warmUp: warmUpLighthouse,
  async run(ctx) {
    const found = findings();
    const artifacts = [];
    const gauges = [];
    const session = await openSession(ctx);
    try {
      audit: for (const target of targets(ctx))
        for (const formFactor of ctx.options.formFactors) {
          const { samples, stuck } = await measure(ctx, session, target, formFactor, found, artifacts);
          if (stuck) break audit;
          if (samples.length > 0) gauges.push(...judgeSamples(target, formFactor, samples, ctx.options.runs, found));
        }
    } finally {
      await session.close();
    }
    if (found.count("fail") + found.count("warn") > 0)
      found.fix(
        "Open the Lighthouse reports linked below: each failing audit comes with its fix (render-blocking resources, image sizes, main-thread work\u2026). For inconclusive results, raise runs."
      );
    return found.outcome(`Lighthouse ${ctx.options.formFactors.join(" and ")}: every median meets its threshold.`, { artifacts, gauges });
  }
});
var READ_ONCE = new Set(CATEGORIES.filter((c) => !TIMED_CATEGORIES.includes(c)));
async function measure(ctx, session, target, formFactor, found, artifacts) {
  const samples = [];
  const where = `${pagePath(target.url)} (${formFactor})`;
  for (let run = 1; run <= ctx.options.runs && !ctx.signal.aborted; run++) {
    ctx.step(`run ${run}/${ctx.options.runs} on ${where}`);
    const cpu = cpuMeter();
    const complete = run === 1;
    const result = await session.audit(target.url, formFactor, ctx.options.runTimeout, complete);
    if (result === "timeout") {
      found.fail(
        `${where}: the page never finished loading within ${formatDuration(ctx.options.runTimeout)} (Lighthouse run ${run}): a script may loop forever or the page may wait on something that never answers.`,
        { target: target.url }
      );
      return { samples, stuck: true };
    }
    const { lhr, report } = result;
    const path = await ctx.artifacts.save(
      `lighthouse/${slugify(new URL(target.url).pathname, "home")}-${formFactor}-run${run}.html`,
      Array.isArray(report) ? report[0] : report
    );
    artifacts.push({ kind: "report", path, title: `Lighthouse ${formFactor} run ${run}: ${pagePath(target.url)}` });
    if (lhr.runtimeError) {
      found.fail(`${where}: Lighthouse could not audit the page: ${lhr.runtimeError.message}`, { target: target.url, artifact: path });
      break;
    }
    samples.push({
      // A category the run should have scored and did not counts as 0: never a pass by omission.
      categories: Object.fromEntries((complete ? CATEGORIES : TIMED_CATEGORIES).map((c) => [c, lhr.categories[c]?.score ?? 0])),
      metrics: Object.fromEntries(Object.entries(METRICS).map(([key, m]) => [key, lhr.audits[m.audit]?.numericValue ?? Number.NaN])),
      host: { benchmarkIndex: lhr.environment?.benchmarkIndex, busy: cpu.busy() }
    });
  }
  return { samples, stuck: false };
}
function targets(ctx) {
  const byUrl = /* @__PURE__ */ new Map([[ctx.site.home, {}]]);
  for (const page of ctx.options.pages) {
    const { url, thresholds } = typeof page === "string" ? { url: page, thresholds: {} } : page;
    const absolute = new URL(url, ctx.site.baseUrl).toString();
    byUrl.set(absolute, { ...byUrl.get(absolute), ...thresholds });
  }
  return [...byUrl].map(([url, thresholds]) => ({ url, thresholds: { ...DEFAULT_THRESHOLDS, ...ctx.options.thresholds, ...thresholds } }));
}
function judgeSamples(target, formFactor, samples, runs, found) {
  const where = `${pagePath(target.url)} (${formFactor})`;
  const gauges = [];
  const unfit = unfitHost(samples.map((s) => s.host));
  const judge = (name, values, threshold, higherIsBetter, format) => {
    if (threshold === null || threshold === void 0 || values.length === 0 || values.some(Number.isNaN)) return;
    const spread = spreadOf(values);
    const verdict = judgeRuns(values, threshold, higherIsBetter);
    const value = READ_ONCE.has(name) ? `${format(spread.median)} (the complete run's: timing does not change it)` : `median ${format(spread.median)}${values.length > 1 ? ` (min ${format(spread.min)}, max ${format(spread.max)} over ${values.length} runs)` : ""}`;
    const rule = `${higherIsBetter ? "at least" : "at most"} ${format(threshold)}`;
    const data = { formFactor, metric: name, threshold, ...spread };
    const details = { target: target.url, data };
    if (verdict === "pass") found.pass(`${where} ${name}: ${value}, ${rule}.`, details);
    else if (verdict === "fail" && unfit && CPU_SENSITIVE.has(name))
      found.warn(
        `${where} ${name}: inconclusive: ${value} misses ${rule}, but ${unfit}: the machine, not the site, may explain it. Run again on a quieter or faster machine.`,
        { ...details, data: { ...data, unfitHost: unfit } }
      );
    else if (verdict === "fail") found.fail(`${where} ${name}: ${value}, needs ${rule}.`, details);
    else
      found.warn(
        `${where} ${name}: inconclusive: the runs (${format(spread.min)} to ${format(spread.max)}, median ${format(spread.median)}) straddle the threshold (${rule}). Run more than ${runs} times (runs option) or on a quieter machine.`,
        details
      );
  };
  for (const category of CATEGORIES) {
    const scores = samples.flatMap((s) => s.categories[category] ?? []);
    judge(category, scores, target.thresholds[category], true, (n) => n.toFixed(2));
    if (scores.length === 0 || !scores.every((score) => typeof score === "number" && !Number.isNaN(score))) continue;
    const threshold = target.thresholds[category];
    const { min, median, max } = spreadOf(scores);
    gauges.push({ label: `${category} ${where}`, value: median, min, max, ...typeof threshold === "number" ? { threshold } : {} });
  }
  for (const [key, metric] of Object.entries(METRICS)) {
    judge(
      metric.label,
      samples.map((s) => s.metrics[key]),
      target.thresholds[key],
      false,
      (n) => metric.unit ? `${formatNumber(Math.round(n))} ms` : n.toFixed(3)
    );
  }
  return gauges;
}
export {
  DEFAULT_THRESHOLDS,
  METRICS,
  lighthouse_default as default,
  judgeSamples
};
