import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { Code, Rejection } from '../../src/chain/codes.ts';
import { generateKeyPair } from '../../src/chain/keys.ts';
import { checkTx, txHash } from '../../src/chain/tx.ts';
import { getAlert } from '../../src/state/alert-records.ts';
import { checkIncludable } from '../../src/state/execute.ts';
import { stateKeys } from '../../src/state/keys.ts';
import { getContract, contractAddress } from '../../src/state/contracts.ts';
import { getTeam, isKnownAccount, standingsOf } from '../../src/state/teams.ts';
import { InvariantError } from '../../src/state/errors.ts';
import { Overlay } from '../../src/state/overlay.ts';
import { utf8 } from '../../src/chain/bytes.ts';
import { MAX_TEAM_INTEGRATIONS, MAX_TEAM_MEMBERS } from '../../src/chain/genesis.ts';
import { CHAIN_ID, ChainFixture } from '../support/chain-fixture.ts';

const { Severity, AlertStatus, Role } = ackchain;

describe('state: execution', () => {
  let chain: ChainFixture;
  beforeEach(async () => { chain = await new ChainFixture().open(); });
  afterEach(async () => { await chain.close(); });

  it('refuses a committed tx again, and forgets its hash once it has expired', async () => {
    const tx = chain.tx(chain.teams.payments.integration, { triggerAlert: { team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO } }, 2500);
    await chain.block(tx);
    const decoded = checkTx(tx, { chainId: CHAIN_ID, maxTxBytes: 65536 });
    await assert.rejects(checkIncludable(chain.store, decoded, chain.next(chain.head.timeMs + 1)), (e: Rejection) => e.code === Code.duplicate);
    const hash = txHash(tx);
    assert.ok(await chain.store.getState(stateKeys.seenTx(hash)) !== undefined);
    await chain.block();
    await chain.block(); // block time now >= expiry: the hash is pruned, and the window refuses the tx
    await assert.rejects(checkIncludable(chain.store, decoded, chain.next(chain.head.timeMs + 1)), (e: Rejection) => e.code === Code.expired);
    assert.equal(await chain.store.getState(stateKeys.seenTx(hash)), undefined);
    let seen = 0;
    for await (const _ of chain.store.stateRange({ gte: stateKeys.seenTxExpiries(), lt: new Uint8Array([0xff]) })) seen++;
    assert.equal(seen, 0, 'expired hashes are pruned');
  });

  it('records a failed tx with its reason and leaves no other trace', async () => {
    const before = await getTeam(chain.store, 'payments');
    const block = await chain.block(chain.tx(chain.teams.payments.responder, {
      addMember: { team: 'payments', account: generateKeyPair().publicKey, handle: 'eve', role: Role.ROLE_ADMIN },
    }));
    assert.equal(block.txs[0].receipt.code, Code.unauthorized);
    assert.match(block.txs[0].receipt.log, /is not an admin of team "payments"/);
    assert.deepEqual(await getTeam(chain.store, 'payments'), before);
  });

  it('lets admins manage members and integrations, never removing the last admin', async () => {
    const { admin } = chain.teams.payments;
    const eve = generateKeyPair();
    assert.equal((await chain.run(chain.tx(admin, { addMember: { team: 'payments', account: eve.publicKey, handle: 'eve@x', role: Role.ROLE_RESPONDER } }))).code, Code.ok);
    assert.equal((await chain.run(chain.tx(admin, { addMember: { team: 'payments', account: eve.publicKey, handle: 'eve@x', role: Role.ROLE_RESPONDER } }))).code, Code.invalidState);
    assert.equal((await chain.run(chain.tx(admin, { addMember: { team: 'payments', account: generateKeyPair().publicKey, handle: '', role: Role.ROLE_RESPONDER } }))).code, Code.invalidArgument);
    // The new member can acknowledge.
    await chain.run(chain.tx(chain.teams.payments.integration, { triggerAlert: { team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO } }));
    assert.equal((await chain.run(chain.tx(eve, { acknowledgeAlert: { alert: { team: 'payments', number: 1 } } }))).code, Code.ok);
    const hook = generateKeyPair();
    assert.equal((await chain.run(chain.tx(admin, { addIntegration: { team: 'payments', account: hook.publicKey, name: 'grafana' } }))).code, Code.ok);
    assert.equal((await chain.run(chain.tx(hook, { triggerAlert: { team: 'payments', summary: 's2', severity: Severity.SEVERITY_INFO } }))).code, Code.ok);
    assert.equal((await chain.run(chain.tx(admin, { removeIntegration: { team: 'payments', account: hook.publicKey } }))).code, Code.ok);
    assert.equal((await chain.run(chain.tx(hook, { triggerAlert: { team: 'payments', summary: 's3', severity: Severity.SEVERITY_INFO } }))).code, Code.unauthorized);
    const last = await chain.run(chain.tx(admin, { removeMember: { team: 'payments', account: admin.publicKey } }));
    assert.equal(last.code, Code.invalidState);
    assert.match(last.log, /no admin left/);
    assert.equal((await chain.run(chain.tx(admin, { removeMember: { team: 'payments', account: eve.publicKey } }))).code, Code.ok);
    const team = (await getTeam(chain.store, 'payments'))!;
    assert.deepEqual(team.members.map((m) => m.handle), ['admin@payments', 'oncall@payments']);
  });

  it('deploys a contract once, within the code size limit', async () => {
    const { admin } = chain.teams.payments;
    const code = new Uint8Array([0x3e, 0x01, 0x76]);
    const ok = await chain.run(chain.tx(admin, { deployContract: { name: 'counter', code } }));
    assert.equal(ok.code, Code.ok, ok.log);
    assert.equal(ok.events[0].attributes?.[0].value, toHex(contractAddress(code)));
    assert.equal((await getContract(chain.store, contractAddress(code)))?.name, 'counter');
    const again = await chain.run(chain.tx(admin, { deployContract: { name: 'again', code } }));
    assert.equal(again.code, Code.invalidState);
    assert.equal(again.log, `contract ${toHex(contractAddress(code))} is already deployed`);
    assert.equal((await getContract(chain.store, contractAddress(code)))?.name, 'counter', 'the first deployment stays');
    const big = await chain.run(chain.tx(admin, { deployContract: { name: 'big', code: new Uint8Array(0x8001) } }));
    assert.equal(big.code, Code.invalidArgument);
    assert.equal((await chain.run(chain.tx(chain.stranger, { deployContract: { name: 'x', code: new Uint8Array([1]) } }))).code, Code.unauthorized);
  });

  it('gives the same state root and block hashes to the same txs on another node (determinism)', async () => {
    const replica = await new ChainFixture({}, chain).open();
    try {
      assert.equal(toHex(replica.head.stateRoot), toHex(chain.head.stateRoot));
      const { integration, responder } = chain.teams.payments;
      const txs = [
        chain.tx(integration, { triggerAlert: { team: 'payments', summary: 'a', dedupKey: 'k', severity: Severity.SEVERITY_INFO } }),
        chain.tx(integration, { triggerAlert: { team: 'payments', summary: 'b', dedupKey: 'k', severity: Severity.SEVERITY_INFO } }),
        chain.tx(responder, { acknowledgeAlert: { alert: { team: 'payments', number: 1 } } }),
        chain.tx(chain.stranger, { acknowledgeAlert: { alert: { team: 'payments', number: 1 } } }),
      ];
      const a = await chain.block(...txs);
      const b = await replica.block(...txs);
      assert.equal(toHex(a.header.stateRoot), toHex(b.header.stateRoot));
      assert.equal(toHex(a.header.resultsRoot), toHex(b.header.resultsRoot));
      assert.equal(toHex(a.hash), toHex(b.hash));
    } finally {
      await replica.close();
    }
  });
});

