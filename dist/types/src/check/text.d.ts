/** The small wordings every check needs, written once. */
export { formatNumber, grouped, plural } from '../util/words.js';
export { formatDuration } from '../util/duration.js';
/** A page as a reader names it in a finding: its path (and query), the full URL when it is on another host. */
export declare function pagePath(url: string, baseUrl?: string): string;
/** The first line of an error's message: enough for a finding, without the stack or a library's dump. */
export declare function firstLine(error: unknown): string;
