import type { CheckReport, Outcome, Remediation, Report } from './model.js';
export declare const OUTCOME_HEADINGS: Record<Outcome, string>;
export declare function countsLine(report: Report): string;
/** The summary is worth a line of its own, unless it only repeats the first finding listed under it. */
export declare function summaryIsNews(check: CheckReport): boolean;
export declare function verdictReason(report: Report): string;
/** "3 of the config's checks not run: caching, lighthouse, load". */
export declare function notRunText(notRun: string[]): string;
export declare function timeLeftText(report: Report): string | undefined;
/** The handful of plan figures people look for first. */
export declare function planHighlights(report: Report): string;
export declare function formatNumber(value: number): string;
/** "1 page", "3 pages", "1,200 words": `many` for irregular plurals. */
export declare function plural(count: number, one: string, many?: string): string;
export declare function leadTimeText(remediation: Remediation): string | undefined;
export declare const STATUS_LABEL: Record<CheckReport['status'], string>;
/** "a stylesheet", "an icon", "an image". */
export declare function withArticle(noun: string): string;
export declare function capitalise(text: string): string;
