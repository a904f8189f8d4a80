import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/util/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from = import.meta.url) {
  let dir = path.dirname(fileURLToPath(from));
  for (; ; ) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "primetime") return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find the primetime package folder");
    dir = parent;
  }
}

export {
  packageRoot
};
