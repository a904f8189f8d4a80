/**
 * The report folder belongs to one run at a time, whole. A run writes into a staging folder beside it (which
 * proves at once, before any check, that the place is writable), then takes the report folder's place: no stale
 * report.html from an earlier GO beside a NO-GO report.json, and two runs in one folder never interleave (the
 * last to finish wins whole). A folder holding anything that is not a primetime report is never replaced.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

const OWN_MARK = '.primetime-report';

export class ReportFolderError extends Error {}

const REASONS: Record<string, string> = {
  EEXIST: 'a file stands in its path',
  ENOTDIR: 'a file stands in its path',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'a read-only file system',
  ENOSPC: 'no space left',
};

export interface ReportFolder {
  /** Where this run writes. */
  staging: string;
  /** The report folder it replaces when done. */
  final: string;
  commit(): Promise<void>;
  /** Removes the staging folder of a run that never started: the report folder stays as it was. */
  discard(): Promise<void>;
}

export async function openReportFolder(outDir: string): Promise<ReportFolder> {
  const final = path.resolve(outDir);
  const choose = 'choose another with --out or report.out';
  const existing = await stat(final).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new ReportFolderError(`the report folder ${final} is a file: ${choose}.`);
  if (existing) {
    const entries = await readdir(final);
    if (!entries.includes(OWN_MARK) && !entries.includes('report.json') && !holdsPartialReportsOnly(final, entries))
      throw new ReportFolderError(`the report folder ${final} holds files that are not a primetime report, and a run replaces its folder whole: ${choose}.`);
  }
  let staging: string;
  try {
    await mkdir(path.dirname(final), { recursive: true });
    staging = await mkdtemp(`${final}.partial-`);
    await writeFile(path.join(staging, OWN_MARK), '');
  } catch (error) {
    throw new ReportFolderError(`the report folder ${final} cannot be written (${writeFailure(error)}): ${choose}.`);
  }
  return {
    staging,
    final,
    discard: () => rm(staging, { recursive: true, force: true }),
    async commit() {
      for (let attempt = 0; ; attempt++) {
        // The earlier report steps aside, and comes back if this one cannot take its place: never half of each.
        const aside = `${staging}.earlier`;
        const hadEarlier = await rename(final, aside).then(
          () => true,
          () => false,
        );
        try {
          await rename(staging, final);
          return await rm(aside, { recursive: true, force: true });
        } catch (error) {
          // Another run committed in between: its report supersedes the earlier one, and this one replaces it in turn.
          const raced = (error as NodeJS.ErrnoException).code === 'ENOTEMPTY';
          if (hadEarlier) await (raced ? rm(aside, { recursive: true, force: true }) : rename(aside, final)).catch(() => undefined);
          if (attempt > 2 || !raced) throw error;
        }
      }
    },
  };
}

/** A folder made by a partial run's report (primetime-report/spelling/) before any full run: ours too. */
function holdsPartialReportsOnly(folder: string, entries: string[]): boolean {
  return entries.every((entry) => existsSync(path.join(folder, entry, OWN_MARK)));
}

/** A write error in words: "no space left", "permission denied". */
export function writeFailure(error: unknown): string {
  return REASONS[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as Error).message;
}
