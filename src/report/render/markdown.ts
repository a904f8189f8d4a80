/**
 * Markdown for GitHub's job summary (capped at 1 MiB) and the PR comment (64 KB): blockers first, and when the
 * text would pass the cap it stops at a whole section and says what was left out and where the rest is.
 */
import type { CheckReport, Report } from '../model.js';
import { countsLine, formatNumber, leadTimeText, OUTCOME_HEADINGS, plural, summaryIsNews, timeLeftText, verdictReason } from '../text.js';

export interface MarkdownOptions {
  /** Byte cap of the whole text. GitHub's step summary takes 1 MiB; a PR comment 65,536 characters. */
  maxBytes?: number;
  /** Where the full report is, for the truncation note: "the report-html artifact". */
  fullReport?: string;
  /** Evidence lines per check. */
  maxEvidence?: number;
}

export const STEP_SUMMARY_LIMIT = 1024 * 1024;

const ICONS = { blocker: '❌', warning: '⚠️', passed: '✅', skipped: '⏭️' } as const;

export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function checkSection(check: CheckReport, maxEvidence: number): string {
  const lines = [`### ${ICONS[check.outcome]} \`${check.id}\`: ${cell(check.title)}`, '', ...(summaryIsNews(check) ? [cell(check.summary), ''] : [])];
  const shown = check.evidence.filter((e) => e.level !== 'pass');
  for (const evidence of shown.slice(0, maxEvidence)) {
    lines.push(`- **${evidence.level}** ${cell(evidence.message)}${evidence.target ? ` — \`${evidence.target.replace(/`/g, "'")}\`` : ''}`);
  }
  if (shown.length > maxEvidence) lines.push(`- … and ${shown.length - maxEvidence} more in the full report`);
  if (check.remediation.length > 0) {
    lines.push('', '**Fix**', '');
    for (const fix of check.remediation) {
      lines.push(`- ${cell(fix.action)}`);
      if (fix.command) lines.push('', '  ```sh', `  ${fix.command}`, '  ```');
      const lead = leadTimeText(fix);
      if (lead) lines.push(`  ${fix.tooLate ? '🚨 ' : ''}_${lead}_`);
    }
  }
  return lines.join('\n') + '\n';
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? STEP_SUMMARY_LIMIT;
  const maxEvidence = options.maxEvidence ?? 20;
  const when = timeLeftText(report);
  // Each block is cut whole; the table is one block per row so a long run still shows its verdict and first rows.
  const title = [
    `## ${report.verdict === 'GO' ? '🟢 GO' : '🔴 NO-GO'}: ${cell(report.event.name)}`,
    '',
    `${verdictReason(report)}. ${countsLine(report)}.${when ? ` ${cell(when)}.` : ''}`,
    ...report.simulated.map((label) => `\n> [!WARNING]\n> Simulated: ${cell(label)}`),
    '',
    '| | Check | Result |',
    '|---|---|---|',
  ].join('\n');
  const rows = report.checks.map((c, i) => `| ${ICONS[c.outcome]} | \`${c.id}\` | ${cell(c.summary)} |${i === report.checks.length - 1 ? '\n' : ''}`);
  const sections = report.checks.filter((c) => c.outcome === 'blocker' || c.outcome === 'warning').map((c) => checkSection(c, maxEvidence));
  const plan = [
    '<details><summary>Event plan: the figures behind the thresholds</summary>',
    '',
    '| Figure | Value | How |',
    '|---|---|---|',
    ...report.plan.figures.map((f) => `| ${cell(f.label)} | ${formatNumber(f.value)} ${f.unit} | ${cell(f.formula)} |`),
    ...report.plan.notes.map((note) => `\n${cell(note)}`),
    '',
    '</details>',
    '',
  ].join('\n');
  const blocks = [
    title,
    ...rows,
    ...(sections.length ? [`### ${OUTCOME_HEADINGS.blocker} and ${OUTCOME_HEADINGS.warning.toLowerCase()}\n`] : []),
    ...sections,
    plan,
  ];

  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  const note = (left: number) =>
    `\n> **Truncated:** ${plural(left, 'more section')} did not fit. The full report: ${options.fullReport ?? 'report.html in the report folder'}.\n`;
  // The first block (the verdict) always stays, cut hard if the cap is tiny.
  const hardCut = (text: string) =>
    Buffer.from(text, 'utf8')
      .subarray(0, maxBytes - 5)
      .toString('utf8')
      .replace(/\uFFFD+$/, '') + '\n…\n';
  let out = '';
  for (const [index, block] of blocks.entries()) {
    const left = blocks.length - index;
    if (bytes(out) + bytes(block) + (left > 1 ? bytes(note(left)) : 0) > maxBytes) {
      const truncated = (index === 0 ? block : out) + note(left);
      return bytes(truncated) <= maxBytes ? truncated : hardCut(truncated);
    }
    out += block + '\n';
  }
  return out;
}
