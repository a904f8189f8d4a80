/**
 * Progress on stderr: lines as they come, and a check's steps ("run 2/3 on / (mobile)") on one line that a
 * terminal rewrites in place. Off a terminal (a CI log, a pipe) steps are left out, unless verbose: the log keeps
 * the lines that matter.
 */
import type { Output } from './io.js';

const CLEAR_LINE = '\r\x1b[2K';

export interface ProgressWriter {
  line(text: string): void;
  step(text: string): void;
  /** Clears a step still shown, before the report. */
  done(): void;
}

export function progressWriter(out: Output & { columns?: number }, { quiet = false, verbose = false } = {}): ProgressWriter {
  let live = false;
  const clear = () => {
    if (live) out.write(CLEAR_LINE);
    live = false;
  };
  return {
    line(text) {
      if (quiet) return;
      clear();
      out.write(text + '\n');
    },
    step(text) {
      if (quiet) return;
      if (!out.isTTY) return verbose ? void out.write(text + '\n') : undefined;
      // A step longer than the terminal would wrap, and \r would then rewrite only its last row.
      const width = Math.max(20, (out.columns ?? 80) - 1);
      out.write(CLEAR_LINE + (text.length > width ? `${text.slice(0, width - 1)}…` : text));
      live = true;
    },
    done: clear,
  };
}
