// A team points its policy at its own contracts and back; every way a contract call can fail
// rejects the tx with the reason and changes nothing, or, for a deadline, lets the default
// contract decide and records why; gas is on every receipt and bounded per tx and per block.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain, decode } from '../../src/chain/codec.ts';
import { Code } from '../../src/chain/codes.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { generateKeyPair, type KeyPair } from '../../src/chain/keys.ts';
import { getAlert } from '../../src/state/alert-records.ts';
import { stateKeys } from '../../src/state/keys.ts';
import { getTeam } from '../../src/state/teams.ts';
import { genesisToJson, parseGenesis } from '../../src/chain/genesis.ts';
import { blockEvents, ChainFixture, makeGenesis, teamKeys } from '../support/chain-fixture.ts';
import { contract, hostCall } from '../vm/support/contracts.ts';

const { AlertStatus, OlaOutcome, Severity } = ackchain;
const MIN = 60_000;
type Payload = Parameters<ChainFixture['tx']>[1];


/** Answers the bytes given, then halts. */
function answering(...bytes: number[]): Uint8Array {
  const stores = bytes.map((b, i) => `    ld a, ${b}\n    ld [OUTPUT_START + ${i}], a\n`).join('');
  return contract(`main:\n${stores}    ld a, ${bytes.length}\n    ldh [LOW(OUTPUT_LENGTH)], a\n    halt\n`);
}

/** Stores N keys (one byte each, 0 .. N-1) with values of B bytes, then allows. */
const storing = (n: number, valueBytes: number): Uint8Array => contract(`main:
    xor a
.next:
    ld [slot], a
${hostCall('HC_STORAGE_SET', 'slot', '1', 'WORK_RAM_START + 16', String(valueBytes))}
    ld a, [slot]
    inc a
    cp ${n}
    jr nz, .next
    ld a, 1
    ld [OUTPUT_START], a
    ldh [LOW(OUTPUT_LENGTH)], a
    halt
SECTION "v", WRAM0
slot: ds 1
`);

const DENY_ALL = contract(`main:
    ld hl, OUTPUT_START
    ld [hl], 0
    inc hl
    ld de, why
    ld b, why.end - why
.copy:
    ld a, [de]
    ld [hl+], a
    inc de
    dec b
    jr nz, .copy
    ld a, why.end - why + 1
    ldh [LOW(OUTPUT_LENGTH)], a
    halt
why: db "acks are frozen"
.end:
`);
const LOOP_FOREVER = contract('main:\n    jr main\n');
const ILLEGAL = contract('main:\n    db $D3\n');
const SAYS_NOTHING = contract('main:\n    halt\n');
/** Allows, after counting its calls in storage ("n", one byte) and emitting "counted". */
const COUNTING = contract(`main:
${hostCall('HC_STORAGE_GET', 'key', '1', 'value', '1')}
    ld a, [value]
    inc a
    ld [value], a
${hostCall('HC_STORAGE_SET', 'key', '1', 'value', '1')}
${hostCall('HC_EMIT_EVENT', 'type', '7', 'value', '1')}
    ld a, 1
    ld [OUTPUT_START], a
    ldh [LOW(OUTPUT_LENGTH)], a
    halt
key: db "n"
type: db "counted"
SECTION "v", WRAM0
value: ds 1
`);



