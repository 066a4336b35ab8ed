// Tells the operator when the chain stops moving: no block committed for a while (quorum lost, a
// network key or genesis mismatch, peers unreachable). Consensus itself says nothing then (a round
// without 2/3 of the prevotes never times out), so this warns with what to look at: where
// consensus stands and how much of the voting power this node is connected to.
import type { Clock, Timer } from './clock.ts';
import type { Logger } from './logger.ts';

export interface StallWatchOptions {
  clock: Clock;
  log: Logger;
  intervalMs: number;
  /** The committed height. */
  height: () => number;
  /** What the warning reports: where consensus stands and whom this node reaches. */
  describe: () => Record<string, unknown>;
}

export class StallWatch {
  readonly #o: StallWatchOptions;
  #timer: Timer | undefined;
  #lastHeight = -1;

  constructor(options: StallWatchOptions) {
    this.#o = options;
  }

  start(): void {
    this.#lastHeight = this.#o.height();
    this.#timer = this.#o.clock.setTimer(this.#o.intervalMs, () => this.#check());
  }

  stop(): void {
    this.#timer?.cancel();
    this.#timer = undefined;
  }

  #check(): void {
    const height = this.#o.height();
    if (height === this.#lastHeight) {
      this.#o.log.warn({ height, ...this.#o.describe() }, `no block committed for ${Math.round(this.#o.intervalMs / 1000)} s: more than 2/3 of the voting power must be online and connected (check the peers' logs, addresses and network key)`);
    }
    this.#lastHeight = height;
    this.#timer = this.#o.clock.setTimer(this.#o.intervalMs, () => this.#check());
  }
}
