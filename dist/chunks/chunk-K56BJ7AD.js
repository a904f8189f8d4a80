import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/core/errors.ts
var SelectionError = class extends Error {
  name = "SelectionError";
};

export {
  SelectionError
};
