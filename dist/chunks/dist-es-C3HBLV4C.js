import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider
} from "./chunk-URIHBE6O.js";
import "./chunk-DACMX44K.js";
import "./chunk-RX432S6W.js";
import "./chunk-NNSCZGNY.js";
import "./chunk-OPLPUVID.js";
import "./chunk-R5ZO2PGB.js";
import "./chunk-NVT5X3NQ.js";
import "./chunk-GA46KJAD.js";
import "./chunk-5VS2FEJU.js";
export {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider
};
