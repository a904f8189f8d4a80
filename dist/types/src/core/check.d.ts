/**
 * The check contract. A check is data (`meta`) plus one function (`run`), like a Lighthouse audit or an
 * ESLint rule. Severity is not here: it belongs to the config.
 */
import type { z } from 'zod';
import type { Config } from '../config/schema.js';
import type { Problem } from '../config/problems.js';
import type { EventPlan } from '../plan/plan.js';
import type { HttpClient } from '../web/http.js';
import type { AwsAccess } from '../aws/access.js';
import type { Logger } from './logger.js';
import type { LookupFunction } from '../web/lookup.js';
import type { ResolvedSite } from '../web/site.js';
import type { Artifact, Chart, CheckReport, Evidence, Remediation as ReportRemediation } from '../report/model.js';
export type Requirement = 'network' | 'browser' | 'aws';
export interface CheckMeta<Options extends z.ZodType = z.ZodType> {
    /** kebab-case, the key under `checks:` in the config. */
    id: string;
    /** Said when the check passes: "Error pages are branded". */
    title: string;
    /** Said when it fails: "A visitor can meet a blank or stock error page". */
    failureTitle: string;
    description: string;
    /** Link to the check's documentation. */
    docs?: string;
    /** Options with their defaults; the config's `[severity, { … }]` is validated against it. */
    options: Options;
    /** The severity when primetime.yml does not name the check (ESLint's `meta.docs.recommended`); off when absent. */
    recommended?: 'error' | 'warn';
    requires: readonly Requirement[];
    /** npm packages `run` imports lazily (Playwright, Lighthouse, cspell): the Action installs them on first need. */
    packages?: readonly string[];
    /** IAM actions `run` calls (read-only): `primetime iam-policy` prints them for the enabled checks. */
    permissions?: readonly string[];
    /** Runs alone: nothing else runs beside it (Lighthouse). */
    exclusive?: boolean;
    /** Default time limit in ms; `runner.timeout` or the option `timeout` override it. */
    timeout?: number;
}
/**
 * What a check hands back. `error`: it ran but could not verify (an inconclusive measurement), neither a pass nor
 * a failure blamed on the site. The runner also gives `error` (thrown or timed out) and `not-run` (interrupted).
 */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip' | 'error';
export type { Evidence, Artifact, Chart };
export type Remediation = Omit<ReportRemediation, 'tooLate'>;
export interface CheckOutcome {
    status: CheckStatus;
    /** One line. For `skip`, the reason. */
    summary: string;
    evidence?: Evidence[];
    remediation?: Remediation[];
    artifacts?: Artifact[];
    charts?: Chart[];
}
/** What the runner tells as the run goes: a check starts, notes its progress, ends with its result. */
export type ProgressEvent = {
    type: 'start';
    id: string;
    title: string;
} | {
    type: 'note';
    id: string;
    message: string;
} | {
    type: 'end';
    result: CheckReport;
};
export interface Clock {
    now(): Date;
}
export interface ArtifactStore {
    /** The report folder. */
    readonly dir: string;
    /** Writes a file under the report folder and returns its relative path. */
    save(relativePath: string, data: string | Uint8Array): Promise<string>;
}
/** The part of a Playwright browser primetime relies on; the type stays loose so the core never loads Playwright. */
export interface SharedBrowser {
    newContext(options?: Record<string, unknown>): Promise<unknown>;
    close(): Promise<void>;
}
/** For checks that open their own connections (TLS): the same name resolution and trust as `http`. */
export interface NetworkContext {
    lookup?: LookupFunction;
    /** PEM texts of extra certificate authorities (network.ca). */
    ca: string[];
    timeoutMs: number;
}
export interface CheckContext<Options = unknown> {
    options: Options;
    config: Config;
    /** The config file's folder: relative paths in options (file globs, a cspell config) start there. */
    baseDir: string;
    site: ResolvedSite;
    plan: EventPlan;
    http: HttpClient;
    network: NetworkContext;
    /** AWS targets and clients (created on first use). */
    aws: AwsAccess;
    /** One browser for the whole run, launched on first use. */
    browser(): Promise<SharedBrowser>;
    /** Chromium flags that give a browser the run's network (pinned names, DNS servers, CAs), for a check that launches its own (Lighthouse). */
    browserArgs(): Promise<string[]>;
    clock: Clock;
    /** Time left before `event.airtime`, in ms (negative once it has passed). */
    timeLeftMs?: number;
    log: Logger;
    /** Aborted on timeout or Ctrl-C: pass it to every I/O call. */
    signal: AbortSignal;
    artifacts: ArtifactStore;
    /** A line of live progress for a long check (the load shot's seconds); shown on the terminal as it runs. */
    progress(message: string): void;
}
export interface Check<Options extends z.ZodType = z.ZodType> {
    meta: CheckMeta<Options>;
    /**
     * Problems with the rest of the config this check reads (the load check's `load` section), found when the config
     * loads, before anything runs. `enabled`: the check will run, so what it needs must be there.
     */
    validate?(config: Config, enabled: boolean): Problem[];
    run(ctx: CheckContext<z.output<Options>>): Promise<CheckOutcome>;
}
/** Identity, for inference: `export default defineCheck({ meta: { options: z.object(…) }, run(ctx) { ctx.options… } })`. */
export declare function defineCheck<Options extends z.ZodType>(check: Check<Options>): Check<Options>;
