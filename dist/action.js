import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  error,
  getBooleanInput,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-XX5Y42ZR.js";
import {
  STEP_SUMMARY_LIMIT,
  parseFailOn,
  renderMarkdown,
  runAndReport
} from "./chunks/chunk-A22C23GW.js";
import {
  selectChecks
} from "./chunks/chunk-JKDQHITA.js";
import {
  list
} from "./chunks/chunk-KLMOQB4K.js";
import "./chunks/chunk-7FVSUVKW.js";
import {
  loadConfig
} from "./chunks/chunk-E6XUEH4R.js";
import {
  packageRoot
} from "./chunks/chunk-2C7HXIN7.js";
import "./chunks/chunk-3YKHSKX6.js";
import "./chunks/chunk-CYVSOOLC.js";
import "./chunks/chunk-WEAKMYOB.js";
import "./chunks/chunk-K56BJ7AD.js";
import "./chunks/chunk-EE3ER6H6.js";
import "./chunks/chunk-5JCOLP2K.js";
import {
  ConfigError,
  formatPath
} from "./chunks/chunk-YSW46EJP.js";
import "./chunks/chunk-GL2DH5J2.js";
import "./chunks/chunk-TCBRV6DQ.js";
import "./chunks/chunk-UBLAA3I5.js";
import "./chunks/chunk-REAIEUUL.js";
import "./chunks/chunk-CWJRHD6Y.js";
import "./chunks/chunk-EIUV5PCV.js";
import "./chunks/chunk-4F3PFGD6.js";
import {
  plural,
  verdictReason
} from "./chunks/chunk-7LFQCLIP.js";
import "./chunks/chunk-2CFVLJAK.js";
import "./chunks/chunk-QL2N4FKT.js";
import "./chunks/chunk-5VS2FEJU.js";

// src/action/main.ts
import { readFileSync } from "node:fs";
import path2 from "node:path";

// src/action/annotations.ts
var ANNOTATION_CAP = 10;
function planAnnotations(report, cap = ANNOTATION_CAP) {
  const toAnnotation = (level) => (check) => {
    const top = check.evidence.filter((e) => e.level === "fail" || e.level === "warn").slice(0, 3);
    const fix = check.remediation[0]?.action;
    return {
      level,
      title: `${check.id}: ${check.title}`,
      message: [check.summary, ...top.map((e) => `- ${e.message}${e.target ? ` (${e.target})` : ""}`), ...fix ? [`Fix: ${fix}`] : []].join("\n")
    };
  };
  const errors = report.checks.filter((c) => c.outcome === "blocker").map(toAnnotation("error"));
  const warnings = report.checks.filter((c) => c.outcome === "warning").map(toAnnotation("warning"));
  return {
    annotations: [...errors.slice(0, cap), ...warnings.slice(0, cap)],
    omitted: { errors: Math.max(0, errors.length - cap), warnings: Math.max(0, warnings.length - cap) }
  };
}
function omittedNote({ omitted }) {
  const parts = [omitted.errors ? plural(omitted.errors, "more blocker") : "", omitted.warnings ? plural(omitted.warnings, "more warning") : ""].filter(
    Boolean
  );
  return parts.length ? `GitHub shows ${ANNOTATION_CAP} annotations of each kind per step: ${parts.join(" and ")} are in this summary and the report, not as annotations.` : void 0;
}

// src/action/comment.ts
var COMMENT_MARKER = "<!-- primetime:report -->";
var COMMENT_LIMIT = 6e4;
async function github(target, method, path3, body) {
  const response = await fetch(`${target.apiUrl}${path3}`, {
    method,
    headers: {
      authorization: `Bearer ${target.token}`,
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "content-type": "application/json",
      "user-agent": "primetime"
    },
    body: body === void 0 ? void 0 : JSON.stringify(body)
  });
  if (!response.ok) {
    const hint = response.status === 403 || response.status === 404 ? ' (give the workflow "permissions: pull-requests: write")' : "";
    throw new Error(`GitHub API ${method} ${path3} answered ${response.status}${hint}: ${(await response.text()).slice(0, 200)}`);
  }
  return response.status === 204 ? void 0 : response.json();
}
async function upsertComment(target, markdown) {
  const body = `${COMMENT_MARKER}
${markdown}`;
  const base = `/repos/${target.repository}/issues`;
  for (let page = 1; ; page++) {
    const comments = await github(target, "GET", `${base}/${target.issueNumber}/comments?per_page=100&page=${page}`);
    const mine = comments.find((c) => c.body?.startsWith(COMMENT_MARKER));
    if (mine) {
      await github(target, "PATCH", `${base}/comments/${mine.id}`, { body });
      return { action: "updated", id: mine.id };
    }
    if (comments.length < 100) break;
  }
  const created = await github(target, "POST", `${base}/${target.issueNumber}/comments`, { body });
  return { action: "created", id: created.id };
}

