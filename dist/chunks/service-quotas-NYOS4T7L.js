import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  EC2_STANDARD_VCPUS,
  service_quotas_default
} from "./chunk-4XNZLBY7.js";
import "./chunk-VWUOYBXW.js";
import "./chunk-VPT3RPEH.js";
import "./chunk-EPYZZOLA.js";
import "./chunk-HPFXBXZ5.js";
import "./chunk-QRFBMZWV.js";
import "./chunk-3GMY742K.js";
import "./chunk-5VS2FEJU.js";
export {
  EC2_STANDARD_VCPUS,
  service_quotas_default as default
};
