import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  FORMATS,
  OUTPUT_FLAGS,
  RUN_FLAGS,
  checkCommand,
  outputOptionsFrom,
  parseFormats,
  runOptionsFrom
} from "./chunk-R33TI4RK.js";
import "./chunk-OBW7CL74.js";
import "./chunk-GX6D4DZD.js";
import "./chunk-MAAKR2LR.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-W2SV2OGO.js";
import "./chunk-GDGEPHHM.js";
import "./chunk-CHZUMQXZ.js";
import "./chunk-VVVPXMTQ.js";
import "./chunk-T3MPKLVN.js";
import "./chunk-5R2BGNFJ.js";
import "./chunk-724RYSCV.js";
import "./chunk-VKE45FIT.js";
import "./chunk-32VRUNZY.js";
import "./chunk-BJDSE63I.js";
import "./chunk-2C7HXIN7.js";
import "./chunk-3RHL2PKT.js";
import "./chunk-RGJMILNN.js";
import "./chunk-D3JRSC5Z.js";
import "./chunk-REAIEUUL.js";
import "./chunk-FTILTXDE.js";
import "./chunk-AFBGHGHA.js";
import "./chunk-EE3ER6H6.js";
import "./chunk-5JCOLP2K.js";
import "./chunk-E6KGUHQN.js";
import "./chunk-K56BJ7AD.js";
import "./chunk-AWQ5I7IU.js";
import "./chunk-QZDF5RV2.js";
import "./chunk-JCBWU32H.js";
import "./chunk-JAT56SSN.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-6GKUKR3T.js";
import "./chunk-MNWXBWNB.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-Z3WXVZH6.js";
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
