// Who may do what, as a matrix: every tx kind against every kind of actor, relative to team
// payments. The expected receipt codes are written down below as a table (not derived from the
// code under test), and every cell is its own `it` on a fresh subject, so that a change to any
// authorization rule fails exactly the cells it changes, by name.
import assert from 'node:assert/strict';
import { readU64be, toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { signDeviceClaim } from '../../src/chain/device-proof.ts';
import { generateKeyPair, type KeyPair } from '../../src/chain/keys.ts';
import { findOpenAlert, getAlert } from '../../src/state/alert-records.ts';
import { contractAddress, getContract } from '../../src/state/contracts.ts';
import { devicesOf, getDevice } from '../../src/state/devices.ts';
import { stateKeys } from '../../src/state/keys.ts';
import { getOla } from '../../src/state/olas.ts';
import { getSchedule } from '../../src/state/oncall.ts';
import { alertHistory } from '../../src/state/queries.ts';
import { getTeam } from '../../src/state/teams.ts';
import { CHAIN_ID, ChainFixture, GENESIS_TIME } from '../support/chain-fixture.ts';

const { AlertStatus, OlaStatus, Role, Severity } = ackchain;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Receipt codes, spelled out (see src/chain/codes.ts). */
const OK = 0;
const NO = 7; // unauthorized

const ACTORS = ['admin', 'responder', 'own integration', 'other team member', 'other team integration', 'removed member', 'stranger', 'own device'] as const;
type Actor = (typeof ACTORS)[number];
type Row = readonly [number, number, number, number, number, number, number, number];

const KINDS = [
  'triggerAlert', 'acknowledgeAlert', 'resolveAlert', 'addAlertNote', 'snoozeAlert',
  'addMember', 'removeMember', 'addIntegration', 'removeIntegration',
  'setEscalationPolicy', 'setSchedule', 'removeSchedule', 'addOverride', 'removeOverride', 'addMaintenanceWindow', 'removeMaintenanceWindow',
  'registerDevice', 'revokeDevice', 'deployContract', 'proposeOla', 'signOla', 'amendOla', 'terminateOla',
] as const;
type Kind = (typeof KINDS)[number];

// Actors are relative to team payments. "Other team" is platform (its responder, its
// integration); "removed member" was a payments responder, added and removed before the matrix;
// "own device" is a device the payments responder registered before the matrix, signing for it.
const MATRIX: Record<Kind, Row> = {
  //                        admin responder own-integ other-member other-integ removed stranger own-device
  triggerAlert:            [OK,   OK,       OK,       OK,          OK,         NO,     NO,      NO],
  acknowledgeAlert:        [OK,   OK,       NO,       NO,          NO,         NO,     NO,      OK],
  resolveAlert:            [OK,   OK,       OK,       NO,          NO,         NO,     NO,      OK],
  addAlertNote:            [OK,   OK,       NO,       NO,          NO,         NO,     NO,      NO],
  snoozeAlert:             [OK,   OK,       NO,       NO,          NO,         NO,     NO,      NO],
  addMember:               [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  removeMember:            [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  addIntegration:          [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  removeIntegration:       [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  setEscalationPolicy:     [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  setSchedule:             [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  removeSchedule:          [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  addOverride:             [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  removeOverride:          [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  addMaintenanceWindow:    [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  removeMaintenanceWindow: [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  registerDevice:          [OK,   OK,       NO,       OK,          NO,         NO,     NO,      NO],
  revokeDevice:            [OK,   OK,       NO,       NO,          NO,         NO,     NO,      NO],
  deployContract:          [OK,   OK,       NO,       OK,          NO,         NO,     NO,      NO],
  proposeOla:              [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  signOla:                 [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  amendOla:                [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
  terminateOla:            [OK,   NO,       NO,       NO,          NO,         NO,     NO,      NO],
};

/** Why a refused cell was refused: what its receipt's log must say. */
const REFUSAL: Record<Kind, RegExp> = {
  triggerAlert: /is not a member or integration of any team/,
  acknowledgeAlert: /may not acknowledge alerts of team "payments": not a member/,
  resolveAlert: /may not resolve alerts of team "payments": not a member or integration of the team, and not the account that triggered it/,
  addAlertNote: /may not add notes to alerts of team "payments": not a member/,
  snoozeAlert: /may not snooze alerts of team "payments": not a member/,
  addMember: /is not an admin of team "payments"/,
  removeMember: /is not an admin of team "payments"/,
  addIntegration: /is not an admin of team "payments"/,
  removeIntegration: /is not an admin of team "payments"/,
  setEscalationPolicy: /is not an admin of team "payments"/,
  setSchedule: /is not an admin of team "payments"/,
  removeSchedule: /is not an admin of team "payments"/,
  addOverride: /is not an admin of team "payments"/,
  removeOverride: /is not an admin of team "payments"/,
  addMaintenanceWindow: /is not an admin of team "payments"/,
  removeMaintenanceWindow: /is not an admin of team "payments"/,
  registerDevice: /is not a member of any team/,
  revokeDevice: /is neither the owner of device [0-9a-f]{64} nor an admin of a team its owner is a member of/,
  deployContract: /is not a member of any team/,
  proposeOla: /is not an admin of team "payments" or "platform"/,
  signOla: /is not an admin of team "payments" or "platform"/,
  amendOla: /is not an admin of team "payments" or "platform"/,
  terminateOla: /is not an admin of team "payments" or "platform"/,
};

/**
 * Where an actor is refused for a reason of its own rather than the kind's: a device may sign only
 * acknowledgments and resolutions, and is refused anything else before the kind's rule is asked.
 */
const REFUSAL_BY_ACTOR: Partial<Record<Actor, (kind: Kind) => RegExp>> = {
  'own device': (kind) => new RegExp(`device [0-9a-f]{64} \\("phone"\\) may only acknowledge or resolve alerts, not ${kind}$`),
};
const refusal = (kind: Kind, actor: Actor): RegExp => REFUSAL_BY_ACTOR[actor]?.(kind) ?? REFUSAL[kind];

type Payload = Parameters<ChainFixture['tx']>[1];

const trigger = (dedupKey = '', team = 'payments'): Payload =>
  ({ triggerAlert: { team, summary: `alert ${dedupKey}`, dedupKey, severity: Severity.SEVERITY_ERROR, source: 'authz' } });
const ack = (number: number): Payload => ({ acknowledgeAlert: { alert: { team: 'payments', number } } });
const resolve = (number: number): Payload => ({ resolveAlert: { alert: { team: 'payments', number }, resolution: 'fixed' } });
/** A registration of `device` as a device of `owner`, with the device key's proof of possession. */
const registerDevice = (owner: Uint8Array, device: KeyPair, label: string, expiresAtMs: number): Payload => {
  const notifyKey = new Uint8Array(32).fill(9);
  const proof = signDeviceClaim({ chainId: CHAIN_ID, owner, key: device.publicKey, notifyKey, expiresAtMs }, device.privateKey);
  return { registerDevice: { key: device.publicKey, notifyKey, label, expiresAtMs, proof } };
};
/** Open-ended OLA terms: critical alerts acknowledged within `ackMin` minutes. */
const olaTerms = (ackMin: number): ackchain.OlaTerms.$Properties =>
  ({ targets: [{ severity: Severity.SEVERITY_CRITICAL, ackWithinMs: ackMin * MIN }], effectiveFromMs: GENESIS_TIME });

/**
 * One tx kind as a matrix row: `prepare` makes the cell's fresh subject (as the accounts allowed
 * to), `payload` is what the actor signs, `observe` snapshots what the tx would change, and
 * `applied` says whether a snapshot shows the change.
 */
interface Subject { number?: number; key?: string; account?: Uint8Array; code?: Uint8Array; id?: number; name?: string; atMs?: number; device?: KeyPair }
interface KindSpec {
  prepare(chain: ChainFixture, cell: number): Promise<Subject>;
  /** `signer`: the account that will sign it (a device registration proves the device key for it). */
  payload(s: Subject, signer: Uint8Array): Payload;
  observe(chain: ChainFixture, s: Subject): Promise<unknown>;
  applied(snapshot: any, s: Subject): boolean;
}

async function runOk(chain: ChainFixture, keys: KeyPair, payload: Payload): Promise<void> {
  const r = await chain.run(chain.tx(keys, payload));
  assert.equal(r.code, OK, `setup ${Object.keys(payload)[0]}: ${r.log}`);
}

/** A new payments alert, triggered by payments' integration; returns its number. */
async function freshAlert(chain: ChainFixture): Promise<number> {
  const r = await chain.run(chain.tx(chain.teams.payments.integration, trigger()));
  assert.equal(r.code, OK, r.log);
  return (await getTeam(chain.store, 'payments'))!.nextAlertNumber;
}

async function alertSnapshot(chain: ChainFixture, number: number) {
  const alert = (await getAlert(chain.store, 'payments', number))!;
  const history = (await alertHistory(chain.store, 'payments', number, { from: 0, limit: 100 })).entries;
  return { status: alert.status, snoozedUntilMs: alert.snoozedUntilMs, historyLength: alert.historyLength, actions: history.map((h) => h.action) };
}

async function rosterSnapshot(chain: ChainFixture) {
  const team = (await getTeam(chain.store, 'payments'))!;
  return {
    members: team.members.map((m) => `${toHex(m.account ?? new Uint8Array())}:${m.role}:${m.handle}`),
    integrations: team.integrations.map((g) => `${toHex(g.account ?? new Uint8Array())}:${g.name}`),
  };
}
const inMembers = (snap: { members: string[] }, account: Uint8Array) => snap.members.some((m) => m.startsWith(toHex(account)));
const inIntegrations = (snap: { integrations: string[] }, account: Uint8Array) => snap.integrations.some((g) => g.startsWith(toHex(account)));

async function teamConfigSnapshot(chain: ChainFixture) {
  const team = (await getTeam(chain.store, 'payments'))!;
  return {
    policyVersion: team.policyVersion,
    schedules: [...team.schedules],
    windows: team.maintenanceWindows.map((w) => `${w.id}:${w.fromMs}-${w.toMs}:${w.reason}`),
  };
}

/** The schedule that override cells add to and remove from (one for all of them: a team has at most 10 schedules). */
const ROTA = 'rota';

async function rotaSnapshot(chain: ChainFixture) {
  const rota = (await getSchedule(chain.store, 'payments', ROTA))!;
  return { nextOverrideId: rota.nextOverrideId, overrides: rota.overrides.map((o) => `${o.id}:${toHex(o.account ?? new Uint8Array())}:${o.fromMs}-${o.toMs}`) };
}
const hasOverride = (snap: { overrides: string[] }, id: number) => snap.overrides.some((o) => o.startsWith(`${id}:`));

/** A schedule with the payments responder on call all week, every week. */
const setScheduleOf = (name: string, responder: Uint8Array): Payload => ({
  setSchedule: {
    team: 'payments', name, timeZone: 'Europe/Berlin',
    layers: [{ name: 'weekly', participants: [responder], startMs: GENESIS_TIME, turnLengthMs: 7 * DAY }],
  },
});

/** The rota, set up by the admin on first use. */
async function rota(chain: ChainFixture): Promise<ackchain.Schedule> {
  const { admin, responder } = chain.teams.payments;
  if (await getSchedule(chain.store, 'payments', ROTA) === undefined) await runOk(chain, admin, setScheduleOf(ROTA, responder.publicKey));
  return (await getSchedule(chain.store, 'payments', ROTA))!;
}

/**
 * Removes (as the admin) the schedules earlier cells left, the rota aside: eight refused
 * removals leave eight schedules, and a team may have at most 10. No policy names them.
 */
async function dropSchedules(chain: ChainFixture): Promise<void> {
  for (const name of (await getTeam(chain.store, 'payments'))!.schedules) {
    if (name !== ROTA) await runOk(chain, chain.teams.payments.admin, { removeSchedule: { team: 'payments', name } });
  }
}

async function deviceSnapshot(chain: ChainFixture, key: Uint8Array) {
  const device = await getDevice(chain.store, key);
  return device === undefined ? null : { owner: toHex(device.owner), revokedAtMs: device.revokedAtMs, revokedBy: toHex(device.revokedBy) };
}

/** The live OLA binding provider payments to consumer platform, if any (there is at most one). */
async function liveOla(chain: ChainFixture): Promise<number | undefined> {
  const bytes = await chain.store.getState(stateKeys.olaPair('payments', 'platform'));
  return bytes === undefined ? undefined : readU64be(bytes);
}

/**
 * Terminates (as platform's admin) the OLA an earlier cell left live: cells share one chain and
 * only one live OLA may bind payments to platform, so a cell's proposal needs the pair free.
 */
async function clearOla(chain: ChainFixture): Promise<void> {
  const id = await liveOla(chain);
  if (id !== undefined) await runOk(chain, chain.teams.platform.admin, { terminateOla: { id } });
}

/** A new OLA proposed by platform's admin (the consumer side), signed by payments' admin if `signed`; returns its id. */
async function freshOla(chain: ChainFixture, signed: boolean): Promise<number> {
  await clearOla(chain);
  await runOk(chain, chain.teams.platform.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: olaTerms(5) } });
  const id = (await liveOla(chain))!;
  if (signed) await runOk(chain, chain.teams.payments.admin, { signOla: { id, version: 1 } });
  return id;
}

async function olaSnapshot(chain: ChainFixture, id: number) {
  const ola = (await getOla(chain.store, id))!;
  return {
    status: ola.status, activeVersion: ola.activeVersion, terminatedAtMs: ola.terminatedAtMs,
    versions: ola.versions.map((v) => `${v.version}:${v.proposedByTeam}:${toHex(v.signedBy ?? new Uint8Array())}`),
  };
}

const SPECS: Record<Kind, KindSpec> = {
  triggerAlert: {
    prepare: async (_chain, cell) => ({ key: `cell-${cell}` }),
    payload: (s) => trigger(s.key),
    observe: async (chain, s) => ({
      nextAlertNumber: (await getTeam(chain.store, 'payments'))!.nextAlertNumber,
      open: (await findOpenAlert(chain.store, 'payments', s.key!)) ?? null,
    }),
    applied: (snap) => snap.open !== null,
  },
  acknowledgeAlert: {
    prepare: async (chain) => ({ number: await freshAlert(chain) }),
    payload: (s) => ack(s.number!),
    observe: (chain, s) => alertSnapshot(chain, s.number!),
    applied: (snap) => snap.status === AlertStatus.ALERT_STATUS_ACKNOWLEDGED,
  },
  resolveAlert: {
    prepare: async (chain) => ({ number: await freshAlert(chain) }),
    payload: (s) => resolve(s.number!),
    observe: (chain, s) => alertSnapshot(chain, s.number!),
    applied: (snap) => snap.status === AlertStatus.ALERT_STATUS_RESOLVED,
  },
  addAlertNote: {
    prepare: async (chain) => ({ number: await freshAlert(chain) }),
    payload: (s) => ({ addAlertNote: { alert: { team: 'payments', number: s.number! }, note: 'looking' } }),
    observe: (chain, s) => alertSnapshot(chain, s.number!),
    applied: (snap) => snap.actions.includes('note'),
  },
  snoozeAlert: {
    // Only an acknowledged alert can be snoozed: the responder acknowledges it first.
    prepare: async (chain) => {
      const number = await freshAlert(chain);
      await runOk(chain, chain.teams.payments.responder, ack(number));
      return { number, atMs: chain.head.timeMs + HOUR };
    },
    payload: (s) => ({ snoozeAlert: { alert: { team: 'payments', number: s.number! }, untilMs: s.atMs! } }),
    observe: (chain, s) => alertSnapshot(chain, s.number!),
    applied: (snap, s) => snap.snoozedUntilMs === s.atMs && snap.actions.includes('snoozed'),
  },
  addMember: {
    prepare: async () => ({ account: generateKeyPair().publicKey }),
    payload: (s) => ({ addMember: { team: 'payments', account: s.account!, handle: 'new@payments', role: Role.ROLE_RESPONDER } }),
    observe: (chain) => rosterSnapshot(chain),
    applied: (snap, s) => inMembers(snap, s.account!),
  },
  removeMember: {
    prepare: async (chain) => {
      const account = generateKeyPair().publicKey;
      await runOk(chain, chain.teams.payments.admin, { addMember: { team: 'payments', account, handle: 'leaving@payments', role: Role.ROLE_RESPONDER } });
      return { account };
    },
    payload: (s) => ({ removeMember: { team: 'payments', account: s.account! } }),
    observe: (chain) => rosterSnapshot(chain),
    applied: (snap, s) => !inMembers(snap, s.account!),
  },
  addIntegration: {
    prepare: async () => ({ account: generateKeyPair().publicKey }),
    payload: (s) => ({ addIntegration: { team: 'payments', account: s.account!, name: 'new-probe' } }),
    observe: (chain) => rosterSnapshot(chain),
    applied: (snap, s) => inIntegrations(snap, s.account!),
  },
  removeIntegration: {
    prepare: async (chain) => {
      const account = generateKeyPair().publicKey;
      await runOk(chain, chain.teams.payments.admin, { addIntegration: { team: 'payments', account, name: 'old-probe' } });
      return { account };
    },
    payload: (s) => ({ removeIntegration: { team: 'payments', account: s.account! } }),
    observe: (chain) => rosterSnapshot(chain),
    applied: (snap, s) => !inIntegrations(snap, s.account!),
  },
  setEscalationPolicy: {
    // The subject is the team's policy version: a new policy is a new version. The policy names a
    // member, not a schedule, so that later cells may remove schedules.
    prepare: async (chain) => ({ number: (await getTeam(chain.store, 'payments'))!.policyVersion, account: chain.teams.payments.responder.publicKey }),
    payload: (s) => ({ setEscalationPolicy: { team: 'payments', policy: { levels: [{ delayMs: 5 * MIN, targets: [{ member: s.account! }] }] } } }),
    observe: (chain) => teamConfigSnapshot(chain),
    applied: (snap, s) => snap.policyVersion === s.number! + 1,
  },
  setSchedule: {
    prepare: async (chain, cell) => {
      await dropSchedules(chain);
      return { name: `cell-${cell}`, account: chain.teams.payments.responder.publicKey };
    },
    payload: (s) => setScheduleOf(s.name!, s.account!),
    observe: async (chain, s) => ({ ...(await teamConfigSnapshot(chain)), schedule: (await getSchedule(chain.store, 'payments', s.name!)) ?? null }),
    applied: (snap, s) => snap.schedule !== null && snap.schedules.includes(s.name),
  },
  removeSchedule: {
    prepare: async (chain, cell) => {
      await dropSchedules(chain);
      const name = `cell-${cell}`;
      await runOk(chain, chain.teams.payments.admin, setScheduleOf(name, chain.teams.payments.responder.publicKey));
      return { name };
    },
    payload: (s) => ({ removeSchedule: { team: 'payments', name: s.name! } }),
    observe: async (chain, s) => ({ ...(await teamConfigSnapshot(chain)), schedule: (await getSchedule(chain.store, 'payments', s.name!)) ?? null }),
    applied: (snap, s) => snap.schedule === null && !snap.schedules.includes(s.name),
  },
  addOverride: {
    // The subject is the override id the rota hands out next; the override is a day ahead, an hour long.
    prepare: async (chain) => ({ id: (await rota(chain)).nextOverrideId + 1, account: chain.teams.payments.responder.publicKey, atMs: chain.head.timeMs + DAY }),
    payload: (s) => ({ addOverride: { team: 'payments', schedule: ROTA, account: s.account!, fromMs: s.atMs!, toMs: s.atMs! + HOUR } }),
    observe: (chain) => rotaSnapshot(chain),
    applied: (snap, s) => hasOverride(snap, s.id!),
  },
  removeOverride: {
    prepare: async (chain) => {
      await rota(chain);
      const fromMs = chain.head.timeMs + DAY;
      await runOk(chain, chain.teams.payments.admin, { addOverride: { team: 'payments', schedule: ROTA, account: chain.teams.payments.responder.publicKey, fromMs, toMs: fromMs + HOUR } });
      return { id: (await rota(chain)).nextOverrideId };
    },
    payload: (s) => ({ removeOverride: { team: 'payments', schedule: ROTA, id: s.id! } }),
    observe: (chain) => rotaSnapshot(chain),
    applied: (snap, s) => !hasOverride(snap, s.id!),
  },
  addMaintenanceWindow: {
    // The subject is the window id the team hands out next; windows lie a day ahead, so no trigger falls in one.
    prepare: async (chain) => ({ id: (await getTeam(chain.store, 'payments'))!.nextWindowId + 1, atMs: chain.head.timeMs + DAY }),
    payload: (s) => ({ addMaintenanceWindow: { team: 'payments', fromMs: s.atMs!, toMs: s.atMs! + HOUR, reason: 'upgrade' } }),
    observe: (chain) => teamConfigSnapshot(chain),
    applied: (snap, s) => snap.windows.some((w: string) => w.startsWith(`${s.id}:`)),
  },
  removeMaintenanceWindow: {
    prepare: async (chain) => {
      const fromMs = chain.head.timeMs + DAY;
      await runOk(chain, chain.teams.payments.admin, { addMaintenanceWindow: { team: 'payments', fromMs, toMs: fromMs + HOUR, reason: 'upgrade' } });
      return { id: (await getTeam(chain.store, 'payments'))!.nextWindowId };
    },
    payload: (s) => ({ removeMaintenanceWindow: { team: 'payments', id: s.id! } }),
    observe: (chain) => teamConfigSnapshot(chain),
    applied: (snap, s) => !snap.windows.some((w: string) => w.startsWith(`${s.id}:`)),
  },
  registerDevice: {
    // Each cell registers a key of its own, for the signer itself.
    prepare: async (chain) => {
      const device = generateKeyPair();
      return { device, account: device.publicKey, atMs: chain.head.timeMs + DAY };
    },
    payload: (s, signer) => registerDevice(signer, s.device!, 'spare', s.atMs!),
    observe: (chain, s) => deviceSnapshot(chain, s.account!),
    applied: (snap) => snap !== null,
  },
  revokeDevice: {
    // A fresh device of the payments responder. The ones earlier cells left are revoked first (by
    // their owner), so that the responder stays under its limit of active devices.
    prepare: async (chain) => {
      const { responder } = chain.teams.payments;
      for (const d of await devicesOf(chain.store, responder.publicKey)) {
        if (d.label !== 'phone') await runOk(chain, responder, { revokeDevice: { key: d.key } });
      }
      const tablet = generateKeyPair();
      await runOk(chain, responder, registerDevice(responder.publicKey, tablet, 'tablet', chain.head.timeMs + DAY));
      return { account: tablet.publicKey };
    },
    payload: (s) => ({ revokeDevice: { key: s.account! } }),
    observe: (chain, s) => deviceSnapshot(chain, s.account!),
    applied: (snap) => snap.revokedAtMs !== 0,
  },
  deployContract: {
    // LD A,cell; RET: distinct code, hence a distinct address, per cell.
    prepare: async (_chain, cell) => ({ code: Uint8Array.of(0x3e, cell, 0xc9) }),
    payload: (s) => ({ deployContract: { name: 'authz', code: s.code! } }),
    observe: async (chain, s) => {
      const contract = await getContract(chain.store, contractAddress(s.code!));
      return contract === undefined ? null : toHex(contract.deployer);
    },
    applied: (snap) => snap !== null,
  },
  proposeOla: {
    // The subject is the free pair payments (provider) / platform (consumer).
    prepare: async (chain) => { await clearOla(chain); return {}; },
    payload: () => ({ proposeOla: { provider: 'payments', consumer: 'platform', terms: olaTerms(5) } }),
    observe: async (chain) => ({ live: (await liveOla(chain)) ?? null, sequence: toHex((await chain.store.getState(stateKeys.olaSequence())) ?? new Uint8Array()) }),
    applied: (snap) => snap.live !== null,
  },
  signOla: {
    // Proposed by platform (the consumer): an admin of payments, the other side, signs.
    prepare: async (chain) => ({ id: await freshOla(chain, false) }),
    payload: (s) => ({ signOla: { id: s.id!, version: 1 } }),
    observe: (chain, s) => olaSnapshot(chain, s.id!),
    applied: (snap) => snap.status === OlaStatus.OLA_STATUS_ACTIVE && snap.activeVersion === 1,
  },
  amendOla: {
    // In force (version 1 signed), so that an amendment is a second version.
    prepare: async (chain) => ({ id: await freshOla(chain, true) }),
    payload: (s) => ({ amendOla: { id: s.id!, terms: olaTerms(2) } }),
    observe: (chain, s) => olaSnapshot(chain, s.id!),
    applied: (snap) => snap.versions.length === 2,
  },
  terminateOla: {
    prepare: async (chain) => ({ id: await freshOla(chain, true) }),
    payload: (s) => ({ terminateOla: { id: s.id! } }),
    observe: (chain, s) => olaSnapshot(chain, s.id!),
    applied: (snap) => snap.status === OlaStatus.OLA_STATUS_TERMINATED,
  },
};

describe('state: authorization matrix (who may do what to team payments)', function () {
  this.timeout(60_000);
  let chain: ChainFixture;
  const removed = generateKeyPair();
  const device = generateKeyPair();

  before(async () => {
    chain = await new ChainFixture().open();
    const { admin, responder } = chain.teams.payments;
    await runOk(chain, admin, { addMember: { team: 'payments', account: removed.publicKey, handle: 'former@payments', role: Role.ROLE_RESPONDER } });
    await runOk(chain, admin, { removeMember: { team: 'payments', account: removed.publicKey } });
    // Valid for far longer than the matrix runs (a block a second).
    await runOk(chain, responder, registerDevice(responder.publicKey, device, 'phone', chain.head.timeMs + 30 * DAY));
  });
  after(async () => { await chain.close(); });

  const actorKeys = (actor: Actor): KeyPair => {
    const { payments, platform } = chain.teams;
    switch (actor) {
      case 'admin': return payments.admin;
      case 'responder': return payments.responder;
      case 'own integration': return payments.integration;
      case 'other team member': return platform.responder;
      case 'other team integration': return platform.integration;
      case 'removed member': return removed;
      case 'stranger': return chain.stranger;
      case 'own device': return device;
    }
  };

  /**
   * The tx an actor signs. A device's must carry the time it was signed, within 2 minutes of the
   * block time: the fixture builds the next block 1 s after the head.
   */
  const signedBy = (actor: Actor, payload: Payload): Uint8Array =>
    chain.tx(actorKeys(actor), actor === 'own device' ? { signedAtMs: chain.head.timeMs + 1000, ...payload } : payload);

  it('the removed member belongs to no team', async () => {
    for (const id of ['payments', 'platform']) {
      const team = (await getTeam(chain.store, id))!;
      assert.ok(!team.members.some((m) => toHex(m.account ?? new Uint8Array()) === toHex(removed.publicKey)), id);
      assert.ok(!team.integrations.some((g) => toHex(g.account ?? new Uint8Array()) === toHex(removed.publicKey)), id);
    }
  });

  it('the own device is an active device of the payments responder, and no account of a team', async () => {
    const registered = (await getDevice(chain.store, device.publicKey))!;
    assert.equal(toHex(registered.owner), toHex(chain.teams.payments.responder.publicKey));
    assert.equal(registered.revokedAtMs, 0);
    assert.ok(registered.expiresAtMs > chain.head.timeMs + DAY);
    for (const id of ['payments', 'platform']) {
      const team = (await getTeam(chain.store, id))!;
      assert.ok(!team.members.some((m) => toHex(m.account ?? new Uint8Array()) === toHex(device.publicKey)), id);
    }
  });

  KINDS.forEach((kind, k) => {
    describe(kind, () => {
      ACTORS.forEach((actor, a) => {
        const expected = MATRIX[kind][a];
        const cell = k * ACTORS.length + a;
        it(`${kind} by ${actor} -> ${expected === OK ? '0 ok' : `${expected} unauthorized`}`, async () => {
          const spec = SPECS[kind];
          const keys = actorKeys(actor);
          const subject = await spec.prepare(chain, cell);
          const before = await spec.observe(chain, subject);
          assert.equal(spec.applied(before, subject), false, 'the subject is fresh');

          const receipt = await chain.run(signedBy(actor, spec.payload(subject, actorKeys(actor).publicKey)));
          assert.equal(receipt.code, expected, `${kind} by ${actor}: code ${receipt.code}, log: ${receipt.log}`);

          const after = await spec.observe(chain, subject);
          if (expected === OK) {
            assert.equal(receipt.log, '');
            assert.equal(spec.applied(after, subject), true, `${kind} by ${actor} succeeded but did not take effect`);
          } else {
            assert.match(receipt.log, refusal(kind, actor));
            assert.ok(receipt.log.includes(toHex(keys.publicKey)), `the refusal names the signer: ${receipt.log}`);
            assert.deepEqual(receipt.events, []);
            assert.deepEqual(after, before, `a refused ${kind} changed nothing`);
          }
        });
      });
    });
  });
});

describe('state: authorization, resolving by the account of another team that triggered the alert', function () {
  this.timeout(60_000);
  let chain: ChainFixture;
  before(async () => { chain = await new ChainFixture().open(); });
  after(async () => { await chain.close(); });

  /** Triggers a new payments alert as `keys`; returns its number. */
  const triggerAs = async (keys: KeyPair): Promise<number> => {
    await runOk(chain, keys, trigger());
    return (await getTeam(chain.store, 'payments'))!.nextAlertNumber;
  };
  const status = async (number: number) => (await getAlert(chain.store, 'payments', number))!.status;

  it('1. platform\'s integration triggers a payments alert and resolves it while it is still triggered', async () => {
    const { integration } = chain.teams.platform;
    const n = await triggerAs(integration);
    const alert = (await getAlert(chain.store, 'payments', n))!;
    assert.equal(alert.triggerTeam, 'platform');
    assert.equal(alert.triggerStanding, ackchain.StandingKind.STANDING_KIND_INTEGRATION);

    const r = await chain.run(chain.tx(integration, resolve(n)));
    assert.equal(r.code, OK, r.log);
    assert.equal(await status(n), AlertStatus.ALERT_STATUS_RESOLVED);
    const history = (await alertHistory(chain.store, 'payments', n, { from: 0, limit: 100 })).entries;
    const last = history[history.length - 1];
    assert.equal(last.action, 'resolved');
    assert.equal(last.handle, 'integration:monitoring (team platform)', 'names the team it acted for');
    assert.equal(toHex(last.account), toHex(integration.publicKey));
  });

  it('2. once payments has acknowledged, platform\'s responder that triggered may no longer resolve; payments\' responder may', async () => {
    const other = chain.teams.platform.responder;
    const { responder } = chain.teams.payments;
    const n = await triggerAs(other);
    await runOk(chain, responder, ack(n));

    const late = await chain.run(chain.tx(other, resolve(n)));
    assert.equal(late.code, NO, late.log);
    assert.match(late.log, /may not resolve alerts of team "payments": the team has acknowledged it/);
    assert.equal(await status(n), AlertStatus.ALERT_STATUS_ACKNOWLEDGED);

    const r = await chain.run(chain.tx(responder, resolve(n)));
    assert.equal(r.code, OK, r.log);
    assert.equal(await status(n), AlertStatus.ALERT_STATUS_RESOLVED);
  });

  it('3. platform\'s integration that triggered, once removed from platform, may not resolve', async () => {
    const { admin } = chain.teams.platform;
    // A fresh platform integration, so that removing it leaves the fixture's keys to the other cases.
    const probe = generateKeyPair();
    await runOk(chain, admin, { addIntegration: { team: 'platform', account: probe.publicKey, name: 'probe' } });
    const n = await triggerAs(probe);
    await runOk(chain, admin, { removeIntegration: { team: 'platform', account: probe.publicKey } });

    const r = await chain.run(chain.tx(probe, resolve(n)));
    assert.equal(r.code, NO, r.log);
    assert.match(r.log, /may not resolve alerts of team "payments": it no longer holds the standing it triggered with/);
    assert.equal(await status(n), AlertStatus.ALERT_STATUS_TRIGGERED);
  });

  it('4. a payments responder that triggered, once removed from payments, may not resolve', async () => {
    const { admin } = chain.teams.payments;
    const former = generateKeyPair();
    await runOk(chain, admin, { addMember: { team: 'payments', account: former.publicKey, handle: 'former@payments', role: Role.ROLE_RESPONDER } });
    const n = await triggerAs(former);
    await runOk(chain, admin, { removeMember: { team: 'payments', account: former.publicKey } });

    const r = await chain.run(chain.tx(former, resolve(n)));
    assert.equal(r.code, NO, r.log);
    assert.match(r.log, /may not resolve alerts of team "payments": it no longer holds the standing it triggered with/);
    assert.equal(await status(n), AlertStatus.ALERT_STATUS_TRIGGERED);
  });

  it('5. a platform member that triggered, removed and added back as an integration (a different standing), may not resolve', async () => {
    const { admin } = chain.teams.platform;
    const shifty = generateKeyPair();
    await runOk(chain, admin, { addMember: { team: 'platform', account: shifty.publicKey, handle: 'shifty@platform', role: Role.ROLE_RESPONDER } });
    const n = await triggerAs(shifty);
    assert.equal((await getAlert(chain.store, 'payments', n))!.triggerStanding, ackchain.StandingKind.STANDING_KIND_MEMBER);
    await runOk(chain, admin, { removeMember: { team: 'platform', account: shifty.publicKey } });
    await runOk(chain, admin, { addIntegration: { team: 'platform', account: shifty.publicKey, name: 'shifty' } });

    const r = await chain.run(chain.tx(shifty, resolve(n)));
    assert.equal(r.code, NO, r.log);
    assert.match(r.log, /may not resolve alerts of team "payments": it no longer holds the standing it triggered with/);
    assert.equal(await status(n), AlertStatus.ALERT_STATUS_TRIGGERED);
  });

  it('6. another account of the triggering team (platform\'s admin), which did not trigger it, may not resolve', async () => {
    const n = await triggerAs(chain.teams.platform.integration);
    const r = await chain.run(chain.tx(chain.teams.platform.admin, resolve(n)));
    assert.equal(r.code, NO, r.log);
    assert.match(r.log, /may not resolve alerts of team "payments": not a member or integration of the team, and not the account that triggered it/);
    assert.equal(await status(n), AlertStatus.ALERT_STATUS_TRIGGERED);
  });

  it('an account that is an integration of one team and a member of another may deploy a contract (membership of any team counts)', async () => {
    const both = generateKeyPair();
    await runOk(chain, chain.teams.payments.admin, { addIntegration: { team: 'payments', account: both.publicKey, name: 'both' } });
    await runOk(chain, chain.teams.platform.admin, { addMember: { team: 'platform', account: both.publicKey, handle: 'both@platform', role: Role.ROLE_RESPONDER } });
    const r = await chain.run(chain.tx(both, { deployContract: { name: 'two-teams', code: new Uint8Array([0x3e, 0xfe, 0xc9]) } }));
    assert.equal(r.code, OK, r.log);
  });
});
