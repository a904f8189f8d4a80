/** Timing helpers for benchmarks: medians of alternating runs, so both sides see the same machine state. */
import { spreadOf } from '../checks/lighthouse/stats.js';
export interface Timing {
  name: string;
  runs: number[];
  median: number;
}

export const median = (values: number[]) => spreadOf(values).median;

/** Runs each task `rounds` times, interleaved (A B A B …), and returns each one's median in ms. */
export async function compare(tasks: Record<string, () => Promise<unknown>>, rounds: number): Promise<Timing[]> {
  const runs: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, task] of Object.entries(tasks)) {
      const started = performance.now();
      await task();
      runs[name]!.push(performance.now() - started);
    }
  }
  return Object.entries(runs).map(([name, values]) => ({ name, runs: values, median: median(values) }));
}

export function printTimings(title: string, timings: Timing[], baseline: string): void {
  const base = timings.find((t) => t.name === baseline)!.median;
  console.log(`\n${title}`);
  for (const t of timings)
    console.log(
      `  ${t.name.padEnd(34)} median ${t.median.toFixed(0).padStart(6)} ms   ×${(t.median / base).toFixed(2)} the time of ${baseline}   (runs: ${t.runs.map((r) => r.toFixed(0)).join(', ')})`,
    );
}
