export declare const DURATION_PATTERN: RegExp;
export declare function parseDuration(value: string | number): number;
/** "2 d 3 h", "45 min", "12 s": the largest two units, for people reading a report. */
export declare function formatDuration(ms: number): string;
