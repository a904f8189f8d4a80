import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/util/slug.ts
function slugify(text, fallback, maxLength = 80) {
  return text.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "").slice(0, maxLength) || fallback;
}

export {
  slugify
};
