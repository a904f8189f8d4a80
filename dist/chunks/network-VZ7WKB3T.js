import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
} from "./chunk-UIOLMVNQ.js";
import "./chunk-ELQNT7SE.js";
import "./chunk-372EV6TC.js";
import "./chunk-MNWXBWNB.js";
import "./chunk-5VS2FEJU.js";
export {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
};
