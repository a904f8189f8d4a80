import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  BrowserNotFoundError,
  CHROMIUM_FLAGS,
  findBrowser,
  launchBrowser
} from "./chunk-WTVPQHXW.js";
import "./chunk-PQTUXQU5.js";
export {
  BrowserNotFoundError,
  CHROMIUM_FLAGS,
  findBrowser,
  launchBrowser
};