// src/action/dependencies.ts
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
function missingPackages(packages, root) {
  return [...new Set(packages)].filter((name) => !existsSync(path.join(root, "node_modules", name, "package.json")));
}
async function installRuntimeDependencies(root) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  await promisify(execFile)(npm, ["ci", "--omit=dev", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
}

// src/action/main.ts
async function run() {
  const interrupt = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => interrupt.abort(new Error(signal)));
  try {
    const cwd = path2.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), getInput("working-directory") || ".");
    const chromePath = getInput("chrome-path");
    if (chromePath) process.env.CHROME_PATH = chromePath;
    const loaded = await loadConfig(getInput("config") || void 0, cwd);
    for (const secret of loaded.secrets) setSecret(secret);
    const only = list(getInput("only"));
    const skip = list(getInput("skip"));
    const needed = selectChecks(loaded, only, skip).flatMap((s) => s.check.meta.packages ?? []);
    const missing = missingPackages(needed, packageRoot());
    if (missing.length > 0)
      await group(`Installing ${missing.join(", ")} (first run of a browser or spelling check)`, () => installRuntimeDependencies(packageRoot()));
    const artifactName = getInput("artifact-name") || "primetime-report";
    const upload = flag("upload-artifact", true);
    const outDir = path2.resolve(cwd, getInput("out") || loaded.config.report.out);
    const io = { stdout: process.stdout, stderr: process.stdout, cwd, env: process.env, interrupt: interrupt.signal };
    const { report, written, exitCode } = await runAndReport({
      loaded,
      io,
      outDir,
      formats: ["terminal", "json", "html", "markdown", "junit"],
      only,
      skip,
      failOn: parseFailOn(getInput("fail-on") || void 0)
    });
    const plan = planAnnotations(report);
    for (const a of plan.annotations) (a.level === "error" ? error : warning)(a.message, { title: a.title });
    const fullReport = upload ? `the "${artifactName}" artifact of this run (report.html)` : `${path2.relative(cwd, written.html ?? outDir)} on the runner`;
    const note = omittedNote(plan);
    const markdown = renderMarkdown(report, { maxBytes: STEP_SUMMARY_LIMIT - 1024, fullReport });
    await summary.addRaw(note ? `${markdown}
> ${note}
` : markdown).write();
    setOutput("verdict", report.verdict);
    setOutput("blockers", report.counts.blockers);
    setOutput("warnings", report.counts.warnings);
    setOutput("report-json", written.json ?? "");
    setOutput("report-html", written.html ?? "");
    if (upload) {
      try {
        const { id } = await import("./chunks/artifact-4EJECPFU.js").then((m) => m.uploadReportFolder(outDir, artifactName));
        info(`Uploaded the report folder as artifact "${artifactName}"${id ? ` (id ${id})` : ""}.`);
      } catch (error2) {
        warning(`The report folder could not be uploaded as an artifact: ${error2.message}`, { title: "primetime" });
      }
    }
    await commentOnPullRequest(renderMarkdown(report, { maxBytes: COMMENT_LIMIT, fullReport }));
    if (exitCode !== 0)
      setFailed(
        report.incomplete ? "primetime: the run was interrupted; the partial report is marked incomplete." : `primetime: NO-GO: ${verdictReason(report)}.`
      );
    else info(`primetime: GO (${plan.annotations.length} annotation(s), at most ${ANNOTATION_CAP} of each kind).`);
  } catch (error2) {
    if (error2 instanceof ConfigError) {
      for (const p of error2.problems)
        error(`${formatPath(p.path)}: ${p.message}`, { title: "primetime config", file: path2.relative(process.cwd(), error2.file), startLine: p.line });
      setFailed(`primetime: ${error2.problems.length} problem(s) in ${error2.file} (see the annotations).`);
    } else setFailed(`primetime: ${error2?.message ?? String(error2)}`);
  }
}
function flag(name, fallback) {
  return getInput(name) === "" ? fallback : getBooleanInput(name);
}
async function commentOnPullRequest(markdown) {
  if (!flag("comment-on-pr", false)) return;
  const eventPath = process.env.GITHUB_EVENT_PATH;
  const event = eventPath ? JSON.parse(readFileSync(eventPath, "utf8")) : {};
  if (!event.pull_request) return info("comment-on-pr: not a pull_request event, no comment.");
  const token = getInput("github-token");
  if (!token) return warning("comment-on-pr needs github-token.", { title: "primetime" });
  try {
    const target = {
      apiUrl: process.env.GITHUB_API_URL ?? "https://api.github.com",
      repository: process.env.GITHUB_REPOSITORY ?? "",
      issueNumber: event.pull_request.number,
      token
    };
    const { action, id } = await upsertComment(target, markdown);
    info(`PR comment ${action} (id ${id}).`);
  } catch (error2) {
    warning(`The PR comment could not be written: ${error2.message}`, { title: "primetime" });
  }
}

// src/action/index.ts
await run();
