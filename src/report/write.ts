/** Writes the file renderings of a report into the report folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from './model.js';
import { renderHtml } from './render/html.js';
import { renderJson } from './render/json.js';
import { renderJunit } from './render/junit.js';
import { renderMarkdown } from './render/markdown.js';

export const FILE_FORMATS = {
  json: { file: 'report.json', render: renderJson },
  html: { file: 'report.html', render: renderHtml },
  markdown: { file: 'report.md', render: (report: Report) => renderMarkdown(report, { fullReport: 'report.html beside this file' }) },
  junit: { file: 'junit.xml', render: renderJunit },
} as const;

export type FileFormat = keyof typeof FILE_FORMATS;

export async function writeReports(report: Report, outDir: string, formats: readonly string[]): Promise<Record<string, string>> {
  await mkdir(outDir, { recursive: true });
  const written: Record<string, string> = {};
  for (const format of formats) {
    if (!(format in FILE_FORMATS)) continue;
    const { file, render } = FILE_FORMATS[format as FileFormat];
    const target = path.join(outDir, file);
    await writeFile(target, render(report));
    written[format] = target;
  }
  return written;
}
