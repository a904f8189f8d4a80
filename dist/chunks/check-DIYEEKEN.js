import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  FORMATS,
  RUN_FLAGS,
  checkCommand,
  parseFormats,
  runOptionsFrom
} from "./chunk-T6QNDJEA.js";
import "./chunk-4NEO7PQH.js";
import "./chunk-U22PK4TU.js";
import "./chunk-JGZQOGZY.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-TOIKHBUV.js";
import "./chunk-Z7H4B4AI.js";
import "./chunk-3YKHSKX6.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-WEAKMYOB.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-YS6UQEOB.js";
import "./chunk-5JCOLP2K.js";
import "./chunk-OHBTPQWD.js";
import "./chunk-DUNUUX6P.js";
import "./chunk-X5LWUXHX.js";
import "./chunk-I3JAVQMW.js";
import "./chunk-RDF356JU.js";
import "./chunk-567A6W4J.js";
import "./chunk-G2XP52MB.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-EBW3SOOM.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";
export {
  FORMATS,
  RUN_FLAGS,
  checkCommand,
  parseFormats,
  runOptionsFrom
};
