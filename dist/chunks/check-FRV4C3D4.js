import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  FORMATS,
  OUTPUT_FLAGS,
  RUN_FLAGS,
  checkCommand,
  outputOptionsFrom,
  parseFormats,
  runOptionsFrom
} from "./chunk-D7UPIOJB.js";
import "./chunk-RRKJYLY6.js";
import "./chunk-ZODNQUO5.js";
import "./chunk-R5ZJCEFU.js";
import "./chunk-YFO52K2B.js";
import "./chunk-IIZUP3W3.js";
import "./chunk-BS2EFUJS.js";
import "./chunk-2XJXNJY2.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-5DILKYNR.js";
import "./chunk-7FVSUVKW.js";
import "./chunk-J3FGUVHJ.js";
import "./chunk-BJDSE63I.js";
import "./chunk-2C7HXIN7.js";
import "./chunk-3YKHSKX6.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-LBZFR32R.js";
import "./chunk-EE3ER6H6.js";
import "./chunk-5JCOLP2K.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-B4PKGX4Z.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-TCBRV6DQ.js";
import "./chunk-UBLAA3I5.js";
import "./chunk-REAIEUUL.js";
import "./chunk-2UBVDCNP.js";
import "./chunk-ZZUJ5JMA.js";
import "./chunk-4F3PFGD6.js";
import "./chunk-4HDGWI6M.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-2CFVLJAK.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";
export {
  FORMATS,
  OUTPUT_FLAGS,
  RUN_FLAGS,
  checkCommand,
  outputOptionsFrom,
  parseFormats,
  runOptionsFrom
};