/** A model of alert statuses: what the state machine must agree with for any sequence of actions. */
type Actor = 'integration' | 'responder' | 'otherResponder' | 'stranger';
type Action = { kind: 'trigger'; key: number; actor: Actor } | { kind: 'ack' | 'resolve'; alert: number; actor: Actor };

describe('state: alert lifecycle against a model (property)', () => {
  it('matches the model for random sequences of triggers, acks and resolves', async function () {
    this.timeout(120_000);
    const actor = fc.constantFrom<Actor>('integration', 'responder', 'otherResponder', 'stranger');
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.record({ kind: fc.constant('trigger' as const), key: fc.integer({ min: 0, max: 2 }), actor }),
      fc.record({ kind: fc.constantFrom('ack' as const, 'resolve' as const), alert: fc.integer({ min: 1, max: 4 }), actor }),
    );
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
      const chain = await new ChainFixture().open();
      try {
        const keys = { integration: chain.teams.payments.integration, responder: chain.teams.payments.responder, otherResponder: chain.teams.platform.responder, stranger: chain.stranger };
        const model = new Map<number, { status: number; key: string; triggeredBy: Actor }>();
        const open = new Map<string, number>();
        for (const a of actions) {
          let expected: number;
          let tx: Uint8Array;
          if (a.kind === 'trigger') {
            const key = `k${a.key}`;
            tx = chain.tx(keys[a.actor], { triggerAlert: { team: 'payments', summary: 's', dedupKey: key, severity: Severity.SEVERITY_ERROR } });
            if (a.actor === 'stranger') expected = Code.unauthorized;
            else {
              expected = Code.ok;
              if (!open.has(key)) {
                const n = model.size + 1;
                model.set(n, { status: AlertStatus.ALERT_STATUS_TRIGGERED, key, triggeredBy: a.actor });
                open.set(key, n);
              }
            }
          } else {
            const payload = a.kind === 'ack' ? { acknowledgeAlert: { alert: { team: 'payments', number: a.alert } } } : { resolveAlert: { alert: { team: 'payments', number: a.alert } } };
            tx = chain.tx(keys[a.actor], payload);
            const m = model.get(a.alert);
            // Members ack; members and integrations resolve, and so does another team's account that
            // triggered the alert, until the team acknowledges it.
            const allowed = a.kind === 'ack' ? a.actor === 'responder'
              : a.actor === 'responder' || a.actor === 'integration' || (a.actor === m?.triggeredBy && m.status !== AlertStatus.ALERT_STATUS_ACKNOWLEDGED);
            if (!m) expected = Code.notFound;
            else if (!allowed) expected = Code.unauthorized;
            else if (m.status === AlertStatus.ALERT_STATUS_RESOLVED || (a.kind === 'ack' && m.status === AlertStatus.ALERT_STATUS_ACKNOWLEDGED)) expected = Code.invalidState;
            else {
              expected = Code.ok;
              m.status = a.kind === 'ack' ? AlertStatus.ALERT_STATUS_ACKNOWLEDGED : AlertStatus.ALERT_STATUS_RESOLVED;
              if (a.kind === 'resolve') open.delete(m.key);
            }
          }
          const receipt = await chain.run(tx);
          assert.equal(receipt.code, expected, `${JSON.stringify(a)}: ${receipt.log}`);
        }
        for (const [n, m] of model) assert.equal((await getAlert(chain.store, 'payments', n))?.status, m.status);
        assert.equal(await getAlert(chain.store, 'payments', model.size + 1), undefined);
      } finally {
        await chain.close();
      }
    }), { numRuns: 40 });
  });
});

