import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
} from "./chunk-KJHUQPKH.js";
import "./chunk-QCB6SAKR.js";
import "./chunk-I2QDTAHZ.js";
import "./chunk-5VS2FEJU.js";
export {
  chromiumNetworkArgs,
  newSiteContext,
  siteOrigins
};
