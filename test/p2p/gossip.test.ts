// Gossip between real libp2p hosts over TCP on 127.0.0.1: every topic, two and four hosts, the
// node's check, and malformed or oversized messages that must stop at the first hop.
import assert from 'node:assert/strict';
import { generateKeyPair } from '../../src/chain/keys.ts';
import type { Verdict } from '../../src/p2p/host.ts';
import { encodeConsensusMessage, encodeEvidence } from '../../src/p2p/wire.ts';
import { generateNetworkKey } from '../../src/p2p/keys.ts';
import {
  assertBytes, connect, identity, makeEvidence, makeProposal, makeTx, makeVote, startHost, startNetwork, stopAll, waitFor, waitSubscribed, type TestHost,
} from './helpers.ts';

describe('p2p gossip', function () {
  this.timeout(20_000);
  const validator = generateKeyPair();

  describe('two hosts', () => {
    let hosts: TestHost[] = [];
    before(async () => {
      hosts = await startNetwork(2);
      await connect(hosts[0], hosts[1]);
      await waitSubscribed(hosts[0], hosts[1]);
      await waitSubscribed(hosts[1], hosts[0]);
    });
    after(() => stopAll(hosts));

    it('delivers a tx, a vote, a proposal and evidence, each decoded, in both directions', async () => {
      const [a, b] = hosts;
      const tx = makeTx();
      const vote = makeVote(validator);
      const proposal = makeProposal(validator, 3, 1);
      const evidence = makeEvidence(validator);
      assert.equal(await a.host.publishTx(tx), 1);
      assert.equal(await a.host.publishVote(vote), 1);
      assert.equal(await b.host.publishProposal(proposal), 1);
      assert.equal(await b.host.publishEvidence(evidence), 1);
      await waitFor(() => b.inbox.messages.length === 2 && a.inbox.messages.length === 2, 'four deliveries');

      const [gotTx, gotVote] = b.inbox.messages;
      assert.equal(gotTx.topic, 'tx');
      assertBytes(gotTx.data, tx);
      assert.equal(gotTx.from, a.id.peerId);
      assert.ok(gotTx.topic === 'tx' && gotTx.tx.body.memo.startsWith('memo'));
      assert.ok(gotVote.topic === 'consensus' && gotVote.kind === 'vote');
      assertBytes(gotVote.vote.voteBytes, vote.vote);
      assertBytes(gotVote.vote.vote.validator, validator.publicKey);

      const [gotProposal, gotEvidence] = a.inbox.messages;
      assert.ok(gotProposal.topic === 'consensus' && gotProposal.kind === 'proposal');
      assert.equal(gotProposal.proposal.proposal.height, 3);
      assert.equal(gotProposal.proposal.proposal.round, 1);
      assertBytes(gotProposal.proposal.block.bytes, proposal.block);
      assert.ok(gotEvidence.topic === 'evidence');
      assertBytes(gotEvidence.evidence.voteA.voteBytes, evidence.voteA.vote);
      assert.equal(gotProposal.from, b.id.peerId);
    });

    it('sends the same content once: its message id is the hash of the payload', async () => {
      const [a, b] = hosts;
      const tx = makeTx();
      assert.equal(await a.host.publishTx(tx), 1);
      assert.equal(await a.host.publishTx(tx), 0);
      const marker = makeTx();
      await a.host.publishTx(marker);
      await waitFor(() => b.inbox.has(marker), 'the marker');
      assert.equal(b.inbox.messages.filter((m) => Buffer.from(m.data).equals(tx)).length, 1);
    });

    it('refuses to publish a malformed payload', async () => {
      await assert.rejects(hosts[0].host.publish('tx', new Uint8Array([1, 2, 3])));
      await assert.rejects(hosts[0].host.publish('consensus', makeTx()));
    });
  });

  describe('a seen TTL shorter than the default', () => {
    let hosts: TestHost[] = [];
    before(async () => {
      const networkKey = generateNetworkKey();
      const ids = await Promise.all([identity(), identity()]);
      const allowed = ids.map((i) => i.peerId);
      hosts = await Promise.all(ids.map((id) => startHost({ id, networkKey, allowed, options: { seenTtlMs: 600 } })));
      await connect(hosts[0], hosts[1]);
      await waitSubscribed(hosts[0], hosts[1]);
    });
    after(() => stopAll(hosts));

    it('sends the same content again once the TTL has passed (how the consensus driver re-publishes its votes)', async () => {
      const [a, b] = hosts;
      const vote = makeVote(validator);
      const deliveries = () => b.inbox.messages.filter((m) => m.topic === 'consensus' && m.kind === 'vote' && Buffer.from(m.vote.voteBytes).equals(vote.vote)).length;
      assert.equal(await a.host.publishVote(vote), 1);
      assert.equal(await a.host.publishVote(vote), 0, 'within the TTL: a duplicate');
      await waitFor(() => deliveries() === 1, 'the first delivery');
      // Published again until it goes out: once both sides have forgotten the id, it is delivered again.
      const deadline = performance.now() + 5000;
      while (deliveries() < 2 && performance.now() < deadline) {
        await a.host.publishVote(vote);
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(deliveries(), 2);
    });
  });

  describe('a lone host', () => {
    let hosts: TestHost[] = [];
    before(async () => { hosts = await startNetwork(1); });
    after(() => stopAll(hosts));

    it('publishes with no peer at all', async () => {
      assert.equal(await hosts[0].host.publishVote(makeVote(validator)), 0);
      assert.equal(await hosts[0].host.publishTx(makeTx()), 0);
    });
  });

  describe('four hosts, fully connected', () => {
    let hosts: TestHost[] = [];
    before(async () => {
      hosts = await startNetwork(4);
      for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) await connect(hosts[i], hosts[j]);
      for (const a of hosts) for (const b of hosts) if (a !== b) await waitSubscribed(a, b);
    });
    after(() => stopAll(hosts));

    it('delivers every topic from every host to the three others, once each', async () => {
      const sent = hosts.map((h, i) => {
        const key = generateKeyPair();
        return [
          { kind: 'tx' as const, data: makeTx() },
          { kind: 'consensus' as const, data: encodeConsensusMessage({ kind: 'vote', vote: makeVote(key, 7, i) }) },
          { kind: 'consensus' as const, data: encodeConsensusMessage({ kind: 'proposal', proposal: makeProposal(key, 7, i) }) },
          { kind: 'evidence' as const, data: encodeEvidence(makeEvidence(key)) },
        ];
      });
      for (const [i, h] of hosts.entries()) for (const m of sent[i]) await h.host.publish(m.kind, m.data);
      await waitFor(() => hosts.every((h) => h.inbox.messages.length === 12), '12 deliveries on each host');
      for (const [i, h] of hosts.entries()) {
        for (const [j, msgs] of sent.entries()) {
          for (const m of msgs) assert.equal(h.inbox.has(m.data), i !== j, `host ${i}, message of host ${j} on ${m.kind}`);
        }
      }
    });
  });

  describe('a line of three hosts (a - b - c) with a check on b', () => {
    let hosts: TestHost[] = [];
    const verdicts: Verdict[] = [];
    let checked = 0;
    before(async () => {
      hosts = await startNetwork(3, (i) => i === 1 ? {
        check: () => { checked++; return verdicts.shift() ?? 'accept'; },
      } : {});
      const [a, b, c] = hosts;
      await connect(a, b);
      await connect(b, c);
      await waitSubscribed(a, b);
      // b forwards to its mesh: wait until c is in it on every topic.
      await waitFor(() => (['tx', 'consensus', 'evidence'] as const).every((k) => b.host.meshPeers(k).includes(c.id.peerId)), "c in b's mesh");
    });
    after(() => stopAll(hosts));

    /** Publishes `bad` from a (bypassing the host's own checks), then a good marker; waits for the marker at c. */
    async function sendThenMarker(kind: 'tx' | 'consensus' | 'evidence', bad: Uint8Array): Promise<void> {
      const [a, , c] = hosts;
      await a.host.libp2p.services.pubsub.publish(a.host.topic(kind), bad);
      const marker = makeTx();
      await a.host.publishTx(marker);
      await waitFor(() => c.inbox.has(marker), 'the marker at c');
    }

    it('forwards a good message to c', async () => {
      const vote = makeVote(validator);
      await hosts[0].host.publishVote(vote);
      await waitFor(() => hosts[2].inbox.messages.some((m) => m.topic === 'consensus'), 'the vote at c');
      assert.equal(hosts[2].inbox.messages.at(-1)!.from, hosts[1].id.peerId, 'c got it from b');
    });

    it('drops malformed messages at b: not delivered there, never forwarded to c', async () => {
      const [, b, c] = hosts;
      const before = { b: b.inbox.messages.length, c: c.inbox.messages.length, checked };
      const bad = [
        { kind: 'tx' as const, data: new Uint8Array([0xff, 0xff, 0xff]) },
        { kind: 'tx' as const, data: encodeConsensusMessage({ kind: 'vote', vote: makeVote(validator) }) },
        { kind: 'consensus' as const, data: makeTx() },
        { kind: 'consensus' as const, data: encodeConsensusMessage({ kind: 'vote', vote: { ...makeVote(validator), signature: new Uint8Array(10) } }) },
        { kind: 'evidence' as const, data: new Uint8Array([0x0a, 0x05, 1, 2]) },
      ];
      for (const m of bad) await sendThenMarker(m.kind, m.data);
      for (const m of bad) {
        assert.ok(!b.inbox.has(m.data), `b delivered a malformed ${m.kind}`);
        assert.ok(!c.inbox.has(m.data), `c received a malformed ${m.kind}`);
      }
      assert.equal(b.inbox.messages.length - before.b, bad.length, 'only the markers');
      assert.equal(c.inbox.messages.length - before.c, bad.length, 'only the markers');
      assert.equal(checked - before.checked, bad.length, "the node's check saw only the markers");
      assert.ok(b.host.peers().find((p) => p.peerId === hosts[0].id.peerId)!.score < 0, "a's score at b went down");
    });

    it('drops an oversized message at b', async () => {
      const [, b, c] = hosts;
      const huge = makeTx(undefined, 'x'.repeat(b.host.limits.gossip.tx));
      await sendThenMarker('tx', huge);
      assert.ok(!b.inbox.has(huge));
      assert.ok(!c.inbox.has(huge));
    });

    it("follows the node's check: reject and ignore stop a message, accept passes it", async () => {
      const [, b, c] = hosts;
      const rejected = makeTx();
      const ignored = makeTx();
      verdicts.push('reject');
      await sendThenMarker('tx', rejected);
      verdicts.push('ignore');
      await sendThenMarker('tx', ignored);
      for (const data of [rejected, ignored]) {
        assert.ok(!b.inbox.has(data));
        assert.ok(!c.inbox.has(data));
      }
    });
  });
});
