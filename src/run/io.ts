export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** What a command touches of the process, so tests can run commands in-process. */
export interface Io {
  stdout: Output;
  stderr: Output;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Ctrl-C, as a signal the command can listen to. */
  interrupt: AbortSignal;
}

export const EXIT = { go: 0, noGo: 1, toolError: 2 } as const;

/** A mistake in what the user asked for (a flag, an input): one line, exit 2, no stack trace. */
export class UsageError extends Error {}
