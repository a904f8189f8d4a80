/** Waits `ms`, or less when `signal` aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    // The listener goes with the timer: a day of waits must not pile thousands of them on the signal.
    const stop = () => (clearTimeout(timer), resolve());
    const timer = setTimeout(() => (signal.removeEventListener('abort', stop), resolve()), Math.max(0, ms));
    signal.addEventListener('abort', stop, { once: true });
  });
}
