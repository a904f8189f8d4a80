import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/report/folder.ts
import { existsSync } from "node:fs";
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
    if (!entries.includes(OWN_MARK) && !entries.includes("report.json") && !holdsPartialReportsOnly(final, entries))
      throw new ReportFolderError(`the report folder ${final} holds files that are not a primetime report, and a run replaces its folder whole: ${choose}.`);
  }
  let staging;
  try {
    await mkdir(path.dirname(final), { recursive: true });
    staging = await mkdtemp(`${final}.partial-`);
    await writeFile(path.join(staging, OWN_MARK), "");
  } catch (error) {
    throw new ReportFolderError(`the report folder ${final} cannot be written (${writeFailure(error)}): ${choose}.`);
  }
  return {
    staging,
    final,
    discard: () => rm(staging, { recursive: true, force: true }),
    async commit() {
      for (let attempt = 0; ; attempt++) {
        const aside = `${staging}.earlier`;
        const hadEarlier = await rename(final, aside).then(
          () => true,
          () => false
        );
        try {
          await rename(staging, final);
          return await rm(aside, { recursive: true, force: true });
        } catch (error) {
          const raced = error.code === "ENOTEMPTY";
          if (hadEarlier) await (raced ? rm(aside, { recursive: true, force: true }) : rename(aside, final)).catch(() => void 0);
          if (attempt > 2 || !raced) throw error;
        }
      }
    }
  };
}
function holdsPartialReportsOnly(folder, entries) {
  return entries.every((entry) => existsSync(path.join(folder, entry, OWN_MARK)));
}
function writeFailure(error) {
  return REASONS[error.code ?? ""] ?? error.message;
}

export {
  ReportFolderError,
  openReportFolder,
  writeFailure
};
