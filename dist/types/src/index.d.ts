/** The library entry: for primetime.config.ts files and plugin checks. */
export { defineConfig, type ConfigInput, type Config } from './config/schema.js';
export { defineCheck, Duration, Fraction, RequestTimeout, Timeout, UrlOrPath, findings, plural, pagePath, firstLine, formatNumber, formatDuration, type Check, type CheckContext, type CheckMeta, type CheckOutcome, type Findings, type Evidence, type Remediation, type Artifact, } from './check/index.js';
export type { Report, CheckReport } from './report/model.js';
export { z } from 'zod';
