/**
 * The option primitives a check's options schema is built from (durations, time limits, fractions, URLs), parsed
 * to what the check uses (milliseconds, 0–1, a path or URL), with messages that say the expected form. The config
 * schema uses the same ones; checks and plugins import them from the kit.
 */
import { z } from 'zod';
export declare const Duration: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
/** A time limit: 0 would mean "wait forever" to Playwright and Lighthouse, so it is refused. */
export declare const Timeout: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
/** A check's time limit of one request: network.timeout unless the check sets its own. */
export declare const RequestTimeout: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
export declare const Fraction: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
/** An absolute URL, or a path resolved against site.baseUrl. */
export declare const UrlOrPath: z.ZodString;
