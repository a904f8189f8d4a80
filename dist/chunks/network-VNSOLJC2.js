import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
} from "./chunk-PNABRO3T.js";
import "./chunk-FKYPA7UL.js";
import "./chunk-EBW3SOOM.js";
import "./chunk-5VS2FEJU.js";
export {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
};
