// Four validators in one process over real libp2p on 127.0.0.1 and real LevelDB: they commit
// blocks with txs by Tendermint, agree on every block and state root, and a validator that was
// stopped catches up by block sync when it starts again.
import assert from 'node:assert/strict';
import { decode } from '../../src/chain/codec.ts';
import { NetworkFixture } from '../support/network-fixture.ts';

describe('consensus network: four validators in one process', function () {
  this.timeout(120_000);
  const net = new NetworkFixture();

  before(async () => {
    await net.setup(4);
    await net.startAll();
  });

  after(() => net.close());

  async function agreeUpTo(height: number): Promise<void> {
    await net.waitHeight(height);
    const headers = await net.headers(height);
    for (const [i, h] of headers.entries()) assert.deepEqual(h, headers[0], `node ${i} differs from node 0`);
  }

  it('commits blocks with txs submitted to any node, the same blocks and state roots on every node', async () => {
    await net.waitHeight(2);
    const nodes = net.running();
    const txs = Array.from({ length: 12 }, (_, i) => net.trigger(`alert ${i}`));
    const admitted = await Promise.all(txs.map((tx, i) => nodes[i % nodes.length].submitTx(tx)));
    // Each tx is awaited on a node other than the one that admitted it: it came by gossip and consensus.
    const committed = await Promise.all(admitted.map((tx, i) => nodes[(i + 1) % nodes.length].waitForCommit(tx.hash, 30_000)));
    for (const c of committed) assert.equal(c.receipt.code, 0, c.receipt.log);
    const top = Math.max(...committed.map((c) => c.height));
    await agreeUpTo(top);
    // A commit is decided with the first 2/3+ of the precommits; the fourth, arriving a moment
    // later, goes into the next block's last_commit while its proposer waits to build it.
    const signatures = await Promise.all(Array.from({ length: top - 1 }, async (_, i) => {
      const block = await nodes[0].getBlock({ height: i + 2 });
      return decode.commit(block!.lastCommit).signatures.length;
    }));
    assert.ok(signatures.includes(4), `last_commit signatures per block: ${signatures.join(' ')}`);
    const status = nodes[0].status();
    assert.equal(status.peers, 3);
    assert.ok(status.consensus !== undefined && status.consensus.height > top - 1);
  });

  it('goes on without a stopped validator, which catches up by block sync when restarted', async () => {
    await net.stop(3);
    const from = Math.max(...net.running().map((n) => n.chain.height));
    const tx = await net.running()[0].submitTx(net.trigger('while node 3 is down'));
    await net.running()[1].waitForCommit(tx.hash, 30_000);
    await net.waitHeight(from + 5);
    const restarted = await net.start(3);
    const behind = restarted.chain.height;
    const target = Math.max(...net.running().map((n) => n.chain.height)) + 2;
    assert.ok(behind < target - 5, `node 3 restarted at ${behind}, the others are near ${target}`);
    await agreeUpTo(target);
  });
});
