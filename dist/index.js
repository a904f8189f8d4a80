import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defineConfig
} from "./chunks/chunk-BYD7DKZH.js";
import {
  defineCheck
} from "./chunks/chunk-OSDHXDFI.js";
import "./chunks/chunk-4F3PFGD6.js";
import "./chunks/chunk-4D6BNLZX.js";
import {
  external_exports
} from "./chunks/chunk-QL2N4FKT.js";
import "./chunks/chunk-5VS2FEJU.js";
export {
  defineCheck,
  defineConfig,
  external_exports as z
};
