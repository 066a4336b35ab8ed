// How many method calls run at once on the node, across all requests and batches, and how many
// may wait. Each call's result is bounded (a page, or a quarter of rpc.max_response_bytes for
// alert_list), so bounding the calls in flight bounds the memory the RPC spends on results; 40
// parallel batches of alert_list calls once ran a node out of heap, 8 calls per batch at a time
// and nothing limiting across requests.
//
// A request is admitted with all its calls, or not at all: each of its calls counts as queued from
// admission until it starts (or the request ends without starting it), and a request that would
// take the queued calls beyond the bound is refused whole, before anything runs. Calls wait for a
// place in flight in the order they asked for one.

export interface CallLoad {
  /** Calls running now. */
  inFlight: number;
  /** Calls of admitted requests not yet started. */
  queued: number;
}

/** A call's place in flight. */
export interface Slot {
  /** Gives the place up; calling it again does nothing. */
  release(): void;
}

interface Waiter {
  grant(slot: Slot): void;
}

export class CallGate {
  readonly #maxInFlight: number;
  readonly #maxQueued: number;
  #inFlight = 0;
  #queued = 0;
  /** In the order they came; a Set so that a waiter whose client left is removed at once. */
  readonly #waiters = new Set<Waiter>();

  constructor(maxInFlight: number, maxQueued: number) {
    this.#maxInFlight = maxInFlight;
    this.#maxQueued = maxQueued;
  }

  get load(): CallLoad {
    return { inFlight: this.#inFlight, queued: this.#queued };
  }

  /** Admits a request of `calls` calls, or answers undefined when the queue has no room for them all. */
  admit(calls: number): Admission | undefined {
    if (this.#queued + calls > this.#maxQueued) return undefined;
    this.#queued += calls;
    return new Admission(this, calls);
  }

  /** @internal for Admission: `count` admitted calls leave the queue. */
  dequeue(count: number): void {
    this.#queued -= count;
  }

  /** @internal for Admission: a place in flight, at once if one is free and nobody waits; undefined if `signal` aborts first. */
  acquire(signal: AbortSignal): Promise<Slot | undefined> {
    if (signal.aborted) return Promise.resolve(undefined);
    if (this.#inFlight < this.#maxInFlight && this.#waiters.size === 0) return Promise.resolve(this.#take());
    return new Promise((resolve) => {
      const onAbort = (): void => {
        this.#waiters.delete(waiter);
        resolve(undefined);
      };
      const waiter: Waiter = {
        grant: (slot) => {
          signal.removeEventListener('abort', onAbort);
          resolve(slot);
        },
      };
      this.#waiters.add(waiter);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  #take(): Slot {
    this.#inFlight++;
    let held = true;
    return {
      release: () => {
        if (!held) return;
        held = false;
        this.#inFlight--;
        this.#wake();
      },
    };
  }

  #wake(): void {
    while (this.#inFlight < this.#maxInFlight && this.#waiters.size > 0) {
      const [first] = this.#waiters;
      this.#waiters.delete(first);
      first.grant(this.#take());
    }
  }
}

/** One admitted request's calls. */
export class Admission {
  readonly #gate: CallGate;
  #left: number;

  constructor(gate: CallGate, calls: number) {
    this.#gate = gate;
    this.#left = calls;
  }

  /**
   * Waits for a place in flight for the next call and takes the call out of the queue; undefined
   * (and nothing taken) when `signal` aborts first: the client has gone.
   */
  async start(signal: AbortSignal): Promise<Slot | undefined> {
    const slot = await this.#gate.acquire(signal);
    if (slot === undefined) return undefined;
    if (this.#left > 0) {
      this.#left--;
      this.#gate.dequeue(1);
    }
    return slot;
  }

  /** Takes the calls never started out of the queue; call once the request is answered or abandoned. */
  close(): void {
    this.#gate.dequeue(this.#left);
    this.#left = 0;
  }
}
