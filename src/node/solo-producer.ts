// Block production for a network of one validator: a block after a short batching delay when
// txs are waiting, else every empty_block_interval so that block time (and every deadline
// measured in it) keeps moving. Multi-validator networks replace this with consensus/.
import type { ConsensusParams } from '../chain/genesis.ts';
import type { KeyPair } from '../chain/keys.ts';
import type { CheckedTx } from '../chain/tx.ts';
import { stateKeys } from '../state/keys.ts';
import type { StateSource } from '../store/state-source.ts';
import type { ChainHead } from '../store/chain-store.ts';
import type { BlockExecutor, CommittedBlock } from './block-executor.ts';
import type { Mempool } from './mempool.ts';

export interface SoloProducerOptions {
  executor: BlockExecutor;
  store: StateSource;
  mempool: Mempool;
  keys: KeyPair;
  params: ConsensusParams;
  now: () => number;
  onCommit: (block: CommittedBlock) => void;
  onError: (error: Error) => void;
}

export class SoloProducer {
  readonly #o: SoloProducerOptions;
  #head: ChainHead;
  #lastCommit: Uint8Array;
  #timer: NodeJS.Timeout | undefined;
  #dueAt = Infinity;
  #producing: Promise<void> | undefined;
  #stopped = false;

  constructor(options: SoloProducerOptions, head: ChainHead, lastCommit: Uint8Array) {
    this.#o = options;
    this.#head = head;
    this.#lastCommit = lastCommit;
  }

  get head(): ChainHead { return this.#head; }

  start(): void {
    this.#schedule(this.#o.mempool.size > 0 ? this.#o.params.batchDelayMs : this.#o.params.emptyBlockIntervalMs);
  }

  /** A tx entered the mempool: make sure a block comes within the batching delay. */
  txArrived(): void {
    if (!this.#producing) this.#schedule(this.#o.params.batchDelayMs);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#producing;
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    const dueAt = this.#o.now() + delayMs;
    if (this.#timer !== undefined && dueAt >= this.#dueAt) return;
    clearTimeout(this.#timer);
    this.#dueAt = dueAt;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#dueAt = Infinity;
      this.#producing = this.#produce().finally(() => { this.#producing = undefined; });
    }, delayMs);
  }

  /**
   * A tx resubmitted while the block holding it was being written can re-enter the mempool after
   * that block removed it; it must not be executed twice.
   */
  async #includable(txs: CheckedTx[]): Promise<CheckedTx[]> {
    const seen = await this.#o.store.getStates(txs.map((t) => stateKeys.seenTx(t.hash)));
    this.#o.mempool.remove(txs.filter((_, i) => seen[i] !== undefined).map((t) => t.hash));
    return txs.filter((_, i) => seen[i] === undefined);
  }

  async #produce(): Promise<void> {
    const { executor, mempool, params, keys } = this.#o;
    // Block time is the proposer's clock, strictly after the previous block's.
    const timeMs = Math.max(this.#o.now(), this.#head.timeMs + 1);
    mempool.evictExpired(timeMs);
    try {
      const txs = await this.#includable(mempool.reap(params.maxBlockTxs, params.maxBlockBytes));
      const block = await executor.produce(this.#head, timeMs, txs, this.#lastCommit, keys);
      mempool.remove(txs.map((t) => t.hash));
      this.#head = { height: block.height, blockHash: block.hash, stateRoot: block.header.stateRoot, timeMs };
      this.#lastCommit = block.commit;
      this.#o.onCommit(block);
    } catch (e) {
      this.#o.onError(e as Error);
    }
    this.#schedule(mempool.size > 0 ? params.batchDelayMs : params.emptyBlockIntervalMs);
  }
}
