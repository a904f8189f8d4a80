/** Command-line parsing on node:util's parseArgs: no dependency, strict about unknown flags. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../run/io.js';
import { didYouMean } from '../util/suggest.js';

export const COMMON_OPTIONS = {
  config: { type: 'string', short: 'c' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const flag = /'(--?[\w-]+)'/.exec(message)?.[1];
    const known = Object.keys({ ...COMMON_OPTIONS, ...options }).map((name) => `--${name}`);
    throw new UsageError(flag && /Unknown option/.test(message) ? `unknown option ${flag}.${didYouMean(flag, known)}` : message.split('\n')[0]);
  }
}

/** --port: 0 (the default) lets the system pick a free one, which the command then prints. */
export function parsePort(value: string | undefined): number {
  const port = Number(value ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port ${value}: give a port number from 1 to 65535.`);
  return port;
}
