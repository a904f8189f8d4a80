import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  plural
} from "./chunk-KHW7QP7J.js";

// src/util/suggest.ts
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function closest(word, candidates) {
  const lower = word.toLowerCase();
  let best;
  for (const candidate of candidates) {
    const score = distance(lower, candidate.toLowerCase());
    if (score <= Math.max(2, Math.floor(candidate.length / 3)) && (!best || score < best.score)) best = { candidate, score };
  }
  return best?.candidate;
}
function didYouMean(word, candidates) {
  const match = closest(word, candidates);
  return match ? ` Did you mean "${match}"?` : "";
}

// src/config/problems.ts
function formatPath(path) {
  return path.reduce((text, key) => typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${key}` : key, "") || "(root)";
}
var ConfigError = class extends Error {
  constructor(file, problems) {
    super(
      `${file}: ${plural(problems.length, "problem")}
` + problems.map((p) => `  ${p.line ? `line ${p.line}, ` : ""}${formatPath(p.path)}: ${p.message}`).join("\n")
    );
    this.file = file;
    this.problems = problems;
    this.name = "ConfigError";
  }
  file;
  problems;
};
function knownKeysAt(schema, path) {
  let candidates = [schema];
  for (const segment of [...path, void 0]) {
    const next = [];
    for (let node of candidates) {
      node = unwrap(node);
      const def = node._zod.def;
      if (def.type === "union") candidates.push(...def.options);
      else if (segment === void 0 && def.type === "object") return Object.keys(def.shape);
      else if (def.type === "object" && typeof segment === "string") next.push(def.shape[segment]);
      else if (def.type === "array" && typeof segment === "number") next.push(def.element);
      else if (def.type === "record") next.push(def.valueType);
    }
    candidates = next.filter(Boolean);
  }
  return [];
}
function unwrap(node) {
  let current = node;
  for (; ; ) {
    const def = current._zod.def;
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else return current;
  }
}
function problemsFromZod(error, schema, prefix = []) {
  return error.issues.flatMap((issue) => fromIssue(issue, schema, prefix));
}
function fromIssue(issue, schema, prefix) {
  const path = [...prefix, ...issue.path];
  if (issue.code === "unrecognized_keys") {
    const known = knownKeysAt(schema, issue.path);
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `unknown key.${didYouMean(key, known)}${known.length ? ` Known keys here: ${known.join(", ")}.` : ""}`
    }));
  }
  if (isMissing(issue)) return [{ path, message: `required${issue.code === "invalid_type" ? ` (${issue.expected})` : ""}.` }];
  if (issue.code === "invalid_union") {
    const meant = issue.errors.filter((branch) => branch.some((inner) => inner.path.length > 0));
    if (meant.length === 1)
      return meant[0].flatMap((inner) => fromIssue({ ...inner, path: [...issue.path, ...inner.path] }, schema, prefix));
  }
  return [{ path, message: issue.message.replace(/^Invalid input: /, "") }];
}
function isMissing(issue) {
  if (issue.code === "invalid_union") return issue.errors.every((branch) => branch.every((inner) => isMissing(inner)));
  return issue.code === "invalid_type" && /received undefined$/.test(issue.message);
}

export {
  didYouMean,
  formatPath,
  ConfigError,
  problemsFromZod
};
