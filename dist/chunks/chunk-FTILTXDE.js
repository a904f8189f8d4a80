import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/plan/instance-types.ts
var BURSTABLE_SIZES = { nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, "2xlarge": 8 };
var STANDARD_SIZES = {
  large: 2,
  xlarge: 4,
  "2xlarge": 8,
  "4xlarge": 16,
  "8xlarge": 32,
  "12xlarge": 48,
  "16xlarge": 64,
  "24xlarge": 96
};
var FAMILIES = /* @__PURE__ */ new Set(["t3", "t3a", "t4g", "m5", "m5a", "m6i", "m6g", "m7i", "m7g", "c5", "c5a", "c6i", "c6g", "c7i", "c7g", "r5", "r6i", "r6g", "r7g"]);
function vcpusOf(instanceType) {
  const [family, size] = instanceType.toLowerCase().split(".");
  if (!family || !size || !FAMILIES.has(family)) return void 0;
  if (family.startsWith("t")) return BURSTABLE_SIZES[size];
  if (size === "medium" && family.endsWith("g")) return 1;
  return STANDARD_SIZES[size];
}
var GIB_PER_VCPU = { m: 4, r: 8, c: 2, x: 16 };
var BURSTABLE_GIB = { micro: 1, small: 2, medium: 4, large: 8, xlarge: 16, "2xlarge": 32 };
function memoryGiBOf(instanceClass) {
  const type = instanceClass.toLowerCase().replace(/^db\./, "");
  const [family = "", size = ""] = type.split(".");
  if (family.startsWith("t")) return FAMILIES.has(family) ? BURSTABLE_GIB[size] : void 0;
  const vcpus = vcpusOf(type) ?? (family === "x2g" ? STANDARD_SIZES[size] : void 0);
  const perVcpu = GIB_PER_VCPU[family === "x2g" ? "x" : family[0]];
  return vcpus === void 0 || perVcpu === void 0 ? void 0 : vcpus * perVcpu;
}

export {
  vcpusOf,
  memoryGiBOf
};
