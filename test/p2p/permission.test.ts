// The permissioned network: a peer outside the allowlist, or without the network key, gets no
// application message through. Tested by what that peer can do (publish, request), not by what
// its dial promise says (a refused dial may resolve and be aborted just after).
import assert from 'node:assert/strict';
import { createLibp2p, type Libp2p } from 'libp2p';
import { tcp } from '@libp2p/tcp';
import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import { identify } from '@libp2p/identify';
import { gossipsub } from '@libp2p/gossipsub';
import { multiaddr } from '@multiformats/multiaddr';
import { libp2pPrivateKey, generateNetworkKey } from '../../src/p2p/keys.ts';
import {
  connect, identity, makeTx, startHost, stopAll, waitFor, waitSubscribed, type Identity, type TestHost,
} from './helpers.ts';

const FAST = { limits: { requestTimeoutMs: 1500, dialTimeoutMs: 1500 } };

describe('p2p permissions', function () {
  this.timeout(30_000);
  const networkKey = generateNetworkKey();
  let a: TestHost;
  let b: TestHost;
  let outsider: TestHost;
  let noKey: TestHost;
  let plain: Libp2p | undefined;
  let plainId: Identity;
  const statusFrom: string[] = [];
  const checkedFrom: string[] = [];

  before(async () => {
    const [ia, ib, io, ik] = await Promise.all([identity(), identity(), identity(), identity()]);
    plainId = await identity();
    const members = [ia.peerId, ib.peerId, ik.peerId, plainId.peerId];
    const handlers = {
      onStatus: (from: string) => { statusFrom.push(from); return { height: 1, blockHash: new Uint8Array(32), genesisHash: new Uint8Array(32) }; },
      check: (m: { from: string }) => { checkedFrom.push(m.from); return 'accept' as const; },
    };
    a = await startHost({ id: ia, networkKey, allowed: members, handlers, options: FAST });
    b = await startHost({ id: ib, networkKey, allowed: members, handlers, options: FAST });
    // Holds the network key but is in nobody's allowlist; it would admit a and b itself.
    outsider = await startHost({ id: io, networkKey, allowed: [ia.peerId, ib.peerId], options: FAST });
    // Allowlisted everywhere, but with another network key.
    noKey = await startHost({ id: ik, networkKey: generateNetworkKey(), allowed: [ia.peerId, ib.peerId], options: FAST });
    await connect(a, b);
    await waitSubscribed(a, b);
  });

  after(async () => {
    await stopAll([a, b, outsider, noKey]);
    await plain?.stop();
  });

  /** Everything `intruder` can try against `target`; each attempt must fail or reach nobody. */
  async function tryEverything(intruder: TestHost, target: TestHost): Promise<Uint8Array[]> {
    const sent: Uint8Array[] = [];
    for (let i = 0; i < 3; i++) {
      await intruder.host.libp2p.dial(target.host.addrs().map((x) => multiaddr(x)), { signal: AbortSignal.timeout(1500) }).catch(() => {});
      const tx = makeTx();
      sent.push(tx);
      assert.equal(await intruder.host.publishTx(tx), 0, 'the publish reached a peer');
      await assert.rejects(intruder.host.requestStatus(target.id.peerId), 'a status request was answered');
      await assert.rejects(intruder.host.requestBlocks(target.id.peerId, 1, 1), 'a sync request was answered');
      assert.equal(intruder.host.topicPeers('tx').length, 0);
    }
    return sent;
  }

  /** A marker from b reaches a, so a's pipeline is working; nothing from `intruder` ever did. */
  async function assertNothingFrom(intruder: TestHost, sent: Uint8Array[]): Promise<void> {
    const marker = makeTx();
    await b.host.publishTx(marker);
    await waitFor(() => a.inbox.has(marker), 'the marker');
    for (const tx of sent) assert.ok(!a.inbox.has(tx) && !b.inbox.has(tx));
    assert.ok(!statusFrom.includes(intruder.id.peerId), 'the intruder got a status answer');
    assert.ok(!checkedFrom.includes(intruder.id.peerId), 'a message of the intruder was checked');
    assert.ok(!a.host.isConnected(intruder.id.peerId));
  }

  it('a peer outside the allowlist, holding the network key, gets nothing through', async () => {
    const sent = await tryEverything(outsider, a);
    await assertNothingFrom(outsider, sent);
  });

  it('an allowlisted peer cannot dial, publish to or request from a peer outside the allowlist', async () => {
    await assert.rejects(a.host.libp2p.dial(outsider.host.addrs().map((x) => multiaddr(x)), { signal: AbortSignal.timeout(1500) }));
    await assert.rejects(a.host.requestStatus(outsider.id.peerId));
    assert.ok(!outsider.host.isConnected(a.id.peerId));
  });

  it('an allowlisted peer with another network key gets nothing through, either way', async () => {
    const sent = await tryEverything(noKey, a);
    await assertNothingFrom(noKey, sent);
    await assert.rejects(a.host.libp2p.dial(noKey.host.addrs().map((x) => multiaddr(x)), { signal: AbortSignal.timeout(1500) }));
    assert.ok(!a.host.isConnected(noKey.id.peerId));
  });

  it('an allowlisted peer without any network key (no pnet) cannot connect; dialling it ends at the timeout', async () => {
    plain = await createLibp2p({
      privateKey: await libp2pPrivateKey(plainId.key),
      addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
      transports: [tcp()],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()],
      services: { identify: identify(), pubsub: gossipsub({ allowPublishToZeroTopicPeers: true }) },
    });
    const aAddrs = a.host.addrs().map((x) => multiaddr(x));
    for (let i = 0; i < 2; i++) {
      await plain.dial(aAddrs, { signal: AbortSignal.timeout(1500) }).catch(() => {});
      await assert.rejects(plain.dialProtocol(aAddrs, a.host.statusProtocol, { signal: AbortSignal.timeout(1500) }));
    }
    const started = performance.now();
    await assert.rejects(a.host.requestStatus(plainId.peerId, { timeoutMs: 1000 }));
    await assert.rejects(a.host.libp2p.dial(plain.getMultiaddrs(), { signal: AbortSignal.timeout(1000) }));
    assert.ok(performance.now() - started < 5000, 'the dials ended by their timeouts');
    assert.ok(!statusFrom.includes(plainId.peerId));
    assert.ok(!a.host.isConnected(plainId.peerId));
  });

  it('a peer dropped from the allowlist is disconnected and refused; added back, it connects again', async () => {
    await a.host.setAllowedPeers([]);
    await waitFor(() => !a.host.isConnected(b.id.peerId) && !b.host.isConnected(a.id.peerId), 'the disconnection');
    const sent = [makeTx()];
    await b.host.libp2p.dial(a.host.addrs().map((x) => multiaddr(x)), { signal: AbortSignal.timeout(1500) }).catch(() => {});
    assert.equal(await b.host.publishTx(sent[0]), 0);
    await assert.rejects(b.host.requestStatus(a.id.peerId));
    assert.ok(!a.inbox.has(sent[0]));

    await a.host.setAllowedPeers([b.id.peerId]);
    await connect(b, a);
    await waitSubscribed(b, a);
    const tx = makeTx();
    assert.equal(await b.host.publishTx(tx), 1);
    await waitFor(() => a.inbox.has(tx), 'the tx after re-admission');
    assert.ok(!a.inbox.has(sent[0]));
  });
});
