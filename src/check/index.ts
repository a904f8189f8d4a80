/** The check kit: everything a check (built in or a plugin) imports, from one place. */
export * from './contract.js';
export type * from './context.js';
export { findings, type Findings, type FindingDetails } from './findings.js';
export { judgeHeadroom, type Headroom } from './headroom.js';
export { plural, pagePath, firstLine, formatNumber, grouped, formatDuration } from './text.js';
export { Duration, Fraction, RequestTimeout, Timeout, UrlOrPath } from './options.js';
