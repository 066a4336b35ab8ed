// A clock for tests: time moves only when the test advances it, and timers fire in due order.
import type { Clock, Timer } from '../../src/node/clock.ts';

interface Pending { dueAt: number; seq: number; fn: () => void; cancelled: boolean }

export class FakeClock implements Clock {
  #now: number;
  #seq = 0;
  readonly #timers: Pending[] = [];

  constructor(startMs: number) {
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  setTimer(delayMs: number, fn: () => void): Timer {
    const timer: Pending = { dueAt: this.#now + delayMs, seq: this.#seq++, fn, cancelled: false };
    this.#timers.push(timer);
    return { cancel: () => { timer.cancelled = true; } };
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const until = this.#now + ms;
    for (;;) {
      const due = this.#timers.filter((t) => !t.cancelled && t.dueAt <= until).sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq)[0];
      if (due === undefined) break;
      this.#timers.splice(this.#timers.indexOf(due), 1);
      this.#now = Math.max(this.#now, due.dueAt);
      due.fn();
    }
    this.#now = until;
  }

  /**
   * Steps the wall clock (as NTP might), firing nothing. Timers keep their remaining delay, as
   * Node's do: they run on monotonic time.
   */
  set(ms: number): void {
    const delta = ms - this.#now;
    for (const t of this.#timers) t.dueAt += delta;
    this.#now = ms;
  }

  /** Timers not yet fired or cancelled. */
  get pending(): number {
    return this.#timers.filter((t) => !t.cancelled).length;
  }
}
