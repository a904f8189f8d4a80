import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  classifyAwsError
} from "./chunk-3PDMVRGJ.js";

// src/aws/check.ts
async function awsPreflight(ctx) {
  for (const target of ctx.aws.targets) {
    if (!target.region) return { status: "skip", summary: "No AWS region: set aws.targets[].regions, AWS_REGION or AWS_DEFAULT_REGION." };
    try {
      await ctx.aws.credentials(target);
    } catch (error) {
      const { kind, message } = classifyAwsError(error, "credentials");
      if (kind !== "no-credentials") throw error;
      if (ctx.aws.required) throw new Error(`${target.name}: ${message} (aws.required is set)`, { cause: error });
      return { status: "skip", summary: `${target.name}: ${message}. Set them up (or remove the AWS checks) to prove the account's readiness.` };
    }
  }
  return void 0;
}
function awsCaller(found, target) {
  return async (permission, resource, call) => {
    try {
      return await call();
    } catch (error) {
      const { kind, message } = classifyAwsError(error, permission);
      found.unverified(`${where(target)} ${resource}: ${message}.`, { target: resource, data: { kind, permission } });
      return void 0;
    }
  };
}
var where = (target) => `${target.name} (${target.region})`;

export {
  awsPreflight,
  awsCaller,
  where
};
