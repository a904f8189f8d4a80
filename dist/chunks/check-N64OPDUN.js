import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  FORMATS,
  RUN_FLAGS,
  checkCommand,
  parseFormats,
  runOptionsFrom
} from "./chunk-BWQ7MCLG.js";
import "./chunk-4NEO7PQH.js";
import "./chunk-2HWZ6ZPL.js";
import "./chunk-P7I75Z5T.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-7FVSUVKW.js";
import "./chunk-DP6MQLP7.js";
import "./chunk-3YKHSKX6.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-WEAKMYOB.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-EE3ER6H6.js";
import "./chunk-5JCOLP2K.js";
import "./chunk-OHBTPQWD.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-TCBRV6DQ.js";
import "./chunk-UBLAA3I5.js";
import "./chunk-REAIEUUL.js";
import "./chunk-BYD7DKZH.js";
import "./chunk-OSDHXDFI.js";
import "./chunk-4F3PFGD6.js";
import "./chunk-4D6BNLZX.js";
import "./chunk-2CFVLJAK.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";
export {
  FORMATS,
  RUN_FLAGS,
  checkCommand,
  parseFormats,
  runOptionsFrom
};
