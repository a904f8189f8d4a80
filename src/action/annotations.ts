/**
 * GitHub shows at most 10 error and 10 warning annotations per step: pick the ones that matter (blockers first),
 * and say how many more there are instead of losing them silently.
 */
import type { Report } from '../report/model.js';
import { plural } from '../report/text.js';

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
