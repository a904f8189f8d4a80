/**
 * `primetime watch`: during the show, the pages that matter looked at every interval, each state (ok, watch, act)
 * on a line, the timeline kept in a file, and one alert per change to the team's webhooks.
 */
import path from 'node:path';
import { loadConfig, type LoadedConfig } from '../../config/load.js';
import { createNetwork } from '../../core/network.js';
import { createMasker } from '../../core/secrets.js';
import { createStyle, colorWanted } from '../../report/render/terminal.js';
import { plural } from '../../report/text.js';
import { UsageError } from '../../run/io.js';
import { EXIT, type Io } from '../../run/io.js';
import { formatDuration, parseDuration } from '../../util/duration.js';
import { createHttpClient, type HttpClient } from '../../web/http.js';
import { resolveSite } from '../../web/site.js';
import { sendAlert } from '../../watch/alerts.js';
import type { ProbeTarget } from '../../watch/probe.js';
import { readTimeline, realClock, runWatch, stopReason } from '../../watch/watch.js';
import { createWatchDisplay, type WatchDisplay } from '../../watch/display.js';
import { runbookFor } from '../../run/runbook.js';
import type { WatchView } from '../../watch/view.js';
import { liveFigures } from '../../watch/live-figures.js';
import { watchedByChecks } from '../../watch/cloudwatch.js';
import type { WatchedByCheck } from '../../check/index.js';
import { stepTime } from '../../runbook/runbook.js';
import { parse, parsePort } from '../args.js';

/** A watch is not a load test: at most one look a second, and never longer than a day. */
const MIN_INTERVAL_MS = 1_000;
const MAX_SPAN_MS = 24 * 3_600_000;

function duration(flag: string, value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new UsageError(`${flag}: ${(error as Error).message}.`);
  }
}

export async function watchCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    interval: { type: 'string' },
    duration: { type: 'string' },
    resume: { type: 'boolean' },
    serve: { type: 'boolean' },
    port: { type: 'string' },
    'test-alert': { type: 'boolean' },
  });
  const loaded = await loadConfig(values.config, io.cwd, io.env);
  const { config } = loaded;
  const settings = config.watch;
  const mask = createMasker(loaded.secrets);
  const say = (line: string) => io.stdout.write(mask(line) + '\n');
  const alertHttp = createHttpClient({ timeoutMs: 10_000 });
  try {
    if (values['test-alert']) {
      if (settings.alerts.length === 0) throw new UsageError('no webhook to test: add watch.alerts to the config ([{ url: "${SLACK_WEBHOOK}" }]).');
      const probe = { name: 'test', url: config.site.baseUrl, state: 'ok' as const };
      const failures = await sendAlert(
        alertHttp,
        settings.alerts,
        { at: new Date().toISOString(), event: `${config.event.name} (test alert from primetime watch)`, subject: probe, from: undefined },
        io.interrupt,
        mask,
      );
      for (const failure of failures) io.stderr.write(mask(`primetime: alert not delivered: ${failure}\n`));
      say(`Sent a test alert to ${settings.alerts.length - failures.length} of ${plural(settings.alerts.length, 'webhook')}.`);
      return failures.length === 0 ? EXIT.go : EXIT.toolError;
    }

    const intervalMs = values.interval ? duration('--interval', values.interval) : settings.interval;
    if (intervalMs < MIN_INTERVAL_MS) throw new UsageError(`--interval ${values.interval}: a watch looks at most once a second (it is not a load test).`);
    const airtime = config.event.airtime ? new Date(config.event.airtime) : undefined;
    const now = Date.now();
    // --duration starts now (a rehearsal); otherwise from/until around airtime.
    let [from, until] = values.duration ? [now, now + duration('--duration', values.duration)] : [0, 0];
    if (!values.duration) {
      if (!airtime && (settings.from.startsWith('T') || settings.until.startsWith('T')))
        throw new UsageError('watch.from and watch.until are relative to airtime: set event.airtime, or run a rehearsal with --duration 30m.');
      [from, until] = [stepTime(settings.from, airtime).getTime(), stepTime(settings.until, airtime).getTime()];
    }
    if (until <= Math.max(from, now))
      throw new UsageError(`the watch window is over (it ended ${new Date(until).toISOString()}): run a rehearsal with --duration 30m.`);
    if (until - from > MAX_SPAN_MS) throw new UsageError('a watch lasts at most 24 hours: narrow watch.from and watch.until, or --duration.');

    if (values.port !== undefined && !values.serve) throw new UsageError('--port goes with --serve (the watch page).');
    const port = values.serve ? parsePort(values.port) : undefined;
    await watchSite(loaded, io, { from, until, intervalMs, resume: Boolean(values.resume), ...(port === undefined ? {} : { port }) }, alertHttp);
    // Stopped by a signal before its window ended: not the watch that was asked for (exit 2, as every command).
    return io.interrupt.aborted ? EXIT.toolError : EXIT.go;
  } finally {
    await alertHttp.close();
  }
}

export interface WatchWindow {
  from: number;
  until: number;
  intervalMs: number;
  resume: boolean;
  /** How often the live figures are read (CloudWatch's one minute; the demo's short watch reads them every look). */
  figuresEveryMs?: number;
  /** Serve the watch page on 127.0.0.1 at this port (0: a free one). */
  port?: number;
}

