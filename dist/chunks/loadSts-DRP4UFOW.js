import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  AssumeRoleCommand,
  STSClient
} from "./chunk-CY2IDA2B.js";
import "./chunk-D4WTVCCQ.js";
import "./chunk-ISUCJS5E.js";
import "./chunk-UXPPQOUE.js";
import "./chunk-6YJOTLNM.js";
import "./chunk-NV6YNIBN.js";
import "./chunk-RX432S6W.js";
import "./chunk-NNSCZGNY.js";
import "./chunk-OPLPUVID.js";
import "./chunk-R5ZO2PGB.js";
import "./chunk-NVT5X3NQ.js";
import "./chunk-GA46KJAD.js";
import "./chunk-5VS2FEJU.js";
export {
  AssumeRoleCommand,
  STSClient
};
