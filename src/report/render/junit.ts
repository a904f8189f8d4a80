/** JUnit XML, one testcase per check: blockers are failures (errors when the check could not run), skips are skipped. */
import type { CheckReport, Report } from '../model.js';

export function escapeXml(text: string): string {
  // Control characters other than tab and newlines are not allowed in XML 1.0.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function details(check: CheckReport): string {
  const evidence = check.evidence.filter((e) => e.level !== 'pass' && e.level !== 'info').map((e) => `- ${e.message}${e.target ? ` (${e.target})` : ''}`);
  const fixes = check.remediation.map((r) => `Fix: ${r.action}${r.command ? `\n  $ ${r.command}` : ''}`);
  return escapeXml([check.summary, ...evidence, ...fixes].join('\n'));
}

type CaseKind = 'error' | 'failure' | 'skipped' | 'warning' | 'pass';

function caseKind(check: CheckReport, failOn: Report['failOn']): CaseKind {
  const blocks = check.outcome === 'blocker' || (check.outcome === 'warning' && failOn === 'warn');
  if (blocks) return check.status === 'error' ? 'error' : 'failure';
  return check.outcome === 'skipped' ? 'skipped' : check.outcome === 'warning' ? 'warning' : 'pass';
}

function testcase(check: CheckReport, kind: CaseKind): string {
  const open = `    <testcase classname="primetime.${escapeXml(check.id)}" name="${escapeXml(check.title)}" time="${(check.durationMs / 1000).toFixed(3)}"`;
  const message = escapeXml(check.summary);
  switch (kind) {
    case 'error':
    case 'failure':
      return `${open}>\n      <${kind} message="${message}" type="${check.status}">${details(check)}</${kind}>\n    </testcase>`;
    case 'skipped':
      return `${open}>\n      <skipped message="${message}"/>\n    </testcase>`;
    case 'warning':
      return `${open}>\n      <system-out>Warning: ${details(check)}</system-out>\n    </testcase>`;
    case 'pass':
      return `${open}/>`;
  }
}

export function renderJunit(report: Report): string {
  const kinds = report.checks.map((c) => caseKind(c, report.failOn));
  const count = (kind: CaseKind) => kinds.filter((k) => k === kind).length;
  const attrs = `tests="${report.checks.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${(report.durationMs / 1000).toFixed(3)}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="primetime" ${attrs}>
  <testsuite name="${escapeXml(`primetime: ${report.event.name}`)}" ${attrs} timestamp="${escapeXml(report.startedAt)}">
${report.checks.map((c, i) => testcase(c, kinds[i]!)).join('\n')}
  </testsuite>
</testsuites>
`;
}
