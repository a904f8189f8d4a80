import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { go: 0, noGo: 1, toolError: 2 };

export {
  EXIT
};
