// End to end with real processes: `ackchain testnet` writes four homes, `ackchain start` runs each;
// txs stream in over JSON-RPC while one validator is killed with SIGKILL (the chain goes on) and
// started again (it catches up by block sync and rejoins). Afterwards every node has the same
// headers and state roots, and every tx a client was told is committed is on every node.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain } from '../../src/chain/codec.ts';
import { readKeyFile, type KeyPair } from '../../src/chain/keys.ts';
import { signTx } from '../../src/chain/tx.ts';
import { cli, freePortBlock, rpcCall, spawnNode, waitHealthy, type NodeProcess } from '../support/processes.ts';

const VALIDATORS = 4;
/** Faster than the defaults, so the test runs in seconds; the same in every node's genesis. */
const PARAMS = { empty_block_interval_ms: 300, timeout_propose_ms: 1500, timeout_prevote_ms: 500, timeout_precommit_ms: 500, timeout_delta_ms: 250 };

describe('e2e: a four-validator testnet of real processes', function () {
  this.timeout(180_000);
  let dir: string;
  let rpcs: string[];
  let monitoring: KeyPair;
  const nodes: (NodeProcess | undefined)[] = [];
  /** tx hash -> height, of every tx a node answered "committed". */
  const committed = new Map<string, number>();
  let load: { stop: () => Promise<void> } | undefined;
  let memo = 0;

  const home = (i: number) => join(dir, `node${i}`);
  const start = (i: number): NodeProcess => (nodes[i] = spawnNode(['start', '--home', home(i)]));
  const height = async (i: number): Promise<number> => (await rpcCall(rpcs[i], 'node_status')).latest_height as number;

  async function waitHeight(i: number, target: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await height(i).catch(() => -1)) < target) {
      if (Date.now() > deadline) throw new Error(`node${i} did not reach height ${target} within ${timeoutMs} ms:\n${nodes[i]?.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Submits a trigger tx to a running node every 100 ms and remembers the ones committed. */
  function startLoad(): { stop: () => Promise<void> } {
    const inFlight = new Set<Promise<void>>();
    const timer = setInterval(() => {
      const live = nodes.flatMap((n, i) => (n !== undefined && n.child.exitCode === null ? [i] : []));
      const i = live[memo % live.length];
      const tx = signTx({
        chainId: 'e2e-testnet', expiresAtMs: Date.now() + 60_000, memo: `load ${memo++}`,
        triggerAlert: { team: 'team0', summary: 'load', severity: ackchain.Severity.SEVERITY_WARNING },
      }, monitoring);
      const call = rpcCall(rpcs[i], 'tx_submit', { tx: toHex(tx), wait: 'committed' })
        .then((r: { hash: string; height: number; receipt: { code: number } }) => {
          assert.equal(r.receipt.code, 0);
          committed.set(r.hash, r.height);
        }, () => { /* the node was killed, or the wait timed out: not told committed */ })
        .finally(() => inFlight.delete(call));
      inFlight.add(call);
    }, 100);
    return {
      stop: async () => {
        clearInterval(timer);
        await Promise.all(inFlight);
      },
    };
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ackchain-testnet-'));
    const base = await freePortBlock(VALIDATORS, 10, 2);
    const made = cli(['testnet', '--validators', String(VALIDATORS), '--out', dir, '--base-port', String(base), '--chain-id', 'e2e-testnet']);
    assert.equal(made.status, 0, made.stderr);
    // One genesis for all, with faster consensus: edit it once and give every node the same bytes.
    const genesis = JSON.parse(readFileSync(join(home(0), 'config', 'genesis.json'), 'utf8')) as { params: Record<string, number> };
    Object.assign(genesis.params, PARAMS);
    for (let i = 0; i < VALIDATORS; i++) writeFileSync(join(home(i), 'config', 'genesis.json'), JSON.stringify(genesis, null, 2));
    monitoring = readKeyFile(join(dir, 'keys', 'team0-monitoring.json'));
    rpcs = Array.from({ length: VALIDATORS }, (_, i) => `http://127.0.0.1:${base + 10 * i + 1}`);
    for (let i = 0; i < VALIDATORS; i++) start(i);
    await Promise.all(nodes.map((n, i) => waitHealthy(rpcs[i], n!, 30_000)));
  });

  after(async () => {
    await load?.stop();
    for (const n of nodes) if (n !== undefined && n.child.exitCode === null) n.child.kill('SIGKILL');
    await Promise.all(nodes.map((n) => n?.exited));
    rmSync(dir, { recursive: true, force: true });
  });

  it('testnet gives node i JSON-RPC on base + 10i + 1, and every node sees the other three', async () => {
    await waitHeight(0, 2);
    for (const rpc of rpcs) {
      const peers = (await rpcCall(rpc, 'node_peers')).peers as unknown[];
      assert.equal(peers.length, VALIDATORS - 1);
    }
  });

  it('goes on without a validator killed with SIGKILL, which catches up when it is started again', async () => {
    load = startLoad();
    await waitHeight(0, (await height(0)) + 3);
    nodes[3]!.child.kill('SIGKILL');
    await nodes[3]!.exited;
    const atKill = await height(0);
    await waitHeight(0, atKill + 8);
    for (const i of [1, 2]) await waitHeight(i, atKill + 8);
    start(3);
    await waitHealthy(rpcs[3], nodes[3]!, 30_000);
    await waitHeight(3, (await height(0)) + 2);
    await load.stop();
    load = undefined;
    assert.ok(committed.size > 20, `only ${committed.size} txs committed`);

    const top = Math.min(...await Promise.all(rpcs.map((_, i) => height(i))));
    for (let h = 1; h <= top; h++) {
      const blocks = await Promise.all(rpcs.map((rpc) => rpcCall(rpc, 'chain_getBlock', { height: h })));
      for (const [i, b] of blocks.entries()) {
        assert.equal(b.hash, blocks[0].hash, `node${i} has another block at height ${h}`);
        assert.equal(b.header.state_root, blocks[0].header.state_root, `node${i} has another state root at height ${h}`);
      }
    }
    for (const [hash, at] of committed) {
      if (at > top) continue;
      const found = await Promise.all(rpcs.map((rpc) => rpcCall(rpc, 'tx_get', { hash })));
      for (const f of found) assert.equal(f.height, at, `tx ${hash} is not where it was committed`);
    }
  });
});