describe('state: accounts nobody can sign for are refused', () => {
  let chain: ChainFixture;
  before(async () => { chain = await new ChainFixture().open(); });
  after(async () => { await chain.close(); });

  // The identity, its non-canonical spelling (y = p + 1), a point of order 8, y = 0 with the sign
  // bit set, and 32 bytes that are no curve point at all.
  const unusable: [string, Uint8Array][] = [
    ['the identity', Uint8Array.from([1, ...new Array(31).fill(0)])],
    ['y = p + 1', Uint8Array.from([0xee, ...new Array(30).fill(0xff), 0x7f])],
    ['a point of order 8', Uint8Array.from(Buffer.from('26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', 'hex'))],
    ['y = 0 with the sign bit', Uint8Array.from([...new Array(31).fill(0), 0x80])],
    ['no point (y = 2 has no x)', Uint8Array.from([2, ...new Array(31).fill(0)])],
  ];
  for (const [what, account] of unusable) {
    it(`refuses ${what} as a member or integration with invalidArgument`, async () => {
      const { admin } = chain.teams.payments;
      for (const payload of [{ addMember: { team: 'payments', account, handle: 'x@y', role: Role.ROLE_RESPONDER } }, { addIntegration: { team: 'payments', account, name: 'x' } }]) {
        const r = await chain.run(chain.tx(admin, payload));
        assert.equal(r.code, Code.invalidArgument, r.log);
        assert.match(r.log, /not of small order/);
      }
    });
  }
});

