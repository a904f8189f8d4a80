import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/report/folder.ts
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var OWN_MARK = ".primetime-report";
var ReportFolderError = class extends Error {
};
var REASONS = {
  EEXIST: "a file stands in its path",
  ENOTDIR: "a file stands in its path",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "a read-only file system",
  ENOSPC: "no space left"
};
async function openReportFolder(outDir) {
  const final = path.resolve(outDir);
  const choose = "choose another with --out or report.out";
  const existing = await stat(final).catch(() => void 0);
  if (existing && !existing.isDirectory()) throw new ReportFolderError(`the report folder ${final} is a file: ${choose}.`);
  if (existing) {
    const entries = await readdir(final);
    if (entries.length > 0 && !entries.includes(OWN_MARK) && !entries.includes("report.json"))
      throw new ReportFolderError(`the report folder ${final} holds files that are not a primetime report, and a run replaces its folder whole: ${choose}.`);
  }
  let staging;
  try {
    await mkdir(path.dirname(final), { recursive: true });
    staging = await mkdtemp(`${final}.partial-`);
    await writeFile(path.join(staging, OWN_MARK), "");
  } catch (error) {
    const why = REASONS[error.code ?? ""] ?? error.message;
    throw new ReportFolderError(`the report folder ${final} cannot be written (${why}): ${choose}.`);
  }
  return {
    staging,
    final,
    discard: () => rm(staging, { recursive: true, force: true }),
    async commit() {
      for (let attempt = 0; ; attempt++) {
        await rm(final, { recursive: true, force: true });
        try {
          return await rename(staging, final);
        } catch (error) {
          if (attempt > 2 || error.code !== "ENOTEMPTY") throw error;
        }
      }
    }
  };
}

export {
  ReportFolderError,
  openReportFolder
};
