import type { Logger } from '../check/index.js';

export type { Logger };

/** Logs go to stderr so stdout stays clean for `--format json`. */
export function createLogger(verbose: boolean, write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Logger {
  return {
    debug: (message) => verbose && write(`  · ${message}`),
    info: (message) => write(message),
    warn: (message) => write(`warning: ${message}`),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {} };
