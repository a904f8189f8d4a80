/** `primetime demo`: the built-in demo site on 127.0.0.1, every check against it, the verdict and an HTML report. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from '../../browser/launch.js';
import { resolveConfig } from '../../config/load.js';
import { startAwsEndpoint } from '../../demo/aws-endpoint.js';
import { demoAlarms, demoAwsScenario, demoLiveMetrics, SIMULATED_AWS_LABEL } from '../../demo/aws-demo.js';
import type { AwsScenario } from '../../demo/aws/scenario.js';
import { buildPlan } from '../../plan/plan.js';
import { demoConfig, nextAirtime } from '../../demo/config.js';
import { serveSite } from '../../demo/server.js';
import { materializeSite } from '../../demo/site.js';
import { VARIANT_NAMES, VARIANTS, type VariantName } from '../../demo/variants.js';
import { parse, parsePort } from '../args.js';
import { UsageError } from '../../run/io.js';
import { EXIT, type Io } from '../../run/io.js';
import { runAndReport } from '../../run/run-and-report.js';
import { didYouMean } from '../../util/suggest.js';
import { RUN_FLAGS, runOptionsFrom } from './check.js';
import { watchSite } from './watch.js';
import { formatDuration, parseDuration } from '../../util/duration.js';
import { createHttpClient } from '../../web/http.js';
import { renderAfterShowMarkdown, summarizeWatch } from '../../watch/after-show.js';
import { readTimeline } from '../../watch/watch.js';

async function browserMissing(configured: string | undefined, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    await findBrowser(configured, env);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export async function demoCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    ...RUN_FLAGS,
    variant: { type: 'string' },
    'list-variants': { type: 'boolean' },
    serve: { type: 'boolean' },
    port: { type: 'string' },
    watch: { type: 'boolean' },
    duration: { type: 'string' },
  });
  if (values['list-variants']) {
    for (const name of VARIANT_NAMES) io.stdout.write(`  ${name.padEnd(18)} ${VARIANTS[name].description}\n`);
    return EXIT.go;
  }
  const variant = (values.variant ?? 'clean') as VariantName;
  if (!VARIANT_NAMES.includes(variant))
    throw new UsageError(`unknown variant "${variant}".${didYouMean(variant, VARIANT_NAMES)} Variants: ${VARIANT_NAMES.join(', ')}.`);

  const port = parsePort(values.port);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'primetime-demo-'));
  const behaviour = await materializeSite(variant, dir);
  const watchMs = values.watch ? parseDemoDuration(values.duration) : 0;
  // --watch: the home page goes down for the middle third of the watch, then comes back.
  const start = Date.now();
  const incident = values.watch ? { from: start + watchMs / 3, until: start + (2 * watchMs) / 3 } : undefined;
  const site = await serveSite(dir, behaviour.server, port, incident);
  const now = new Date();
  if (values.serve) return serveOnly(site, variant, now, dir, io);
  if (incident) return watchOnly(site, now, { start, until: start + watchMs, incident }, dir, io);
  try {
    return await withSimulatedAccount(demoAwsScenario(nextAirtime(now), site.url), async () => {
      io.stderr.write(`Demo site (${variant}: ${VARIANTS[variant].description}) at ${site.url}\n`);
      const loaded = await resolveConfig(demoConfig(site.url, site.redirectUrl, now), { file: 'the built-in demo config', env: {} });
      const skippedByConfig = loaded.checks.filter((c) => c.severity === 'off').map((c) => c.check.meta.id);
      if (skippedByConfig.length > 0) io.stderr.write(`Off in the demo config: ${skippedByConfig.join(', ')}\n`);
      // `primetime check` reports a missing browser as an error; the demo leaves those checks out and says why.
      const withoutBrowser = await browserMissing(loaded.config.browser.executablePath, io.env);
      const browserChecks = loaded.checks.filter((c) => c.check.meta.requires.includes('browser')).map((c) => c.check.meta.id);
      if (withoutBrowser) io.stderr.write(`Not run: ${browserChecks.join(', ')}: ${withoutBrowser}\n`);
      const options = runOptionsFrom(values, loaded);
      if (withoutBrowser) options.skip.push(...browserChecks);
      return (await runAndReport({ loaded, io, ...options, simulated: [SIMULATED_AWS_LABEL] })).exitCode;
    });
  } finally {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The SDK reads endpoints and credentials from the environment: it points at the simulated account for this run only. */
