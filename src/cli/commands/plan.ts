import { loadConfig } from '../../config/load.js';
import { buildPlan } from '../../plan/plan.js';
import { formatNumber } from '../../report/text.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import { EXIT, type Io } from '../../run/io.js';

export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { format: { type: 'string' } });
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format takes table or json, not "${format}".`);
  const { config } = await loadConfig(values.config, io.cwd, io.env);
  const plan = buildPlan(config.event);
  if (format === 'json') {
    io.stdout.write(JSON.stringify({ event: config.event.name, figures: plan.figures, notes: plan.notes }, null, 2) + '\n');
    return EXIT.go;
  }
  const rows = plan.figures.map((f) => [f.label, `${formatNumber(f.value)} ${f.unit}`, f.formula]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  io.stdout.write(`Event plan: ${config.event.name}\n\n`);
  for (const [label, value, formula] of rows) io.stdout.write(`  ${label!.padEnd(widths[0]!)}  ${value!.padStart(widths[1]!)}  = ${formula}\n`);
  for (const note of plan.notes) io.stdout.write(`\n  Note: ${note}\n`);
  return EXIT.go;
}
