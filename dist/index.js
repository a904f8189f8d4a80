import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defineConfig
} from "./chunks/chunk-L7TWRMQ7.js";
import {
  defineCheck,
  firstLine,
  pagePath
} from "./chunks/chunk-WNC67Y56.js";
import {
  findings
} from "./chunks/chunk-JCBWU32H.js";
import {
  formatNumber,
  plural
} from "./chunks/chunk-A4IQABW7.js";
import {
  external_exports
} from "./chunks/chunk-QL2N4FKT.js";
import {
  formatDuration
} from "./chunks/chunk-Z3WXVZH6.js";
import "./chunks/chunk-5VS2FEJU.js";
export {
  defineCheck,
  defineConfig,
  findings,
  firstLine,
  formatDuration,
  formatNumber,
  pagePath,
  plural,
  external_exports as z
};