async function withSimulatedAccount<T>(scenario: AwsScenario, run: () => Promise<T>): Promise<T> {
  const aws = await startAwsEndpoint(scenario);
  const savedEnv = { ...process.env };
  Object.assign(process.env, aws.env, { AWS_EC2_METADATA_DISABLED: 'true' });
  delete process.env.AWS_PROFILE;
  try {
    return await run();
  } finally {
    process.env = savedEnv;
    await aws.close();
  }
}

/**
 * --serve: the demo site alone, until Ctrl-C or SIGTERM, with its config written beside, so a workflow can point
 * the Action (or `primetime check`) at it: the Action's self-test does.
 */
async function serveOnly(site: Awaited<ReturnType<typeof serveSite>>, variant: VariantName, now: Date, dir: string, io: Io): Promise<number> {
  try {
    const file = path.join(io.cwd, DEMO_CONFIG_FILE);
    await writeFile(file, JSON.stringify(demoConfig(site.url, site.redirectUrl, now), null, 2) + '\n');
    io.stdout.write(`Demo site (${variant}) at ${site.url}, its config in ${DEMO_CONFIG_FILE}. Ctrl-C stops it.\n`);
    await new Promise((resolve) => io.interrupt.addEventListener('abort', resolve, { once: true }));
    return EXIT.go;
  } finally {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const DEMO_CONFIG_FILE = 'primetime-demo.json';

function parseDemoDuration(value: string | undefined): number {
  if (value === undefined) return 60_000;
  let ms = Number.NaN;
  try {
    ms = parseDuration(value);
  } catch {
    // Said below, with the range.
  }
  if (ms >= 3_000 && ms <= 600_000) return ms;
  throw new UsageError(`--duration ${value}: give the demo watch between 3s and 10m (default 1m).`);
}

/**
 * --watch: a short watch of the demo site and its simulated account with a scripted incident (the home page down
 * and the targets failing for the middle third), the watch page served, so a newcomer sees the states, the live
 * figures, the changes and the after-show summary.
 */
async function watchOnly(site: Awaited<ReturnType<typeof serveSite>>, now: Date, watch: DemoWatch, dir: string, io: Io): Promise<number> {
  const alertHttp = createHttpClient({ timeoutMs: 10_000 });
  const scenario = demoAwsScenario(nextAirtime(now), site.url);
  try {
    // Airtime when the incident starts, as on the night: the peak arrives, and the watch counts from it.
    const config = demoConfig(site.url, site.redirectUrl, now);
    config.event.airtime = parisTime(watch.incident.from);
    const loaded = await resolveConfig(config, { file: 'the built-in demo config', env: {} });
    const watchMs = watch.until - watch.start;
    io.stderr.write(
      `Demo site at ${site.url}: its home page goes down from ${formatDuration(watch.incident.from - watch.start)} to ${formatDuration(watch.incident.until - watch.start)} into the watch.\n`,
    );
    // The simulated account's figures follow the script (traffic rising, the incident's 5xx and slowness), read
    // at the moment CloudWatch is asked.
    const plan = buildPlan(loaded.config.event).targets;
    const during = (at: number) => at >= watch.incident.from && at < watch.incident.until;
    Object.defineProperty(scenario, 'metrics', { get: () => demoLiveMetrics(plan, (Date.now() - watch.start) / watchMs, during(Date.now())) });
    Object.defineProperty(scenario, 'alarms', { get: () => demoAlarms(during(Date.now())) });
    const intervalMs = Math.max(1_000, Math.round(watchMs / 12));
    const file = await withSimulatedAccount(scenario, () =>
      watchSite(loaded, io, { from: Date.now(), until: watch.until, intervalMs, resume: false, figuresEveryMs: intervalMs, port: 0 }, alertHttp),
    );
    io.stdout.write('\n' + renderAfterShowMarkdown(summarizeWatch(loaded.config.event.name, await readTimeline(file), loaded.config.event.airtime)));
    return EXIT.go;
  } finally {
    await alertHttp.close();
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** An ISO 8601 time with Paris's winter offset, the story's (the event's zone is the one its airtime is written in). */
function parisTime(ms: number): string {
  return new Date(ms + 3_600_000).toISOString().replace('Z', '+01:00');
}

interface DemoWatch {
  start: number;
  until: number;
  incident: { from: number; until: number };
}
