/** Numbers and counts as a reader reads them: the wordings every room uses, in a leaf module each may import. */
/**
 * A number as en-US writes it, with thousands separators and at most `fractionDigits` decimals ("1,234.5").
 * Written out rather than through Intl: the first NumberFormat loads the locale data, 30 ms of every start-up.
 */
export declare function grouped(value: number, fractionDigits?: number): string;
export declare function formatNumber(value: number): string;
/** "1 page", "3 pages", "1,200 words": `many` for irregular plurals. */
export declare function plural(count: number, one: string, many?: string): string;
