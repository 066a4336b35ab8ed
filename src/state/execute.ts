// Running a block's txs against state: the validity rules a block must meet, then each tx in its
// own overlay so that a failed tx leaves only its receipt.
import { toHex, u64be } from '../chain/bytes.ts';
import { ackchain } from '../chain/codec.ts';
import { Code, Rejection, reject } from '../chain/codes.ts';
import { checkTx, checkTxExpiry, type CheckedTx, type PayloadName } from '../chain/tx.ts';
import type { StateSource } from '../store/state-source.ts';
import { prefixRange } from '../store/state-source.ts';
import { acknowledgeAlert, addAlertNote, resolveAlert, triggerAlert } from './alerts.ts';
import { TxContext, type BlockInfo } from './context.ts';
import { deployContract } from './contracts.ts';
import { stateKeys } from './keys.ts';
import { Overlay, type StateReader } from './overlay.ts';
import { addIntegration, addMember, removeIntegration, removeMember } from './teams.ts';

type Handler = (ctx: TxContext, body: ackchain.TxBody) => Promise<void>;

const HANDLERS: Record<PayloadName, Handler> = {
  triggerAlert: (ctx, b) => triggerAlert(ctx, b.triggerAlert as ackchain.TriggerAlert),
  acknowledgeAlert: (ctx, b) => acknowledgeAlert(ctx, b.acknowledgeAlert as ackchain.AcknowledgeAlert),
  resolveAlert: (ctx, b) => resolveAlert(ctx, b.resolveAlert as ackchain.ResolveAlert),
  addAlertNote: (ctx, b) => addAlertNote(ctx, b.addAlertNote as ackchain.AddAlertNote),
  addMember: (ctx, b) => addMember(ctx, b.addMember as ackchain.AddMember),
  removeMember: (ctx, b) => removeMember(ctx, b.removeMember as ackchain.RemoveMember),
  addIntegration: (ctx, b) => addIntegration(ctx, b.addIntegration as ackchain.AddIntegration),
  removeIntegration: (ctx, b) => removeIntegration(ctx, b.removeIntegration as ackchain.RemoveIntegration),
  deployContract: (ctx, b) => deployContract(ctx, b.deployContract as ackchain.DeployContract),
};

async function isTxCommitted(state: StateReader, hash: Uint8Array): Promise<boolean> {
  return (await state.getState(stateKeys.seenTx(hash))) !== undefined;
}

/**
 * The checks that make a tx includable in a block at `block.timeMs`: stateless validity, the
 * expiry window, and not committed before. A block that breaks them is invalid as a whole.
 */
export async function checkIncludable(state: StateReader, bytes: Uint8Array, block: BlockInfo): Promise<CheckedTx> {
  const tx = checkTx(bytes, { chainId: block.chainId, maxTxBytes: block.params.maxTxBytes, maxTxTtlMs: block.params.maxTxTtlMs });
  checkTxExpiry(tx.body, block.timeMs, block.params.maxTxTtlMs);
  if (await isTxCommitted(state, tx.hash)) reject('duplicate', `tx ${toHex(tx.hash)} is already committed`);
  return tx;
}

/** Forgets committed tx hashes whose expiry has passed: the expiry window now rejects them. */
export async function pruneExpiredTxHashes(source: StateSource, state: Overlay, timeMs: number): Promise<void> {
  const all = prefixRange(stateKeys.seenTxExpiries());
  for await (const [key] of source.stateRange({ gte: all.gte, lt: stateKeys.seenTxExpiry(timeMs + 1) })) {
    state.delete(key);
    state.delete(stateKeys.seenTx(key.subarray(all.gte.length + 8)));
  }
}

/** State keys a tx is known to read, to prefetch before a block runs (see Overlay.prefetch). */
export function keysReadBy(tx: CheckedTx): Uint8Array[] {
  const keys = [stateKeys.seenTx(tx.hash)];
  const trigger = tx.body.triggerAlert;
  if (trigger) keys.push(stateKeys.team(trigger.team ?? ''), stateKeys.openDedup(trigger.team ?? '', trigger.dedupKey || toHex(tx.hash)));
  return keys;
}

/** Runs one includable tx; returns its receipt. Its writes reach `state` only if it succeeds. */
export async function executeTx(state: Overlay, block: BlockInfo, tx: CheckedTx): Promise<ackchain.Receipt> {
  state.set(stateKeys.seenTx(tx.hash), u64be(tx.body.expiresAtMs));
  state.set(stateKeys.seenTxExpiry(tx.body.expiresAtMs, tx.hash), new Uint8Array(0));
  const ctx = new TxContext(state.child(), block, { hash: tx.hash, signer: tx.signer });
  try {
    await HANDLERS[tx.payload](ctx, tx.body);
  } catch (e) {
    if (e instanceof Rejection) return ackchain.Receipt.create({ code: e.code, log: e.message, events: [], gasUsed: 0 });
    throw e;
  }
  ctx.state.mergeInto(state);
  return ackchain.Receipt.create({ code: Code.ok, log: '', events: ctx.events, gasUsed: 0 });
}
