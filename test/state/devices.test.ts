// Personal devices: registered by a member, acting for it (acknowledge, resolve) while fresh,
// unrevoked and unexpired, and only while the owner is still a member; history names the device.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { Code } from '../../src/chain/codes.ts';
import { generateKeyPair, type KeyPair } from '../../src/chain/keys.ts';
import { signDeviceClaim } from '../../src/chain/device-proof.ts';
import { signTx } from '../../src/chain/tx.ts';
import { getAlert } from '../../src/state/alert-records.ts';
import { devicesOf, getDevice } from '../../src/state/devices.ts';
import { alertHistory } from '../../src/state/queries.ts';
import { isKnownAccount } from '../../src/state/teams.ts';
import { ChainFixture, CHAIN_ID } from '../support/chain-fixture.ts';

const { Severity, AlertStatus } = ackchain;
const DAY = 24 * 3600_000;
type Payload = Parameters<ChainFixture['tx']>[1];

describe('state: devices', function () {
  this.timeout(30_000);
  let chain: ChainFixture;
  let admin: KeyPair;
  let responder: KeyPair;
  let integration: KeyPair;
  let watch: KeyPair;
  let memo = 0;
  beforeEach(async () => {
    chain = await new ChainFixture().open();
    ({ admin, responder, integration } = chain.teams.payments);
    watch = generateKeyPair();
  });
  afterEach(async () => { await chain.close(); });

  /** `owner` registers `device`, with the device key's proof over the registration (unless `extra` replaces it). */
  const register = (owner: KeyPair, device: KeyPair, extra: Partial<ackchain.RegisterDevice.$Properties> = {}): Payload => {
    const fields = { key: device.publicKey, notifyKey: new Uint8Array(32).fill(9), label: 'watch', expiresAtMs: chain.head.timeMs + 30 * DAY, ...extra };
    const proof = signDeviceClaim({ chainId: CHAIN_ID, owner: owner.publicKey, key: fields.key!, notifyKey: fields.notifyKey!, expiresAtMs: fields.expiresAtMs! }, device.privateKey);
    return { registerDevice: { proof, ...fields } };
  };
  /** A tx the device signs at `signedAtMs` (the next block's time by default). */
  const deviceTx = (payload: Payload, signedAtMs = chain.head.timeMs + 1000): Uint8Array =>
    signTx({ chainId: CHAIN_ID, expiresAtMs: chain.head.timeMs + 60_000, memo: `d${memo++}`, signedAtMs, ...payload }, watch);
  const trigger = async (): Promise<number> => {
    const r = await chain.run(chain.tx(integration, { triggerAlert: { team: 'payments', summary: 'down', severity: Severity.SEVERITY_ERROR } }));
    assert.equal(r.code, Code.ok, r.log);
    return Number((r.events[0].attributes as ackchain.Attribute[]).find((a) => a.key === 'alert')!.value.split('-')[1]);
  };
  const ack = (number: number): Payload => ({ acknowledgeAlert: { alert: { team: 'payments', number } } });
  const registered = async () => {
    const r = await chain.run(chain.tx(responder, register(responder, watch)));
    assert.equal(r.code, Code.ok, r.log);
  };

  it('a registered device acknowledges and resolves for its owner; history and the alert name the device', async () => {
    await registered();
    const device = (await getDevice(chain.store, watch.publicKey))!;
    assert.equal(toHex(device.owner), toHex(responder.publicKey));
    assert.equal(device.label, 'watch');
    assert.equal(await isKnownAccount(chain.store, watch.publicKey, []), true, 'a device may reach the mempool');
    const n = await trigger();
    const acked = await chain.run(deviceTx(ack(n)));
    assert.equal(acked.code, Code.ok, acked.log);
    assert.match((acked.events[0].attributes as ackchain.Attribute[]).map((a) => `${a.key}=${a.value}`).join(' '), new RegExp(`by=${toHex(responder.publicKey)} handle=oncall@payments device=${toHex(watch.publicKey)}`));
    const resolved = await chain.run(deviceTx({ resolveAlert: { alert: { team: 'payments', number: n }, resolution: 'from my wrist' } }));
    assert.equal(resolved.code, Code.ok, resolved.log);
    const alert = (await getAlert(chain.store, 'payments', n))!;
    assert.equal(alert.status, AlertStatus.ALERT_STATUS_RESOLVED);
    assert.equal(toHex(alert.acknowledgedBy), toHex(responder.publicKey));
    assert.equal(toHex(alert.acknowledgedDevice), toHex(watch.publicKey));
    const history = (await alertHistory(chain.store, 'payments', n, { from: 0, limit: 10 })).entries;
    assert.deepEqual(history.map((h) => [h.action, toHex(h.account), toHex(h.device)]), [
      ['triggered', toHex(integration.publicKey), ''],
      ['acknowledged', toHex(responder.publicKey), toHex(watch.publicKey)],
      ['resolved', toHex(responder.publicKey), toHex(watch.publicKey)],
    ]);
  });

  it('a device tx must be fresh: signed_at_ms within max_device_tx_age of block time, not ahead by more than the drift', async () => {
    await registered();
    const n = await trigger();
    const next = chain.head.timeMs + 1000;
    const { maxDeviceTxAgeMs, maxClockDriftMs } = chain.head.params;
    const stale = await chain.blockAt(next, deviceTx(ack(n), next - maxDeviceTxAgeMs - 1));
    assert.equal(stale.txs[0].receipt.code, Code.expired);
    assert.match(stale.txs[0].receipt.log, /must be signed within 120000 ms of the block time/);
    const ahead = await chain.block(deviceTx(ack(n), chain.head.timeMs + 1000 + maxClockDriftMs + 1));
    assert.equal(ahead.txs[0].receipt.code, Code.expired);
    const missing = await chain.block(deviceTx(ack(n), 0));
    assert.equal(missing.txs[0].receipt.code, Code.expired);
    assert.match(missing.txs[0].receipt.log, /must carry signed_at_ms/);
    const oldest = chain.head.timeMs + 1000 - maxDeviceTxAgeMs;
    const edge = await chain.block(deviceTx(ack(n), oldest));
    assert.equal(edge.txs[0].receipt.code, Code.ok, `exactly max_device_tx_age old is fresh: ${edge.txs[0].receipt.log}`);
  });

  it('refuses revoked and expired devices, and devices of a removed member', async () => {
    await registered();
    const n = await trigger();
    // Expired: a second device that expires at the next block.
    const phone = generateKeyPair();
    const r = await chain.run(chain.tx(responder, register(responder, phone, { label: 'phone', expiresAtMs: chain.head.timeMs + 2000 })));
    assert.equal(r.code, Code.ok, r.log);
    const byPhone = await chain.block(signTx({ chainId: CHAIN_ID, expiresAtMs: chain.head.timeMs + 60_000, memo: 'p', signedAtMs: chain.head.timeMs + 1000, ...ack(n) }, phone));
    assert.equal(byPhone.txs[0].receipt.code, Code.unauthorized);
    assert.match(byPhone.txs[0].receipt.log, /expired at/);

    // Removed owner: the device stops working with the membership.
    await chain.run(chain.tx(admin, { removeMember: { team: 'payments', account: responder.publicKey } }));
    const afterRemoval = await chain.run(deviceTx(ack(n)));
    assert.equal(afterRemoval.code, Code.unauthorized);
    assert.match(afterRemoval.log, /not a member/);

    // Revoked, by an admin of a team the owner is in (re-added first).
    await chain.run(chain.tx(admin, { addMember: { team: 'payments', account: responder.publicKey, handle: 'oncall@payments', role: ackchain.Role.ROLE_RESPONDER } }));
    const otherAdmin = await chain.run(chain.tx(chain.teams.platform.admin, { revokeDevice: { key: watch.publicKey } }));
    assert.equal(otherAdmin.code, Code.unauthorized, 'an admin of a team the owner is not in');
    const revoked = await chain.run(chain.tx(admin, { revokeDevice: { key: watch.publicKey } }));
    assert.equal(revoked.code, Code.ok, revoked.log);
    const byRevoked = await chain.run(deviceTx(ack(n)));
    assert.equal(byRevoked.code, Code.unauthorized);
    assert.match(byRevoked.log, /was revoked at/);
    assert.equal(await isKnownAccount(chain.store, watch.publicKey, []), false, 'a revoked device no longer reaches the mempool');
    assert.deepEqual((await devicesOf(chain.store, responder.publicKey)).map((d) => d.label), ['phone']);
    assert.equal((await chain.run(chain.tx(responder, { revokeDevice: { key: watch.publicKey } }))).code, Code.invalidState, 'revoked once');
  });

  it('a device may only acknowledge or resolve', async () => {
    await registered();
    const refused: Payload[] = [
      { triggerAlert: { team: 'payments', summary: 'x', severity: Severity.SEVERITY_INFO } },
      { addAlertNote: { alert: { team: 'payments', number: 1 }, note: 'x' } },
      { registerDevice: { key: generateKeyPair().publicKey, notifyKey: new Uint8Array(32).fill(1), label: 'x', expiresAtMs: chain.head.timeMs + DAY } },
      { revokeDevice: { key: watch.publicKey } },
      { addMember: { team: 'payments', account: generateKeyPair().publicKey, handle: 'x', role: ackchain.Role.ROLE_ADMIN } },
    ];
    for (const payload of refused) {
      const r = await chain.run(deviceTx(payload));
      assert.equal(r.code, Code.unauthorized, Object.keys(payload)[0]);
      assert.match(r.log, /may only acknowledge or resolve alerts/);
    }
  });

  it('refuses bad registrations with the reason', async () => {
    const bad = async (keys: KeyPair, payload: Payload, code: number, why: RegExp) => {
      const r = await chain.run(chain.tx(keys, payload));
      assert.equal(r.code, code, r.log);
      assert.match(r.log, why);
    };
    await bad(integration, register(integration, watch), Code.unauthorized, /not a member of any team/);
    await bad(chain.stranger, register(chain.stranger, watch), Code.unauthorized, /not a member of any team/);
    await bad(responder, register(responder, watch, { notifyKey: new Uint8Array(31) }), Code.invalidArgument, /notify_key/);
    await bad(responder, register(responder, watch, { label: '' }), Code.invalidArgument, /label/);
    await bad(responder, register(responder, watch, { expiresAtMs: chain.head.timeMs + 1000 }), Code.invalidArgument, /expires_at_ms/);
    await bad(responder, register(responder, watch, { expiresAtMs: chain.head.timeMs + 1000 + 366 * DAY + 1 }), Code.invalidArgument, /366 days/);
    await bad(responder, register(responder, admin), Code.invalidState, /is an account of a team/);
    await bad(responder, register(responder, watch, { key: new Uint8Array(32) }), Code.invalidArgument, /valid Ed25519 public key/);
    // Proof of possession: a key the registrant does not hold (its proof made by another key, or
    // for another owner, or for other terms) cannot be claimed, so nobody can squat another's key.
    await bad(admin, { registerDevice: { ...register(admin, watch).registerDevice!, proof: register(admin, generateKeyPair()).registerDevice!.proof } }, Code.unauthorized, /proof is not device .* signature of this registration/);
    await bad(admin, register(responder, watch), Code.unauthorized, /proof is not device/);
    await bad(admin, { registerDevice: { ...register(admin, watch).registerDevice!, label: 'other label', expiresAtMs: chain.head.timeMs + 2 * DAY } }, Code.unauthorized, /proof is not device/);
    await bad(admin, { registerDevice: { ...register(admin, watch).registerDevice!, proof: new Uint8Array(0) } }, Code.unauthorized, /proof is not device/);
    await registered();
    await bad(admin, register(admin, watch), Code.invalidState, /already registered/);
    await bad(admin, { addMember: { team: 'payments', account: watch.publicKey, handle: 'w', role: ackchain.Role.ROLE_RESPONDER } }, Code.invalidState, /is a registered device key/);
  });

  it('an owner has at most 10 active devices', async () => {
    for (let i = 0; i < 10; i++) {
      const r = await chain.run(chain.tx(responder, register(responder, generateKeyPair(), { label: `d${i}` })));
      assert.equal(r.code, Code.ok, r.log);
    }
    const eleventh = await chain.run(chain.tx(responder, register(responder, watch)));
    assert.equal(eleventh.code, Code.invalidState);
    assert.match(eleventh.log, /has 10 active devices/);
  });

  it('checks every registration field at its exact limit', async () => {
    const at = () => chain.head.timeMs + 1000;
    const cases: [string, Partial<ackchain.RegisterDevice.$Properties>, number][] = [
      ['an all-zero notify key', { notifyKey: new Uint8Array(32) }, Code.invalidArgument],
      ['a 65-character label', { label: 'x'.repeat(65) }, Code.invalidArgument],
      ['an expiry at the block time', { expiresAtMs: at() }, Code.invalidArgument],
    ];
    for (const [what, extra, code] of cases) {
      const r = await chain.run(chain.tx(responder, register(responder, generateKeyPair(), extra)));
      assert.equal(r.code, code, `${what}: ${r.log}`);
    }
    const longest = await chain.run(chain.tx(responder, register(responder, generateKeyPair(), { label: 'x'.repeat(64), expiresAtMs: at() + 366 * DAY })));
    assert.equal(longest.code, Code.ok, `a 64-character label and 366 days exactly: ${longest.log}`);
  });

  it('a device acts until one millisecond before its expiry, and an expired one no longer counts against the ten', async () => {
    const n = await trigger();
    const expiresAtMs = chain.head.timeMs + 3000;
    assert.equal((await chain.run(chain.tx(responder, register(responder, watch, { expiresAtMs })))).code, Code.ok);
    const last = await chain.blockAt(expiresAtMs - 1, deviceTx(ack(n), expiresAtMs - 1));
    assert.equal(last.txs[0].receipt.code, Code.ok, `the last millisecond: ${last.txs[0].receipt.log}`);
    for (let i = 0; i < 9; i++) assert.equal((await chain.run(chain.tx(responder, register(responder, generateKeyPair(), { label: `d${i}` })))).code, Code.ok);
    // The watch expired: nine active, room for a tenth.
    assert.equal((await chain.run(chain.tx(responder, register(responder, generateKeyPair(), { label: 'tenth' })))).code, Code.ok);
    assert.equal((await chain.run(chain.tx(responder, register(responder, generateKeyPair(), { label: 'eleventh' })))).code, Code.invalidState);
  });

  it('a device may sign ahead of the block time by exactly the clock drift, and a member who is not an admin may not revoke another\'s device', async () => {
    await registered();
    const n = await trigger();
    const ahead = await chain.block(deviceTx(ack(n), chain.head.timeMs + 1000 + chain.head.params.maxClockDriftMs));
    assert.equal(ahead.txs[0].receipt.code, Code.ok, ahead.txs[0].receipt.log);
    const other = generateKeyPair();
    await chain.run(chain.tx(admin, { addMember: { team: 'payments', account: other.publicKey, handle: 'other@payments', role: ackchain.Role.ROLE_RESPONDER } }));
    const refused = await chain.run(chain.tx(other, { revokeDevice: { key: watch.publicKey } }));
    assert.equal(refused.code, Code.unauthorized);
    assert.match(refused.log, /is neither the owner of device .* nor an admin of a team its owner is a member of/);
    assert.equal((await chain.run(chain.tx(responder, { revokeDevice: { key: generateKeyPair().publicKey } }))).code, Code.notFound);
  });
});

