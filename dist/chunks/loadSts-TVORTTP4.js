import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  AssumeRoleCommand,
  STSClient
} from "./chunk-U2K3LGH2.js";
import "./chunk-ISUCJS5E.js";
import "./chunk-3JBPJ76A.js";
import "./chunk-2GG6DYX7.js";
import "./chunk-NV6YNIBN.js";
import "./chunk-BATHKZGL.js";
import "./chunk-NNSCZGNY.js";
import "./chunk-3L4PCKLM.js";
import "./chunk-R5ZO2PGB.js";
import "./chunk-NVT5X3NQ.js";
import "./chunk-GA46KJAD.js";
import "./chunk-5VS2FEJU.js";
export {
  AssumeRoleCommand,
  STSClient
};
