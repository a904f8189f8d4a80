import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
} from "./chunk-DACMX44K.js";
import "./chunk-RX432S6W.js";
import "./chunk-NNSCZGNY.js";
import "./chunk-OPLPUVID.js";
import "./chunk-R5ZO2PGB.js";
import "./chunk-NVT5X3NQ.js";
import "./chunk-GA46KJAD.js";
import "./chunk-5VS2FEJU.js";
export {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
};
