// Calling a team's policy contracts: the default ones shipped in genesis/contracts/, or those the
// team pointed its policy at. One path for every call: find the code, lend the machine the call's
// records and the contract's storage, charge the gas, and apply storage writes and events only
// when the call succeeds.
import { readFileSync } from 'node:fs';
import { concatBytes, equalBytes, toHex } from '../chain/bytes.ts';
import { ackchain } from '../chain/codec.ts';
import { POLICY_SLOTS, type PolicySlot } from '../chain/policy-slots.ts';
import { reject } from '../chain/codes.ts';
import { MalformedOutput, STANDINGS } from './policy-abi.ts';
import { runContract, type ContractEvent, type StorageWrite } from '../vm/index.ts';
import type { BlockContext, TxContext } from './context.ts';
import { contractAddress, getContract } from './contracts.ts';
import { invariant } from './errors.ts';
import { stateKeys } from './keys.ts';
import { onCallCached } from './oncall.ts';
import { putTeam, requireAdmin, requireTeam } from './teams.ts';

const FIELDS = { authorize: 'authorize', escalate: 'escalate', 'ola-evaluate': 'olaEvaluate' } as const satisfies Record<PolicySlot, keyof ackchain.TeamContracts.$Properties>;

/** The default contracts' machine code, as assembled from genesis/contracts/<slot>.asm. Part of the chain's rules. */
export const DEFAULT_POLICY_CODE: Readonly<Record<PolicySlot, Uint8Array>> = Object.fromEntries(
  POLICY_SLOTS.map((slot) => [slot, new Uint8Array(readFileSync(new URL(`../../genesis/contracts/${slot}.bin`, import.meta.url)))]),
) as Record<PolicySlot, Uint8Array>;

/** Records a contract reads with RECORD_GET (docs/vm.md, "Policy contracts"). */
const POLICY_RECORDS = {
  /** The team's members: per member its 32-byte account and its role (1 responder, 2 admin, as in the authorize input). */
  roster: 1,
  /** The accounts on call now in the team's schedules, 32 bytes each, in schedule order, without repeats. */
  onCall: 2,
} as const;

/** A contract's storage, per team that uses it: bounded so that a call can be lent all of it at once. */
const CONTRACT_STORAGE_LIMITS = { entries: 32, bytes: 16 * 1024 } as const;
/** What one policy call may add to a receipt (the machine allows 64 KiB): a team's contract must not bloat every tx's receipt. */
const POLICY_EVENT_LIMITS = { count: 8, dataBytes: 1024 } as const;

/** The contract a team's policy slot points at (empty: the default). */
export function slotAddress(team: ackchain.Team, slot: PolicySlot): Uint8Array {
  return team.contracts?.[FIELDS[slot]] ?? new Uint8Array(0);
}

/** A policy contract as events and the API name it: its address, or "default". */
export function contractName(address: Uint8Array): string {
  return address.length === 0 ? 'default' : toHex(address);
}

/** Every slot of the team's policy and the contract it points at (empty: the default). */
export function teamContracts(team: ackchain.Team): Record<PolicySlot, Uint8Array> {
  return Object.fromEntries(POLICY_SLOTS.map((slot) => [slot, slotAddress(team, slot)])) as Record<PolicySlot, Uint8Array>;
}

/** A slot's contract code by address (empty: the default contract). */
async function codeAt(ctx: BlockContext, team: ackchain.Team, slot: PolicySlot, address: Uint8Array): Promise<Uint8Array> {
  if (address.length === 0) return DEFAULT_POLICY_CODE[slot];
  const id = toHex(address);
  let code = ctx.stepCache.contracts.get(id);
  if (code === undefined) {
    const contract = await getContract(ctx.state, address);
    invariant(contract !== undefined, `team "${team.id}" points its ${slot} policy at contract ${id}, which does not exist`);
    ctx.stepCache.contracts.set(id, code = contract.code);
  }
  return code;
}

function contractLabel(slot: PolicySlot, address: Uint8Array): string {
  return address.length === 0 ? `the default ${slot} contract` : `${slot} contract ${toHex(address)}`;
}

/** The accounts on call now in the team's schedules. */
export async function onCallAccounts(ctx: BlockContext, team: ackchain.Team): Promise<Uint8Array[]> {
  const found: Uint8Array[] = [];
  for (const name of team.schedules) {
    const account = await onCallCached(ctx, team.id, name);
    if (account !== undefined && !found.some((a) => equalBytes(a, account))) found.push(account);
  }
  return found;
}