describe('state: team policy contracts', function () {
  this.timeout(30_000);
  let chain: ChainFixture;
  let p: { admin: KeyPair; responder: KeyPair; integration: KeyPair };
  let q: { admin: KeyPair; responder: KeyPair; integration: KeyPair };
  beforeEach(async () => {
    chain = await new ChainFixture().open();
    p = chain.teams.payments;
    q = chain.teams.platform;
  });
  afterEach(async () => { await chain.close(); });

  const ok = (keys: KeyPair, payload: Payload, timeMs?: number) => chain.ok(keys, payload, timeMs);
  async function deploy(code: Uint8Array): Promise<Uint8Array> {
    await ok(p.admin, { deployContract: { name: 'policy', code } });
    return sha256(code);
  }
  const use = (slot: string, address: Uint8Array): Payload => ({ setTeamContracts: { team: 'payments', assignments: [{ slot, address }] } });
  const page = async (key: string, severity = Severity.SEVERITY_CRITICAL, by = p.integration): Promise<number> => {
    const b = await ok(by, { triggerAlert: { team: 'payments', summary: `page ${key}`, dedupKey: key, severity } });
    return Number(blockEvents(b, 'alert.triggered')[0].match(/alert=payments-(\d+)/)![1]);
  };
  const ack = (n: number): Payload => ({ acknowledgeAlert: { alert: { team: 'payments', number: n } } });
  const status = async (n: number) => (await getAlert(chain.store, 'payments', n))!.status;

  it('a team switches to its own authorize contract and back to the default', async () => {
    const address = await deploy(DENY_ALL);
    const set = await ok(p.admin, use('authorize', address));
    assert.deepEqual(blockEvents(set, 'team.contract_set'), [`team=payments slot=authorize contract=${toHex(address)}`]);
    const n = await page('a');
    const denied = await chain.run(chain.tx(p.responder, ack(n)));
    assert.equal(denied.code, Code.unauthorized);
    assert.equal(denied.log, `${toHex(p.responder.publicKey)} may not acknowledge alerts of team "payments": acks are frozen`);
    assert.equal(denied.gasUsed > 0, true, 'the denial spent gas');
    assert.equal(await status(n), AlertStatus.ALERT_STATUS_TRIGGERED);

    const back = await ok(p.admin, use('authorize', new Uint8Array()));
    assert.deepEqual(blockEvents(back, 'team.contract_set'), ['team=payments slot=authorize contract=default']);
    assert.equal((await getTeam(chain.store, 'payments'))!.contracts, null, 'all slots default: nothing stored');
    const acked = await ok(p.responder, ack(n));
    assert.equal(acked.txs[0].receipt.gasUsed, 47, 'the default authorize contract, as docs/benchmarks.md says');
    assert.equal(await status(n), AlertStatus.ALERT_STATUS_ACKNOWLEDGED);
  });

  describe('each failure of a tx\'s contract call rejects the tx with the reason and changes nothing', () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['runs out of gas', LOOP_FOREVER, /^authorize contract [0-9a-f]{64} failed: out_of_gas: /],
      ['traps', ILLEGAL, /^authorize contract [0-9a-f]{64} failed: illegal_opcode: /],
      ['answers malformed output', SAYS_NOTHING, /^authorize contract [0-9a-f]{64} answered malformed output: the output is empty; expected 1 \(allowed\) or 0 and a reason \(denied\)$/],
      ['answers a denial that is not printable', answering(0, 7), /answered malformed output: a denial's reason is printable ASCII$/],
    ];
    for (const [what, code, why] of cases) {
      it(what, async () => {
        const address = await deploy(code);
        await ok(p.admin, use('authorize', address));
        const n = await page('x');
        const before = await getAlert(chain.store, 'payments', n);
        const r = await chain.run(chain.tx(p.responder, ack(n)));
        assert.equal(r.code, Code.contractFailed, r.log);
        assert.match(r.log, why);
        assert.deepEqual(await getAlert(chain.store, 'payments', n), before);
        if (code === LOOP_FOREVER) assert.equal(r.gasUsed, chain.head.params.maxTxGas, 'out of gas spends the whole tx limit');
      });
    }
  });

  it('a contract keeps storage per team and emits events, applied only when it succeeds', async () => {
    const address = await deploy(COUNTING);
    await ok(p.admin, use('authorize', address));
    const n1 = await page('s1');
    const n2 = await page('s2');
    const first = await ok(p.responder, ack(n1));
    assert.deepEqual(blockEvents(first, 'contract.emitted'), [`team=payments slot=authorize contract=${toHex(address)} type=counted data=01`]);
    const second = await ok(p.responder, ack(n2));
    assert.deepEqual(blockEvents(second, 'contract.emitted'), [`team=payments slot=authorize contract=${toHex(address)} type=counted data=02`]);
  });

  it('lends a call the team\'s roster and who is on call (each account once, however many schedules name it)', async () => {
    // Emits record 1 (roster) and record 2 (on call) as events, then allows.
    const emitRecord = (id: string, type: string) => `${hostCall('HC_RECORD_GET', id, 'WORK_RAM_START', '1024')}
    ld a, [RESULT]
    ldh [LOW(ARG3)], a
    xor a
    ldh [LOW(ARG3) + 1], a
${hostCall('HC_EMIT_EVENT', type, '6', 'WORK_RAM_START')}`;
    const reading = contract(`main:
${emitRecord('1', 'roster')}
${emitRecord('2', 'oncall')}
    ld a, 1
    ld [OUTPUT_START], a
    ldh [LOW(OUTPUT_LENGTH)], a
    halt
roster: db "roster"
oncall: db "oncall"
`);
    const start = chain.genesis.genesis.genesisTimeMs;
    for (const name of ['primary', 'secondary']) {
      await ok(p.admin, { setSchedule: { team: 'payments', name, timeZone: 'UTC', layers: [{ name: 'all', participants: [p.responder.publicKey], startMs: start, turnLengthDays: 7 }] } });
    }
    const address = await deploy(reading);
    await ok(p.admin, use('authorize', address));
    const b = await ok(p.responder, ack(await page('r')));
    const data = (type: string) => blockEvents(b, 'contract.emitted').filter((e) => e.includes(` type=${type} `)).map((e) => e.split(' data=')[1]);
    assert.deepEqual(data('roster'), [`${toHex(p.admin.publicKey)}02${toHex(p.responder.publicKey)}01`]);
    assert.deepEqual(data('oncall'), [toHex(p.responder.publicKey)]);
  });

  it('a contract that deletes its last storage entry leaves no storage; one past 16 KiB fails', async () => {
    const setThenDelete = contract(`main:
${hostCall('HC_STORAGE_GET', 'key', '1', 'WORK_RAM_START', '1')}
    ldh a, [LOW(STATUS)]
    and a
    jr z, .delete
${hostCall('HC_STORAGE_SET', 'key', '1', 'key', '1')}
    jr .allow
.delete:
${hostCall('HC_STORAGE_DELETE', 'key', '1')}
.allow:
    ld a, 1
    ld [OUTPUT_START], a
    ldh [LOW(OUTPUT_LENGTH)], a
    halt
key: db "k"
`);
    const address = await deploy(setThenDelete);
    await ok(p.admin, use('authorize', address));
    const stored = () => chain.store.getState(stateKeys.contractStorage('payments', address));
    await ok(p.responder, ack(await page('d1')));
    assert.equal(toHex((await stored())!), '016b0001' + '6b', 'one entry: key "k" = "k"');
    await ok(p.responder, ack(await page('d2')));
    assert.equal(await stored(), undefined);
    // 16 values of 1,024 bytes under 1-byte keys: 16 x 1,028 bytes, past 16,384.
    await ok(p.admin, use('authorize', await deploy(storing(16, 1024))));
    const r = await chain.run(chain.tx(p.responder, ack(await page('big'))));
    assert.match(r.log, /failed: its storage would pass 32 entries or 16384 bytes$/);
  });

  it('a call may emit 8 events of 1,024 bytes together; one more event or byte fails it', async () => {
    // Emits N events of D bytes of data each.
    const emitting = (n: number, bytes: number) => contract(`main:
    ld a, ${n}
.more:
    and a
    jr z, .done
    ld [left], a
${hostCall('HC_EMIT_EVENT', 'type', '1', 'OUTPUT_START', String(bytes))}
    ld a, [left]
    dec a
    jr .more
.done:
    ld a, 1
    ld [OUTPUT_START], a
    ldh [LOW(OUTPUT_LENGTH)], a
    halt
type: db "e"
SECTION "v", WRAM0
left: ds 1
`);
    const outcome = async (n: number, bytes: number) => {
      await ok(p.admin, use('authorize', await deploy(emitting(n, bytes))));
      const r = await chain.run(chain.tx(p.responder, ack(await page(`e${n}-${bytes}`))));
      return [r.code, r.events.filter((e) => e.type === 'contract.emitted').length, r.log.replace(/^authorize contract [0-9a-f]{64} /, '')];
    };
    assert.deepEqual(await outcome(8, 128), [Code.ok, 8, '']);
    assert.deepEqual(await outcome(9, 0), [Code.contractFailed, 0, 'failed: it emitted 9 events of 0 bytes; a policy call may emit 8 of 1024 bytes together']);
    assert.deepEqual(await outcome(1, 1024), [Code.ok, 1, '']);
    assert.deepEqual(await outcome(2, 513), [Code.contractFailed, 0, 'failed: it emitted 2 events of 1026 bytes; a policy call may emit 8 of 1024 bytes together']);
  });

  it('a call whose storage would pass 32 entries fails and stores nothing; 32 is fine', async () => {
    await ok(p.admin, use('authorize', await deploy(storing(33, 1))));
    const r = await chain.run(chain.tx(p.responder, ack(await page('full'))));
    assert.equal(r.code, Code.contractFailed);
    assert.match(r.log, /^authorize contract [0-9a-f]{64} failed: its storage would pass 32 entries or 16384 bytes$/);
    await ok(p.admin, use('authorize', await deploy(storing(32, 1))));
    assert.equal((await chain.run(chain.tx(p.responder, ack(await page('fits'))))).code, Code.ok);
  });

  it('a genesis can point a team\'s slots at the contracts it carries', async () => {
    await chain.close();
    const keys = { validator: generateKeyPair(), teams: { payments: teamKeys(), platform: teamKeys() }, stranger: generateKeyPair() };
    const json = genesisToJson(makeGenesis(keys.validator, keys.teams).genesis) as { contracts: object[]; teams: { id: string; contracts?: object }[] };
    json.contracts = [{ name: 'frozen', code: toHex(DENY_ALL) }];
    json.teams.find((t) => t.id === 'payments')!.contracts = { authorize: toHex(sha256(DENY_ALL)) };
    chain = await new ChainFixture({}, keys, parseGenesis(JSON.stringify(json))).open();
    p = chain.teams.payments;
    assert.equal(toHex((await getTeam(chain.store, 'payments'))!.contracts!.authorize!), toHex(sha256(DENY_ALL)));
    const r = await chain.run(chain.tx(p.responder, ack(await page('g'))));
    assert.equal(r.log, `${toHex(p.responder.publicKey)} may not acknowledge alerts of team "payments": acks are frozen`);
  });

  it('set-contracts: admins only, known slots once each, deployed contracts only', async () => {
    const address = await deploy(DENY_ALL);
    const refused = async (keys: KeyPair, payload: Payload, code: number, log: string) => {
      const r = await chain.run(chain.tx(keys, payload));
      assert.deepEqual([r.code, r.log], [code, log]);
    };
    await refused(p.responder, use('authorize', address), Code.unauthorized, `${toHex(p.responder.publicKey)} is not an admin of team "payments"`);
    await refused(p.admin, use('approve', address), Code.invalidArgument, 'slot "approve" is not one of authorize, escalate, ola-evaluate');
    await refused(p.admin, use('authorize', new Uint8Array(32)), Code.notFound, `no contract ${'00'.repeat(32)} is deployed`);
    await refused(p.admin, { setTeamContracts: { team: 'payments', assignments: [] } }, Code.invalidArgument, 'name at least one slot to set');
    await refused(p.admin, { setTeamContracts: { team: 'payments', assignments: [{ slot: 'authorize', address }, { slot: 'authorize' }] } }, Code.invalidArgument, 'slot "authorize" is named twice');
    assert.equal((await getTeam(chain.store, 'payments'))!.contracts, null);
  });

  async function escalating(): Promise<number> {
    await ok(p.admin, { setEscalationPolicy: { team: 'payments', policy: { levels: [
      { delayMs: 5 * MIN, targets: [{ member: p.responder.publicKey }] },
      { delayMs: 10 * MIN, targets: [{ member: p.admin.publicKey }, { member: p.responder.publicKey }] },
    ], repeats: 1 } } });
    return page('e');
  }

  it('a deadline whose contract fails is decided by the default contract, and the block records why', async () => {
    const address = await deploy(ILLEGAL);
    await ok(p.admin, use('escalate', address));
    const n = await escalating();
    const due = await chain.blockAt(chain.head.timeMs + 5 * MIN);
    const [fallback] = blockEvents(due, 'policy.fallback');
    assert.match(fallback, new RegExp(`^team=payments slot=escalate about=escalation of payments-${n} reason=escalate contract ${toHex(address)} failed: illegal_opcode: `));
    assert.deepEqual(blockEvents(due, 'alert.escalated'), [`alert=payments-${n} team=payments level=2 round=1`]);
    assert.equal((await getAlert(chain.store, 'payments', n))!.escalationDueMs, chain.head.timeMs + 10 * MIN, 'the default delay of level 2');
  });

  it('a team\'s escalate contract chooses the level, the targets and the next delay', async () => {
    // Level 2 (index 1), round 1 (index 0), only target 1 (the responder), next step in 2 minutes.
    const address = await deploy(answering(1, 0, 0b10, 0, 0xc0, 0xd4, 0x01, 0x00));
    await ok(p.admin, use('escalate', address));
    const n = await escalating();
    const due = await chain.blockAt(chain.head.timeMs + 5 * MIN);
    assert.deepEqual(blockEvents(due, 'policy.fallback'), []);
    assert.deepEqual(blockEvents(due, 'alert.notify').map((e) => e.replace(/ accounts=\S+/, '')), [`alert=payments-${n} team=payments level=2 round=1 handles=oncall@payments`]);
    assert.equal((await getAlert(chain.store, 'payments', n))!.escalationDueMs, chain.head.timeMs + 2 * MIN);
    // An answer the policy cannot hold (level 3 of 2) falls back to the default.
    const bad = await deploy(answering(2, 0, 1, 0, 0xc0, 0xd4, 0x01, 0x00));
    await ok(p.admin, use('escalate', bad));
    const next = await chain.blockAt(chain.head.timeMs + 2 * MIN);
    assert.match(blockEvents(next, 'policy.fallback')[0], /answered malformed output: level 2 \(0-based\) is not one of the policy's 2$/);
  });

  it('an OLA is judged by the provider\'s ola-evaluate contract of when its version was proposed', async () => {
    const lenient = await deploy(answering(1, 0, 0, 0, 0, 0, 0, 0, 0));
    await ok(p.admin, use('ola-evaluate', lenient));
    await ok(q.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: { targets: [{ severity: Severity.SEVERITY_CRITICAL, ackWithinMs: 5 * MIN }], effectiveFromMs: chain.head.timeMs } } });
    // The provider switches back to the default after proposing: the version keeps the lenient one.
    await ok(p.admin, use('ola-evaluate', new Uint8Array()));
    await ok(p.admin, { signOla: { id: 1, version: 1 } });
    const n = await page('late', Severity.SEVERITY_CRITICAL, q.integration);
    // The ack target's deadline passes unanswered: the lenient contract still says met.
    const late = await chain.blockAt(chain.head.timeMs + 6 * MIN);
    assert.deepEqual(blockEvents(late, 'ola.breached'), []);
    assert.deepEqual(blockEvents(late, 'ola.met').map((e) => e.replace(/ deadline_ms=\d+/, '')), [`alert=payments-${n} team=payments ola=1 version=1 target=acknowledge margin_ms=0`]);
    assert.equal((await getAlert(chain.store, 'payments', n))!.olaAckOutcome, OlaOutcome.OLA_OUTCOME_MET);
  });

  describe('gas limits', () => {
    /** Spends about `n` × 16 cycles, then allows. */
    const burning = (n: number) => contract(`main:\n    ld bc, ${n}\n.loop:\n    dec bc\n    ld a, b\n    or c\n    jr nz, .loop\n    ld a, 1\n    ld [OUTPUT_START], a\n    ldh [LOW(OUTPUT_LENGTH)], a\n    halt\n`);

    it('a block whose gas runs out leaves the txs that did not fit for the next block', async () => {
      await chain.close();
      chain = await new ChainFixture({ max_tx_gas: 10_000, max_block_gas: 20_000 }).open();
      p = chain.teams.payments;
      const address = await deploy(burning(1000));
      await ok(p.admin, use('authorize', address));
      const alerts = [await page('g1'), await page('g2'), await page('g3')];
      const full = await chain.block(...alerts.map((n) => chain.tx(p.responder, ack(n))));
      const gas = full.txs.map((t) => t.receipt.gasUsed);
      assert.equal(full.txs.length, 2, `two acks of ${gas[0]} gas fit in 20000, the third waits`);
      assert.ok(gas.every((g) => g > 6000 && g <= 10_000), `${gas}`);
      const rest = await chain.block(chain.tx(p.responder, ack(alerts[2])));
      assert.equal(rest.txs[0].receipt.code, Code.ok, 'the third in the next block');
      assert.deepEqual(full.txs.map((t) => t.receipt.code), [Code.ok, Code.ok]);
    });

    it('a tx\'s calls together spend at most max_tx_gas: an OLA call after an authorize call gets what is left', async () => {
      await chain.close();
      chain = await new ChainFixture({ max_tx_gas: 10_000 }).open();
      [p, q] = [chain.teams.payments, chain.teams.platform];
      const burner = await deploy(burning(1000));
      await ok(p.admin, { setTeamContracts: { team: 'payments', assignments: [{ slot: 'authorize', address: burner }, { slot: 'ola-evaluate', address: burner }] } });
      await ok(q.admin, { proposeOla: { provider: 'payments', consumer: 'platform', terms: { targets: [{ severity: Severity.SEVERITY_CRITICAL, ackWithinMs: 5 * MIN }], effectiveFromMs: chain.head.timeMs } } });
      await ok(p.admin, { signOla: { id: 1, version: 1 } });
      const r = await chain.run(chain.tx(p.responder, ack(await page('two', Severity.SEVERITY_CRITICAL, q.integration))));
      assert.deepEqual([r.code, r.gasUsed], [Code.contractFailed, 10_000]);
      assert.match(r.log, /^ola-evaluate contract [0-9a-f]{64} failed: out_of_gas: /);
    });

    it('when begin-block runs out of gas, the default contracts still decide every deadline, and the block says why', async () => {
      await chain.close();
      chain = await new ChainFixture({ max_tx_gas: 10_000, max_block_gas: 10_000 }).open();
      p = chain.teams.payments;
      await ok(p.admin, { setEscalationPolicy: { team: 'payments', policy: { levels: [{ delayMs: 5 * MIN, targets: [{ member: p.responder.publicKey }] }, { delayMs: 5 * MIN, targets: [{ member: p.admin.publicKey }] }] } } });
      const triggers = Array.from({ length: 100 }, (_, i) => chain.tx(p.integration, { triggerAlert: { team: 'payments', summary: 's', dedupKey: `b${i}`, severity: Severity.SEVERITY_ERROR } }));
      await chain.block(...triggers);
      const due = await chain.blockAt(chain.head.timeMs + 5 * MIN);
      assert.equal(blockEvents(due, 'alert.escalated').length, 100, 'every escalation decided');
      const reasons = blockEvents(due, 'policy.fallback').map((e) => e.split(' reason=')[1]);
      assert.match(reasons[0], /^the default escalate contract failed: out_of_gas: /);
      assert.ok(reasons.slice(1).every((r) => r === 'the default escalate contract was not run: no gas left'), reasons.join('\n'));
      const begin = decode.receipt(due.beginBlockReceipt);
      assert.ok(begin.gasUsed > 10_000, `the fallbacks' gas counts too: ${begin.gasUsed}`);
    });

    it('a tx\'s calls together spend at most max_tx_gas', async () => {
      await chain.close();
      chain = await new ChainFixture({ max_tx_gas: 10_000 }).open();
      p = chain.teams.payments;
      await ok(p.admin, use('authorize', await deploy(burning(2000))));
      const r = await chain.run(chain.tx(p.responder, ack(await page('big'))));
      assert.equal(r.code, Code.contractFailed);
      assert.match(r.log, /failed: out_of_gas/);
      assert.equal(r.gasUsed, 10_000);
    });
  });
});
