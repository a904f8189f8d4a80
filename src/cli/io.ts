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
