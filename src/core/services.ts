/**
 * What every check of a run shares, opened once: the event with its time left, the plan, the site, the network and
 * its HTTP client, AWS access, the artifact store, and the browser, launched on the first check that asks for it.
 * `close()` releases what was opened.
 */
import type { LoadedConfig } from '../config/load.js';
import { buildPlan } from '../plan/plan.js';
import { createAwsAccess } from '../aws/access.js';
import type { CheckContext, ChromiumLaunch, Clock, SharedBrowser } from '../check/index.js';
import { resolveSite } from '../web/site.js';
import { createArtifactStore } from './artifacts.js';
import { createNetwork } from './network.js';
import type { Masker } from './secrets.js';

export interface RunServices {
  /** What each check's context holds of them. */
  shared: Pick<CheckContext, 'event' | 'plan' | 'site' | 'network' | 'aws' | 'http' | 'artifacts' | 'browser' | 'chromium'>;
  started: Date;
  /** ms to airtime when the event has one. */
  timeLeftMs?: number;
  close(): Promise<void>;
}

export interface ServiceOptions {
  outDir: string;
  clock: Clock;
  mask: Masker;
  /** Aborts the browser's network set-up with the run. */
  signal: AbortSignal;
  /** Launches the shared browser (tests may hand their own). */
  launchBrowser?: () => Promise<SharedBrowser>;
}

export function openRun({ config }: LoadedConfig, options: ServiceOptions): RunServices {
  const started = options.clock.now();
  const airtime = config.event.airtime ? new Date(config.event.airtime) : undefined;
  const timeLeftMs = airtime ? airtime.getTime() - started.getTime() : undefined;
  const { network, http } = createNetwork(config);
  const site = resolveSite(config.site);

  // Heavy modules load on the first check that needs a browser: a run of HTTP checks never imports them.
  let launch: Promise<ChromiumLaunch> | undefined;
  const chromium = () =>
    (launch ??= (async () => {
      const { findBrowser } = await import('../browser/launch.js');
      const { chromiumNetworkArgs } = await import('../browser/network.js');
      const executablePath = await findBrowser(config.browser.executablePath);
      return { executablePath, args: [...config.browser.args, ...(await chromiumNetworkArgs(config, site, network, options.signal))] };
    })());
  let browser: Promise<SharedBrowser> | undefined;
  const launchShared = async () => {
    const { launchBrowser } = await import('../browser/launch.js');
    const { executablePath, args } = await chromium();
    return launchBrowser(executablePath, args);
  };

  return {
    shared: {
      event: { ...config.event, airtime, timeLeftMs },
      plan: buildPlan(config.event),
      site,
      network,
      http,
      aws: createAwsAccess(config),
      artifacts: createArtifactStore(options.outDir, options.mask),
      chromium,
      browser: () => (browser ??= (options.launchBrowser ?? launchShared)()),
    },
    started,
    ...(timeLeftMs !== undefined ? { timeLeftMs } : {}),
    close: async () => void (await Promise.allSettled([http.close(), browser?.then((b) => b.close())])),
  };
}
