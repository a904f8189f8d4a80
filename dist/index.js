import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defineConfig
} from "./chunks/chunk-G2XP52MB.js";
import {
  defineCheck
} from "./chunks/chunk-QRFBMZWV.js";
import "./chunks/chunk-Z3WXVZH6.js";
import {
  external_exports
} from "./chunks/chunk-QL2N4FKT.js";
import "./chunks/chunk-5VS2FEJU.js";
export {
  defineCheck,
  defineConfig,
  external_exports as z
};
