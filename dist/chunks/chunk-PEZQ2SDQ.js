import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  classifyAwsError
} from "./chunk-3PDMVRGJ.js";

// src/aws/check.ts
async function awsPreflight(ctx) {
  for (const target of ctx.aws.targets) {
    if (!target.region) {
      const summary = "No AWS region: set aws.targets[].regions, AWS_REGION or AWS_DEFAULT_REGION.";
      if (ctx.aws.required) throw new Error(`${target.name}: ${summary} (aws.required is set)`);
      return { status: "skip", summary };
    }
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
  return async (permission, resource, call, holds) => {
    try {
      const answer = await call();
      if (holds === void 0 || answer?.[holds] !== void 0) return answer;
      found.unverified(`${where(target)} ${resource}: AWS answered without ${holds} (an empty or malformed answer), so nothing is proven.`, {
        target: resource,
        data: { kind: "empty", permission }
      });
      return void 0;
    } catch (error) {
      const { kind, message } = classifyAwsError(error, permission);
      found.unverified(`${where(target)} ${resource}: ${message}.`, { target: resource, data: { kind, permission } });
      return void 0;
    }
  };
}
var MAX_PAGES = 100;
async function* boundedPages(fetch) {
  const seen = /* @__PURE__ */ new Set();
  let token;
  for (let page = 1; ; page++) {
    const answer = await fetch(token);
    yield answer;
    token = answer.NextToken;
    if (!token) return;
    if (seen.has(token)) throw new Error("AWS returned the same NextToken twice: the listing was stopped, not read to its end");
    if (page >= MAX_PAGES) throw new Error(`the listing went past ${MAX_PAGES} pages: stopped, not read to its end`);
    seen.add(token);
  }
}
var where = (target) => `${target.name} (${target.region})`;

export {
  awsPreflight,
  awsCaller,
  boundedPages,
  where
};
