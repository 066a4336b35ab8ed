// Four validators in one process over real libp2p on 127.0.0.1 and real LevelDB: they commit
// blocks with txs by Tendermint, agree on every block and state root, a validator that was
// stopped catches up by block sync when it starts again, and a validator whose key signs two
// conflicting prevotes ends up in a committed block's evidence and in every node's state.
import assert from 'node:assert/strict';
import { signVote } from '../../src/chain/block.ts';
import { toHex, utf8 } from '../../src/chain/bytes.ts';
import { ackchain, decode } from '../../src/chain/codec.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { merkleRoot } from '../../src/chain/merkle.ts';
import type { AckchainNode } from '../../src/node/node.ts';
import { P2PHost, tcpMultiaddr } from '../../src/p2p/index.ts';
import { encodeConsensusMessage } from '../../src/p2p/wire.ts';
import type { CallContext } from '../../src/rpc/batch.ts';
import { methods } from '../../src/rpc/methods.ts';
import { Params } from '../../src/rpc/params.ts';
import { CHAIN_ID } from '../support/chain-fixture.ts';
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

  it('puts evidence of a validator that prevoted twice into a committed block and every node\'s state (evidence_list, chain_getBlock)', async () => {
    // Node 3's keys, used by an impostor in its place: the same peer id and port, and its validator
    // key signing two prevotes for different blocks at the height (and round) the others are at.
    await net.stop(3);
    const m = net.members[3];
    const byzantine = toHex(m.validator.publicKey);
    const impostor = await P2PHost.create({
      chainId: CHAIN_ID, nodeKey: m.nodeKey, networkKey: net.networkKey, listen: [tcpMultiaddr('127.0.0.1', m.port)],
      allowedPeers: net.members.slice(0, 3).map((o) => o.peerId), persistentPeers: net.config(3).p2p.persistentPeers,
      handlers: { check: () => 'ignore' }, heartbeatIntervalMs: 100,
    });
    const signed = new Set<string>();
    try {
      await impostor.start();
      const until = Date.now() + 20_000;
      while (impostor.topicPeers('consensus').length < 3) {
        assert.ok(Date.now() < until, 'the honest nodes never subscribed the impostor');
        await new Promise((r) => setTimeout(r, 50));
      }
      const nodes = net.running();
      const listed = async (node: AckchainNode) => (await node.listEvidence({ validator: m.validator.publicKey, limit: 100 })).evidence;
      // Heights pass every few hundred ms: sign for the one in progress and the next (which waits in
      // the others' buffers) until a block carries the evidence.
      for (let n = 0; (await Promise.all(nodes.map(listed))).some((l) => l.length === 0); n++) {
        assert.ok(Date.now() < until + 20_000, 'no committed block carried the evidence');
        const at = nodes[0].status().consensus!;
        for (const [height, round] of [[at.height, at.round], [at.height + 1, 0]]) {
          for (const side of ['a', 'b']) {
            const blockHash = sha256(utf8.encode(`${n} ${side}`));
            signed.add(`${height}/${round}/${toHex(blockHash)}`);
            const vote = signVote({ chainId: CHAIN_ID, type: ackchain.VoteType.VOTE_TYPE_PREVOTE, height, round, blockHash, timestampMs: Date.now() }, m.validator);
            await impostor.publish('consensus', encodeConsensusMessage({ kind: 'vote', vote: { vote: vote.vote, signature: vote.signature } }));
          }
        }
        await new Promise((r) => setTimeout(r, 300));
      }
    } finally {
      await impostor.stop();
    }

    const nodes = net.running();
    const [first] = (await nodes[0].listEvidence({ validator: m.validator.publicKey, limit: 100 })).evidence;
    assert.equal(toHex(first.validator), byzantine);
    assert.equal(first.type, ackchain.VoteType.VOTE_TYPE_PREVOTE);
    for (const hash of [first.blockHashA, first.blockHashB]) assert.ok(signed.has(`${first.height}/${first.round}/${toHex(hash)}`), 'a block hash the key signed');
    assert.ok(first.includedHeight > first.height);
    await agreeUpTo(first.includedHeight);
    for (const node of nodes) {
      const block = (await node.getBlock({ height: first.includedHeight }))!;
      assert.ok(block.evidence.some((e) => toHex(e) === toHex(first.bytes)), 'the including block carries it');
      assert.equal(toHex(block.header.evidenceRoot), toHex(merkleRoot(block.evidence)));
    }
    // What an auditor asks for over JSON-RPC, from a node that did not necessarily include it.
    const rpc = methods(nodes[2]);
    const call = {} as CallContext;
    const answer = await rpc.evidence_list!(new Params({ validator: byzantine }), call) as { evidence: Record<string, unknown>[]; next_cursor: string | null };
    assert.deepEqual(answer.evidence.find((e) => e.raw === toHex(first.bytes)), {
      validator: byzantine, team: 'team3', height: first.height, round: first.round, type: 'prevote',
      block_hash_a: toHex(first.blockHashA), block_hash_b: toHex(first.blockHashB), included_height: first.includedHeight, raw: toHex(first.bytes),
    });
    const block = await rpc.chain_getBlock!(new Params({ height: first.includedHeight }), call) as { evidence: unknown[] };
    assert.ok(block.evidence.some((e) => JSON.stringify(e) === JSON.stringify(answer.evidence.find((a) => a.raw === toHex(first.bytes)))));
  });
});
