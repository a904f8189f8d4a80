import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  charts,
  judgeLoad,
  lagBound,
  peakFigures
} from "./chunk-O5S4UIVX.js";
import "./chunk-RGJMILNN.js";
import "./chunk-JCBWU32H.js";
import "./chunk-JAT56SSN.js";
import "./chunk-QW7IVTFB.js";
import "./chunk-35Z2W6AO.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";
export {
  charts,
  judgeLoad,
  lagBound,
  peakFigures
};
