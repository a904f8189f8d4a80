import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  FORMATS,
  RUN_FLAGS,
  checkCommand,
  parseFailOn,
  parseFormats,
  runOptionsFrom
} from "./chunk-M32P3MJG.js";
import "./chunk-F66LQZS7.js";
import "./chunk-BCTH4F5V.js";
import "./chunk-3YKHSKX6.js";
import "./chunk-SUFGO6HK.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-DUNUUX6P.js";
import "./chunk-TIJF4MO7.js";
import "./chunk-3I2ZA3OJ.js";
import "./chunk-I3JAVQMW.js";
import "./chunk-VPT3RPEH.js";
import "./chunk-567A6W4J.js";
import "./chunk-EPYZZOLA.js";
import "./chunk-6SRV4RQS.js";
import "./chunk-3GMY742K.js";
import "./chunk-5VS2FEJU.js";
export {
  FORMATS,
  RUN_FLAGS,
  checkCommand,
  parseFailOn,
  parseFormats,
  runOptionsFrom
};
