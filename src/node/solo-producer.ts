// Block production for a network of one validator: a block after a short batching delay when
// txs are waiting, else every empty_block_interval so that block time (and every deadline
// measured in it) keeps moving. Multi-validator networks replace this with consensus/.
import { signCommit } from '../chain/block.ts';
import { Code } from '../chain/codes.ts';
import type { KeyPair } from '../chain/keys.ts';
import { buildBlock, type ExecutedBlock } from '../state/block.ts';
import type { ChainState } from '../state/chain-state.ts';
import { commitBlock } from '../state/commit.ts';
import { InvariantError } from '../state/errors.ts';
import type { ChainStore } from '../store/chain-store.ts';
import type { Clock, Timer } from './clock.ts';
import type { Logger } from './logger.ts';
import type { Mempool } from './mempool.ts';

export interface SoloProducerOptions {
  store: ChainStore;
  mempool: Mempool;
  keys: KeyPair;
  clock: Clock;
  log: Logger;
  /** After each block is durably committed, with how long executing and writing it took (for logs). */
  onCommit: (block: ExecutedBlock, timings: { executeMs: number; writeMs: number }) => void;
}

/** Only I/O can succeed on a retry: LevelDB's I/O errors and the system's (EIO, ENOSPC, ...). */
function isRetryable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'LEVEL_IO_ERROR' || (typeof code === 'string' && /^E[A-Z]+$/.test(code));
}

export class SoloProducer {
  readonly #o: SoloProducerOptions;
  #chain: ChainState;
  #timer: Timer | undefined;
  #dueAt = Infinity;
  #producing: Promise<void> | undefined;
  #stopped = false;
  #halted: InvariantError | undefined;

  constructor(options: SoloProducerOptions, chain: ChainState) {
    this.#o = options;
    this.#chain = chain;
  }

  get chain(): ChainState { return this.#chain; }

  /** Set when production stopped on broken state or a bug: the reason, for health checks and status. */
  get halted(): InvariantError | undefined { return this.#halted; }

  start(): void {
    this.#scheduleNext();
  }

  /** A tx entered the mempool: make sure a block comes within the batching delay. */
  txArrived(): void {
    if (!this.#producing) this.#schedule(this.#chain.params.batchDelayMs);
  }

  /** Resolves once no block is being produced (tests wait on it after advancing a fake clock). */
  async idle(): Promise<void> {
    while (this.#producing) await this.#producing;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#timer?.cancel();
    await this.idle();
  }

  #scheduleNext(): void {
    const params = this.#chain.params;
    this.#schedule(this.#o.mempool.size > 0 ? params.batchDelayMs : params.emptyBlockIntervalMs);
  }

  #schedule(delayMs: number): void {
    if (this.#stopped || this.#halted) return;
    const dueAt = this.#o.clock.now() + delayMs;
    if (this.#timer !== undefined && dueAt >= this.#dueAt) return;
    this.#timer?.cancel();
    this.#dueAt = dueAt;
    this.#timer = this.#o.clock.setTimer(delayMs, () => {
      this.#timer = undefined;
      this.#dueAt = Infinity;
      this.#producing = this.#produce().finally(() => { this.#producing = undefined; });
    });
  }

  async #produce(): Promise<void> {
    const { store, mempool, keys, clock, log } = this.#o;
    const chain = this.#chain;
    // Block time is the proposer's clock, strictly after the previous block's.
    const timeMs = Math.max(clock.now(), chain.timeMs + 1);
    mempool.evictExpired(timeMs);
    try {
      const started = performance.now();
      const candidates = mempool.reap(chain.params.maxBlockTxs, chain.params.maxBlockBytes);
      const { block, excluded } = await buildBlock(store, chain, { timeMs, proposer: keys.publicKey, candidates });
      const executed = performance.now();
      // Committed already (resubmitted while its block was being written): never again. A tx
      // whose expiry is too far ahead of this block's time (the clock stepped back) waits.
      mempool.remove(excluded.filter((e) => e.reason.code === Code.duplicate).map((e) => e.tx.hash));
      const commit = signCommit({ chainId: chain.chainId, height: block.height, round: 0, blockHash: block.hash, timestampMs: timeMs }, [keys]);
      this.#chain = await commitBlock(store, chain, block, commit);
      mempool.remove(block.txs.map((t) => t.hash));
      this.#o.onCommit(block, { executeMs: Math.round(executed - started), writeMs: Math.round(performance.now() - executed) });
    } catch (e) {
      if (isRetryable(e)) {
        log.error({ err: e, height: chain.height + 1 }, 'block production failed on I/O; retrying');
      } else {
        // Broken state or a bug: the same block would fail the same way forever.
        this.#halted = e instanceof InvariantError ? e : new InvariantError(`block ${chain.height + 1} could not be built: ${(e as Error).message}`, { cause: e });
        const why = e instanceof InvariantError ? 'the committed state is inconsistent; restore from a backup or resync' : 'an unexpected error, which a retry would repeat; report it with this log';
        log.fatal({ err: e, height: chain.height + 1 }, `block production stopped: ${why}`);
        return;
      }
    }
    this.#scheduleNext();
  }
}
