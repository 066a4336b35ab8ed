// Personal devices (phone, watch): a member registers a device key that may acknowledge and
// resolve alerts for it, fresh and until it expires or is revoked. The owner's standing is checked
// at every use, so a removed member's devices stop working with it.
import { concatBytes, equalBytes, toHex } from '../chain/bytes.ts';
import { ackchain, decode, encode } from '../chain/codec.ts';
import { reject } from '../chain/codes.ts';
import type { DecodedTx, PayloadName } from '../chain/tx.ts';
import { verifyDeviceClaim } from '../chain/device-proof.ts';
import { isValidPublicKey } from '../chain/signature.ts';
import type { BlockInfo, TxContext, TxInfo } from './context.ts';
import { invariant } from './errors.ts';
import { stateKeys } from './keys.ts';
import type { StateReader } from './overlay.ts';
import { isTeamAccount, standingsOf } from './teams.ts';

export const DEVICE_LIMITS = { perOwner: 10, label: 64, maxLifetimeMs: 366 * 24 * 3600_000 } as const;

/** What a device may sign: the responses it exists for, nothing that changes who may do what. */
const DEVICE_PAYLOADS: readonly PayloadName[] = ['acknowledgeAlert', 'resolveAlert'];

export async function getDevice(state: StateReader, key: Uint8Array): Promise<ackchain.Device | undefined> {
  const bytes = await state.getState(stateKeys.device(key));
  return bytes === undefined ? undefined : decode.device(bytes);
}

/** A device that may sign now: registered, not revoked, not expired. */
export function isDeviceActive(device: ackchain.Device, nowMs: number): boolean {
  return device.revokedAtMs === 0 && nowMs < device.expiresAtMs;
}

async function ownerDeviceKeys(state: StateReader, owner: Uint8Array): Promise<Uint8Array[]> {
  const bytes = await state.getState(stateKeys.devicesOf(owner));
  const keys: Uint8Array[] = [];
  for (let i = 0; bytes !== undefined && i < bytes.length; i += 32) keys.push(bytes.subarray(i, i + 32));
  return keys;
}

function setOwnerDeviceKeys(ctx: TxContext, owner: Uint8Array, keys: Uint8Array[]): void {
  if (keys.length === 0) ctx.state.delete(stateKeys.devicesOf(owner));
  else ctx.state.set(stateKeys.devicesOf(owner), concatBytes(...keys));
}

/** An owner's devices that are not revoked (some may have expired since), in registration order. */
export async function devicesOf(state: StateReader, owner: Uint8Array): Promise<ackchain.Device[]> {
  const found: ackchain.Device[] = [];
  for (const key of await ownerDeviceKeys(state, owner)) {
    const device = await getDevice(state, key);
    invariant(device !== undefined, `the device list of ${toHex(owner)} names ${toHex(key)}, which is not registered`);
    found.push(device);
  }
  return found;
}

/**
 * Who acts for a tx: its signer, or, when the signer is a registered device, the device's owner.
 * A device's tx must be one a device may sign, from an active device, and fresh: signed (by the
 * time it carries) within max_device_tx_age of the block time and not ahead of it by more than
 * the clock drift allowed.
 */
export async function actingAccount(state: StateReader, tx: DecodedTx, block: BlockInfo): Promise<TxInfo> {
  const device = await getDevice(state, tx.signer);
  if (device === undefined) return { hash: tx.hash, account: tx.signer };
  const name = `device ${toHex(device.key)} ("${device.label}")`;
  if (!DEVICE_PAYLOADS.includes(tx.payload)) reject('unauthorized', `${name} may only acknowledge or resolve alerts, not ${tx.payload}`);
  if (device.revokedAtMs !== 0) reject('unauthorized', `${name} was revoked at ${device.revokedAtMs}`);
  if (block.timeMs >= device.expiresAtMs) reject('unauthorized', `${name} expired at ${device.expiresAtMs}`);
  const signedAt = tx.body.signedAtMs;
  if (signedAt === 0) reject('expired', `a tx from ${name} must carry signed_at_ms`);
  if (signedAt < block.timeMs - block.params.maxDeviceTxAgeMs || signedAt > block.timeMs + block.params.maxClockDriftMs) {
    reject('expired', `a tx from ${name} must be signed within ${block.params.maxDeviceTxAgeMs} ms of the block time; signed_at_ms ${signedAt}, block time ${block.timeMs}`);
  }
  return { hash: tx.hash, account: device.owner, device: device.key };
}

