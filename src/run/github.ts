/**
 * What GitHub shows of a run, for the Action and for the CLI run inside a workflow: the job summary, and the
 * annotations. GitHub shows at most 10 error and 10 warning annotations per step: pick the ones that matter
 * (blockers first), and say how many more there are instead of losing them silently.
 */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../report/model.js';
import { renderMarkdown, STEP_SUMMARY_LIMIT } from '../report/render/markdown.js';
import { plural } from '../report/text.js';
import type { Io, Output } from './io.js';

export const ANNOTATION_CAP = 10;

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  omitted: { errors: number; warnings: number };
}

export function planAnnotations(report: Report, cap = ANNOTATION_CAP): AnnotationPlan {
  const toAnnotation =
    (level: Annotation['level']) =>
    (check: Report['checks'][number]): Annotation => {
      const top = check.evidence.filter((e) => e.level === 'fail' || e.level === 'warn').slice(0, 3);
      const fix = check.remediation[0]?.action;
      return {
        level,
        title: `${check.id}: ${check.title}`,
        message: [check.summary, ...top.map((e) => `- ${e.message}${e.target ? ` (${e.target})` : ''}`), ...(fix ? [`Fix: ${fix}`] : [])].join('\n'),
      };
    };
  // Report order is already blockers first; a warning that blocks (--fail-on warn) is still a warning annotation.
  const errors = report.checks.filter((c) => c.outcome === 'blocker').map(toAnnotation('error'));
  const warnings = report.checks.filter((c) => c.outcome === 'warning').map(toAnnotation('warning'));
  return {
    annotations: [...errors.slice(0, cap), ...warnings.slice(0, cap)],
    omitted: { errors: Math.max(0, errors.length - cap), warnings: Math.max(0, warnings.length - cap) },
  };
}

export function omittedNote({ omitted }: AnnotationPlan): string | undefined {
  const parts = [omitted.errors ? plural(omitted.errors, 'more blocker') : '', omitted.warnings ? plural(omitted.warnings, 'more warning') : ''].filter(
    Boolean,
  );
  return parts.length
    ? `GitHub shows ${ANNOTATION_CAP} annotations of each kind per step: ${parts.join(' and ')} are in this summary and the report, not as annotations.`
    : undefined;
}

/** The job summary: the Markdown report under GitHub's cap, and the note on annotations left out. */
export function jobSummary(report: Report, plan: AnnotationPlan, fullReport: string, appendix = ''): string {
  const note = omittedNote(plan);
  const markdown = renderMarkdown(report, { maxBytes: STEP_SUMMARY_LIMIT - 1024 - Buffer.byteLength(appendix), fullReport });
  return (note ? `${markdown}\n> ${note}\n` : markdown) + appendix;
}

// Workflow commands, escaped as @actions/core escapes them: a message may hold newlines, a title colons and commas.
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * `primetime check` run by a workflow step (GITHUB_ACTIONS=true) writes what the Action writes: the job summary and
 * the annotations, as Playwright's and Vitest's GitHub reporters do. `commands` is where the runner reads them.
 */
export async function reportToGithub(report: Report, io: Io, written: Record<string, string>, commands: Output, appendix = ''): Promise<void> {
  if (io.env.GITHUB_ACTIONS !== 'true') return;
  const plan = planAnnotations(report);
  for (const { level, title, message } of plan.annotations) commands.write(`::${level} title=${escapeProperty(title)}::${escapeData(message)}\n`);
  const html = written.html ?? written.json;
  const fullReport = html ? `${path.relative(io.cwd, html)} on the runner` : 'the terminal log of this step';
  if (io.env.GITHUB_STEP_SUMMARY) await appendFile(io.env.GITHUB_STEP_SUMMARY, jobSummary(report, plan, fullReport, appendix));
}
