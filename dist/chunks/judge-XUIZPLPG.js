import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  charts,
  judgeLoad,
  peakFigures
} from "./chunk-5SODGGM4.js";
import "./chunk-G4ZVECAH.js";
import "./chunk-35Z2W6AO.js";
import "./chunk-PXAIZIJY.js";
import "./chunk-HPFXBXZ5.js";
import "./chunk-5SYBXWWO.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";
export {
  charts,
  judgeLoad,
  peakFigures
};
