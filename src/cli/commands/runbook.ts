/**
 * `primetime runbook`: the run of show with the time left and each step's state, from the config's `runbook`
 * (or the steps primetime derives when there is none) and the last report; as Markdown and iCalendar on request.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/load.js';
import { UsageError } from '../../run/io.js';
import { EXIT, type Io } from '../../run/io.js';
import { runbookFor } from '../../run/runbook.js';
import { renderRunbookIcs, renderRunbookMarkdown, renderRunbookText, renderWarRoomMarkdown, renderWarRoomText } from '../../runbook/render.js';
import { parse } from '../args.js';

export async function runbookCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { ics: { type: 'string' }, markdown: { type: 'string' }, report: { type: 'string' } });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const reportFile = path.resolve(io.cwd, values.report ?? loaded.config.report.out, 'report.json');
  const last = existsSync(reportFile) ? JSON.parse(await readFile(reportFile, 'utf8')) : undefined;
  if (!loaded.config.event.airtime && !loaded.config.runbook)
    throw new UsageError('the run of show is placed relative to airtime: set event.airtime in the config (or write a runbook section with ISO 8601 times).');
  const now = new Date();
  const { steps, derived } = runbookFor(loaded, now, last);
  const airtime = loaded.config.event.airtime;
  const { warRoom } = loaded.config;
  io.stdout.write(
    `Run of show: ${loaded.config.event.name}${airtime ? ` · airtime ${airtime}` : ''}\n\n${renderRunbookText(steps, now, airtime)}${renderWarRoomText(warRoom)}\n`,
  );
  io.stdout.write(
    `${last ? `States from the report of ${last.finishedAt} (${path.relative(io.cwd, reportFile)}).` : `No report yet (${path.relative(io.cwd, reportFile)}): run primetime check to mark the steps it proves done.`}\n`,
  );
  if (derived)
    io.stdout.write(
      'These are the steps primetime derives from the enabled checks: add a runbook section to primetime.yml to make it yours (primetime init writes one).\n',
    );
  for (const [flag, file, text] of [
    ['--markdown', values.markdown, () => renderRunbookMarkdown(steps, now, airtime) + renderWarRoomMarkdown(warRoom) + '\n'],
    ['--ics', values.ics, () => renderRunbookIcs(steps, loaded.config.event.name, now, warRoom)],
  ] as const) {
    if (!file) continue;
    const target = path.resolve(io.cwd, file);
    await writeFile(target, text()).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`${flag} ${file}: cannot write it (${error.code ?? error.message}).`);
    });
    io.stderr.write(`Wrote ${path.relative(io.cwd, target)}.\n`);
  }
  return EXIT.go;
}
