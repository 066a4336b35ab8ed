import assert from 'node:assert/strict';
import { fromHex, toHex } from '../../src/chain/bytes.ts';
import { verifyCommit } from '../../src/chain/block.ts';
import { decode } from '../../src/chain/codec.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { verifyInclusion } from '../../src/chain/merkle.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { NodeFixture } from '../support/node-fixture.ts';

const { Severity } = ackchain;

describe('rpc: JSON-RPC over HTTP', function () {
  this.timeout(30_000);
  let f: NodeFixture;
  before(async () => { f = await new NodeFixture().start({ maxBodyBytes: 4096 }); });
  after(async () => { await f.stop(); });

  it('answers malformed requests with the standard error codes and keeps serving', async () => {
    assert.equal((await f.post('{not json')).json.error.code, -32700);
    assert.equal((await f.post('{"jsonrpc":"2.0","id":1}')).json.error.code, -32600);
    assert.equal((await f.post('[]')).json.error.code, -32600);
    assert.equal((await f.call('no_such_method')).error?.code, -32601);
    assert.equal((await f.call('alert_list', { bogus: 1 })).error?.code, -32602);
    assert.equal((await f.call('alert_list', [1, 2])).error?.code, -32602);
    assert.equal((await f.call('alert_list', { limit: 'ten' })).error?.code, -32602);
    assert.equal((await f.call('chain_getBlock', { height: -1 })).error?.code, -32602);
    assert.equal((await f.call('tx_submit', { tx: 'zz' })).error?.code, -32602);
    assert.equal((await f.call('alert_get', { id: 'payments-999' })).error?.code, -32004);
    const status = await f.result('node_status');
    assert.equal(status.chain_id, 'test-chain');
  });

  it('refuses an oversized body with 413, and non-POST with 405', async () => {
    const big = await f.post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'node_status', params: { pad: 'x'.repeat(5000) } }));
    assert.equal(big.status, 413);
    assert.match(big.json.error.message, /exceeds 4096 bytes/);
    const get = await fetch(f.url);
    assert.equal(get.status, 405);
    const postHealth = await fetch(f.url + 'healthz', { method: 'POST' });
    assert.equal(postHealth.status, 405);
    assert.equal(postHealth.headers.get('allow'), 'GET');
    const health = await fetch(f.url + 'healthz');
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { healthy: boolean }).healthy, true);
  });

  it('serves batches, answering each request in it', async () => {
    const r = await f.post(JSON.stringify([
      { jsonrpc: '2.0', id: 1, method: 'node_health' }, { jsonrpc: '2.0', id: 2, method: 'nope' }, 7,
    ]));
    assert.equal(r.json.length, 3);
    assert.equal(r.json.find((x: any) => x.id === 1).result.healthy, true);
    assert.equal(r.json.find((x: any) => x.id === 2).error.code, -32601);
    assert.equal(r.json.find((x: any) => x.id === null).error.code, -32600);
  });

  it('submits a tx, waits for its commit, and proves it against the signed header', async () => {
    const tx = f.tx(f.keys.teams.payments.integration, { triggerAlert: { team: 'payments', summary: 'disk full', dedupKey: 'disk', severity: Severity.SEVERITY_CRITICAL } });
    const submitted = await f.result('tx_submit', { tx, wait: 'committed' });
    assert.equal(submitted.status, 'committed');
    assert.equal(submitted.receipt.code, 0);
    assert.equal(submitted.receipt.events[0].attributes.alert, 'payments-1');

    const got = await f.result('tx_get', { hash: submitted.hash });
    assert.equal(got.height, submitted.height);
    assert.equal(got.tx.body.type, 'trigger_alert');
    assert.equal(got.tx.body.payload.summary, 'disk full');
    assert.equal(got.raw, tx);

    const proof = await f.result('tx_getProof', { hash: submitted.hash });
    const header = decode.header(fromHex(proof.header));
    const txProof = { index: proof.tx_proof.index, treeSize: proof.tx_proof.tree_size, path: proof.tx_proof.path.map((h: string) => fromHex(h)) };
    assert.ok(verifyInclusion(fromHex(tx), txProof, header.txRoot), 'tx proof verifies against the header');
    const receiptProof = { index: proof.receipt_proof.index, treeSize: proof.receipt_proof.tree_size, path: proof.receipt_proof.path.map((h: string) => fromHex(h)) };
    assert.ok(verifyInclusion(fromHex(proof.receipt), receiptProof, header.resultsRoot));
    assert.equal(verifyInclusion(fromHex(tx), txProof, header.resultsRoot), false);

    // The commit for that height signs the header's hash.
    const commit = await f.result('chain_getCommit', { height: submitted.height });
    const hash = sha256(fromHex(proof.header));
    const validators = [ackchain.Validator.create({ team: 'platform', publicKey: f.keys.validator.publicKey, power: 10 })];
    verifyCommit(fromHex(commit.raw), { chainId: 'test-chain', height: submitted.height, blockHash: hash, validators });
    assert.throws(() => verifyCommit(fromHex(commit.raw), { chainId: 'test-chain', height: submitted.height, blockHash: sha256(hash), validators }));

    const block = await f.result('chain_getBlock', { height: submitted.height });
    assert.deepEqual(block.txs, [submitted.hash]);
    assert.equal(block.hash, commit.block_hash);
    assert.equal((await f.result('chain_getBlock', { hash: block.hash })).header.height, submitted.height);
  });

  it('rejects a bad tx with the application code and reason, and a duplicate as duplicate', async () => {
    // A member of another team: admitted, and refused when its block executes.
    const outsider = f.tx(f.keys.teams.platform.responder, { acknowledgeAlert: { alert: { team: 'payments', number: 1 } } });
    const failed = await f.result('tx_submit', { tx: outsider, wait: 'committed' });
    assert.equal(failed.receipt.code_name, 'unauthorized');
    const again = await f.call('tx_submit', { tx: outsider });
    assert.equal(again.error?.code, -32001);
    assert.equal(again.error?.data.code_name, 'duplicate');
    // With wait "committed" a resent tx is answered with its receipt: retrying after a timeout is safe.
    const retried = await f.result('tx_submit', { tx: outsider, wait: 'committed' });
    assert.equal(retried.height, failed.height);
    assert.equal(retried.receipt.code_name, 'unauthorized');
    const tampered = outsider.slice(0, 20) + (outsider[20] === '0' ? '1' : '0') + outsider.slice(21);
    const bad = await f.call('tx_submit', { tx: tampered });
    assert.equal(bad.error?.code, -32001);
    assert.match(bad.error!.message, /tx rejected/);
  });

  it('serves teams, alerts with filters, and alert history', async () => {
    const teams = await f.result('team_list');
    assert.deepEqual(teams.teams.map((t: any) => t.id), ['payments', 'platform']);
    assert.equal((await f.result('team_get', { id: 'payments' })).members[0].role, 'admin');
    const ackTx = f.tx(f.keys.teams.payments.responder, { acknowledgeAlert: { alert: { team: 'payments', dedupKey: 'disk' } } });
    assert.equal((await f.result('tx_submit', { tx: ackTx, wait: 'committed' })).receipt.code, 0);
    const byKey = await f.result('alert_get', { team: 'payments', dedup_key: 'disk' });
    assert.equal(byKey.id, 'payments-1');
    assert.equal(byKey.status, 'acknowledged');
    assert.equal((await f.result('alert_list', { status: 'acknowledged' })).alerts.length, 1);
    assert.equal((await f.result('alert_list', { status: 'triggered' })).alerts.length, 0);
    const history = await f.result('alert_history', { id: 'payments-1' });
    assert.deepEqual(history.entries.map((e: any) => e.action), ['triggered', 'acknowledged']);
    assert.equal(history.entries[1].handle, 'oncall@payments');
    const validators = await f.result('chain_getValidators');
    assert.equal(validators.total_power, 10);
    const genesis = await f.result('chain_getGenesis');
    assert.equal(genesis.genesis.chain_id, 'test-chain');
  });

  it('answers a null element of a batch with -32600 and serves the rest', async () => {
    const r = await f.post(JSON.stringify([null, { jsonrpc: '2.0', id: 1, method: 'node_health' }, { jsonrpc: '2.0', id: 2, method: 'nope' }]));
    assert.equal(r.status, 200);
    assert.deepEqual(r.json[0], { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request' } });
    assert.equal(r.json[1].result.healthy, true);
    assert.equal(r.json[2].error.code, -32601);
    const alone = await f.post('null');
    assert.equal(alone.status, 200);
    assert.equal(alone.json.error.code, -32600);
  });

  it('answers node_status with the fields ackchain status reads', async () => {
    const s = await f.result('node_status');
    assert.deepEqual(Object.keys(s).sort(), [
      'chain_id', 'commits', 'consensus', 'genesis_hash', 'last_block_age_ms', 'last_signed', 'latest_block_hash', 'latest_block_time_ms', 'latest_height', 'mempool', 'node', 'peers', 'state_root',
    ]);
    // A lone validator signs every block's commit; each block after the first carries one.
    assert.deepEqual(s.last_signed, { height: s.latest_height, round: 0, step: 'precommit' });
    assert.deepEqual(s.commits, {
      heights: s.latest_height - 1, rounds_per_height: 1, heights_past_round_0: 0, max_round: 0,
      missed_blocks: [{ team: f.node.chain.validators[0].team, validator: toHex(f.keys.validator.publicKey), missed: 0 }],
    });
    assert.deepEqual(Object.keys(s.node).sort(), ['moniker', 'peer_id', 'started_at_ms', 'validator', 'version']);
    // A lone validator runs no p2p and no consensus rounds.
    assert.equal(s.node.peer_id, null);
    assert.equal(s.consensus, null);
    assert.deepEqual(await f.result('node_peers'), { peers: [] });
    assert.equal(s.node.validator, toHex(f.keys.validator.publicKey));
    assert.equal(s.node.started_at_ms, f.node.startedAtMs);
    assert.equal(s.peers, 0);
    assert.ok(Number.isSafeInteger(s.last_block_age_ms) && s.last_block_age_ms >= 0);
    assert.deepEqual(Object.keys(s.mempool).sort(), ['bytes', 'txs']);
  });

  it('refuses alert_list for an unknown team, and page sizes outside their bounds', async () => {
    assert.deepEqual((await f.call('alert_list', { team: 'nope' })).error, { code: -32004, message: 'no team "nope"' });
    assert.equal((await f.result('alert_list', { team: 'payments', limit: 500 })).alerts.length, 1);
    assert.deepEqual((await f.call('alert_list', { limit: 501 })).error, { code: -32602, message: 'invalid params: "limit" must be 1 to 500' });
    assert.equal((await f.call('alert_list', { limit: 0 })).error?.code, -32602);
    assert.equal((await f.call('alert_history', { id: 'payments-1', limit: 501 })).error?.code, -32602);
    assert.equal((await f.call('alert_history', { id: 'payments-1', limit: 0 })).error?.code, -32602);
    assert.equal((await f.call('team_list', { limit: 1001 })).error?.code, -32602);
    assert.equal((await f.call('team_list', { limit: 0 })).error?.code, -32602);
  });

  it('serves evidence_list (empty on a lone validator, which has nobody to catch) and refuses bad params', async () => {
    assert.deepEqual(await f.result('evidence_list'), { evidence: [], next_cursor: null });
    assert.deepEqual(await f.result('evidence_list', { validator: toHex(f.keys.validator.publicKey), limit: 1 }), { evidence: [], next_cursor: null });
    assert.deepEqual((await f.call('evidence_list', { limit: 101 })).error, { code: -32602, message: 'invalid params: "limit" must be 1 to 100' });
    assert.equal((await f.call('evidence_list', { limit: 0 })).error?.code, -32602);
    assert.deepEqual((await f.call('evidence_list', { validator: 'abcd' })).error, { code: -32602, message: 'invalid params: "validator": expected 32 bytes of hex, got 2' });
    assert.deepEqual((await f.call('evidence_list', { after: '00'.repeat(32) })).error, { code: -32602, message: 'invalid params: "after": expected 45 bytes of hex, got 32' });
    assert.deepEqual((await f.result('chain_getBlock', { height: 1 })).evidence, []);
  });

  it('pages team_list by team id', async () => {
    const first = await f.result('team_list', { limit: 1 });
    assert.deepEqual(first.teams.map((t: any) => t.id), ['payments']);
    assert.equal(first.next_cursor, 'payments');
    const second = await f.result('team_list', { limit: 1, cursor: first.next_cursor });
    assert.deepEqual(second.teams.map((t: any) => t.id), ['platform']);
    assert.equal(second.next_cursor, null);
    const all = await f.result('team_list', { limit: 1000 });
    assert.deepEqual(all.teams.map((t: any) => t.id), ['payments', 'platform']);
    assert.equal(all.next_cursor, null);
  });

  it('pages alert_history across a page boundary', async () => {
    const note = f.tx(f.keys.teams.payments.responder, { addAlertNote: { alert: { team: 'payments', number: 1 }, note: 'looking' } });
    assert.equal((await f.result('tx_submit', { tx: note, wait: 'committed' })).receipt.code, 0);
    const first = await f.result('alert_history', { id: 'payments-1', limit: 2 });
    assert.equal(first.alert.id, 'payments-1');
    assert.deepEqual(first.entries.map((e: any) => e.action), ['triggered', 'acknowledged']);
    assert.equal(first.next_from, 2);
    const second = await f.result('alert_history', { id: 'payments-1', limit: 2, from: first.next_from });
    assert.deepEqual(second.entries.map((e: any) => [e.action, e.detail]), [['note', 'looking']]);
    assert.equal(second.next_from, null);
    const whole = await f.result('alert_history', { team: 'payments', dedup_key: 'disk' });
    assert.equal(whole.entries.length, 3);
    assert.equal(whole.next_from, null);
    const past = await f.result('alert_history', { id: 'payments-1', from: 2 ** 40 });
    assert.deepEqual([past.entries, past.next_from], [[], null]);
  });
});
