import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
} from "./chunk-4W4ZHHKY.js";
import "./chunk-YFUGLPYI.js";
import "./chunk-372EV6TC.js";
import "./chunk-UIC6HRKK.js";
import "./chunk-5VS2FEJU.js";
export {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
};
