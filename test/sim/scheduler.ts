// Simulated time. One queue of events for the whole simulated network, ordered by (time, order of
// scheduling): timers of every node, message deliveries, faults, clients. The run takes one event
// at a time, runs it, and waits until everything it set off inside this process is finished (the
// drivers' queues, LevelDB, WAL and signer-state I/O) before it takes the next: so the order in
// which things happen is a function of the seed alone, even though the storage is real.
//
// Real I/O is the one thing that does not finish within a turn of the microtask queue, so every
// call into the store, the WAL and the signer state goes through `IoTracker.wrap`, which counts
// the calls in flight; `settle` waits for that count to reach zero and the microtasks to drain.
// The same wrapper is where a node can be crashed in the middle of an event: at its next durable
// write, either before the write or after it (the caller never hears back; see `armCrash`).
import type { Clock, Timer } from '../../src/node/clock.ts';

/** One incarnation of a node: when it dies (a crash), its timers and the work it was waiting for are dropped. */
export class Lifetime {
  alive = true;
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

interface SimEvent {
  at: number;
  seq: number;
  fn: () => void | Promise<void>;
  owner: Lifetime | undefined;
  cancelled: boolean;
}

/** A binary heap of events by (at, seq). */
class EventHeap {
  readonly #items: SimEvent[] = [];

  get size(): number { return this.#items.length; }

  push(e: SimEvent): void {
    const a = this.#items;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  pop(): SimEvent | undefined {
    const a = this.#items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l], a[m])) m = l;
        if (r < a.length && before(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }

  peek(): SimEvent | undefined {
    return this.#items[0];
  }
}

const before = (x: SimEvent, y: SimEvent): boolean => x.at < y.at || (x.at === y.at && x.seq < y.seq);

/** A crash armed to happen at a node's next durable write. */
interface ArmedCrash {
  /** Crash before the write (it never happens) or after it (it is durable, the caller never learns). */
  when: 'before' | 'after';
  fire: () => void;
}

/** Counts real I/O in flight, and is where a node dies in the middle of a write. */
export class IoTracker {
  #pending = 0;
  #waiters: (() => void)[] = [];

  get pending(): number { return this.#pending; }

  track<T>(p: Promise<T>): Promise<T> {
    this.#pending++;
    return p.finally(() => {
      if (--this.#pending === 0) {
        const waiters = this.#waiters;
        this.#waiters = [];
        for (const w of waiters) w();
      }
    });
  }

  /** Resolves once no I/O is in flight and the microtask queue has drained. */
  async settle(): Promise<void> {
    for (;;) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.#pending === 0) return;
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  /**
   * `target` with every method call that returns a promise or an async iterator tracked. Calls
   * named in `durable` are crash points: while `crash()` returns an armed crash, such a call
   * crashes the node before or after the write and never resolves for its caller.
   */
  wrap<T extends object>(target: T, durable: readonly string[] = [], crash: () => ArmedCrash | undefined = () => undefined): T {
    const io = this;
    const cache = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof value !== 'function') return value;
        let wrapped = cache.get(prop);
        if (wrapped === undefined) {
          const isDurable = durable.includes(prop as string);
          wrapped = (...args: unknown[]): unknown => {
            const armed = isDurable ? crash() : undefined;
            if (armed !== undefined && armed.when === 'before') {
              armed.fire();
              return new Promise(() => {});
            }
            const result = (value as (...a: unknown[]) => unknown).apply(t, args);
            if (result instanceof Promise) {
              const done = io.track(result);
              if (armed !== undefined) {
                done.catch(() => {});
                return done.then(() => { armed.fire(); return new Promise(() => {}); });
              }
              return done;
            }
            if (result !== null && typeof result === 'object' && Symbol.asyncIterator in result) return io.#iterator(result as unknown as AsyncIterator<unknown>);
            return result;
          };
          cache.set(prop, wrapped);
        }
        return wrapped;
      },
    });
  }

  #iterator<V>(it: AsyncIterator<V>): AsyncIterableIterator<V> {
    const io = this;
    return {
      next: (...args: [] | [unknown]) => io.track(it.next(...args)),
      return: (value?: unknown) => io.track(it.return?.(value) ?? Promise.resolve({ done: true, value: undefined as V })),
      throw: (e?: unknown) => io.track(it.throw?.(e) ?? Promise.reject(e)),
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

export class Scheduler {
  #now: number;
  #seq = 0;
  readonly #heap = new EventHeap();
  readonly io = new IoTracker();
  /** Events run so far. */
  events = 0;
  /** Errors thrown by events: the run fails with the first. */
  readonly errors: Error[] = [];

  constructor(startMs: number) {
    this.#now = startMs;
  }

  get now(): number { return this.#now; }

  at(time: number, fn: () => void | Promise<void>, owner?: Lifetime): { cancel(): void } {
    const e: SimEvent = { at: Math.max(time, this.#now), seq: this.#seq++, fn, owner, cancelled: false };
    this.#heap.push(e);
    return { cancel: () => { e.cancelled = true; } };
  }

  after(delayMs: number, fn: () => void | Promise<void>, owner?: Lifetime): { cancel(): void } {
    return this.at(this.#now + Math.max(0, delayMs), fn, owner);
  }

  /** The time of the next live event, if any. */
  nextAt(): number | undefined {
    for (;;) {
      const e = this.#heap.peek();
      if (e === undefined) return undefined;
      if (!e.cancelled && (e.owner === undefined || e.owner.alive)) return e.at;
      this.#heap.pop();
    }
  }

  /** Runs the next event and everything it sets off; false when no event is left. */
  async step(): Promise<boolean> {
    for (;;) {
      const e = this.#heap.pop();
      if (e === undefined) return false;
      if (e.cancelled || (e.owner !== undefined && !e.owner.alive)) continue;
      this.#now = e.at;
      this.events++;
      try {
        const r = e.fn();
        if (r instanceof Promise) this.io.track(r).catch((err: unknown) => this.errors.push(err as Error));
      } catch (err) {
        this.errors.push(err as Error);
      }
      await this.io.settle();
      return true;
    }
  }

  /** Runs events up to `untilMs` (the clock then stands there), or until `stop()` holds after an event. */
  async runUntil(untilMs: number, stop: () => boolean = () => false): Promise<void> {
    for (;;) {
      if (this.errors.length > 0 || stop()) return;
      const next = this.nextAt();
      if (next === undefined || next > untilMs) break;
      await this.step();
    }
    if (this.#now < untilMs) this.#now = untilMs;
  }
}

/**
 * A node's view of simulated time: its machine's clock, off true time by a skew that may be stepped
 * (as NTP might), and timers that die with the incarnation. Timers run on monotonic time: a step
 * moves `now` but no timer.
 */
export class NodeClock implements Clock {
  readonly #sched: Scheduler;
  readonly #life: Lifetime;
  readonly #offset: () => number;

  constructor(sched: Scheduler, life: Lifetime, offset: () => number) {
    this.#sched = sched;
    this.#life = life;
    this.#offset = offset;
  }

  now(): number {
    return this.#sched.now + this.#offset();
  }

  setTimer(delayMs: number, fn: () => void): Timer {
    return this.#sched.after(delayMs, fn, this.#life);
  }
}
