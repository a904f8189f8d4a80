#!/usr/bin/env node
/** The `primetime` command. Thin: process wiring only; everything else is in cli/main.ts. */
import { main, reportError } from './cli/main.js';
import type { Io } from './cli/io.js';

const interrupt = new AbortController();
let interrupted = 0;
process.on('SIGINT', () => {
  // First Ctrl-C: finish cleanly with a partial report. Second: leave now.
  if (++interrupted > 1) process.exit(130);
  interrupt.abort(new Error('interrupted'));
});

const io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, interrupt: interrupt.signal };
const fail = (error: unknown) => {
  process.exitCode = reportError(error, io, process.argv.includes('--verbose'));
};
process.on('unhandledRejection', fail);
// `primetime check | head`: a closed pipe is the reader's choice, not an error worth a trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : fail(error)));
process.on('uncaughtException', fail);

main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
}, fail);
