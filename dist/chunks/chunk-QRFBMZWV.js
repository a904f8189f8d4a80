import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/core/check.ts
function defineCheck(check) {
  return check;
}

export {
  defineCheck
};
