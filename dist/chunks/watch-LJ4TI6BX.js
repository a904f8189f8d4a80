import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  watchCommand,
  watchSite
} from "./chunk-ERE5UDWB.js";
import "./chunk-OHIMABXV.js";
import "./chunk-RR5SRRSF.js";
import "./chunk-ASTO3WCX.js";
import "./chunk-3PDMVRGJ.js";
import "./chunk-AOJJASOP.js";
import "./chunk-YFO52K2B.js";
import "./chunk-EEM5ON2X.js";
import "./chunk-BS2EFUJS.js";
import "./chunk-5DILKYNR.js";
import "./chunk-AKCM3LXW.js";
import "./chunk-WQPR3DL6.js";
import "./chunk-3YKHSKX6.js";
import "./chunk-CYVSOOLC.js";
import "./chunk-5JCOLP2K.js";
import "./chunk-XPF4HFRX.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-D3JRSC5Z.js";
import "./chunk-L7TWRMQ7.js";
import "./chunk-WNC67Y56.js";
import "./chunk-JCBWU32H.js";
import "./chunk-A4IQABW7.js";
import "./chunk-6GKUKR3T.js";
import "./chunk-UIC6HRKK.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";
export {
  watchCommand,
  watchSite
};
