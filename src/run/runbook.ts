/** The run of show of a loaded config, for `primetime runbook` and the Action's job summary. */
import type { LoadedConfig } from '../config/load.js';
import { renderRunbookMarkdown, renderWarRoomMarkdown } from '../runbook/render.js';
import { derivedSteps, timeline, type LastReport, type TimedStep } from '../runbook/runbook.js';

/**
 * The config's steps (validated with the config: known checks, a time it can place), else the ones primetime
 * derives from the enabled checks; each placed in time and given its state against the last report.
 */
export function runbookFor(loaded: LoadedConfig, now: Date, last: LastReport): { steps: TimedStep[]; derived: boolean } {
  const { config } = loaded;
  const enabled = loaded.checks.filter((c) => c.severity !== 'off').map((c) => c.check.meta.id);
  const airtime = config.event.airtime ? new Date(config.event.airtime) : undefined;
  return { steps: timeline(config.runbook ?? derivedSteps(enabled), airtime, now, last), derived: config.runbook === undefined };
}

/** The run of show under the verdict of a job summary, with the states this very report proves; none without a time to place it. */
export function runbookSection(loaded: LoadedConfig, report: NonNullable<LastReport>, now = new Date()): string | undefined {
  if (!loaded.config.event.airtime && !loaded.config.runbook) return undefined;
  const steps = runbookFor(loaded, now, report).steps;
  return `\n## Run of show\n\n${renderRunbookMarkdown(steps, now, loaded.config.event.airtime)}${renderWarRoomMarkdown(loaded.config.warRoom)}\n`;
}
