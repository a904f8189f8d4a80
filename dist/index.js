import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defineConfig
} from "./chunks/chunk-EPYZZOLA.js";
import {
  defineCheck
} from "./chunks/chunk-QRFBMZWV.js";
import {
  external_exports
} from "./chunks/chunk-3GMY742K.js";
import "./chunks/chunk-5VS2FEJU.js";
export {
  defineCheck,
  defineConfig,
  external_exports as z
};
