// Alert records and the indexes that follow them. Loading an alert remembers its status and its
// pending deadlines; storing it moves the status and deadline index entries that changed, so no
// handler can leave an index behind its record.
import { readU64be, toHex, u64be } from '../chain/bytes.ts';
import { ackchain, decode, encode } from '../chain/codec.ts';
import type { BlockContext } from './context.ts';
import { TxContext } from './context.ts';
import { invariant } from './errors.ts';
import { stateKeys } from './keys.ts';
import type { Overlay, StateReader } from './overlay.ts';

const { AlertStatus, OlaOutcome, Severity } = ackchain;

export function formatAlertId(team: string, number: number): string {
  return `${team}-${number}`;
}

/** "payments-42" -> { team: "payments", number: 42 }; team slugs may contain dashes, numbers never. */
export function parseAlertId(id: string): { team: string; number: number } | undefined {
  const match = /^([a-z0-9-]+)-([1-9][0-9]{0,15})$/.exec(id);
  if (!match) return undefined;
  const number = Number(match[2]);
  return Number.isSafeInteger(number) ? { team: match[1], number } : undefined;
}

export const alertId = (alert: ackchain.Alert): string => formatAlertId(alert.team, alert.number);

export const STATUS_NAMES: Record<number, string> = {
  [AlertStatus.ALERT_STATUS_TRIGGERED]: 'triggered',
  [AlertStatus.ALERT_STATUS_ACKNOWLEDGED]: 'acknowledged',
  [AlertStatus.ALERT_STATUS_RESOLVED]: 'resolved',
};

export const SEVERITY_NAMES: Record<number, string> = {
  [Severity.SEVERITY_CRITICAL]: 'critical',
  [Severity.SEVERITY_ERROR]: 'error',
  [Severity.SEVERITY_WARNING]: 'warning',
  [Severity.SEVERITY_INFO]: 'info',
};

export function parseSeverity(name: string): ackchain.Severity | undefined {
  const entry = Object.entries(SEVERITY_NAMES).find(([, n]) => n === name);
  return entry === undefined ? undefined : Number(entry[0]) as ackchain.Severity;
}

export function parseStatus(name: string): ackchain.AlertStatus | undefined {
  const entry = Object.entries(STATUS_NAMES).find(([, n]) => n === name);
  return entry === undefined ? undefined : Number(entry[0]) as ackchain.AlertStatus;
}

/** What falls due for an alert, in the deadline index. */
export const DeadlineKind = { escalate: 1, rearm: 2, olaAck: 3, olaResolve: 4 } as const;
export type DeadlineKind = (typeof DeadlineKind)[keyof typeof DeadlineKind];
export const DEADLINE_KINDS: readonly DeadlineKind[] = Object.values(DeadlineKind);

/**
 * When each of the alert's pending deadlines is processed (0: none pending), as its fields say.
 * An OLA target is breached at the first block *past* its deadline, so its entry is one
 * millisecond after it: a block at exactly the deadline may still meet it.
 */
export function deadlineTimes(alert: ackchain.Alert): Record<DeadlineKind, number> {
  return {
    [DeadlineKind.escalate]: alert.escalationDueMs,
    [DeadlineKind.rearm]: alert.rearmDueMs,
    [DeadlineKind.olaAck]: alert.olaAckOutcome === OlaOutcome.OLA_OUTCOME_PENDING ? alert.olaAckDueMs + 1 : 0,
    [DeadlineKind.olaResolve]: alert.olaResolveOutcome === OlaOutcome.OLA_OUTCOME_PENDING ? alert.olaResolveDueMs + 1 : 0,
  };
}

interface Stored { status: ackchain.AlertStatus; deadlines: Record<DeadlineKind, number> }

/** What each loaded alert was in state, so that storing it can move only the index entries that changed. */
const asStored = new WeakMap<ackchain.Alert, Stored>();

function remember(alert: ackchain.Alert): ackchain.Alert {
  asStored.set(alert, { status: alert.status, deadlines: deadlineTimes(alert) });
  return alert;
}

