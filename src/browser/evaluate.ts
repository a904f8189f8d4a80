/**
 * Runs a function inside the page, with helper functions declared beside it (a function sent to the page
 * carries no closure). Compilers that keep function names (tsx, esbuild's keepNames) wrap inner functions in a
 * `__name(...)` helper that does not exist in the page: a no-op one is declared first.
 */
import type { Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Helper = (...args: any[]) => unknown;

/** `helpers` by the names the function uses (a bundler may rename the functions themselves). */
export function evaluateInPage<Arg, Result>(page: Page, fn: (arg: Arg) => Result, arg?: Arg, helpers: Record<string, Helper> = {}): Promise<Awaited<Result>> {
  const declarations = Object.entries(helpers)
    .map(([name, helper]) => `const ${name} = ${helper.toString()};`)
    .join('\n');
  const source = `(arg) => { const __name = (f) => f; ${declarations}\nreturn (${fn.toString()})(arg); }`;
  return page.evaluate(`(${source})(${JSON.stringify(arg ?? null)})`) as Promise<Awaited<Result>>;
}
