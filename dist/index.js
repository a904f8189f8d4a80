import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defineConfig
} from "./chunks/chunk-LROFLYEO.js";
import {
  Duration,
  Fraction,
  RequestTimeout,
  Timeout,
  UrlOrPath,
  defineCheck,
  firstLine,
  pagePath
} from "./chunks/chunk-ID2OXKBK.js";
import {
  findings
} from "./chunks/chunk-JCBWU32H.js";
import {
  formatNumber,
  plural
} from "./chunks/chunk-KHW7QP7J.js";
import {
  external_exports
} from "./chunks/chunk-WLZ2LAD6.js";
import {
  formatDuration
} from "./chunks/chunk-Z3WXVZH6.js";
import "./chunks/chunk-5VS2FEJU.js";
export {
  Duration,
  Fraction,
  RequestTimeout,
  Timeout,
  UrlOrPath,
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