describe('state: the account index and the size of a team', () => {
  let chain: ChainFixture;
  beforeEach(async () => { chain = await new ChainFixture().open(); });
  afterEach(async () => { await chain.close(); });

  it('knows an account while it is in some team, and forgets it when it leaves its last one', async () => {
    const { admin } = chain.teams.payments;
    const eve = generateKeyPair();
    const known = () => isKnownAccount(chain.store, eve.publicKey, chain.head.validators);
    assert.equal(await known(), false);
    await chain.run(chain.tx(admin, { addMember: { team: 'payments', account: eve.publicKey, handle: 'eve@x', role: Role.ROLE_RESPONDER } }));
    await chain.run(chain.tx(chain.teams.platform.admin, { addIntegration: { team: 'platform', account: eve.publicKey, name: 'eve-bot' } }));
    assert.deepEqual((await standingsOf(chain.store, eve.publicKey)).map((s) => `${s.team}:${s.standing.kind}`), ['payments:member', 'platform:integration']);
    await chain.run(chain.tx(admin, { removeMember: { team: 'payments', account: eve.publicKey } }));
    assert.equal(await known(), true, 'still an integration of platform');
    assert.deepEqual((await standingsOf(chain.store, eve.publicKey)).map((s) => s.team), ['platform']);
    await chain.run(chain.tx(chain.teams.platform.admin, { removeIntegration: { team: 'platform', account: eve.publicKey } }));
    assert.equal(await known(), false);
    assert.equal(await isKnownAccount(chain.store, chain.validator.publicKey, chain.head.validators), true, 'a validator is known');
  });

  it('holds exactly max integrations per team, and refuses one more', async () => {
    const { admin } = chain.teams.payments;
    const existing = (await getTeam(chain.store, 'payments'))!.integrations.length;
    const fill = Array.from({ length: MAX_TEAM_INTEGRATIONS - existing }, (_, i) =>
      chain.tx(admin, { addIntegration: { team: 'payments', account: generateKeyPair().publicKey, name: `bot${i}` } }));
    const block = await chain.block(...fill);
    assert.ok(block.txs.every((t) => t.receipt.code === Code.ok));
    assert.equal((await getTeam(chain.store, 'payments'))!.integrations.length, MAX_TEAM_INTEGRATIONS);
    const over = await chain.run(chain.tx(admin, { addIntegration: { team: 'payments', account: generateKeyPair().publicKey, name: 'one-more' } }));
    assert.equal(over.code, Code.invalidState);
    assert.match(over.log, new RegExp(`has ${MAX_TEAM_INTEGRATIONS} integrations, the most a team may have`));
  });

  it('holds exactly max members per team, and refuses one more', async () => {
    const { admin } = chain.teams.payments;
    const existing = (await getTeam(chain.store, 'payments'))!.members.length;
    const fill = Array.from({ length: MAX_TEAM_MEMBERS - existing }, (_, i) =>
      chain.tx(admin, { addMember: { team: 'payments', account: generateKeyPair().publicKey, handle: `m${i}`, role: Role.ROLE_RESPONDER } }));
    const block = await chain.block(...fill);
    assert.ok(block.txs.every((t) => t.receipt.code === Code.ok));
    assert.equal((await getTeam(chain.store, 'payments'))!.members.length, MAX_TEAM_MEMBERS);
    const account = generateKeyPair().publicKey;
    const over = await chain.run(chain.tx(admin, { addMember: { team: 'payments', account, handle: 'one-more', role: Role.ROLE_RESPONDER } }));
    assert.equal(over.code, Code.invalidState);
    assert.equal(over.log, `team "payments" has ${MAX_TEAM_MEMBERS} members, the most a team may have`);
    assert.equal((await getTeam(chain.store, 'payments'))!.members.length, MAX_TEAM_MEMBERS);
    assert.equal(await isKnownAccount(chain.store, account, chain.head.validators), false, 'the refused account is not indexed');
  });

  it('reports an account index entry naming a team that does not know the account as a broken invariant', async () => {
    // State no tx could make: the index says the stranger is in payments.
    const state = new Overlay(chain.store);
    state.set(stateKeys.accountTeams(chain.stranger.publicKey), utf8.encode('payments'));
    await assert.rejects(standingsOf(state, chain.stranger.publicKey), (e: unknown) => {
      assert.ok(e instanceof InvariantError, `expected an InvariantError, got ${String(e)}`);
      assert.equal(e.message, `state invariant broken: the account index lists ${toHex(chain.stranger.publicKey)} in team "payments", which does not know it`);
      return true;
    });
  });
});

/** A receipt's events as plain objects: the type and the attributes by key. */
const eventsOf = (r: ackchain.Receipt) => r.events.map((e) => ({ type: e.type, ...Object.fromEntries((e.attributes ?? []).map((a) => [a.key, a.value])) }));

