// Admission: only txs that could succeed reach the mempool, a stranger costs the node no
// signature verification, each signer has a quota, and a flood does not delay an honest team's
// trigger past the next block. A real node over LevelDB, on a fake clock.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain, decode, encode } from '../../src/chain/codec.ts';
import { Code, codeName, Rejection, type CodeName } from '../../src/chain/codes.ts';
import { generateKeyPair, type KeyPair } from '../../src/chain/keys.ts';
import { signDeviceClaim } from '../../src/chain/device-proof.ts';
import { signTx, txHash, type TxBodyInput } from '../../src/chain/tx.ts';
import { CommitTimeoutError, type BlockCommittedEvent } from '../../src/node/api.ts';
import { DEFAULT_CONFIG, type NodeConfig } from '../../src/node/config.ts';
import { createLogger } from '../../src/node/logger.ts';
import { AckchainNode } from '../../src/node/node.ts';
import { CHAIN_ID, generateFixtureKeys, makeGenesis } from '../support/chain-fixture.ts';
import { FakeClock } from '../support/fake-clock.ts';

const { Severity } = ackchain;

describe('node: admission to the mempool', () => {
  const keys = generateFixtureKeys();
  let dir: string;
  let clock: FakeClock;
  let node: AckchainNode;
  let memo = 0;

  async function start(mempool: Partial<NodeConfig['mempool']> = {}, params: Record<string, number> = {}): Promise<void> {
    const genesis = makeGenesis(keys.validator, keys.teams, params);
    clock = new FakeClock(genesis.genesis.genesisTimeMs + 10_000);
    node = await AckchainNode.start({
      databasePath: join(dir, 'chain'), config: { ...DEFAULT_CONFIG, mempool: { ...DEFAULT_CONFIG.mempool, ...mempool } },
      genesis, validatorKey: keys.validator, logger: createLogger('silent'), clock,
    });
  }

  const tx = (signer: KeyPair, payload: Omit<TxBodyInput, 'chainId' | 'expiresAtMs' | 'memo'>, expiresAtMs = clock.now() + 60_000) =>
    signTx({ chainId: CHAIN_ID, expiresAtMs, memo: `m${memo++}`, ...payload }, signer);
  const trigger = (signer: KeyPair, summary = 's') => tx(signer, { triggerAlert: { team: 'payments', summary, severity: Severity.SEVERITY_ERROR } });

  async function refused(bytes: Uint8Array, code: CodeName, reason: RegExp): Promise<void> {
    await assert.rejects(node.submitTx(bytes), (e: unknown) => {
      assert.ok(e instanceof Rejection, String(e));
      assert.equal(codeName(e.code), code, e.message);
      assert.match(e.message, reason);
      return true;
    });
  }

  /** Advances the clock until the producer has committed one more block; returns it. */
  async function nextBlock(): Promise<BlockCommittedEvent> {
    const committed = new Promise<BlockCommittedEvent>((resolve) => { const off = node.subscribe((b) => { off(); resolve(b); }); });
    clock.advance(node.chain.params.emptyBlockIntervalMs);
    return committed;
  }

  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ackchain-admission-')); });
  afterEach(async () => { await node?.stop(); rmSync(dir, { recursive: true, force: true }); });

  it('admits a registered device\'s fresh acknowledgment, and refuses a stale one or one of a kind a device may not sign', async () => {
    await start();
    const { responder, integration } = keys.teams.payments;
    const watch = generateKeyPair();
    const device = (payload: Omit<TxBodyInput, 'chainId' | 'expiresAtMs' | 'memo'>, signedAtMs = clock.now()) => tx(watch, { signedAtMs, ...payload });
    const ack = { acknowledgeAlert: { alert: { team: 'payments', number: 1 } } };
    await refused(device(ack), 'unauthorized', /is not an account this chain knows \(a team's member or integration, a registered device, or a validator\)/);
    const claim = { chainId: CHAIN_ID, owner: responder.publicKey, key: watch.publicKey, notifyKey: new Uint8Array(32).fill(5), expiresAtMs: clock.now() + 86_400_000 };
    await node.submitTx(tx(responder, { registerDevice: { key: claim.key, notifyKey: claim.notifyKey, expiresAtMs: claim.expiresAtMs, label: 'watch', proof: signDeviceClaim(claim, watch.privateKey) } }));
    await node.submitTx(trigger(integration));
    await nextBlock();
    await refused(device(ack, clock.now() - node.chain.params.maxDeviceTxAgeMs - 1_000), 'expired', /must be signed within 120000 ms of the block time/);
    await refused(device({ triggerAlert: { team: 'payments', summary: 'x', severity: Severity.SEVERITY_ERROR } }), 'unauthorized', /may only acknowledge or resolve alerts/);
    await node.submitTx(device(ack));
    const block = await nextBlock();
    assert.equal(block.txs[0].receipt.code, Code.ok, block.txs[0].receipt.log);
    await node.submitTx(tx(responder, { revokeDevice: { key: watch.publicKey } }));
    await nextBlock();
    await refused(device({ resolveAlert: { alert: { team: 'payments', number: 1 }, resolution: '' } }), 'unauthorized', /device [0-9a-f]{64} \("watch"\) was revoked at \d+/);
  });

  it('refuses a signer the chain does not know before verifying anything, even with a bad signature', async () => {
    await start();
    await refused(trigger(keys.stranger), 'unauthorized', new RegExp(`${toHex(keys.stranger.publicKey)} is not an account this chain knows`));
    const forged = decode.tx(trigger(keys.stranger));
    forged.signature = new Uint8Array(64);
    await refused(encode.tx(forged), 'unauthorized', /is not an account this chain knows/);
    assert.equal(node.status().mempool.txs, 0);
  });

  it('refuses a known signer\'s bad signature, and admits a validator and every member and integration', async () => {
    await start();
    const forged = decode.tx(trigger(keys.teams.payments.integration));
    forged.signature = new Uint8Array(64).fill(1);
    await refused(encode.tx(forged), 'badSignature', /signature does not verify/);
    for (const k of [keys.validator, keys.teams.payments.admin, keys.teams.payments.responder, keys.teams.payments.integration, keys.teams.platform.integration]) {
      await node.submitTx(trigger(k));
    }
    assert.equal(node.status().mempool.txs, 5);
  });

  it('refuses a tx outside its window at the next block\'s time, a tx it holds, and a committed tx', async () => {
    await start();
    const p = keys.teams.payments.integration;
    const now = clock.now();
    await refused(tx(p, { triggerAlert: { team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO } }, now), 'expired', /tx expired at/);
    await refused(tx(p, { triggerAlert: { team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO } }, now + node.chain.params.maxTxTtlMs + 1), 'expired', /more than the max TTL/);
    const ok = tx(p, { triggerAlert: { team: 'payments', summary: 's', severity: Severity.SEVERITY_INFO } }, now + node.chain.params.maxTxTtlMs);
    await node.submitTx(ok);
    await refused(ok, 'duplicate', /already in the mempool/);
    const block = await nextBlock();
    assert.ok(block.txs.some((t) => toHex(t.hash) === toHex(txHash(ok))));
    await refused(ok, 'duplicate', /already committed/);
  });

  it('holds each signer to its quota of mempool slots, without touching anyone else\'s', async () => {
    await start({ maxTxsPerSigner: 3 });
    const noisy = keys.teams.platform.integration;
    for (let i = 0; i < 3; i++) await node.submitTx(trigger(noisy));
    await refused(trigger(noisy), 'mempoolFull', /the signer has 3 txs waiting/);
    await node.submitTx(trigger(keys.teams.payments.integration));
    assert.equal(node.status().mempool.txs, 4);
  });

  it('puts an honest team\'s trigger in the very next block while strangers flood and a known account fills its quota', async () => {
    await start({ maxTxsPerSigner: 50 }, { max_block_txs: 5 });
    let refusedStrangers = 0;
    for (let i = 0; i < 200; i++) await node.submitTx(trigger(keys.stranger)).catch(() => { refusedStrangers++; });
    assert.equal(refusedStrangers, 200);
    const noisy = keys.teams.platform.integration;
    for (let i = 0; i < 50; i++) await node.submitTx(trigger(noisy, `noise ${i}`));
    const honest = trigger(keys.teams.payments.integration, 'checkout down');
    await node.submitTx(honest);
    const block = await nextBlock();
    assert.equal(block.txs.length, 5);
    assert.ok(block.txs.some((t) => toHex(t.hash) === toHex(txHash(honest))), 'the honest trigger is in the next block');
    assert.equal(block.txs.find((t) => toHex(t.hash) === toHex(txHash(honest)))?.receipt.code, Code.ok);
  });

  it('tells a stranger it is unknown even when the mempool is full', async () => {
    await start({ maxTxs: 1, reservedTxs: 0 });
    await node.submitTx(trigger(keys.teams.payments.integration));
    await refused(trigger(keys.teams.platform.integration), 'mempoolFull', /limit of 1 txs/);
    await refused(trigger(keys.stranger), 'unauthorized', /is not an account this chain knows/);
  });

  it('lets another team\'s first tx into a mempool that one team filled', async () => {
    await start({ maxTxs: 3, reservedTxs: 1 });
    const { admin, integration, responder } = keys.teams.payments;
    for (const k of [admin, integration, responder]) await node.submitTx(trigger(k));
    await refused(trigger(admin), 'mempoolFull', /limit of 3 txs/);
    await node.submitTx(trigger(keys.teams.platform.integration, 'platform pages payments'));
    assert.equal(node.status().mempool.txs, 4);
  });

  it('refuses the same bad signature again with the same code', async () => {
    await start();
    const forged = decode.tx(trigger(keys.teams.payments.integration));
    forged.signature = new Uint8Array(64).fill(3);
    const bytes = encode.tx(forged);
    await refused(bytes, 'badSignature', /signature does not verify/);
    await refused(bytes, 'badSignature', /signature does not verify/);
  });

  it('forgets a waiter once its wait ends, by timeout or because the tx had committed', async () => {
    await start();
    const never = trigger(keys.teams.payments.integration);
    const waiting = node.waitForCommit(txHash(never), 5000);
    assert.equal(node.waitingTxs, 1);
    clock.advance(5000);
    await assert.rejects(waiting, /was not committed within 5000 ms/);
    assert.equal(node.waitingTxs, 0);
    const tx = trigger(keys.teams.payments.integration);
    await node.submitTx(tx);
    const waited = node.waitForCommit(txHash(tx), 60_000);
    for (let blocks = 0; blocks < 10 && (await node.getTx(txHash(tx))) === undefined; blocks++) await nextBlock();
    assert.equal((await waited).receipt.code, Code.ok);
    assert.equal(node.waitingTxs, 0);
    // Asked after the commit: answered from the store, and nothing is left waiting.
    assert.equal((await node.waitForCommit(txHash(tx), 60_000)).receipt.code, Code.ok);
    assert.equal(node.waitingTxs, 0);
  });

  it('answers every waiter at once when the node stops, instead of keeping the process alive until the timeouts', async () => {
    await start();
    const waits = [1, 2].map(() => node.waitForCommit(txHash(trigger(keys.teams.payments.integration)), 3_600_000));
    assert.equal(node.waitingTxs, 2);
    await node.stop();
    for (const w of waits) await assert.rejects(w, (e: unknown) => e instanceof CommitTimeoutError && /the node is stopping; it may still commit$/.test(e.message));
    assert.equal(node.waitingTxs, 0);
    assert.equal(clock.pending, 0, 'no commit timer is left');
    // A request that was in flight when the node stopped asks to wait after that: answered at once, no timer.
    await assert.rejects(node.waitForCommit(txHash(trigger(keys.teams.payments.integration)), 3_600_000),
      (e: unknown) => e instanceof CommitTimeoutError && /the node is stopping; it may still commit$/.test(e.message));
    assert.equal(clock.pending, 0, 'no commit timer after stop either');
    node = undefined as unknown as AckchainNode;
  });
});
