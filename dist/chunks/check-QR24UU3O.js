import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  FORMATS,
  RUN_FLAGS,
  checkCommand,
  parseFormats,
  runOptionsFrom
} from "./chunk-G3JUH6Y6.js";
import "./chunk-4NEO7PQH.js";
import "./chunk-7LPSB6GS.js";
import "./chunk-NL2FAODH.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-CMVUWFMF.js";
import "./chunk-2GHJFKJP.js";
import "./chunk-3YKHSKX6.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-WEAKMYOB.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-EE3ER6H6.js";
import "./chunk-5JCOLP2K.js";
import "./chunk-OHBTPQWD.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-UBLAA3I5.js";
import "./chunk-H4TN3MRZ.js";
import "./chunk-RDF356JU.js";
import "./chunk-REAIEUUL.js";
import "./chunk-G2XP52MB.js";
import "./chunk-Z3WXVZH6.js";
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
