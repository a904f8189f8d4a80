import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  BrowserNotFoundError,
  CHROMIUM_FLAGS,
  findBrowser,
  launchBrowser
} from "./chunk-SWCGTKMY.js";
import "./chunk-2W5G6BIE.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-2C7HXIN7.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";
export {
  BrowserNotFoundError,
  CHROMIUM_FLAGS,
  findBrowser,
  launchBrowser
};
