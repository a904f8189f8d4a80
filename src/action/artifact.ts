/** Uploads the report folder as a workflow artifact (loaded only when asked: @actions/artifact is large). */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

export async function uploadReportFolder(dir: string, name: string): Promise<{ id?: number; size?: number }> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient().uploadArtifact(name, await filesUnder(dir), dir);
}
