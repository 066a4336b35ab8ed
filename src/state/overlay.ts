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

  constructor(parent: StateReader) {
    this.#parent = parent;
  }

  async getState(key: Uint8Array): Promise<Uint8Array | undefined> {
    const write = this.#writes.get(id(key));
    if (write !== undefined) return write.value ?? undefined;
    return this.#parent.getState(key);
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
