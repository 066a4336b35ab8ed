// A token bucket per client address: `perSecond` calls a second, with bursts of the same size. A
// batch pays one token per call, all or nothing.
export class RateLimiter {
  readonly #perSecond: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  /** `now` is the node's clock, so that tests can drive refills without waiting. */
  constructor(perSecond: number, now: () => number) {
    this.#perSecond = perSecond;
    this.#now = now;
  }

  /** Whether the client has a token left; checked before reading a body, which costs the server. */
  allows(client: string): boolean {
    return this.#perSecond === 0 || this.#refill(client).tokens >= 1;
  }

  /** Takes `cost` tokens if the client's bucket holds that many; takes nothing and answers false if not. */
  take(client: string, cost: number): boolean {
    if (this.#perSecond === 0) return true;
    const bucket = this.#refill(client);
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }

  #refill(client: string): { tokens: number; at: number } {
    const now = this.#now();
    const bucket = this.#buckets.get(client) ?? { tokens: this.#perSecond, at: now };
    bucket.tokens = Math.min(this.#perSecond, bucket.tokens + (Math.max(0, now - bucket.at) * this.#perSecond) / 1000);
    bucket.at = now;
    // Forgetting every bucket now and then bounds the memory spent on many addresses; at worst a
    // client gets a fresh burst.
    if (this.#buckets.size > 10_000) this.#buckets.clear();
    this.#buckets.set(client, bucket);
    return bucket;
  }
}