function requireNoDevice(ctx: TxContext, what: string): void {
  if (ctx.tx.device !== undefined) reject('unauthorized', `a device may not ${what}`);
}

export async function registerDevice(ctx: TxContext, p: ackchain.RegisterDevice): Promise<void> {
  requireNoDevice(ctx, 'register devices');
  const owner = ctx.tx.account;
  if (!(await standingsOf(ctx.state, owner)).some((s) => s.standing.kind === 'member')) reject('unauthorized', `${toHex(owner)} is not a member of any team`);
  if (!isValidPublicKey(p.key)) reject('invalidArgument', 'key must be a valid Ed25519 public key (32 bytes, canonical, not of small order)');
  if (p.notifyKey.length !== 32 || p.notifyKey.every((b) => b === 0)) reject('invalidArgument', 'notify_key must be a 32-byte X25519 public key');
  if (!p.label || p.label.length > DEVICE_LIMITS.label) reject('invalidArgument', `label must be 1 to ${DEVICE_LIMITS.label} characters`);
  const now = ctx.block.timeMs;
  if (p.expiresAtMs <= now || p.expiresAtMs > now + DEVICE_LIMITS.maxLifetimeMs) reject('invalidArgument', 'expires_at_ms must be after the block time and at most 366 days later');
  if (equalBytes(p.key, owner) || await isTeamAccount(ctx.state, p.key)) reject('invalidState', `${toHex(p.key)} is an account of a team; a device needs a key of its own`);
  const claim = { chainId: ctx.block.chainId, owner, key: p.key, notifyKey: p.notifyKey, expiresAtMs: p.expiresAtMs };
  if (!verifyDeviceClaim(claim, p.proof)) reject('unauthorized', `proof is not device ${toHex(p.key)}'s signature of this registration: register a key you hold`);
  // A key once registered is never registered again: its history must name one owner.
  if (await getDevice(ctx.state, p.key) !== undefined) reject('invalidState', `device ${toHex(p.key)} is already registered`);
  // Expired devices leave the owner's list here (their records stay, for history), so it stays short.
  const active = (await devicesOf(ctx.state, owner)).filter((d) => isDeviceActive(d, now));
  if (active.length >= DEVICE_LIMITS.perOwner) reject('invalidState', `${toHex(owner)} has ${DEVICE_LIMITS.perOwner} active devices, the most one may have`);
  const device = ackchain.Device.create({ key: p.key, owner, notifyKey: p.notifyKey, label: p.label, expiresAtMs: p.expiresAtMs, registeredAtMs: now });
  ctx.state.set(stateKeys.device(p.key), encode.device(device));
  setOwnerDeviceKeys(ctx, owner, [...active.map((d) => d.key), p.key]);
  ctx.emit('device.registered', { owner: toHex(owner), device: toHex(p.key), label: p.label, expires_at_ms: p.expiresAtMs });
}

export async function revokeDevice(ctx: TxContext, p: ackchain.RevokeDevice): Promise<void> {
  requireNoDevice(ctx, 'revoke devices');
  const device = await getDevice(ctx.state, p.key);
  if (device === undefined) reject('notFound', `no device ${toHex(p.key)}`);
  if (device.revokedAtMs !== 0) reject('invalidState', `device ${toHex(p.key)} is already revoked`);
  if (!equalBytes(device.owner, ctx.tx.account) && !(await isAdminOver(ctx.state, ctx.tx.account, device.owner))) {
    reject('unauthorized', `${toHex(ctx.tx.account)} is neither the owner of device ${toHex(p.key)} nor an admin of a team its owner is a member of`);
  }
  device.revokedAtMs = ctx.block.timeMs;
  device.revokedBy = ctx.tx.account;
  ctx.state.set(stateKeys.device(p.key), encode.device(device));
  setOwnerDeviceKeys(ctx, device.owner, (await ownerDeviceKeys(ctx.state, device.owner)).filter((k) => !equalBytes(k, p.key)));
  ctx.emit('device.revoked', { owner: toHex(device.owner), device: toHex(p.key), by: toHex(ctx.tx.account) });
}

/** Whether `admin` is an admin of a team that `member` is a member of. */
async function isAdminOver(state: StateReader, admin: Uint8Array, member: Uint8Array): Promise<boolean> {
  const teams = new Set((await standingsOf(state, member)).filter((s) => s.standing.kind === 'member').map((s) => s.team));
  return (await standingsOf(state, admin)).some((s) => teams.has(s.team) && s.standing.kind === 'member' && s.standing.role === ackchain.Role.ROLE_ADMIN);
}
