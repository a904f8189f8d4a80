/**
 * One worker thread's share of the caps, as hard limits on every request it sends: the scheduled arrivals and
 * the files their pages pull in (subresources) alike. The caps are what a team promises its hosting provider.
 *
 * - maxConcurrent: requests open at once. An arrival that finds no room is dropped (the open model never waits);
 *   a file waits for room, as a browser queues its requests.
 * - maxRequests: requests sent in all. Once spent, the schedule ends and no file is fetched.
 * - maxRate: requests per second. Arrivals already follow a schedule held under it, and count in their intended
 *   second; a file is sent only while its second has room left after the arrivals scheduled in it.
 */
export interface GateCaps {
  maxOpen: number;
  maxRequests: number;
  maxPerSecond: number;
}

/** Why a request was not sent. */
export type Refusal = 'busy' | 'spent' | 'rate';

export class Gate {
  /** Requests open now. */
  open = 0;
  /** Arrivals in progress: their request, their files, their think time (a visitor's slot). */
  visitors = 0;
  /** Requests sent so far. */
  spent = 0;
  /** The caps that held a request back at least once. */
  readonly bitten = new Set<'maxRequests' | 'maxRate'>();
  private readonly filesIn = new Map<number, number>();
  private waiting: Array<(room: boolean) => void> = [];
  private closed = false;

  /** `scheduled(second)`: the arrivals this worker's schedule puts in that second. */
  constructor(
    private readonly caps: GateCaps,
    private readonly scheduled: (second: number) => number,
  ) {}

  /** An arrival may start now: a visitor slot and an open request, taken together. */
  admitArrival(): Refusal | undefined {
    if (this.spent >= this.caps.maxRequests) return this.refuse('spent');
    if (this.visitors >= this.caps.maxOpen || this.open >= this.caps.maxOpen) return 'busy';
    this.visitors++;
    this.open++;
    this.spent++;
    return undefined;
  }

  /** A file may be fetched in `second` (from the run's start): waits for an open slot; refused beyond the budget or the rate. */
  async admitFile(second: number): Promise<Refusal | undefined> {
    if (this.spent >= this.caps.maxRequests) return this.refuse('spent');
    const files = this.filesIn.get(second) ?? 0;
    if (this.scheduled(second) + files + 1 > this.caps.maxPerSecond) return this.refuse('rate');
    // Counted before the wait: a file waiting for room still belongs to the second it was asked in.
    this.filesIn.set(second, files + 1);
    this.spent++;
    while (this.open >= this.caps.maxOpen) {
      if (this.closed || !(await new Promise<boolean>((resolve) => this.waiting.push(resolve)))) return 'busy';
    }
    this.open++;
    return undefined;
  }

  /** A request ended: its slot goes to the first file waiting. */
  release(): void {
    this.open--;
    this.waiting.shift()?.(true);
  }

  /** An arrival ended: its visitor slot is free. */
  leave(): void {
    this.visitors--;
  }

  /** The run stops: files still waiting are not sent. */
  close(): void {
    this.closed = true;
    for (const resolve of this.waiting.splice(0)) resolve(false);
  }

  private refuse(reason: 'spent' | 'rate'): Refusal {
    this.bitten.add(reason === 'spent' ? 'maxRequests' : 'maxRate');
    return reason;
  }
}
