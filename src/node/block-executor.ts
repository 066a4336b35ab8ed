// Executes blocks against the store: the proposer runs a block before proposing it (execution is
// immediate, so the header carries the state and results roots), and commits it in one batch.
import { toHex } from '../chain/bytes.ts';
import { blockHash, commitHash, encodeBlock, signVote, txRoot } from '../chain/block.ts';
import { ackchain, encode } from '../chain/codec.ts';
import type { GenesisDoc } from '../chain/genesis.ts';
import { validatorsHash } from '../chain/genesis.ts';
import { sha256 } from '../chain/hash.ts';
import type { KeyPair } from '../chain/keys.ts';
import { merkleRoot } from '../chain/merkle.ts';
import type { CheckedTx } from '../chain/tx.ts';
import type { BlockInfo } from '../state/context.ts';
import { executeTx, keysReadBy, pruneExpiredTxHashes } from '../state/execute.ts';
import { writeGenesisState } from '../state/genesis.ts';
import { Overlay } from '../state/overlay.ts';
import { nextStateRoot } from '../state/root.ts';
import type { ChainHead, ChainStore } from '../store/chain-store.ts';

export interface CommittedTx {
  hash: Uint8Array;
  index: number;
  receipt: ackchain.Receipt;
}

export interface CommittedBlock {
  height: number;
  hash: Uint8Array;
  header: ackchain.Header;
  /** The encoded commit for this block: the next block's last_commit. */
  commit: Uint8Array;
  txs: CommittedTx[];
  /** Wall-clock milliseconds spent executing and writing the block, for logs and metrics. */
  timings: { executeMs: number; writeMs: number };
}

/** The state root before any block: the genesis state chained onto 32 zero bytes. */
const ZERO_ROOT = new Uint8Array(32);

export class BlockExecutor {
  readonly #store: ChainStore;
  readonly #genesis: GenesisDoc;
  readonly #validatorsHash: Uint8Array;

  constructor(store: ChainStore, genesis: GenesisDoc) {
    this.#store = store;
    this.#genesis = genesis;
    this.#validatorsHash = validatorsHash(genesis.genesis.validators);
  }

  /**
   * Opens the chain: on an empty store, writes the genesis state at height 0; otherwise checks
   * that the store was made from this genesis. Returns the head to resume from.
   */
  async open(): Promise<ChainHead> {
    const stored = await this.#store.genesis();
    if (stored !== undefined) {
      if (toHex(sha256(stored)) !== toHex(this.#genesis.hash)) {
        throw new Error(`the data directory belongs to another genesis (${toHex(sha256(stored))}, config has ${toHex(this.#genesis.hash)})`);
      }
      const head = await this.#store.head();
      if (head === undefined) throw new Error('the data directory has a genesis but no head: it is damaged');
      return head;
    }
    const state = new Overlay(this.#store);
    await writeGenesisState(state, this.#genesis);
    const head: ChainHead = {
      height: 0, timeMs: this.#genesis.genesis.genesisTimeMs, blockHash: this.#genesis.hash,
      stateRoot: nextStateRoot(ZERO_ROOT, state.writes.values()),
    };
    await this.#store.commitGenesis(head, this.#genesis.bytes, state.writes);
    return head;
  }

  blockInfo(height: number, timeMs: number): BlockInfo {
    return { chainId: this.#genesis.genesis.chainId, height, timeMs, params: this.#genesis.params };
  }

  /**
   * Runs txs that were checked to be includable (stateless checks, expiry and not committed)
   * on top of `head`, signs the block as the only validator, and commits it.
   */
  async produce(head: ChainHead, timeMs: number, txs: readonly CheckedTx[], lastCommit: Uint8Array, keys: KeyPair): Promise<CommittedBlock> {
    const started = performance.now();
    const height = head.height + 1;
    const info = this.blockInfo(height, timeMs);
    const state = new Overlay(this.#store);
    await state.prefetch(this.#store, txs.flatMap(keysReadBy));
    await pruneExpiredTxHashes(this.#store, state, timeMs);
    const receipts: Uint8Array[] = [];
    const committed: CommittedTx[] = [];
    for (const [index, tx] of txs.entries()) {
      const receipt = await executeTx(state, info, tx);
      receipts.push(encode.receipt(receipt));
      committed.push({ hash: tx.hash, index, receipt });
    }
    const txBytes = txs.map((t) => t.bytes);
    const header = ackchain.Header.create({
      chainId: info.chainId, height, timeMs, prevBlockHash: head.blockHash, lastCommitHash: commitHash(lastCommit),
      txRoot: txRoot(txBytes), stateRoot: nextStateRoot(head.stateRoot, state.writes.values()), resultsRoot: merkleRoot(receipts),
      validatorsHash: this.#validatorsHash, nextValidatorsHash: this.#validatorsHash, proposer: keys.publicKey,
    });
    const headerBytes = encode.header(header);
    const hash = blockHash(headerBytes);
    const precommit = signVote({
      chainId: info.chainId, type: ackchain.VoteType.VOTE_TYPE_PRECOMMIT, height, round: 0, blockHash: hash, timestampMs: timeMs,
    }, keys);
    const commit = encode.commit({ height, round: 0, blockHash: hash, signatures: [precommit] });
    const executed = performance.now();
    await this.#store.commitBlock({
      head: { height, blockHash: hash, stateRoot: header.stateRoot, timeMs },
      block: encodeBlock(headerBytes, txBytes, lastCommit),
      commit,
      txs: committed.map((t) => ({ hash: t.hash, location: encode.txLocation({ height, index: t.index, receipt: receipts[t.index] }) })),
      state: state.writes,
    });
    const timings = { executeMs: Math.round(executed - started), writeMs: Math.round(performance.now() - executed) };
    return { height, hash, header, commit, txs: committed, timings };
  }
}
