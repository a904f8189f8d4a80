import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  require_undici
} from "./chunk-EE3XFI3I.js";
import "./chunk-5VS2FEJU.js";
export default require_undici();
