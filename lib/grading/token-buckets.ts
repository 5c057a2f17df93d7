/**
 * Token buckets in process memory, one per key: `capacity` calls at once, then `perSecond` more
 * each second. Enough for the single web server this app runs as; several servers would share
 * them in the queue service that replaces grader/job-queue.ts.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    /** Buckets kept before full ones are forgotten (a full bucket is the same as no bucket). */
    private readonly maxKeys = 50_000,
  ) {}

  /** Seconds until `key` has a token (0: it has one now). Takes nothing. */
  waitSeconds(key: string, now = Date.now()): number {
    const tokens = this.refill(key, now);
    return tokens >= 1 ? 0 : (1 - tokens) / this.perSecond;
  }

  /** Takes one token from `key` (call after waitSeconds said 0 for every bucket involved). */
  take(key: string, now = Date.now()): void {
    const tokens = this.refill(key, now);
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxKeys) this.forgetFull(now);
  }

  private refill(key: string, now: number): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return this.capacity;
    return Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
  }

  private forgetFull(now: number): void {
    for (const [key] of this.buckets) if (this.refill(key, now) >= this.capacity) this.buckets.delete(key);
  }
}
