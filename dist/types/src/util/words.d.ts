/** Numbers and counts as a reader reads them: the wordings every room uses, in a leaf module each may import. */
export declare function formatNumber(value: number): string;
/** "1 page", "3 pages", "1,200 words": `many` for irregular plurals. */
export declare function plural(count: number, one: string, many?: string): string;
