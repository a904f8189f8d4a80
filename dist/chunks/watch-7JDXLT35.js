import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  watchCommand,
  watchSite
} from "./chunk-RMVR2FPP.js";
import "./chunk-PDOJVLU6.js";
import "./chunk-3P2HG4E5.js";
import "./chunk-XEWZKPAK.js";
import "./chunk-PDZFRAXD.js";
import "./chunk-AHO7S2CE.js";
import "./chunk-SM2HUKKK.js";
import "./chunk-4JQKFVNU.js";
import "./chunk-2YIFXMSJ.js";
import "./chunk-CHZUMQXZ.js";
import "./chunk-VVVPXMTQ.js";
import "./chunk-T3MPKLVN.js";
import "./chunk-5R2BGNFJ.js";
import "./chunk-4I4NR6DS.js";
import "./chunk-D43J44T6.js";
import "./chunk-5JCOLP2K.js";
import "./chunk-KREMGFCU.js";
import "./chunk-C65WBHE4.js";
import "./chunk-LZIHSDK5.js";
import "./chunk-D3JRSC5Z.js";
import "./chunk-FTILTXDE.js";
import "./chunk-LROFLYEO.js";
import "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import "./chunk-KHW7QP7J.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-QQOOINLC.js";
import "./chunk-DWOR55PJ.js";
import "./chunk-WLZ2LAD6.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";
export {
  watchCommand,
  watchSite
};
