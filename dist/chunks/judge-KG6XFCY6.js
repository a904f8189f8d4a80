import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  charts,
  judgeLoad,
  lagBound,
  peakFigures
} from "./chunk-ZZXVN5LC.js";
import "./chunk-LZIHSDK5.js";
import "./chunk-JCBWU32H.js";
import "./chunk-KHW7QP7J.js";
import "./chunk-AAKWNOJ2.js";
import "./chunk-35Z2W6AO.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";
export {
  charts,
  judgeLoad,
  lagBound,
  peakFigures
};
