/** Turning zod issues into problems a person can fix: a key path, what was wrong, what was expected. */
import type { z } from 'zod';
export type KeyPath = (string | number)[];
export interface Problem {
    path: KeyPath;
    message: string;
    /** Line in the config file, when known. */
    line?: number;
}
export declare function formatPath(path: KeyPath): string;
export declare class ConfigError extends Error {
    readonly file: string;
    readonly problems: Problem[];
    constructor(file: string, problems: Problem[]);
}
/** The keys an object schema accepts at `path`, to suggest one for a mistyped key. */
export declare function knownKeysAt(schema: z.ZodType, path: KeyPath): string[];
export declare function problemsFromZod(error: z.ZodError, schema: z.ZodType, prefix?: KeyPath): Problem[];
