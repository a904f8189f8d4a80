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

export {
  createMasker,
  redact
};
