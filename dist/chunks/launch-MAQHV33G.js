import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  BrowserNotFoundError,
  CHROMIUM_FLAGS,
  findBrowser,
  launchBrowser
} from "./chunk-CNSF5SRY.js";
import "./chunk-5VS2FEJU.js";
export {
  BrowserNotFoundError,
  CHROMIUM_FLAGS,
  findBrowser,
  launchBrowser
};
