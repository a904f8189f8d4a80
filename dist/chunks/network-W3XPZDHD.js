import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
} from "./chunk-LXSQFGZP.js";
import "./chunk-PSNEM3YN.js";
import "./chunk-372EV6TC.js";
import "./chunk-DWOR55PJ.js";
import "./chunk-5VS2FEJU.js";
export {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
};
