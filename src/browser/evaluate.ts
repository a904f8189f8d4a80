/**
 * Runs a function inside the page. Compilers that keep function names (tsx, esbuild's keepNames) wrap inner
 * functions in a `__name(...)` helper that does not exist in the page: a no-op one is declared first.
 */
import type { Page } from 'playwright-core';

export function evaluateInPage<Arg, Result>(page: Page, fn: (arg: Arg) => Result, arg?: Arg): Promise<Awaited<Result>> {
  const source = `(arg) => { const __name = (f) => f; return (${fn.toString()})(arg); }`;
  return page.evaluate(`(${source})(${JSON.stringify(arg ?? null)})`) as Promise<Awaited<Result>>;
}
