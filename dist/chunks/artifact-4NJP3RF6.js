import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import "./chunk-5VS2FEJU.js";

// src/action/artifact.ts
import { readdir } from "node:fs/promises";
import path from "node:path";
async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name));
}
async function uploadReportFolder(dir, name) {
  const { DefaultArtifactClient } = await import("./artifact-SFEIMLOY.js");
  return new DefaultArtifactClient().uploadArtifact(name, await filesUnder(dir), dir);
}
export {
  uploadReportFolder
};