function rosterRecord(team: ackchain.Team): Uint8Array {
  const role = (m: ackchain.Member) => STANDINGS[m.role === ackchain.Role.ROLE_ADMIN ? 'admin' : 'responder'];
  return concatBytes(...(team.members as ackchain.Member[]).flatMap((m) => [m.account, new Uint8Array([role(m)])]));
}

type PolicyCallResult =
  | { ok: true; output: Uint8Array; contract: string }
  /** `reason` says which contract failed and how, for a receipt or an event. */
  | { ok: false; reason: string; contract: string };

/** A policy call: whose it is, which slot, which contract (empty address: the default), its input. */
export interface PolicyCall {
  team: ackchain.Team;
  slot: PolicySlot;
  address: Uint8Array;
  input: Uint8Array;
  /** The accounts on call now in the team's schedules (onCallAccounts). */
  onCall: readonly Uint8Array[];
  /** Overrides the context's gas limit (a deadline's fallback to the default contract). */
  gasLimit?: number;
}

/**
 * Runs a policy contract with the gas the context has left. Charges the gas to the context; on
 * success applies the contract's storage writes and emits its events (as `contract.emitted`).
 */
async function callPolicy(ctx: BlockContext, call: PolicyCall): Promise<PolicyCallResult> {
  const { team, slot, address, input, onCall } = call;
  const code = await codeAt(ctx, team, slot, address);
  const contract = contractLabel(slot, address);
  const gasLimit = call.gasLimit ?? ctx.gasLimit;
  // A tx that runs short because the block, not the tx, has too little left waits for the next block.
  const cutByBlock = gasLimit < ctx.ownGasLeft;
  if (gasLimit === 0) {
    if (cutByBlock) ctx.blockGas.starved = true;
    return { ok: false, reason: `${contract} was not run: no gas left`, contract };
  }
  const storageKey = stateKeys.contractStorage(team.id, address.length === 0 ? contractAddress(code) : address);
  const storage = decodeStorage(await ctx.state.getState(storageKey));
  let roster: Uint8Array | undefined;
  const result = runContract({
    code, input, gasLimit,
    host: {
      storageGet: (key) => storage.get(toHex(key))?.value,
      record: (id) => {
        if (id === POLICY_RECORDS.roster) return roster ??= rosterRecord(team);
        if (id === POLICY_RECORDS.onCall) return concatBytes(...onCall);
        return undefined;
      },
    },
  });
  ctx.chargeGas(result.gasUsed);
  if (!result.ok) {
    if (result.reason === 'out_of_gas' && cutByBlock) ctx.blockGas.starved = true;
    return { ok: false, reason: `${contract} failed: ${result.reason}: ${result.detail}`, contract };
  }
  const eventBytes = result.events.reduce((n, e) => n + e.data.length, 0);
  if (result.events.length > POLICY_EVENT_LIMITS.count || eventBytes > POLICY_EVENT_LIMITS.dataBytes) {
    return { ok: false, reason: `${contract} failed: it emitted ${result.events.length} events of ${eventBytes} bytes; a policy call may emit ${POLICY_EVENT_LIMITS.count} of ${POLICY_EVENT_LIMITS.dataBytes} bytes together`, contract };
  }
  if (result.storageWrites.length > 0) {
    const stored = applyStorageWrites(storage, result.storageWrites);
    if (stored === undefined) return { ok: false, reason: `${contract} failed: its storage would pass ${CONTRACT_STORAGE_LIMITS.entries} entries or ${CONTRACT_STORAGE_LIMITS.bytes} bytes`, contract };
    if (stored.length === 0) ctx.state.delete(storageKey);
    else ctx.state.set(storageKey, stored);
  }
  emitContractEvents(ctx, team, slot, address, result.events);
  return { ok: true, output: result.output, contract };
}

function emitContractEvents(ctx: BlockContext, team: ackchain.Team, slot: PolicySlot, address: Uint8Array, events: readonly ContractEvent[]): void {
  for (const event of events) {
    // One event type for all: a contract cannot pass its events off as the application's.
    ctx.emit('contract.emitted', { team: team.id, slot, contract: contractName(address), type: event.type, data: toHex(event.data) });
  }
}

// Storage is one state value per (team, contract): entries sorted by key, each a 1-byte key
// length, the key, a 2-byte big-endian value length and the value.
type Storage = Map<string, { key: Uint8Array; value: Uint8Array }>;

