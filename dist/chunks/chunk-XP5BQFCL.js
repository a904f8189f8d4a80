import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/core/late-rejections.ts
var expected = [];
var swallow = (reason) => {
  if (!isExpectedRejection(reason)) throw reason;
};
function expectLateRejections(pattern, graceMs) {
  expected.push({ pattern, until: Date.now() + graceMs });
  if (!process.listeners("unhandledRejection").includes(swallow)) process.on("unhandledRejection", swallow);
  setTimeout(() => {
    const now = Date.now();
    for (let i = expected.length - 1; i >= 0; i--) if (expected[i].until <= now) expected.splice(i, 1);
    if (expected.length === 0) process.off("unhandledRejection", swallow);
  }, graceMs + 10).unref();
}
function isExpectedRejection(reason) {
  const text = String(reason?.message ?? reason);
  const now = Date.now();
  return expected.some((e) => e.until > now && e.pattern.test(text));
}

export {
  expectLateRejections,
  isExpectedRejection
};
