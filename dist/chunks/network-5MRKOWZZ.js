import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
} from "./chunk-WTAZMRT4.js";
import "./chunk-OGAIKWI3.js";
import "./chunk-2CFVLJAK.js";
import "./chunk-5VS2FEJU.js";
export {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
};
