// A token bucket per client address: `perSecond` requests a second, with bursts of the same size.
export class RateLimiter {
  readonly #perSecond: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(perSecond: number) {
    this.#perSecond = perSecond;
  }

  take(client: string, now = Date.now()): boolean {
    if (this.#perSecond === 0) return true;
    const bucket = this.#buckets.get(client) ?? { tokens: this.#perSecond, at: now };
    bucket.tokens = Math.min(this.#perSecond, bucket.tokens + ((now - bucket.at) * this.#perSecond) / 1000);
    bucket.at = now;
    if (this.#buckets.size > 10_000) this.#buckets.clear();
    this.#buckets.set(client, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
