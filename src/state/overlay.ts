import type { StateSource } from '../store/state-source.ts';

// Buffered writes over committed state. A block's execution writes into one overlay; each tx
// writes into a child that is merged on success and dropped on failure, so a failed tx leaves no
// trace but its receipt.

export interface StateWrite { key: Uint8Array; value: Uint8Array | null }

const id = (key: Uint8Array): string => Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1');

/** Point reads of state: ChainStore (committed) and Overlay (with pending writes) both are one. */
export interface StateReader {
  getState(key: Uint8Array): Promise<Uint8Array | undefined>;
}

export class Overlay implements StateReader {
  readonly #parent: StateReader;
  readonly #writes = new Map<string, StateWrite>();
  /**
   * Committed values already read, or fetched ahead by prefetch (undefined: known to be absent).
   * Only an overlay over committed state keeps them: committed state does not change while a
   * block runs, so a key many txs read (a team, a policy) costs one database read per block.
   */
  readonly #committed = new Map<string, Uint8Array | undefined>();
  readonly #overCommitted: boolean;

  constructor(parent: StateReader) {
    this.#parent = parent;
    this.#overCommitted = !(parent instanceof Overlay);
  }

  async getState(key: Uint8Array): Promise<Uint8Array | undefined> {
    const k = id(key);
    const write = this.#writes.get(k);
    if (write !== undefined) return write.value ?? undefined;
    if (this.#committed.has(k)) return this.#committed.get(k);
    const value = await this.#parent.getState(key);
    if (this.#overCommitted) this.#committed.set(k, value);
    return value;
  }

  /**
   * Reads keys the coming txs will need from committed state in one round trip, so that a block's
   * execution does not wait on the database once per key. Only for an overlay over the store.
   */
  async prefetch(source: StateSource, keys: readonly Uint8Array[]): Promise<void> {
    const values = await source.getStates(keys);
    keys.forEach((key, i) => this.#committed.set(id(key), values[i]));
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.#writes.set(id(key), { key, value });
  }

  delete(key: Uint8Array): void {
    this.#writes.set(id(key), { key, value: null });
  }

  child(): Overlay {
    return new Overlay(this);
  }

  /** Applies this overlay's writes to `target` (normally its parent). */
  mergeInto(target: Overlay): void {
    for (const w of this.#writes.values()) {
      if (w.value === null) target.delete(w.key);
      else target.set(w.key, w.value);
    }
  }

  /** The writes, keyed by a binary string of the key. */
  get writes(): ReadonlyMap<string, StateWrite> {
    return this.#writes;
  }
}
