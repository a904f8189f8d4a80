import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/aws/errors.ts
var NOT_FOUND = /NotFound|NoSuch/;
function classifyAwsError(error, permission) {
  const err = error;
  const name = err?.name ?? "";
  const message = err?.message ?? String(error);
  if (name === "CredentialsProviderError" || /Could not load credentials/i.test(message)) {
    return { kind: "no-credentials", message: "no AWS credentials found (environment, profile, SSO, web identity or instance role)" };
  }
  if (/Region is missing/i.test(message)) return { kind: "no-region", message: "no AWS region: set aws.targets[].regions, AWS_REGION or AWS_DEFAULT_REGION" };
  if (/^(AccessDenied|AccessDeniedException|UnauthorizedOperation)$/.test(name))
    return { kind: "denied", message: `access denied: the role needs ${permission} (primetime iam-policy prints the whole policy)` };
  if (/^(ExpiredToken|ExpiredTokenException|RequestExpired)$/.test(name))
    return { kind: "expired", message: "the AWS session token has expired: log in again (aws sso login) or refresh the role" };
  if (/^(UnrecognizedClientException|InvalidClientTokenId|SignatureDoesNotMatch|InvalidSignatureException)$/.test(name))
    return { kind: "expired", message: `the AWS credentials are not valid (${name})` };
  if (/^(TooManyRequestsException|ThrottlingException|Throttling|RequestLimitExceeded)$/.test(name))
    return { kind: "throttled", message: `AWS kept throttling ${permission} after retries with backoff` };
  if (NOT_FOUND.test(name)) return { kind: "not-found", message: `not found (${name}): ${message}` };
  const code = err?.code ?? err?.cause?.code ?? "";
  if (name === "TimeoutError" || /timed out after/i.test(message))
    return { kind: "unreachable", message: `the AWS endpoint did not answer in time (${readable(message.replace(/^@smithy\/[\w-]+ - \[ERROR\] /, ""))})` };
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET/.test(code) || /ECONNREFUSED|getaddrinfo/.test(message))
    return { kind: "unreachable", message: `the AWS endpoint cannot be reached (${code || readable(message)})` };
  return { kind: "other", message: `${name || "error"}: ${readable(message)}` };
}
function readable(message) {
  const printable = message.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]+/g, "?").replace(/\s+/g, " ").trim();
  return printable.length > 300 ? `${printable.slice(0, 300)}\u2026` : printable;
}

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
  classifyAwsError,
  awsPreflight,
  awsCaller,
  boundedPages,
  where
};
