/** The plan as `primetime plan` prints it (and the README shows it): one figure a line, value aligned, formula beside. */
import type { EventPlan } from '../../plan/plan.js';
import { formatNumber } from '../text.js';

export function renderPlanTable(plan: Pick<EventPlan, 'figures' | 'notes'>): string {
  const rows = plan.figures.map((f) => [f.label, `${formatNumber(f.value)} ${f.unit}`, f.formula] as const);
  const widths = ([0, 1] as const).map((i) => Math.max(...rows.map((row) => row[i].length)));
  const lines = rows.map(([label, value, formula]) => `  ${label.padEnd(widths[0]!)}  ${value.padStart(widths[1]!)}  = ${formula}\n`);
  return lines.join('') + plan.notes.map((note) => `\n  Note: ${note}\n`).join('');
}
