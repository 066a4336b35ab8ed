// The application's begin-block step: work every block does before its txs, in block time. Its
// events and writes are part of the block's results like a tx's. Today it forgets committed tx
// hashes whose expiry has passed; deadlines (escalations, ack timeouts, OLA targets) come next.
import { ackchain } from '../chain/codec.ts';
import { Code } from '../chain/codes.ts';
import { prefixRange, type StateSource } from '../store/state-source.ts';
import type { BlockInfo } from './context.ts';
import { stateKeys } from './keys.ts';
import type { Overlay } from './overlay.ts';

/** Runs the begin-block step into `state`; returns its receipt. */
export async function beginBlock(source: StateSource, state: Overlay, block: BlockInfo): Promise<ackchain.Receipt> {
  const pruned = await pruneExpiredTxHashes(source, state, block.timeMs);
  const events = pruned === 0 ? [] : [{ type: 'block.tx_hashes_pruned', attributes: [{ key: 'count', value: String(pruned) }] }];
  return ackchain.Receipt.create({ code: Code.ok, log: '', events, gasUsed: 0 });
}

/**
 * Forgets committed tx hashes whose expiry is at or before `timeMs`: the expiry window refuses
 * them from now on anyway. Walks the expiry index and touches only the hashes that fell due.
 */
async function pruneExpiredTxHashes(source: StateSource, state: Overlay, timeMs: number): Promise<number> {
  const all = prefixRange(stateKeys.seenTxExpiries());
  let pruned = 0;
  for await (const [key] of source.stateRange({ gte: all.gte, lt: stateKeys.seenTxExpiry(timeMs + 1) })) {
    state.delete(key);
    state.delete(stateKeys.seenTx(key.subarray(all.gte.length + 8)));
    pruned++;
  }
  return pruned;
}
