// Duplicate-vote evidence waiting for a block: what this node's consensus machine detected, and
// what came by gossip and passed the driver's check (a validator of a known set, both signatures
// valid). The proposer takes from it (buildBlock checks each piece again against the chain and
// leaves out what may not be included, which is then dropped here); a committed block, by
// consensus or by block sync, removes what it carried and what has grown too old to carry.
//
// One entry per misbehaviour (evidence id: validator, height, round, vote type), at most
// MAX_PENDING_EVIDENCE: when full, new evidence is refused rather than old evicted. Blocks drain
// the pool at MAX_EVIDENCE_PER_BLOCK a block, the oldest first, and an equivocating validator
// cannot make it grow without bound; the refused evidence is still gossiped for other proposers.
import { equalBytes, toHex } from '../chain/bytes.ts';
import { MAX_EVIDENCE_AGE, MAX_EVIDENCE_PER_BLOCK, type CheckedEvidence } from '../chain/evidence.ts';

export const MAX_PENDING_EVIDENCE = 100;

export class EvidencePool {
  /** By evidence id (hex), in arrival order. */
  readonly #pending = new Map<string, CheckedEvidence>();
  readonly #max: number;

  constructor(max = MAX_PENDING_EVIDENCE) {
    this.#max = max;
  }

  get size(): number {
    return this.#pending.size;
  }

  /** Adds evidence unless the same misbehaviour is pending or the pool is full; true if it was added. */
  add(e: CheckedEvidence): boolean {
    const id = toHex(e.id);
    if (this.#pending.has(id) || this.#pending.size >= this.#max) return false;
    this.#pending.set(id, e);
    return true;
  }

  /** The encoded evidence a block at `height` may carry: of the heights it takes, oldest arrival first, at most MAX_EVIDENCE_PER_BLOCK. */
  pending(height: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (const e of this.#pending.values()) {
      if (out.length === MAX_EVIDENCE_PER_BLOCK) break;
      if (e.height < height && height - e.height <= MAX_EVIDENCE_AGE) out.push(e.bytes);
    }
    return out;
  }

  /** Drops evidence a proposer found it may never include (invalid, committed before, too old). */
  drop(evidence: readonly Uint8Array[]): void {
    for (const [id, e] of this.#pending) if (evidence.some((bytes) => equalBytes(bytes, e.bytes))) this.#pending.delete(id);
  }

  /** Block `height` committed carrying `carried`: drops that, and what no later block may carry. */
  committed(height: number, carried: readonly CheckedEvidence[]): void {
    for (const e of carried) this.#pending.delete(toHex(e.id));
    for (const [id, e] of this.#pending) if (height + 1 - e.height > MAX_EVIDENCE_AGE) this.#pending.delete(id);
  }
}
