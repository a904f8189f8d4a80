import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defineCheck
} from "./chunks/chunk-QRFBMZWV.js";
import {
  defineConfig,
  external_exports
} from "./chunks/chunk-OPSM6HOC.js";
import "./chunks/chunk-PQTUXQU5.js";
export {
  defineCheck,
  defineConfig,
  external_exports as z
};
