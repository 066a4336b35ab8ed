// Committing an executed block: the block, its commit certificate, where each tx landed, the
// begin-block receipt, the state writes and the new ChainState, in one synced batch, so a crash
// leaves the store at either the previous height or this one.
import { toHex } from '../chain/bytes.ts';
import { CommitError, verifyCommit } from '../chain/block.ts';
import { encode } from '../chain/codec.ts';
import type { ChainStore } from '../store/chain-store.ts';
import type { ExecutedBlock } from './block.ts';
import { encodeChainState, type ChainState } from './chain-state.ts';
import { invariant } from './errors.ts';

/** The chain state after `block`, certified by `commit`. Validator changes are not built yet: the sets carry over. */
export function nextChainState(chain: ChainState, block: ExecutedBlock, commit: Uint8Array): ChainState {
  return {
    ...chain, height: block.height, timeMs: block.header.timeMs, blockHash: block.hash, stateRoot: block.header.stateRoot,
    lastValidators: chain.validators, validators: chain.nextValidators, lastCommit: commit,
  };
}

/** Writes `block`, certified by `commit`, on top of `chain`; returns the new chain state. */
export async function commitBlock(store: ChainStore, chain: ChainState, block: ExecutedBlock, commit: Uint8Array): Promise<ChainState> {
  invariant(block.height === chain.height + 1, `block ${block.height} does not follow height ${chain.height}`);
  try {
    // A commit that does not certify the block must never be persisted beside it.
    verifyCommit(commit, { chainId: chain.chainId, height: block.height, blockHash: block.hash, validators: chain.validators });
  } catch (e) {
    if (e instanceof CommitError) throw new Error(`refusing to commit block ${block.height} (${toHex(block.hash)}): ${e.message}`);
    throw e;
  }
  const next = nextChainState(chain, block, commit);
  await store.commitBlock({
    height: block.height, blockHash: block.hash, block: block.blockBytes, commit,
    txs: block.txs.map((t) => ({ hash: t.hash, location: encode.txLocation({ height: block.height, index: t.index, receipt: t.receiptBytes }) })),
    beginBlockReceipt: block.beginBlockReceipt, state: block.writes, chainState: encodeChainState(next),
  });
  return next;
}
