/**
 * The GitHub Action, as actions/typescript-action lays it out: run() is the only code that touches @actions/core,
 * and importing this module runs nothing (index.ts calls run()). Everything else (the checks, the renderings, the
 * annotation plan, the PR comment) is plain code shared with the CLI.
 */
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ANNOTATION_CAP, jobSummary, planAnnotations } from '../run/github.js';
import { runbookSection } from '../run/runbook.js';
import { COMMENT_LIMIT, upsertComment } from './comment.js';
import { writeCliLaunchers } from './cli-on-path.js';
import { installOnDemand } from './dependencies.js';
import { list } from '../util/list.js';
import type { Io } from '../run/io.js';
import type { Report } from '../report/model.js';
import { parseFailOn, runAndReport } from '../run/run-and-report.js';
import { loadConfig } from '../config/load.js';
import { ConfigError, formatPath } from '../config/problems.js';
import { renderMarkdown } from '../report/render/markdown.js';
import { verdictReason } from '../report/text.js';

export async function run(): Promise<void> {
  const interrupt = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => interrupt.abort(new Error(signal)));
  try {
    const cwd = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), core.getInput('working-directory') || '.');
    const chromePath = core.getInput('chrome-path');
    if (chromePath) process.env.CHROME_PATH = chromePath;
    const loaded = await loadConfig(core.getInput('config') || undefined, cwd);
    for (const secret of loaded.secrets) core.setSecret(secret);

    const only = list(core.getInput('only'));
    const skip = list(core.getInput('skip'));
    core.addPath(await writeCliLaunchers(process.env.RUNNER_TEMP ?? os.tmpdir()));

    const artifactName = core.getInput('artifact-name') || 'primetime-report';
    const upload = flag('upload-artifact', true);
    const io: Io = { stdout: process.stdout, stderr: process.stdout, cwd, env: process.env, interrupt: interrupt.signal };
    const { report, written, folder, exitCode } = await runAndReport({
      loaded,
      io,
      outDir: path.resolve(cwd, core.getInput('out') || loaded.config.report.out),
      outChosen: core.getInput('out') !== '',
      formats: ['terminal', 'json', 'html', 'markdown', 'junit'],
      only,
      skip,
      failOn: parseFailOn(core.getInput('fail-on') || undefined),
      install: installOnDemand,
    });

    const plan = planAnnotations(report);
    for (const a of plan.annotations) (a.level === 'error' ? core.error : core.warning)(a.message, { title: a.title });
    const fullReport = upload ? `the "${artifactName}" artifact of this run (report.html)` : `${path.relative(cwd, written.html ?? folder)} on the runner`;
    await core.summary.addRaw(jobSummary(report, plan, fullReport, runbookSection(loaded, report))).write();

    setOutputs(report, written);
    if (upload) await uploadFolder(folder, artifactName);
    await commentOnPullRequest(renderMarkdown(report, { maxBytes: COMMENT_LIMIT, fullReport }));

    if (exitCode !== 0)
      core.setFailed(
        report.incomplete ? 'primetime: the run was interrupted; the partial report is marked incomplete.' : `primetime: NO-GO: ${verdictReason(report)}.`,
      );
    else core.info(`primetime: GO: ${verdictReason(report)} (${plan.annotations.length} annotation(s), at most ${ANNOTATION_CAP} of each kind).`);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems)
        core.error(`${formatPath(p.path)}: ${p.message}`, { title: 'primetime config', file: path.relative(process.cwd(), error.file), startLine: p.line });
      core.setFailed(`primetime: ${error.problems.length} problem(s) in ${error.file} (see the annotations).`);
    } else core.setFailed(`primetime: ${(error as Error)?.message ?? String(error)}`);
  }
}

/** The Action's outputs, for the steps after it. */
function setOutputs(report: Report, written: Record<string, string>) {
  core.setOutput('verdict', report.verdict);
  core.setOutput('blockers', report.counts.blockers);
  core.setOutput('warnings', report.counts.warnings);
  core.setOutput('not-run', report.notRun.join(','));
  core.setOutput('report-json', written.json ?? '');
  core.setOutput('report-html', written.html ?? '');
}

/** The report folder as an artifact of the run; a failed upload is a warning, never a changed verdict. */
async function uploadFolder(folder: string, artifactName: string) {
  try {
    const { id } = await import('./artifact.js').then((m) => m.uploadReportFolder(folder, artifactName));
    core.info(`Uploaded the report folder as artifact "${artifactName}"${id ? ` (id ${id})` : ''}.`);
  } catch (error) {
    core.warning(`The report folder could not be uploaded as an artifact: ${(error as Error).message}`, { title: 'primetime' });
  }
}

/** A boolean input; absent (a step run outside action.yml's defaults) means the default. */
function flag(name: string, fallback: boolean): boolean {
  return core.getInput(name) === '' ? fallback : core.getBooleanInput(name);
}

async function commentOnPullRequest(markdown: string): Promise<void> {
  if (!flag('comment-on-pr', false)) return;
  const eventPath = process.env.GITHUB_EVENT_PATH;
  const event = eventPath ? (JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number: number } }) : {};
  if (!event.pull_request) return core.info('comment-on-pr: not a pull_request event, no comment.');
  const token = core.getInput('github-token');
  if (!token) return core.warning('comment-on-pr needs github-token.', { title: 'primetime' });
  try {
    const target = {
      apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      repository: process.env.GITHUB_REPOSITORY ?? '',
      issueNumber: event.pull_request.number,
      token,
    };
    const { action, id } = await upsertComment(target, markdown);
    core.info(`PR comment ${action} (id ${id}).`);
  } catch (error) {
    core.warning(`The PR comment could not be written: ${(error as Error).message}`, { title: 'primetime' });
  }
}
