import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/util/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