export async function getAlertByKey(state: StateReader, key: Uint8Array): Promise<ackchain.Alert | undefined> {
  const bytes = await state.getState(key);
  return bytes === undefined ? undefined : remember(decode.alert(bytes));
}

export async function getAlert(state: StateReader, team: string, number: number): Promise<ackchain.Alert | undefined> {
  return getAlertByKey(state, stateKeys.alert(team, number));
}

/** The number of the team's open alert with this dedup key, if any. */
export async function findOpenAlert(state: StateReader, team: string, dedupKey: string): Promise<number | undefined> {
  const bytes = await state.getState(stateKeys.openDedup(team, dedupKey));
  return bytes === undefined ? undefined : readU64be(bytes);
}

/** Writes the alert and moves its status and deadline index entries to match it. */
export function putAlert(state: Overlay, alert: ackchain.Alert): void {
  invariant(alert.sequence > 0, `alert ${alertId(alert)} is stored before it has a sequence number`);
  const key = stateKeys.alert(alert.team, alert.number);
  const before = asStored.get(alert);
  state.set(key, encode.alert(alert));
  if (before?.status !== alert.status) {
    if (before !== undefined) {
      state.delete(stateKeys.alertsByStatus(before.status, alert.sequence));
      state.delete(stateKeys.alertsByTeamStatus(alert.team, before.status, alert.sequence));
    }
    state.set(stateKeys.alertsByStatus(alert.status, alert.sequence), key);
    state.set(stateKeys.alertsByTeamStatus(alert.team, alert.status, alert.sequence), key);
  }
  const now = deadlineTimes(alert);
  for (const kind of DEADLINE_KINDS) {
    const was = before?.deadlines[kind] ?? 0;
    if (was === now[kind]) continue;
    if (was !== 0) state.delete(stateKeys.deadline(was, alert.sequence, kind));
    if (now[kind] !== 0) state.set(stateKeys.deadline(now[kind], alert.sequence, kind), key);
  }
  remember(alert);
}

/** Alerts are numbered across all teams in creation order; the listing indexes are keyed by it. */
export async function nextAlertSequence(state: Overlay): Promise<number> {
  const bytes = await state.getState(stateKeys.alertSequence());
  const seq = (bytes === undefined ? 0 : readU64be(bytes)) + 1;
  state.set(stateKeys.alertSequence(), u64be(seq));
  return seq;
}

/** Who an alert's history names: an account (empty for the chain's own steps), its handle, and the device that signed. */
export interface HistoryActor {
  account: Uint8Array;
  handle: string;
}

/** The chain itself, for what happens in block time: escalations, timeouts, breaches. */
export const CHAIN_ACTOR: HistoryActor = { account: new Uint8Array(0), handle: 'ackchain' };

/** Appends an entry to the alert's history; returns its index. */
export function appendHistory(ctx: BlockContext, alert: ackchain.Alert, action: string, actor: HistoryActor, detail: string): number {
  const tx = ctx instanceof TxContext ? ctx.tx : undefined;
  const entry = encode.alertHistoryEntry({
    action, account: actor.account, handle: actor.handle, device: tx?.device ?? new Uint8Array(0), timeMs: ctx.block.timeMs,
    height: ctx.block.height, txHash: tx?.hash ?? new Uint8Array(0), detail,
  });
  const index = alert.historyLength;
  ctx.state.set(stateKeys.history(alert.team, alert.number, index), entry);
  alert.historyLength += 1;
  return index;
}

/** A deadline index entry's parts. */
export function parseDeadlineKey(key: Uint8Array): { dueMs: number; seq: number; kind: DeadlineKind } {
  const prefix = stateKeys.deadlines().length;
  invariant(key.length === prefix + 17, `deadline index key ${toHex(key)} has the wrong length`);
  const kind = key[prefix + 16] as DeadlineKind;
  invariant(DEADLINE_KINDS.includes(kind), `deadline index key ${toHex(key)} has unknown kind ${kind}`);
  return { dueMs: readU64be(key.subarray(prefix, prefix + 8)), seq: readU64be(key.subarray(prefix + 8, prefix + 16)), kind };
}
