import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  defineConfig
} from "./chunks/chunk-KI4FYSDS.js";
import {
  defineCheck
} from "./chunks/chunk-QRFBMZWV.js";
import {
  external_exports
} from "./chunks/chunk-T6ROMMM3.js";
import "./chunks/chunk-PQTUXQU5.js";
export {
  defineCheck,
  defineConfig,
  external_exports as z
};
