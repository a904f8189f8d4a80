/**
 * Progress on stderr: lines as they come, and a check's steps ("run 2/3 on / (mobile)") on one line that a
 * terminal rewrites in place. Off a terminal (a CI log, a pipe) a step is a plain line when nothing was written for
 * STEP_EVERY_MS (every step when verbose): a long check shows it is alive without flooding the log.
 */
import type { Output } from './io.js';

const CLEAR_LINE = '\r\x1b[2K';
/** Off a terminal, a step line at most this often (Lighthouse CI and k6 print about as often). */
export const STEP_EVERY_MS = 10_000;

export interface ProgressWriter {
  line(text: string): void;
  step(text: string): void;
  /** Clears a step still shown, before the report. */
  done(): void;
}

export function progressWriter(
  out: Output & { columns?: number },
  { quiet = false, verbose = false, now = Date.now }: { quiet?: boolean; verbose?: boolean; now?: () => number } = {},
): ProgressWriter {
  let live = false;
  let lastWritten = now();
  const plain = (text: string) => {
    out.write(text + '\n');
    lastWritten = now();
  };
  const clear = () => {
    if (live) out.write(CLEAR_LINE);
    live = false;
  };
  return {
    line(text) {
      if (quiet) return;
      clear();
      plain(text);
    },
    step(text) {
      if (quiet) return;
      if (!out.isTTY) return verbose || now() - lastWritten >= STEP_EVERY_MS ? plain(text) : undefined;
      // A step longer than the terminal would wrap, and \r would then rewrite only its last row.
      const width = Math.max(20, (out.columns ?? 80) - 1);
      out.write(CLEAR_LINE + (text.length > width ? `${text.slice(0, width - 1)}…` : text));
      live = true;
    },
    done: clear,
  };
}
