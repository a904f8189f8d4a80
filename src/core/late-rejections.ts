/**
 * Rejections a check expects after it ends a browser on purpose: when Lighthouse's Chromium is killed (a page that
 * never finished loading, Ctrl-C), its listeners and the CDP connections reject "Target closed" where nobody
 * awaits them. For a grace period those, and only those, are neither a crash to report nor a reason to stop.
 */
const expected: Array<{ pattern: RegExp; until: number }> = [];

const swallow = (reason: unknown) => {
  if (!isExpectedRejection(reason)) throw reason;
};

export function expectLateRejections(pattern: RegExp, graceMs: number): void {
  expected.push({ pattern, until: Date.now() + graceMs });
  // Without a listener Node ends the process on any unhandled rejection: this one lets the expected ones pass
  // (and throws the others, as Node would), for as long as they are expected.
  if (!process.listeners('unhandledRejection').includes(swallow)) process.on('unhandledRejection', swallow);
  setTimeout(() => {
    const now = Date.now();
    for (let i = expected.length - 1; i >= 0; i--) if (expected[i]!.until <= now) expected.splice(i, 1);
    if (expected.length === 0) process.off('unhandledRejection', swallow);
  }, graceMs + 10).unref();
}

export function isExpectedRejection(reason: unknown): boolean {
  const text = String((reason as Error)?.message ?? reason);
  const now = Date.now();
  return expected.some((e) => e.until > now && e.pattern.test(text));
}
