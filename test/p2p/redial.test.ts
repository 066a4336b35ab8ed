// Persistent peers: the re-dial schedule on a fake clock (no sleeping), then a real peer that goes
// down and comes back on the same address.
import assert from 'node:assert/strict';
import { FakeClock } from '../support/fake-clock.ts';
import { generateNetworkKey } from '../../src/p2p/keys.ts';
import { backoffDelay, DEFAULT_BACKOFF, PersistentPeers } from '../../src/p2p/redial.ts';
import { identity, makeTx, startHost, stopAll, waitFor, waitSubscribed, type TestHost } from './helpers.ts';

describe('p2p persistent peers', function () {
  this.timeout(30_000);

  describe('backoff schedule', () => {
    const backoff = { initialMs: 100, maxMs: 1000, factor: 2, stableMs: 5000 };

    it('grows exponentially to the cap and stays there', () => {
      assert.deepEqual([0, 1, 2, 3, 4, 5, 10, 1e6].map((a) => backoffDelay(a, backoff)), [100, 200, 400, 800, 1000, 1000, 1000, 1000]);
      assert.equal(backoffDelay(0, DEFAULT_BACKOFF), 1000);
      assert.equal(backoffDelay(1e9, DEFAULT_BACKOFF), 60_000);
    });

    /** A dialler whose dials fail until `up`, recording when each was made. */
    function harness() {
      const clock = new FakeClock(0);
      const dials: number[] = [];
      const state = { up: false };
      const warnings: { at: number; message: string }[] = [];
      let peers!: PersistentPeers;
      peers = new PersistentPeers({
        peers: ['P'],
        timers: clock,
        backoff,
        log: (message, level) => { if (level === 'warn') warnings.push({ at: dials.length, message }); },
        dial: async () => {
          dials.push(clock.now());
          if (!state.up) throw new Error('connection refused');
          peers.onConnect('P');
        },
      });
      return { clock, dials, state, peers, warnings };
    }

    /** Lets the dial promises settle (they are resolved, not timed). */
    const settle = () => new Promise((resolve) => setImmediate(resolve));

    async function advance(clock: FakeClock, ms: number): Promise<void> {
      for (let t = 0; t < ms; t += 50) {
        clock.advance(50);
        await settle();
      }
    }

    it('warns the operator when a peer stays unreachable: after the 3rd failed dial in a row, then every 20th', async () => {
      const { clock, peers, warnings } = harness();
      peers.start();
      await settle();
      await advance(clock, 45_000);
      assert.deepEqual(warnings.map((w) => w.at), [3, 23, 43]);
      assert.match(warnings[0].message, /^cannot connect to persistent peer P \(3 attempts; last: connection refused\): is it running, is its address in p2p.persistent_peers right, and do both nodes have the same network key\?$/);
      peers.stop();
    });

    it('dials at start, then again after each failure with a growing delay, forever', async () => {
      const { clock, dials, peers } = harness();
      peers.start();
      await settle();
      await advance(clock, 10_000);
      assert.deepEqual(dials, [0, 100, 300, 700, 1500, 2500, 3500, 4500, 5500, 6500, 7500, 8500, 9500]);
      assert.equal(peers.status()[0].connected, false);
      peers.stop();
      assert.equal(clock.pending, 0);
    });

    it('stops re-dialling once connected; a stable connection that drops starts again from the initial delay', async () => {
      const { clock, dials, state, peers } = harness();
      peers.start();
      await settle();
      await advance(clock, 1000);
      assert.equal(dials.length, 4);
      state.up = true;
      await advance(clock, 1000);
      assert.equal(dials.length, 5);
      assert.equal(peers.status()[0].connected, true);
      await advance(clock, 10_000);
      assert.equal(dials.length, 5, 'no dial while connected');
      assert.equal(clock.pending, 0);

      const dropAt = clock.now();
      peers.onDisconnect('P');
      await advance(clock, 150);
      assert.deepEqual(dials.slice(5), [dropAt + 100]);
      assert.equal(peers.status()[0].connected, true);
      peers.stop();
    });

    it('counts a connection that drops at once (refused by the remote gater) as a failure', async () => {
      const { clock, dials, state, peers } = harness();
      state.up = true;
      peers.start();
      await settle();
      const gaps: number[] = [];
      for (let i = 0; i < 5; i++) {
        const before = dials.length;
        const at = clock.now();
        peers.onDisconnect('P');
        while (dials.length === before) await advance(clock, 50);
        gaps.push(dials.at(-1)! - at);
      }
      assert.deepEqual(gaps, [100, 200, 400, 800, 1000]);
      peers.stop();
    });

    it('an inbound connection cancels the pending re-dial; stop cancels everything', async () => {
      const { clock, dials, peers } = harness();
      peers.start();
      await settle();
      assert.equal(clock.pending, 1);
      peers.onConnect('P');
      assert.equal(clock.pending, 0);
      peers.onDisconnect('P');
      assert.equal(clock.pending, 1);
      peers.stop();
      assert.equal(clock.pending, 0);
      await advance(clock, 5000);
      assert.equal(dials.length, 1);
      peers.onDisconnect('P');
      assert.equal(clock.pending, 0, 'nothing is scheduled after stop');
    });
  });

  describe('a persistent peer that goes down and comes back', () => {
    const networkKey = generateNetworkKey();
    let a: TestHost;
    let b: TestHost | undefined;

    after(() => stopAll([a, b]));

    it('is re-dialled, and gossip resumes', async () => {
      const [ia, ib] = await Promise.all([identity(), identity()]);
      b = await startHost({ id: ib, networkKey, allowed: [ia.peerId] });
      const address = b.host.addrs()[0];
      const backoff = { initialMs: 50, maxMs: 400, stableMs: 60_000 };
      a = await startHost({ id: ia, networkKey, allowed: [], persistent: [address], options: { backoff } });
      await waitFor(() => a.host.isConnected(ib.peerId), 'the first connection');
      await waitSubscribed(a, b);
      const before = makeTx();
      await a.host.publishTx(before);
      await waitFor(() => b!.inbox.has(before), 'gossip before');

      await b.host.stop();
      await waitFor(() => !a.host.isConnected(ib.peerId), 'the disconnection');
      // Down for a while: a keeps failing, with growing delays.
      await waitFor(() => a.host.persistentPeers()[0].attempt >= 3, 'three failed re-dials');

      const port = address.split('/')[4];
      b = await startHost({ id: ib, networkKey, allowed: [ia.peerId], listen: `/ip4/127.0.0.1/tcp/${port}` });
      await waitFor(() => a.host.isConnected(ib.peerId), 'the re-dial', 10_000);
      await waitSubscribed(a, b);
      const after = makeTx();
      assert.equal(await a.host.publishTx(after), 1);
      await waitFor(() => b!.inbox.has(after), 'gossip after');
      const back = makeTx();
      await b.host.publishTx(back);
      await waitFor(() => a.inbox.has(back), 'gossip the other way');
      assert.equal(a.host.persistentPeers()[0].connected, true);
    });
  });
});
