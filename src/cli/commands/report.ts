/** `primetime report --show`: the after-show report, from the watch's timeline, as Markdown and HTML. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/load.js';
import { UsageError } from '../../run/io.js';
import { EXIT, type Io } from '../../run/io.js';
import { renderAfterShowHtml, renderAfterShowMarkdown, summarizeWatch } from '../../watch/after-show.js';
import { readTimeline, TimelineError } from '../../watch/watch.js';
import { parse } from '../args.js';

export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { show: { type: 'boolean' }, timeline: { type: 'string' }, out: { type: 'string', short: 'o' } });
  if (!values.show) throw new UsageError('give --show: the after-show report, from the timeline primetime watch kept.');
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const file = path.resolve(io.cwd, values.timeline ?? path.join(loaded.config.watch.out, 'timeline.jsonl'));
  const shown = path.relative(io.cwd, file);
  const rows = await readTimeline(file, shown, (note) => io.stderr.write(`primetime: ${note}\n`)).catch((error: NodeJS.ErrnoException) => {
    if (error instanceof TimelineError) throw new UsageError(error.message);
    if (error.code === 'ENOENT') throw new UsageError(`no timeline at ${shown}: run primetime watch during the show (or give --timeline).`);
    throw error;
  });
  if (rows.length === 0) throw new UsageError(`${shown} is empty: the watch made no look.`);
  const summary = summarizeWatch(loaded.config.event.name, rows, loaded.config.event.airtime);
  const outDir = path.resolve(io.cwd, values.out ?? loaded.config.watch.out);
  const markdown = renderAfterShowMarkdown(summary);
  await writeFile(path.join(outDir, 'after-show.md'), markdown);
  await writeFile(path.join(outDir, 'after-show.html'), renderAfterShowHtml(summary));
  io.stdout.write(markdown);
  io.stderr.write(`Wrote ${path.relative(io.cwd, path.join(outDir, 'after-show.md'))} and after-show.html.\n`);
  return EXIT.go;
}
