import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  EC2_STANDARD_VCPUS,
  service_quotas_default
} from "./chunk-4XKJ4XNV.js";
import "./chunk-2T37LLDN.js";
import "./chunk-RDF356JU.js";
import "./chunk-G2XP52MB.js";
import "./chunk-K64SRHHK.js";
import "./chunk-QRFBMZWV.js";
import "./chunk-Z3WXVZH6.js";
import "./chunk-QL2N4FKT.js";
import "./chunk-5VS2FEJU.js";
export {
  EC2_STANDARD_VCPUS,
  service_quotas_default as default
};
