// Txs waiting for a block: deduplicated by hash, bounded in count and bytes overall and per
// signer, cleared of txs whose expiry has passed, and reaped fairly: one tx of each signer in
// turn, so that one busy or abusive account cannot push an honest team's trigger out of the next
// block.
import { toHex } from '../chain/bytes.ts';
import { reject } from '../chain/codes.ts';
import type { CheckedTx, DecodedTx } from '../chain/tx.ts';

export interface MempoolLimits {
  maxTxs: number;
  maxBytes: number;
  maxTxsPerSigner: number;
  maxBytesPerSigner: number;
  /** Room beyond maxTxs and maxBytes kept for signers with nothing waiting, so that accounts filling the mempool cannot shut out another team's first tx. */
  reservedTxs: number;
  reservedBytes: number;
}

interface SignerQueue {
  /** The signer's txs in arrival order. */
  txs: Map<string, CheckedTx>;
  bytes: number;
}

export class Mempool {
  readonly #limits: MempoolLimits;
  readonly #txs = new Map<string, CheckedTx>();
  /** Per signer, in order of the arrival of each signer's oldest waiting tx. */
  readonly #bySigner = new Map<string, SignerQueue>();
  #bytes = 0;

  constructor(limits: MempoolLimits) {
    this.#limits = limits;
  }

  get size(): number { return this.#txs.size; }
  get bytes(): number { return this.#bytes; }

  has(hash: Uint8Array): boolean {
    return this.#txs.has(toHex(hash));
  }

  get(hash: Uint8Array): CheckedTx | undefined {
    return this.#txs.get(toHex(hash));
  }

  /** Throws unless `tx` would fit: checked before its signature is verified, so a full mempool costs a sender nothing of ours. */
  checkRoom(tx: DecodedTx): void {
    const id = toHex(tx.hash);
    if (this.#txs.has(id)) reject('duplicate', `tx ${id} is already in the mempool`);
    const { maxTxs, maxBytes, maxTxsPerSigner, maxBytesPerSigner, reservedTxs, reservedBytes } = this.#limits;
    const signer = this.#bySigner.get(toHex(tx.signer));
    if ((signer?.txs.size ?? 0) >= maxTxsPerSigner) reject('mempoolFull', `the signer has ${maxTxsPerSigner} txs waiting, its limit; retry after the next block`);
    if ((signer?.bytes ?? 0) + tx.bytes.length > maxBytesPerSigner) reject('mempoolFull', `the signer's waiting txs would exceed its limit of ${maxBytesPerSigner} bytes; retry after the next block`);
    const firstOfSigner = signer === undefined;
    const txRoom = maxTxs + (firstOfSigner ? reservedTxs : 0);
    const byteRoom = maxBytes + (firstOfSigner ? reservedBytes : 0);
    if (this.#txs.size >= txRoom) reject('mempoolFull', `the mempool holds its limit of ${maxTxs} txs; retry later`);
    if (this.#bytes + tx.bytes.length > byteRoom) reject('mempoolFull', `the mempool holds its limit of ${maxBytes} bytes; retry later`);
  }

  add(tx: CheckedTx): void {
    this.checkRoom(tx);
    const id = toHex(tx.hash);
    const signerId = toHex(tx.signer);
    let signer = this.#bySigner.get(signerId);
    if (signer === undefined) this.#bySigner.set(signerId, signer = { txs: new Map(), bytes: 0 });
    signer.txs.set(id, tx);
    signer.bytes += tx.bytes.length;
    this.#txs.set(id, tx);
    this.#bytes += tx.bytes.length;
  }

  /** Txs for a block, without removing them: one of each signer in turn, each signer's in arrival order. */
  reap(maxTxs: number, maxBytes: number): CheckedTx[] {
    const queues = [...this.#bySigner.values()].map((s) => s.txs.values());
    const out: CheckedTx[] = [];
    let bytes = 0;
    while (queues.length > 0 && out.length < maxTxs) {
      for (let i = 0; i < queues.length && out.length < maxTxs;) {
        const next = queues[i].next();
        if (next.done) { queues.splice(i, 1); continue; }
        i++;
        if (bytes + next.value.bytes.length > maxBytes) continue;
        out.push(next.value);
        bytes += next.value.bytes.length;
      }
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
    const signerId = toHex(tx.signer);
    const signer = this.#bySigner.get(signerId)!;
    signer.txs.delete(id);
    signer.bytes -= tx.bytes.length;
    if (signer.txs.size === 0) this.#bySigner.delete(signerId);
  }
}
