// The application's begin-block step: work every block does before its txs, in block time. It
// records the evidence the block carries, forgets committed tx hashes whose expiry has passed and
// processes the deadlines that fell due (escalations, ack timeouts, snooze ends, OLA targets). Its
// events and writes are part of the block's results like a tx's.
import { ackchain } from '../chain/codec.ts';
import { Code } from '../chain/codes.ts';
import type { CheckedEvidence } from '../chain/evidence.ts';
import { prefixRange, type StateSource } from '../store/state-source.ts';
import { BlockContext, type BlockGas, type BlockInfo } from './context.ts';
import { processDeadlines } from './deadlines.ts';
import { recordEvidence } from './evidence.ts';
import { stateKeys } from './keys.ts';
import type { Overlay } from './overlay.ts';

/**
 * Runs the begin-block step into `state` for a block carrying `evidence` (checked, includable);
 * returns its receipt, with the gas its contract calls spent (charged to `blockGas` first).
 */
export async function beginBlock(source: StateSource, state: Overlay, block: BlockInfo, blockGas: BlockGas, evidence: readonly CheckedEvidence[] = []): Promise<ackchain.Receipt> {
  const ctx = new BlockContext(state, block, blockGas);
  recordEvidence(ctx, evidence);
  const pruned = await pruneExpiredTxHashes(source, state, block.timeMs);
  if (pruned !== 0) ctx.emit('block.tx_hashes_pruned', { count: pruned });
  const { carried } = await processDeadlines(source, ctx);
  if (carried !== 0) ctx.emit('block.deadlines_carried', { limit: block.params.maxDeadlinesPerBlock });
  return ackchain.Receipt.create({ code: Code.ok, log: '', events: ctx.events, gasUsed: ctx.gasUsed });
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
