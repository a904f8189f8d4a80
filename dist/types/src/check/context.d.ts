/**
 * What a check is given to run: its options, the event, the plan, the site, and the run's shared means (one HTTP
 * client, one browser, AWS clients, the report folder). Not the whole config: a check reads its options and these.
 */
import type { Config } from '../config/schema.js';
import type { EventPlan } from '../plan/plan.js';
import type { HttpClient } from '../web/http.js';
import type { AwsAccess } from '../aws/access.js';
import type { LookupFunction } from '../web/lookup.js';
import type { ResolvedSite } from '../web/site.js';
export interface Logger {
    debug(message: string): void;
    info(message: string): void;
    warn(message: string): void;
}
export interface Clock {
    now(): Date;
}
/** The event as checks read it: airtime parsed once, and the time left before it when the run started. */
export type EventContext = Omit<Config['event'], 'airtime'> & {
    airtime?: Date;
    /** Time left before airtime, in ms (negative once it has passed). */
    timeLeftMs?: number;
};
export interface ArtifactStore {
    /** The report folder. */
    readonly dir: string;
    /** Writes a file under the report folder and returns its relative path. */
    save(relativePath: string, data: string | Uint8Array): Promise<string>;
}
/** The part of a Playwright browser primetime relies on; the type stays loose so the kit never loads Playwright. */
export interface SharedBrowser {
    newContext(options?: Record<string, unknown>): Promise<unknown>;
    close(): Promise<void>;
}
/** How to launch a Chromium of one's own (Lighthouse) with the run's network: pinned names, DNS servers, CAs. */
export interface ChromiumLaunch {
    executablePath: string;
    /** browser.args, then the network flags. */
    args: string[];
}
/** For checks that open their own connections (TLS, name lookups): the same resolution and trust as `http`. */
export interface NetworkContext {
    lookup?: LookupFunction;
    /** network.resolve: host names pinned to addresses. */
    resolve: Record<string, string>;
    /** network.dnsServers: the servers that know the event's names, when they are not public yet. */
    dnsServers: string[];
    /** PEM texts of extra certificate authorities (network.ca). */
    ca: string[];
    timeoutMs: number;
}
export interface CheckContext<Options = unknown> {
    options: Options;
    /** The config section a check declares in `meta.section` (the load check's `load`), already validated. */
    section?: unknown;
    event: EventContext;
    plan: EventPlan;
    site: ResolvedSite;
    /** The config file's folder: relative paths in options (file globs, a cspell config) start there. */
    baseDir: string;
    http: HttpClient;
    network: NetworkContext;
    /** AWS targets and clients (created on first use). */
    aws: AwsAccess;
    /** One browser for the whole run, launched on first use. */
    browser(): Promise<SharedBrowser>;
    /** For a check that launches its own Chromium (Lighthouse). */
    chromium(): Promise<ChromiumLaunch>;
    clock: Clock;
    log: Logger;
    /** Aborted on timeout or Ctrl-C: pass it to every I/O call. */
    signal: AbortSignal;
    artifacts: ArtifactStore;
    /** A line of live progress for a long check (the load shot's seconds); shown on the terminal as it runs. */
    progress(message: string): void;
    /** Where a long check is ("run 2/3 on / (mobile)", "12/36 cells"): one terminal line, updated in place. */
    step(message: string): void;
}
