/**
 * Honest statistics over Lighthouse runs: the median decides, min and max are shown, and when the threshold lies
 * inside the spread (some runs pass, some fail) the verdict is "inconclusive", not a coin flip.
 */
export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface Spread {
  min: number;
  median: number;
  max: number;
  runs: number[];
}

export function spreadOf(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)!, runs: values };
}

/** `higherIsBetter`: scores (at least the threshold); metrics such as LCP are budgets (at most the threshold). */
export function judgeRuns(values: number[], threshold: number, higherIsBetter: boolean): Verdict {
  const passes = values.map((v) => (higherIsBetter ? v >= threshold : v <= threshold));
  if (passes.every(Boolean)) return 'pass';
  if (!passes.some(Boolean)) return 'fail';
  return 'inconclusive';
}
