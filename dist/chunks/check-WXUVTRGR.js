import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  FORMATS,
  RUN_FLAGS,
  checkCommand,
  parseFormats,
  runOptionsFrom
} from "./chunk-R4IEREJ7.js";
import "./chunk-BWKIABL7.js";
import "./chunk-A22C23GW.js";
import "./chunk-JKDQHITA.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-7FVSUVKW.js";
import "./chunk-E6XUEH4R.js";
import "./chunk-3YKHSKX6.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-WEAKMYOB.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-EE3ER6H6.js";
import "./chunk-5JCOLP2K.js";
import "./chunk-YSW46EJP.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-TCBRV6DQ.js";
import "./chunk-UBLAA3I5.js";
import "./chunk-REAIEUUL.js";
import "./chunk-CWJRHD6Y.js";
import "./chunk-EIUV5PCV.js";
import "./chunk-4F3PFGD6.js";
import "./chunk-7LFQCLIP.js";
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
