/**
 * A log-linear latency histogram in the HdrHistogram layout: exact below 2,048 µs, then 1,024 sub-buckets per
 * power of two, so any recorded value is known within 0.1 %. Counts are integers per bucket, which is what makes
 * merging exact: two histograms merge by adding bucket counts, and percentiles are read from the merged counts
 * (never averaged across shards or seconds).
 */

const SUB_BUCKET_BITS = 11;
const SUB_BUCKETS = 1 << SUB_BUCKET_BITS; // 2048
const HALF = SUB_BUCKETS >> 1; // 1024
const MAX_VALUE = 2 ** 32 - 1;

/** Values are whole microseconds (up to 71 minutes); the bucket index of one. */
export function bucketOf(value: number): number {
  const v = Math.min(MAX_VALUE, Math.max(0, Math.round(value)));
  if (v < SUB_BUCKETS) return v;
  const shift = 32 - Math.clz32(v) - SUB_BUCKET_BITS;
  return SUB_BUCKETS + (shift - 1) * HALF + ((v >>> shift) - HALF);
}

/** The highest value a bucket stands for (what a percentile reports, as HdrHistogram's highestEquivalentValue). */
export function highestValueOf(index: number): number {
  if (index < SUB_BUCKETS) return index;
  const shift = Math.floor((index - SUB_BUCKETS) / HALF) + 1;
  const mantissa = ((index - SUB_BUCKETS) % HALF) + HALF;
  return (mantissa + 1) * 2 ** shift - 1;
}

/** Serialised form: [bucket index, count] pairs in index order; small in JSON because latencies cluster. */
export type SparseHistogram = Array<[number, number]>;

export class Histogram {
  private readonly counts = new Map<number, number>();
  total = 0;

  /** Records one value in microseconds. */
  record(micros: number): void {
    const index = bucketOf(micros);
    this.counts.set(index, (this.counts.get(index) ?? 0) + 1);
    this.total++;
  }

  add(other: Histogram | SparseHistogram): this {
    const pairs = other instanceof Histogram ? other.toJSON() : other;
    for (const [index, count] of pairs) {
      this.counts.set(index, (this.counts.get(index) ?? 0) + count);
      this.total += count;
    }
    return this;
  }

  /** The value at a percentile (0–100), in microseconds; 0 for an empty histogram. */
  percentile(p: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * this.total));
    let seen = 0;
    for (const [index, count] of this.toJSON()) {
      seen += count;
      if (seen >= rank) return highestValueOf(index);
    }
    return 0;
  }

  toJSON(): SparseHistogram {
    return [...this.counts.entries()].sort((a, b) => a[0] - b[0]);
  }

  static from(pairs: SparseHistogram): Histogram {
    return new Histogram().add(pairs);
  }
}
