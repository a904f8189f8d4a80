import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  FORMATS,
  checkCommand,
  parseFailOn,
  parseFormats
} from "./chunk-DBTTD5QD.js";
import "./chunk-TIJF4MO7.js";
import "./chunk-SI4CFFEN.js";
import "./chunk-DYIVOSIK.js";
import "./chunk-PIVAFR4H.js";
import "./chunk-66HTJRHT.js";
import "./chunk-OPSM6HOC.js";
import "./chunk-PQTUXQU5.js";
export {
  FORMATS,
  checkCommand,
  parseFailOn,
  parseFormats
};
