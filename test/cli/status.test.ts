// ackchain status: the node's identity and its chain's head in an aligned block, or node_status as JSON.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { CHAIN_ID } from '../support/chain-fixture.ts';
import { NodeFixture } from '../support/node-fixture.ts';
import { httpServer, runCli, type CliResult } from './support.ts';

describe('cli: status', function () {
  this.timeout(60_000);

  describe('against a real node', () => {
    let fixture: NodeFixture;
    before(async () => { fixture = await new NodeFixture().start(); });
    after(async () => { await fixture.stop(); });

    it('prints chain, height, last block and its age, validator, peers, consensus, mempool, moniker and version', async () => {
      const result = await runCli(['status', '--rpc', fixture.url]);
      assert.equal(result.stderr, '');
      assert.equal(result.status, 0);
      const lines = result.stdout.split('\n');
      assert.equal(lines.pop(), '', 'ends with a newline');
      assert.deepEqual(lines.map((l) => l.slice(0, 13)), ['chain id     ', 'height       ', 'last block   ', 'block age    ', 'validator    ',
        'peers        ', 'consensus    ', 'last signed  ', 'commits      ', 'mempool      ', 'moniker      ', 'version      '], 'labels aligned in one column');
      const value = (i: number) => lines[i].slice(13);
      assert.equal(value(0), CHAIN_ID);
      assert.match(value(1), /^\d+$/);
      assert.match(value(2), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.match(value(3), /^(\d+ ms|\d+\.\d s)$/);
      assert.equal(value(4), toHex(fixture.keys.validator.publicKey));
      assert.equal(value(5), '0', 'a network of one has no peers');
      assert.equal(value(6), '-', 'nor consensus rounds');
      assert.equal(value(7), `height ${value(1)}, round 0, precommit`, 'a lone validator signs every commit');
      assert.match(value(8), /^(none read yet|\d+ heights, 1 rounds per height, 0 past round 0; missed: none)$/);
      assert.match(value(9), /^\d+ txs, \d+ bytes$/);
      assert.deepEqual([value(10), value(11)], ['ackchain', '0.1.0']);
    });

    it('prints the node_status result with --json', async () => {
      const result = await runCli(['status', '--rpc', fixture.url, '--json']);
      assert.equal(result.status, 0, result.stderr);
      const status = JSON.parse(result.stdout);
      assert.equal(status.chain_id, CHAIN_ID);
      assert.equal(status.genesis_hash, toHex(fixture.node.genesis.hash));
      assert.equal(status.node.validator, toHex(fixture.keys.validator.publicKey));
      assert.ok(Number.isSafeInteger(status.latest_height));
    });
  });

  /** Runs `status` against a fake node whose node_status answers `result`. */
  async function statusFrom(result: unknown): Promise<CliResult> {
    const fake = await httpServer((_req, body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: JSON.parse(body).id, result }));
    });
    try {
      return await runCli(['status', '--rpc', fake.url]);
    } finally {
      await fake.close();
    }
  }

  it('prints "-" for what an older node does not send, and "not a validator"', async () => {
    const result = await statusFrom({
      node: { moniker: 'edge-1', version: '0.0.9', validator: null }, chain_id: 'acme-1', genesis_hash: 'aa', latest_height: 12,
      latest_block_hash: 'bb', latest_block_time_ms: Date.UTC(2026, 0, 2, 3, 4, 5, 6), state_root: 'cc',
    });
    assert.deepEqual(result, {
      status: 0, stderr: '', stdout: [
        'chain id     acme-1',
        'height       12',
        'last block   2026-01-02T03:04:05.006Z',
        'block age    -',
        'validator    not a validator',
        'peers        -',
        'consensus    -',
        'last signed  -',
        'commits      -',
        'mempool      -',
        'moniker      edge-1',
        'version      0.0.9', ''].join('\n'),
    });
  });

  it('says when a validator has not joined consensus yet', async () => {
    const result = await statusFrom({
      node: { moniker: 'db', version: '0.1.0', validator: 'ab'.repeat(32) }, chain_id: 'acme-1', genesis_hash: 'aa', latest_height: 0,
      latest_block_hash: '', latest_block_time_ms: Date.UTC(2026, 0, 2), state_root: 'cc', consensus: { height: 1, round: 0, step: 'propose', joined: false },
    });
    assert.match(result.stdout, /^consensus {4}height 1, not joined: waiting for block sync to hear from a peer \(no signer state yet\)$/m);
  });

  it('prints the age, peers, consensus and mempool a node sends', async () => {
    const result = await statusFrom({
      node: { moniker: 'dev', version: '0.1.0', validator: 'ab'.repeat(32), started_at_ms: 1 }, chain_id: 'acme-1', genesis_hash: 'aa',
      latest_height: 7, latest_block_hash: 'bb', latest_block_time_ms: Date.UTC(2026, 0, 2), state_root: 'cc',
      mempool: { txs: 3, bytes: 512 }, peers: 2, last_block_age_ms: 125_400, consensus: { height: 8, round: 1, step: 'prevote' },
      last_signed: { height: 8, round: 1, step: 'prevote' },
      commits: { heights: 6, rounds_per_height: 1.5, heights_past_round_0: 2, max_round: 2, missed_blocks: [{ team: 'web', missed: 0 }, { team: 'db', missed: 4 }, { team: 'ops', missed: 1 }] },
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^block age {4}2 min 5 s$/m);
    assert.match(result.stdout, new RegExp(`^validator {4}${'ab'.repeat(32)}$`, 'm'));
    assert.match(result.stdout, /^peers {8}2$/m);
    assert.match(result.stdout, /^consensus {4}height 8, round 1, prevote$/m);
    assert.match(result.stdout, /^last signed {2}height 8, round 1, prevote$/m);
    assert.match(result.stdout, /^commits {6}6 heights, 1.5 rounds per height, 2 past round 0; missed: db 4, ops 1$/m);
    assert.match(result.stdout, /^mempool {6}3 txs, 512 bytes$/m);
  });
});
