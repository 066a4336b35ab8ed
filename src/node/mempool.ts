// Txs waiting for a block: deduplicated by hash, bounded in count and bytes, first in first out,
// and cleared of txs whose expiry has passed.
import { toHex } from '../chain/bytes.ts';
import { reject } from '../chain/codes.ts';
import type { CheckedTx } from '../chain/tx.ts';

export interface MempoolLimits {
  maxTxs: number;
  maxBytes: number;
}

export class Mempool {
  readonly #limits: MempoolLimits;
  readonly #txs = new Map<string, CheckedTx>();
  #bytes = 0;

  constructor(limits: MempoolLimits) {
    this.#limits = limits;
  }

  get size(): number { return this.#txs.size; }
  get bytes(): number { return this.#bytes; }

  has(hash: Uint8Array): boolean {
    return this.#txs.has(toHex(hash));
  }

  add(tx: CheckedTx): void {
    const id = toHex(tx.hash);
    if (this.#txs.has(id)) reject('duplicate', `tx ${id} is already in the mempool`);
    if (this.#txs.size >= this.#limits.maxTxs) reject('mempoolFull', `the mempool holds its limit of ${this.#limits.maxTxs} txs; retry later`);
    if (this.#bytes + tx.bytes.length > this.#limits.maxBytes) reject('mempoolFull', `the mempool holds its limit of ${this.#limits.maxBytes} bytes; retry later`);
    this.#txs.set(id, tx);
    this.#bytes += tx.bytes.length;
  }

  /** The oldest txs that fit the block limits, without removing them. */
  reap(maxTxs: number, maxBytes: number): CheckedTx[] {
    const out: CheckedTx[] = [];
    let bytes = 0;
    for (const tx of this.#txs.values()) {
      if (out.length >= maxTxs) break;
      if (bytes + tx.bytes.length > maxBytes) continue;
      out.push(tx);
      bytes += tx.bytes.length;
    }
    return out;
  }

  remove(hashes: Iterable<Uint8Array>): void {
    for (const hash of hashes) this.#delete(toHex(hash));
  }

  /** Drops txs that can no longer be included at `timeMs`; returns them. */
  evictExpired(timeMs: number): CheckedTx[] {
    const expired: CheckedTx[] = [];
    for (const [id, tx] of this.#txs) {
      if (tx.body.expiresAtMs <= timeMs) { expired.push(tx); this.#delete(id); }
    }
    return expired;
  }

  #delete(id: string): void {
    const tx = this.#txs.get(id);
    if (tx === undefined) return;
    this.#txs.delete(id);
    this.#bytes -= tx.bytes.length;
  }
}
