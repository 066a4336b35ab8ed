// Who may do what, as a matrix: every tx kind against every kind of actor, relative to team
// payments. The expected receipt codes are written down below as a table (not derived from the
// code under test), and every cell is its own `it` on a fresh subject, so that a change to any
// authorization rule fails exactly the cells it changes, by name.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { generateKeyPair, type KeyPair } from '../../src/chain/keys.ts';
import { findOpenAlert, getAlert } from '../../src/state/alerts.ts';
import { contractAddress, getContract } from '../../src/state/contracts.ts';
import { alertHistory } from '../../src/state/queries.ts';
import { getTeam } from '../../src/state/teams.ts';
import { ChainFixture } from '../support/chain-fixture.ts';

const { AlertStatus, Role, Severity } = ackchain;

/** Receipt codes, spelled out (see src/chain/codes.ts). */
const OK = 0;
const NO = 7; // unauthorized

const ACTORS = ['admin', 'responder', 'own integration', 'other team member', 'other team integration', 'removed member', 'stranger'] as const;
type Actor = (typeof ACTORS)[number];
type Row = readonly [number, number, number, number, number, number, number];

const KINDS = ['triggerAlert', 'acknowledgeAlert', 'resolveAlert', 'addAlertNote', 'addMember', 'removeMember', 'addIntegration', 'removeIntegration', 'deployContract'] as const;
type Kind = (typeof KINDS)[number];

// Actors are relative to team payments. "Other team" is platform (its responder, its
// integration); "removed member" was a payments responder, added and removed before the matrix.
const MATRIX: Record<Kind, Row> = {
  //                  admin responder own-integ other-member other-integ removed stranger
  triggerAlert:      [OK,   OK,       OK,       OK,          OK,         NO,     NO],
  acknowledgeAlert:  [OK,   OK,       NO,       NO,          NO,         NO,     NO],
  resolveAlert:      [OK,   OK,       OK,       NO,          NO,         NO,     NO],
  addAlertNote:      [OK,   OK,       NO,       NO,          NO,         NO,     NO],
  addMember:         [OK,   NO,       NO,       NO,          NO,         NO,     NO],
  removeMember:      [OK,   NO,       NO,       NO,          NO,         NO,     NO],
  addIntegration:    [OK,   NO,       NO,       NO,          NO,         NO,     NO],
  removeIntegration: [OK,   NO,       NO,       NO,          NO,         NO,     NO],
  deployContract:    [OK,   OK,       NO,       OK,          NO,         NO,     NO],
};

/** Why a refused cell was refused: what its receipt's log must say. */
const REFUSAL: Record<Kind, RegExp> = {
  triggerAlert: /is not a member or integration of any team/,
  acknowledgeAlert: /may not acknowledge alerts of team "payments": not a member/,
  resolveAlert: /may not resolve alerts of team "payments": not a member or integration of the team, and not the account that triggered it/,
  addAlertNote: /may not add notes to alerts of team "payments": not a member/,
  addMember: /is not an admin of team "payments"/,
  removeMember: /is not an admin of team "payments"/,
  addIntegration: /is not an admin of team "payments"/,
  removeIntegration: /is not an admin of team "payments"/,
  deployContract: /is not a member of any team/,
};

type Payload = Parameters<ChainFixture['tx']>[1];

const trigger = (dedupKey = '', team = 'payments'): Payload =>
  ({ triggerAlert: { team, summary: `alert ${dedupKey}`, dedupKey, severity: Severity.SEVERITY_ERROR, source: 'authz' } });
const ack = (number: number): Payload => ({ acknowledgeAlert: { alert: { team: 'payments', number } } });
const resolve = (number: number): Payload => ({ resolveAlert: { alert: { team: 'payments', number }, resolution: 'fixed' } });

/**
 * One tx kind as a matrix row: `prepare` makes the cell's fresh subject (as the accounts allowed
 * to), `payload` is what the actor signs, `observe` snapshots what the tx would change, and
 * `applied` says whether a snapshot shows the change.
 */
interface Subject { number?: number; key?: string; account?: Uint8Array; code?: Uint8Array }
interface KindSpec {
  prepare(chain: ChainFixture, cell: number): Promise<Subject>;
  payload(s: Subject): Payload;
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
  return { status: alert.status, historyLength: alert.historyLength, actions: history.map((h) => h.action) };
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
};

describe('state: authorization matrix (who may do what to team payments)', function () {
  this.timeout(60_000);
  let chain: ChainFixture;
  const removed = generateKeyPair();

  before(async () => {
    chain = await new ChainFixture().open();
    const { admin } = chain.teams.payments;
    await runOk(chain, admin, { addMember: { team: 'payments', account: removed.publicKey, handle: 'former@payments', role: Role.ROLE_RESPONDER } });
    await runOk(chain, admin, { removeMember: { team: 'payments', account: removed.publicKey } });
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
    }
  };

  it('the removed member belongs to no team', async () => {
    for (const id of ['payments', 'platform']) {
      const team = (await getTeam(chain.store, id))!;
      assert.ok(!team.members.some((m) => toHex(m.account ?? new Uint8Array()) === toHex(removed.publicKey)), id);
      assert.ok(!team.integrations.some((g) => toHex(g.account ?? new Uint8Array()) === toHex(removed.publicKey)), id);
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

          const receipt = await chain.run(chain.tx(keys, spec.payload(subject)));
          assert.equal(receipt.code, expected, `${kind} by ${actor}: code ${receipt.code}, log: ${receipt.log}`);

          const after = await spec.observe(chain, subject);
          if (expected === OK) {
            assert.equal(receipt.log, '');
            assert.equal(spec.applied(after, subject), true, `${kind} by ${actor} succeeded but did not take effect`);
          } else {
            assert.match(receipt.log, REFUSAL[kind]);
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
    assert.match(r.log, /may not resolve alerts of team "payments": it no longer holds the standing in team "platform" it triggered with/);
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
    assert.match(r.log, /may not resolve alerts of team "payments": it no longer holds the standing in team "payments" it triggered with/);
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
    assert.match(r.log, /may not resolve alerts of team "payments": it no longer holds the standing in team "platform" it triggered with/);
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
