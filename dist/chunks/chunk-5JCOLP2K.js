import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/run/io.ts
var EXIT = { go: 0, noGo: 1, toolError: 2 };
var UsageError = class extends Error {
};

export {
  EXIT,
  UsageError
};