describe('state: the arguments of member and integration txs', () => {
  let chain: ChainFixture;
  beforeEach(async () => { chain = await new ChainFixture().open(); });
  afterEach(async () => { await chain.close(); });

  const roster = async () => {
    const team = (await getTeam(chain.store, 'payments'))!;
    return { members: team.members.map((m) => `${toHex(m.account ?? new Uint8Array())}:${m.role}:${m.handle}`), integrations: team.integrations.map((g) => `${toHex(g.account ?? new Uint8Array())}:${g.name}`) };
  };
  const addMember = (handle: string, role: ackchain.Role, account = generateKeyPair().publicKey) =>
    chain.run(chain.tx(chain.teams.payments.admin, { addMember: { team: 'payments', account, handle, role } }));
  const addIntegration = (name: string, account = generateKeyPair().publicKey) =>
    chain.run(chain.tx(chain.teams.payments.admin, { addIntegration: { team: 'payments', account, name } }));

  /** Checks a refusal's code and exact log, and that the team is as it was. */
  async function refused(run: () => Promise<ackchain.Receipt>, code: number, log: string): Promise<void> {
    const before = await roster();
    const r = await run();
    assert.equal(r.code, code, r.log);
    assert.equal(r.log, log);
    assert.deepEqual(r.events, []);
    assert.deepEqual(await roster(), before);
  }

  it('adds a member as an admin or a responder, and refuses role unspecified or an unknown role with invalidArgument', async () => {
    const boss = generateKeyPair();
    assert.equal((await addMember('boss@x', Role.ROLE_ADMIN, boss.publicKey)).code, Code.ok);
    assert.equal((await addMember('help@x', Role.ROLE_RESPONDER)).code, Code.ok);
    const team = (await getTeam(chain.store, 'payments'))!;
    assert.deepEqual(team.members.slice(2).map((m) => [m.handle, m.role]), [['boss@x', Role.ROLE_ADMIN], ['help@x', Role.ROLE_RESPONDER]]);
    // The new admin administers the team.
    const r = await chain.run(chain.tx(boss, { addIntegration: { team: 'payments', account: generateKeyPair().publicKey, name: 'by-boss' } }));
    assert.equal(r.code, Code.ok, r.log);
    for (const role of [Role.ROLE_UNSPECIFIED, 99 as ackchain.Role]) {
      await refused(() => addMember('who@x', role), Code.invalidArgument, 'role must be admin or responder');
    }
  });

  it('takes a handle of 1 to 254 characters: 254 is added, 255 and the empty handle are refused with invalidArgument', async () => {
    const r = await addMember('h'.repeat(254), Role.ROLE_RESPONDER);
    assert.equal(r.code, Code.ok, r.log);
    assert.equal((await getTeam(chain.store, 'payments'))!.members[2].handle, 'h'.repeat(254));
    await refused(() => addMember('h'.repeat(255), Role.ROLE_RESPONDER), Code.invalidArgument, 'handle must be 1 to 254 characters');
    await refused(() => addMember('', Role.ROLE_RESPONDER), Code.invalidArgument, 'handle must be 1 to 254 characters');
  });

  it('takes an integration name of 1 to 128 characters: 128 is added, 129 and the empty name are refused with invalidArgument', async () => {
    const r = await addIntegration('n'.repeat(128));
    assert.equal(r.code, Code.ok, r.log);
    assert.equal((await getTeam(chain.store, 'payments'))!.integrations[1].name, 'n'.repeat(128));
    await refused(() => addIntegration('n'.repeat(129)), Code.invalidArgument, 'name must be 1 to 128 characters');
    await refused(() => addIntegration(''), Code.invalidArgument, 'name must be 1 to 128 characters');
  });

  it('refuses to add an account the team already has, as a member or as an integration, with invalidState', async () => {
    const { responder, integration } = chain.teams.payments;
    await refused(() => addMember('again@x', Role.ROLE_RESPONDER, integration.publicKey), Code.invalidState, `${toHex(integration.publicKey)} is already in team "payments"`);
    await refused(() => addIntegration('again', responder.publicKey), Code.invalidState, `${toHex(responder.publicKey)} is already in team "payments"`);
    await refused(() => addIntegration('again', integration.publicKey), Code.invalidState, `${toHex(integration.publicKey)} is already in team "payments"`);
  });

  it('refuses to remove an account that is not a member, or not an integration, of the team with notFound', async () => {
    const { admin, responder, integration } = chain.teams.payments;
    const remove = (payload: Parameters<ChainFixture['tx']>[1]) => () => chain.run(chain.tx(admin, payload));
    for (const account of [integration.publicKey, chain.stranger.publicKey, chain.teams.platform.responder.publicKey]) {
      await refused(remove({ removeMember: { team: 'payments', account } }), Code.notFound, `${toHex(account)} is not a member of team "payments"`);
    }
    for (const account of [responder.publicKey, chain.stranger.publicKey, chain.teams.platform.integration.publicKey]) {
      await refused(remove({ removeIntegration: { team: 'payments', account } }), Code.notFound, `${toHex(account)} is not an integration of team "payments"`);
    }
  });

  it('removes the first integration of a team as well as a later one', async () => {
    const { admin, integration } = chain.teams.payments;
    const later = generateKeyPair().publicKey;
    assert.equal((await addIntegration('later', later)).code, Code.ok);
    const first = await chain.run(chain.tx(admin, { removeIntegration: { team: 'payments', account: integration.publicKey } }));
    assert.equal(first.code, Code.ok, first.log);
    assert.deepEqual((await roster()).integrations, [`${toHex(later)}:later`]);
    assert.equal((await chain.run(chain.tx(integration, { triggerAlert: { team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO } }))).code, Code.unauthorized);
  });

  it('reports each change of the roster as an event naming the team, the account and its handle, role or name', async () => {
    const { admin } = chain.teams.payments;
    const eve = generateKeyPair().publicKey;
    const bot = generateKeyPair().publicKey;
    const steps: [Parameters<ChainFixture['tx']>[1], object][] = [
      [{ addMember: { team: 'payments', account: eve, handle: 'eve@x', role: Role.ROLE_ADMIN } }, { type: 'team.member_added', team: 'payments', account: toHex(eve), handle: 'eve@x', role: 'admin' }],
      [{ removeMember: { team: 'payments', account: eve } }, { type: 'team.member_removed', team: 'payments', account: toHex(eve), handle: 'eve@x' }],
      [{ addIntegration: { team: 'payments', account: bot, name: 'grafana' } }, { type: 'team.integration_added', team: 'payments', account: toHex(bot), name: 'grafana' }],
      [{ removeIntegration: { team: 'payments', account: bot } }, { type: 'team.integration_removed', team: 'payments', account: toHex(bot), name: 'grafana' }],
    ];
    for (const [payload, event] of steps) {
      const r = await chain.run(chain.tx(admin, payload));
      assert.equal(r.code, Code.ok, r.log);
      assert.deepEqual(eventsOf(r), [event]);
    }
  });
});

