import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/core/secrets.ts
var MASK = "***";
var MIN_FORM = 4;
var MIN_PREFIX = 6;
function encodings(secret) {
  const base64 = Buffer.from(secret).toString("base64");
  return [
    secret,
    encodeURIComponent(secret),
    encodeURI(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    base64,
    base64.replace(/=+$/, ""),
    Buffer.from(secret).toString("base64url")
  ];
}
function createMasker(secrets) {
  const forms = [...new Set(secrets.flatMap(encodings))].filter((form) => form.length >= MIN_FORM).sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  return (text) => {
    let masked = forms.reduce((acc, form) => acc.split(form).join(MASK), text);
    for (const form of forms)
      for (let length = form.length - 1; length >= MIN_PREFIX; length--) {
        const prefix = form.slice(0, length);
        if (masked.includes(`${prefix}\u2026`) || masked.includes(`${prefix}...`))
          masked = masked.split(`${prefix}\u2026`).join(`${MASK}\u2026`).split(`${prefix}...`).join(`${MASK}...`);
      }
    return masked;
  };
}
function redact(value, mask) {
  const walk = (node) => {
    if (typeof node === "string") return mask(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(value);
}

// src/aws/access.ts
var AWS_CONNECT_TIMEOUT_MS = 5e3;
function createAwsAccess(config, env = process.env) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const fallbackRegion = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "";
  const configured = config.aws?.targets ?? [];
  const targets = configured.length ? configured.flatMap((t) => (t.regions ?? [fallbackRegion]).map((region) => ({ name: t.name, region, profile: t.profile, roleArn: t.roleArn }))) : [{ name: env.AWS_PROFILE ?? "default", region: fallbackRegion }];
  const maxAttempts = config.aws?.maxAttempts ?? 3;
  const providers = /* @__PURE__ */ new Map();
  const clients = /* @__PURE__ */ new Map();
  const provider = (target) => {
    const key = `${target.profile ?? ""}|${target.roleArn ?? ""}`;
    if (!providers.has(key)) {
      providers.set(
        key,
        import("./dist-es-IKMC2DFH.js").then(({ fromIni, fromNodeProviderChain, fromTemporaryCredentials }) => {
          const base = target.profile ? fromIni({ profile: target.profile }) : fromNodeProviderChain();
          return target.roleArn ? fromTemporaryCredentials({ masterCredentials: base, params: { RoleArn: target.roleArn, RoleSessionName: "primetime" } }) : base;
        })
      );
    }
    return providers.get(key);
  };
  return {
    targets,
    required: config.aws?.required ?? false,
    async client(constructor, target) {
      const key = `${constructor.name}|${target.name}|${target.region}`;
      if (!clients.has(key)) {
        if (!target.region) throw Object.assign(new Error("Region is missing"), { name: "RegionMissing" });
        clients.set(
          key,
          new constructor({
            region: target.region,
            credentials: await provider(target),
            maxAttempts,
            // Every call has a bound: an endpoint that accepts and never answers must not keep the run (or the
            // process, after the verdict) alive.
            requestHandler: { connectionTimeout: AWS_CONNECT_TIMEOUT_MS, requestTimeout: config.network.timeout, throwOnRequestTimeout: true }
          })
        );
      }
      return clients.get(key);
    },
    async credentials(target) {
      await (await provider(target))();
    }
  };
}

export {
  createMasker,
  redact,
  createAwsAccess
};
