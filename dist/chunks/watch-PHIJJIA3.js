import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  watchCommand,
  watchSite
} from "./chunk-22XBXPHG.js";
import "./chunk-NTLQK7O6.js";
import "./chunk-H7LJFFIC.js";
import "./chunk-GXSSDASS.js";
import "./chunk-OBW7CL74.js";
import "./chunk-AHO7S2CE.js";
import "./chunk-SM2HUKKK.js";
import "./chunk-W2SV2OGO.js";
import "./chunk-GDGEPHHM.js";
import "./chunk-CHZUMQXZ.js";
import "./chunk-VVVPXMTQ.js";
import "./chunk-T3MPKLVN.js";
import "./chunk-5R2BGNFJ.js";
import "./chunk-724RYSCV.js";
import "./chunk-VKE45FIT.js";
import "./chunk-32VRUNZY.js";
import "./chunk-RGJMILNN.js";
import "./chunk-D3JRSC5Z.js";
import "./chunk-FTILTXDE.js";
import "./chunk-5JCOLP2K.js";
import "./chunk-E6KGUHQN.js";
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
  watchCommand,
  watchSite
};
