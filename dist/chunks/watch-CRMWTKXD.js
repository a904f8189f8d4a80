import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  watchCommand,
  watchSite
} from "./chunk-7HXS6VTQ.js";
import "./chunk-2DJN5KH3.js";
import "./chunk-RR5SRRSF.js";
import "./chunk-RRKJYLY6.js";
import "./chunk-3PDMVRGJ.js";
import "./chunk-R5ZJCEFU.js";
import "./chunk-YFO52K2B.js";
import "./chunk-IIZUP3W3.js";
import "./chunk-BS2EFUJS.js";
import "./chunk-5DILKYNR.js";
import "./chunk-7FVSUVKW.js";
import "./chunk-J3FGUVHJ.js";
import "./chunk-3YKHSKX6.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-5JCOLP2K.js";
import "./chunk-B4PKGX4Z.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-TCBRV6DQ.js";
import "./chunk-2UBVDCNP.js";
import "./chunk-ZZUJ5JMA.js";
import "./chunk-4F3PFGD6.js";
import "./chunk-4HDGWI6M.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-SUUSNCQN.js";
import "./chunk-2CFVLJAK.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";
export {
  watchCommand,
  watchSite
};
