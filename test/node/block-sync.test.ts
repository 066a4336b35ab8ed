// Block sync against a scripted network: a peer whose status carries another genesis hash is on
// another chain: it is never synced from, and the operator is told once, with both hashes.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { BlockSync, type SyncNetwork } from '../../src/node/block-sync.ts';
import type { StatusResponse, SyncedBlock } from '../../src/p2p/index.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { captureLogger } from '../support/log-capture.ts';

const OURS = new Uint8Array(32).fill(1);
const THEIRS = new Uint8Array(32).fill(2);

function scripted(statuses: Record<string, StatusResponse>): SyncNetwork & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    peers: () => Object.keys(statuses).map((peerId) => ({ peerId })),
    requestStatus: async (peerId) => statuses[peerId],
    requestBlocks: async (peerId): Promise<SyncedBlock[]> => { asked.push(peerId); return []; },
    limits: { maxBlocksPerRequest: 10 },
  };
}

async function looks(sync: BlockSync, clock: FakeClock, n: number): Promise<void> {
  sync.start();
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setImmediate(r));
    clock.advance(1000);
  }
  await sync.stop();
}

describe('node/block-sync: peers of another chain', () => {
  it('never syncs from a peer with another genesis, says so once, and still syncs from its own chain\'s peers', async () => {
    const clock = new FakeClock(0);
    const { log, lines } = captureLogger();
    const network = scripted({
      stranger: { height: 50, blockHash: new Uint8Array(32), genesisHash: THEIRS },
      friend: { height: 20, blockHash: new Uint8Array(32), genesisHash: OURS },
      // A node from before status carried the genesis: taken at its word, as before.
      older: { height: 10, blockHash: new Uint8Array(32), genesisHash: new Uint8Array(0) },
    });
    const sync = new BlockSync({ network, clock, log, intervalMs: 1000, height: () => 0, genesisHash: OURS, apply: async () => 0 });
    await looks(sync, clock, 3);
    assert.ok(!network.asked.includes('stranger'), `asked ${network.asked}`);
    assert.ok(network.asked.includes('friend'));
    const told = lines.filter((l) => l.msg.startsWith('a peer runs a chain from another genesis'));
    assert.equal(told.length, 1, 'once, however many looks');
    assert.deepEqual([told[0].peer, told[0].theirs, told[0].ours], ['stranger', toHex(THEIRS), toHex(OURS)]);
    assert.equal(told[0].level, 40);
  });
});
