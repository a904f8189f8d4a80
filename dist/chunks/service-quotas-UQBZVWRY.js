import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  EC2_STANDARD_VCPUS,
  service_quotas_default
} from "./chunk-QDDOWGGQ.js";
import "./chunk-VWUOYBXW.js";
import "./chunk-6GXDID6Q.js";
import "./chunk-EPYZZOLA.js";
import "./chunk-S6WURTZV.js";
import "./chunk-QRFBMZWV.js";
import "./chunk-3GMY742K.js";
import "./chunk-5VS2FEJU.js";
export {
  EC2_STANDARD_VCPUS,
  service_quotas_default as default
};
