/** The `primetime` command's process wiring (signals, crashes, exit); everything else is in main.ts. */
import { main, reportError } from './main.js';
import type { Io } from '../run/io.js';
import { isExpectedRejection } from '../core/late-rejections.js';

const interrupt = new AbortController();
let interrupted = 0;
// Ctrl-C, a CI job cancelled (SIGTERM), a closed terminal: the first one finishes cleanly with a partial report
// (exit 2, every browser closed); a second one leaves now.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    if (++interrupted > 1) process.exit(130);
    interrupt.abort(new Error(signal));
  });

const io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, interrupt: interrupt.signal };
const fail = (error: unknown) => {
  process.exitCode = reportError(error, io, process.argv.includes('--verbose'));
};
// A rejection a check said it expects (a browser it killed on purpose) is not a crash.
process.on('unhandledRejection', (reason) => isExpectedRejection(reason) || fail(reason));
// `primetime check | head`: a closed pipe is the reader's choice, not an error worth a trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : fail(error)));
process.on('uncaughtException', fail);

/** Once the report is written and the output flushed, nothing left behind (a socket, a late timer) keeps the process alive. */
const exitSoon = (code: number) => {
  process.exitCode = code;
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => setTimeout(() => process.exit(), 1_000).unref());
};

main(process.argv.slice(2), io).then(exitSoon, (error: unknown) => {
  fail(error);
  exitSoon(Number(process.exitCode ?? 2));
});
