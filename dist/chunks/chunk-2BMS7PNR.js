import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/aws/quota-codes.ts
var EC2_STANDARD_VCPUS = "L-1216C47A";

export {
  EC2_STANDARD_VCPUS
};
