// One tx against state: whether it may be included in a block at a given time, and running it in
// its own overlay so that a failed tx leaves only its receipt.
import { toHex, u64be } from '../chain/bytes.ts';
import { ackchain } from '../chain/codec.ts';
import { Code, Rejection, reject } from '../chain/codes.ts';
import { checkTxExpiry, type CheckedTx, type DecodedTx, type PayloadName } from '../chain/tx.ts';
import { acknowledgeAlert, addAlertNote, resolveAlert, snoozeAlert, triggerAlert } from './alerts.ts';
import { TxContext, type BlockGas, type BlockInfo } from './context.ts';
import { deployContract } from './contracts.ts';
import { actingAccount, registerDevice, revokeDevice } from './devices.ts';
import { addMaintenanceWindow, removeMaintenanceWindow } from './escalation.ts';
import { stateKeys } from './keys.ts';
import { amendOla, proposeOla, signOla, terminateOla } from './olas.ts';
import { addOverride, removeOverride, removeSchedule, setSchedule } from './oncall.ts';
import type { Overlay, StateReader } from './overlay.ts';
import { setEscalationPolicy } from './policies.ts';
import { setTeamContracts } from './policy-calls.ts';
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
  setTeamContracts: (ctx, b) => setTeamContracts(ctx, b.setTeamContracts as ackchain.SetTeamContracts),
  snoozeAlert: (ctx, b) => snoozeAlert(ctx, b.snoozeAlert as ackchain.SnoozeAlert),
  setEscalationPolicy: (ctx, b) => setEscalationPolicy(ctx, b.setEscalationPolicy as ackchain.SetEscalationPolicy),
  setSchedule: (ctx, b) => setSchedule(ctx, b.setSchedule as ackchain.SetSchedule),
  removeSchedule: (ctx, b) => removeSchedule(ctx, b.removeSchedule as ackchain.RemoveSchedule),
  addOverride: (ctx, b) => addOverride(ctx, b.addOverride as ackchain.AddOverride),
  removeOverride: (ctx, b) => removeOverride(ctx, b.removeOverride as ackchain.RemoveOverride),
  addMaintenanceWindow: (ctx, b) => addMaintenanceWindow(ctx, b.addMaintenanceWindow as ackchain.AddMaintenanceWindow),
  removeMaintenanceWindow: (ctx, b) => removeMaintenanceWindow(ctx, b.removeMaintenanceWindow as ackchain.RemoveMaintenanceWindow),
  registerDevice: (ctx, b) => registerDevice(ctx, b.registerDevice as ackchain.RegisterDevice),
  revokeDevice: (ctx, b) => revokeDevice(ctx, b.revokeDevice as ackchain.RevokeDevice),
  proposeOla: (ctx, b) => proposeOla(ctx, b.proposeOla as ackchain.ProposeOla),
  signOla: (ctx, b) => signOla(ctx, b.signOla as ackchain.SignOla),
  amendOla: (ctx, b) => amendOla(ctx, b.amendOla as ackchain.AmendOla),
  terminateOla: (ctx, b) => terminateOla(ctx, b.terminateOla as ackchain.TerminateOla),
};

async function isTxCommitted(state: StateReader, hash: Uint8Array): Promise<boolean> {
  return (await state.getState(stateKeys.seenTx(hash))) !== undefined;
}

/**
 * What makes a decoded tx includable in a block at `block.timeMs`, beside its signature: the
 * expiry window and not committed before. The mempool admits, the proposer includes and a
 * validator accepts a tx by this one rule; a block that breaks it is invalid as a whole.
 */
export async function checkIncludable(state: StateReader, tx: DecodedTx, block: BlockInfo): Promise<void> {
  checkTxExpiry(tx.body, block.timeMs, block.params.maxTxTtlMs);
  if (await isTxCommitted(state, tx.hash)) reject('duplicate', `tx ${toHex(tx.hash)} is already committed`);
}

/** State keys a tx is known to read, to prefetch before a block runs (see Overlay.prefetch). */
export function keysReadBy(tx: DecodedTx): Uint8Array[] {
  const keys = [stateKeys.seenTx(tx.hash), stateKeys.device(tx.signer)];
  const trigger = tx.body.triggerAlert;
  if (trigger) keys.push(stateKeys.team(trigger.team ?? ''), stateKeys.openDedup(trigger.team ?? '', trigger.dedupKey || toHex(tx.hash)));
  return keys;
}

/**
 * Runs one includable tx; returns its receipt, with the gas its contract calls spent (charged to
 * `blockGas` whether or not it succeeds). Its writes reach `state` only if it succeeds.
 */
export async function executeTx(state: Overlay, block: BlockInfo, tx: CheckedTx, blockGas: BlockGas): Promise<ackchain.Receipt> {
  state.set(stateKeys.seenTx(tx.hash), u64be(tx.body.expiresAtMs));
  state.set(stateKeys.seenTxExpiry(tx.body.expiresAtMs, tx.hash), new Uint8Array(0));
  const child = state.child();
  let ctx: TxContext | undefined;
  try {
    ctx = new TxContext(child, block, await actingAccount(child, tx, block), blockGas);
    await HANDLERS[tx.payload](ctx, tx.body);
  } catch (e) {
    if (e instanceof Rejection) return ackchain.Receipt.create({ code: e.code, log: e.message, events: [], gasUsed: ctx?.gasUsed ?? 0 });
    throw e;
  }
  ctx.state.mergeInto(state);
  return ackchain.Receipt.create({ code: Code.ok, log: '', events: ctx.events, gasUsed: ctx.gasUsed });
}