describe('state: the arguments of deployContract', () => {
  let chain: ChainFixture;
  beforeEach(async () => { chain = await new ChainFixture({ max_contract_bytes: 100 }).open(); });
  afterEach(async () => { await chain.close(); });

  const deploy = (name: string, code: Uint8Array) => chain.run(chain.tx(chain.teams.payments.responder, { deployContract: { name, code } }));
  const code = (n: number, fill = 0x76) => new Uint8Array(n).fill(fill);

  it('takes a name of 1 to 64 characters: 64 is deployed, 65 and the empty name are refused with invalidArgument', async () => {
    const ok = await deploy('c'.repeat(64), code(3, 1));
    assert.equal(ok.code, Code.ok, ok.log);
    assert.equal((await getContract(chain.store, contractAddress(code(3, 1))))?.name, 'c'.repeat(64));
    for (const name of ['c'.repeat(65), '']) {
      const r = await deploy(name, code(3, 2));
      assert.equal(r.code, Code.invalidArgument, r.log);
      assert.equal(r.log, 'name must be 1 to 64 characters');
      assert.equal(await getContract(chain.store, contractAddress(code(3, 2))), undefined);
    }
  });

  it('takes code of 1 to max_contract_bytes bytes: exactly the limit is deployed, a byte more and empty code are refused with invalidArgument', async () => {
    assert.equal(chain.head.params.maxContractBytes, 100);
    const ok = await deploy('full', code(100));
    assert.equal(ok.code, Code.ok, ok.log);
    assert.deepEqual(eventsOf(ok), [{ type: 'contract.deployed', address: toHex(contractAddress(code(100))), name: 'full', bytes: '100' }]);
    const one = await deploy('one', code(1));
    assert.equal(one.code, Code.ok, one.log);
    for (const [bytes, log] of [[101, 'code must be 1 to 100 bytes, got 101'], [0, 'code must be 1 to 100 bytes, got 0']] as const) {
      const r = await deploy('x', code(bytes));
      assert.equal(r.code, Code.invalidArgument, r.log);
      assert.equal(r.log, log);
      assert.equal(await getContract(chain.store, contractAddress(code(bytes))), undefined);
    }
  });
});
