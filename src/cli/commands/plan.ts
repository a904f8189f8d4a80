import { loadConfig } from '../../config/load.js';
import { buildPlan } from '../../plan/plan.js';
import { renderPlanTable } from '../../report/render/plan-table.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import { EXIT, type Io } from '../../run/io.js';

export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { format: { type: 'string' } });
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format takes table or json, not "${format}".`);
  const { config } = await loadConfig(values.config, io.cwd, io.env, { withChecks: false });
  const plan = buildPlan(config.event);
  if (format === 'json') {
    io.stdout.write(JSON.stringify({ event: config.event.name, figures: plan.figures, notes: plan.notes }, null, 2) + '\n');
    return EXIT.go;
  }
  io.stdout.write(`Event plan: ${config.event.name}\n\n${renderPlanTable(plan)}`);
  return EXIT.go;
}
