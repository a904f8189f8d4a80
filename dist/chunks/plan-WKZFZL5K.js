import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  parse
} from "./chunk-PDZFRAXD.js";
import {
  loadConfig
} from "./chunk-D43J44T6.js";
import {
  EXIT,
  UsageError
} from "./chunk-5JCOLP2K.js";
import {
  buildPlan
} from "./chunk-KREMGFCU.js";
import "./chunk-C65WBHE4.js";
import "./chunk-LZIHSDK5.js";
import "./chunk-FTILTXDE.js";
import "./chunk-LROFLYEO.js";
import "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import {
  formatNumber
} from "./chunk-KHW7QP7J.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/report/render/plan-table.ts
function renderPlanTable(plan) {
  const rows = plan.figures.map((f) => [f.label, `${formatNumber(f.value)} ${f.unit}`, f.formula]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i].length)));
  const lines = rows.map(([label, value, formula]) => `  ${label.padEnd(widths[0])}  ${value.padStart(widths[1])}  = ${formula}
`);
  return lines.join("") + plan.notes.map((note) => `
  Note: ${note}
`).join("");
}

// src/cli/commands/plan.ts
async function planCommand(argv, io) {
  const { values } = parse(argv, { format: { type: "string" } });
  const format = values.format ?? "table";
  if (format !== "table" && format !== "json") throw new UsageError(`--format takes table or json, not "${format}".`);
  const { config } = await loadConfig(values.config, io.cwd, io.env, { withChecks: false });
  const plan = buildPlan(config.event);
  if (format === "json") {
    io.stdout.write(JSON.stringify({ event: config.event.name, figures: plan.figures, notes: plan.notes }, null, 2) + "\n");
    return EXIT.go;
  }
  io.stdout.write(`Event plan: ${config.event.name}

${renderPlanTable(plan)}`);
  return EXIT.go;
}
export {
  planCommand
};
