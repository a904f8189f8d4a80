/**
 * The option primitives a check's options schema is built from (durations, time limits, fractions, URLs), parsed
 * to what the check uses (milliseconds, 0–1, a path or URL), with messages that say the expected form. The config
 * schema uses the same ones; checks and plugins import them from the kit.
 */
import { z } from 'zod';
import { DURATION_PATTERN, parseDuration } from '../util/duration.js';

/** "3m", "90s", "14d" or a number of seconds; parsed to milliseconds. */
const DURATION_EXPECTED = 'expected a duration such as 90s, 3m, 1h30m or 14d, or a number of seconds';
export const Duration = z
  .union([z.number().nonnegative(DURATION_EXPECTED), z.string().regex(DURATION_PATTERN, DURATION_EXPECTED)], { error: DURATION_EXPECTED })
  .transform((value) => parseDuration(value));

/** A time limit: 0 would mean "wait forever" to Playwright and Lighthouse, so it is refused. */
export const Timeout = Duration.refine((ms) => ms > 0, 'must be longer than 0: a time limit of 0 would wait forever (10s or 2m is usual)');
/** A check's time limit of one request: network.timeout unless the check sets its own. */
export const RequestTimeout = Timeout.optional().describe('Time limit of one request; network.timeout when not set.');

/** 0.1 or "10%". */
const FRACTION_EXPECTED = 'expected a fraction from 0 to 1 such as 0.1, or a percentage such as "10%"';
export const Fraction = z
  .union([z.number().min(0, FRACTION_EXPECTED).max(1, FRACTION_EXPECTED), z.string().regex(/^\d+(\.\d+)?\s*%$/, FRACTION_EXPECTED)], {
    error: FRACTION_EXPECTED,
  })
  .transform((value) => (typeof value === 'number' ? value : Number.parseFloat(value) / 100))
  .refine((value) => value >= 0 && value <= 1, 'must lie between 0 and 100 %');

/** An absolute URL, or a path resolved against site.baseUrl. */
export const UrlOrPath = z
  .string()
  .min(1)
  .refine((value) => value.startsWith('/') || /^https?:\/\//.test(value), 'expected a path starting with "/" or an http(s):// URL');