/** The pages a look probes: the home page, the funnel's first step, the plan-B page, each with the fix when it fails. */
function probeTargets(site: ReturnType<typeof resolveSite>, peakMode: WatchedByCheck['peakMode']): ProbeTarget[] {
  return [
    { name: 'home', url: site.home, fix: 'Open the plan-B page, or scale out' },
    ...(site.funnel[0] ? [{ name: 'funnel', url: site.funnel[0].url, fix: 'Check the subscription path first: it is what the show sells' }] : []),
    ...(site.errorPages.overflow
      ? [{ name: 'plan-b', url: site.errorPages.overflow, fix: 'The overflow page must hold when the site does not: serve it from the CDN' }]
      : []),
    ...(peakMode
      ? [
          {
            name: 'peak mode',
            url: new URL(peakMode.page, site.baseUrl).toString(),
            fix: 'A heavy page fails: switch peak mode on',
            lightMarker: peakMode.lightMarker,
          },
        ]
      : []),
  ];
}

/** What the screen and the page show before the first look: a resumed watch's rows, and the run of show. */
async function initialView(loaded: LoadedConfig, window: WatchWindow, file: string, shown: string): Promise<WatchView> {
  const { config } = loaded;
  return {
    event: config.event.name,
    ...(config.event.airtime ? { airtime: config.event.airtime } : {}),
    until: window.until,
    intervalMs: window.intervalMs,
    timeline: shown,
    // A resumed watch shows what it had seen.
    rows: window.resume ? await readTimeline(file, shown).catch(() => []) : [],
    changes: [],
    ...(config.warRoom ? { warRoom: config.warRoom } : {}),
    // The run of show, when there is a time to place it: the screen shows what the team does next.
    ...(config.event.airtime || config.runbook
      ? { steps: runbookFor(loaded, new Date(), undefined).steps.map((s) => ({ ...s, when: s.when.getTime() })) }
      : {}),
  };
}

/** The watch's opening lines: what it probes and until when, the live figures or why they are off, the page's address. */
function announce(display: WatchDisplay, targets: ProbeTarget[], window: WatchWindow, shown: string, live: Awaited<ReturnType<typeof liveFigures>>) {
  display.say(
    `primetime watch: ${targets.map((t) => t.name).join(', ')} every ${formatDuration(window.intervalMs)} until ${new Date(window.until).toISOString()}; the timeline in ${shown}.`,
  );
  if (live)
    display.say(
      'source' in live
        ? `Live figures of ${plural(live.resources, 'AWS resource')} from CloudWatch, every ${formatDuration(live.source.everyMs)}.`
        : `Live figures off: ${live.off}.`,
    );
  if (display.url) display.say(`The watch page: ${display.url} (this machine only).`);
}

/** The watch itself, for `watch` and `demo --watch`: the screen (or a line per look), the page, the timeline in watch.out. */
export async function watchSite(loaded: LoadedConfig, io: Io, window: WatchWindow, alertHttp: HttpClient): Promise<string> {
  const { config } = loaded;
  const settings = config.watch;
  const mask = createMasker(loaded.secrets);
  const site = resolveSite(config.site);
  const targets = probeTargets(site, watchedByChecks(loaded).peakMode);
  const file = path.resolve(io.cwd, settings.out, 'timeline.jsonl');
  const shown = path.relative(io.cwd, file);
  const style = createStyle(colorWanted(io.stdout, io.env));
  const live = await liveFigures(loaded, io.env, window.figuresEveryMs);
  if (live && 'off' in live && config.aws?.required) throw new UsageError(`no live figures: ${live.off} (aws.required is set).`);
  const view = await initialView(loaded, window, file, shown);
  const display = await createWatchDisplay({
    out: io.stdout,
    err: io.stderr,
    paint: { ok: style.green, watch: style.yellow, act: style.red },
    mask,
    view,
    ...(window.port === undefined ? {} : { port: window.port }),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new UsageError(`--port ${window.port}: already in use on 127.0.0.1. Give another port, or 0 for a free one.`);
    throw error;
  });
  const { http } = createNetwork(config);
  announce(display, targets, window, shown, live);
  try {
    const { rows, alerts } = await runWatch({
      event: config.event.name,
      targets,
      marker: site.marker,
      limits: { slowMs: settings.slow, timeoutMs: settings.timeout },
      ...window,
      confirm: settings.confirm,
      ...(config.warRoom ? { warRoom: config.warRoom } : {}),
      alerts: settings.alerts,
      ...(live && 'source' in live ? { figures: live.source } : {}),
      http,
      alertHttp,
      file,
      clock: realClock,
      signal: io.interrupt,
      mask,
      onWait: (at) => display.say(`Waiting until ${new Date(at).toISOString()} (watch.from) to start.`),
      onRow: (row) => display.row(row),
      onAlert: (change) => display.change(change),
      onUndelivered: (failures) => display.undelivered(failures),
      onNote: (note) => display.say(`primetime: ${note}`),
    });
    const ended = io.interrupt.aborted ? `Watch stopped (${stopReason(io.interrupt)})` : 'Watch ended';
    display.say(`${ended}: ${plural(rows, 'look')}, ${plural(alerts, 'change')} of state. The timeline is in ${shown}.`);
  } finally {
    await Promise.all([http.close(), display.close()]);
  }
  return file;
}