function decodeStorage(bytes: Uint8Array | undefined): Storage {
  const entries: Storage = new Map();
  for (let at = 0; bytes !== undefined && at < bytes.length;) {
    const keyLength = bytes[at];
    const key = bytes.subarray(at + 1, at + 1 + keyLength);
    const valueLength = (bytes[at + 1 + keyLength] << 8) | bytes[at + 2 + keyLength];
    const start = at + 3 + keyLength;
    invariant(start + valueLength <= bytes.length, 'a contract storage value runs past its record');
    entries.set(toHex(key), { key, value: bytes.slice(start, start + valueLength) });
    at = start + valueLength;
  }
  return entries;
}

/** The storage after the writes, encoded; undefined when it would pass the limits. */
function applyStorageWrites(storage: Storage, writes: readonly StorageWrite[]): Uint8Array | undefined {
  for (const { key, value } of writes) {
    if (value === undefined) storage.delete(toHex(key));
    else storage.set(toHex(key), { key, value });
  }
  if (storage.size > CONTRACT_STORAGE_LIMITS.entries) return undefined;
  const parts: Uint8Array[] = [];
  for (const hex of [...storage.keys()].sort()) {
    const { key, value } = storage.get(hex)!;
    parts.push(new Uint8Array([key.length]), key, new Uint8Array([value.length >>> 8, value.length & 0xff]), value);
  }
  const encoded = concatBytes(...parts);
  return encoded.length > CONTRACT_STORAGE_LIMITS.bytes ? undefined : encoded;
}

/**
 * A policy call for a tx, its output read by `decode`: a call that fails or answers what `decode`
 * refuses (MalformedOutput) rejects the tx with the reason, and the tx changes nothing.
 */
export async function decideForTx<T>(ctx: TxContext, call: PolicyCall, decode: (output: Uint8Array) => T): Promise<T> {
  const result = await callPolicy(ctx, call);
  if (!result.ok) reject('contractFailed', result.reason);
  try {
    return decode(result.output);
  } catch (e) {
    if (e instanceof MalformedOutput) reject('contractFailed', `${result.contract} answered malformed output: ${e.message}`);
    throw e;
  }
}

/**
 * A policy call for a deadline, its output read by `decode`: when the contract fails or answers
 * what `decode` refuses, the default contract decides instead and the block records why in a
 * `policy.fallback` event. A deadline is never left undecided.
 */
export async function decideForDeadline<T>(ctx: BlockContext, call: PolicyCall, about: string, decode: (output: Uint8Array) => T): Promise<T> {
  const own = await callPolicy(ctx, call);
  let reason: string;
  if (own.ok) {
    try {
      return decode(own.output);
    } catch (e) {
      if (!(e instanceof MalformedOutput)) throw e;
      reason = `${own.contract} answered malformed output: ${e.message}`;
    }
  } else reason = own.reason;
  invariant(call.gasLimit === undefined, `the default ${call.slot} contract failed on a deadline (${about}): ${reason}`);
  ctx.emit('policy.fallback', { team: call.team.id, slot: call.slot, about, reason });
  // The default contract decides even when the block has no gas left; what it spends still counts.
  return decideForDeadline(ctx, { ...call, address: new Uint8Array(0), gasLimit: ctx.block.params.maxTxGas }, about, decode);
}

export async function setTeamContracts(ctx: TxContext, p: ackchain.SetTeamContracts): Promise<void> {
  const team = await requireTeam(ctx.state, p.team);
  requireAdmin(ctx, team);
  if (p.assignments.length === 0) reject('invalidArgument', 'name at least one slot to set');
  const contracts = ackchain.TeamContracts.create(team.contracts ?? {});
  const seen = new Set<string>();
  for (const a of p.assignments as ackchain.ContractAssignment[]) {
    if (!(POLICY_SLOTS as readonly string[]).includes(a.slot)) reject('invalidArgument', `slot "${a.slot}" is not one of ${POLICY_SLOTS.join(', ')}`);
    if (seen.has(a.slot)) reject('invalidArgument', `slot "${a.slot}" is named twice`);
    seen.add(a.slot);
    if (a.address.length !== 0 && await getContract(ctx.state, a.address) === undefined) reject('notFound', `no contract ${toHex(a.address)} is deployed`);
    contracts[FIELDS[a.slot as PolicySlot]] = a.address;
  }
  team.contracts = POLICY_SLOTS.every((slot) => contracts[FIELDS[slot]].length === 0) ? null : contracts;
  putTeam(ctx.state, team);
  for (const slot of seen) {
    const address = contracts[FIELDS[slot as PolicySlot]];
    ctx.emit('team.contract_set', { team: team.id, slot, contract: contractName(address) });
  }
}
