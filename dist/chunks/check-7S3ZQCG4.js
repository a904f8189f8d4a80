import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  FORMATS,
  checkCommand,
  parseFailOn,
  parseFormats
} from "./chunk-ZSS22P7O.js";
import "./chunk-W22UX2BR.js";
import "./chunk-MLH2JLLA.js";
import "./chunk-X7EZCE7K.js";
import "./chunk-TIJF4MO7.js";
import "./chunk-3I2ZA3OJ.js";
import "./chunk-I3JAVQMW.js";
import "./chunk-7MRULGY6.js";
import "./chunk-567A6W4J.js";
import "./chunk-KI4FYSDS.js";
import "./chunk-IU5S5M3G.js";
import "./chunk-T6ROMMM3.js";
import "./chunk-PQTUXQU5.js";
export {
  FORMATS,
  checkCommand,
  parseFailOn,
  parseFormats
};
