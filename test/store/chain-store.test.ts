import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readU64be, toHex, u64be } from '../../src/chain/bytes.ts';
import { ChainStore } from '../../src/store/chain-store.ts';
import { prefixRange } from '../../src/store/state-source.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** KEYS in fixtures/block-writer.ts: the state keys each of its blocks writes. */
const WRITER_KEYS = 50;
const write = (key: Uint8Array, value: Uint8Array | null) => [Buffer.from(key).toString('latin1'), { key, value }] as const;
const k = (...b: number[]) => new Uint8Array(b);

describe('store: ChainStore on LevelDB', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ackchain-store-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a block with everything it changes, readable after reopening', async () => {
    let store = await ChainStore.open(join(dir, 'db'));
    await store.commitGenesis({ height: 0, blockHash: k(9), stateRoot: k(1), timeMs: 5 }, k(7, 7), new Map([write(k(1), k(1)), write(k(2), k(2))]));
    await store.commitBlock({
      head: { height: 1, blockHash: new Uint8Array(32).fill(1), stateRoot: new Uint8Array(32).fill(2), timeMs: 10 },
      block: k(0xb1), commit: k(0xc1), txs: [{ hash: new Uint8Array(32).fill(3), location: k(0x71) }],
      state: new Map([write(k(1), null), write(k(3), k(3))]),
    });
    await store.close();
    store = await ChainStore.open(join(dir, 'db'));
    try {
      const head = (await store.head())!;
      assert.deepEqual([head.height, head.timeMs, toHex(head.blockHash), toHex(head.stateRoot)], [1, 10, '01'.repeat(32), '02'.repeat(32)]);
      assert.equal(toHex((await store.genesis())!), '0707');
      assert.equal(toHex((await store.getBlock(1))!), 'b1');
      assert.equal(await store.getBlock(2), undefined);
      assert.equal(await store.heightOfBlock(new Uint8Array(32).fill(1)), 1);
      assert.equal(toHex((await store.getCommit(1))!), 'c1');
      assert.equal(toHex((await store.getTxLocation(new Uint8Array(32).fill(3)))!), '71');
      assert.equal(await store.getState(k(1)), undefined, 'deleted');
      assert.equal(toHex((await store.getState(k(2)))!), '02');
      assert.deepEqual((await store.getStates([k(1), k(2), k(3)])).map((v) => v && toHex(v)), [undefined, '02', '03']);
    } finally {
      await store.close();
    }
  });

  it('ranges over state in numeric key order, forwards, backwards and limited', async () => {
    const store = await ChainStore.open(join(dir, 'db'));
    try {
      const numbers = [1, 2, 255, 256, 70000, 2 ** 40];
      await store.commitGenesis({ height: 0, blockHash: k(0), stateRoot: k(0), timeMs: 0 }, k(0),
        new Map([...numbers.map((n) => write(new Uint8Array([0x61, ...u64be(n)]), u64be(n))), write(k(0x62, 0), k(0))]));
      const read = async (options: { reverse?: boolean; limit?: number }) => {
        const out: number[] = [];
        for await (const [key, value] of store.stateRange(prefixRange(k(0x61), options))) {
          assert.equal(key[0], 0x61);
          out.push(readU64be(value));
        }
        return out;
      };
      assert.deepEqual(await read({}), numbers);
      assert.deepEqual(await read({ reverse: true }), [...numbers].reverse());
      assert.deepEqual(await read({ limit: 2 }), [1, 2]);
    } finally {
      await store.close();
    }
  });

  it('refuses to open a database that another process holds, with a reason', async () => {
    const store = await ChainStore.open(join(dir, 'db'));
    try {
      await assert.rejects(ChainStore.open(join(dir, 'db')), /cannot open the database/);
    } finally {
      await store.close();
    }
  });
});

describe('store: SIGKILL during writes', function () {
  this.timeout(60_000);

  for (const delayMs of [300, 700, 1200]) {
    it(`reopens at the last committed height with nothing half-written (kill after ${delayMs} ms)`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ackchain-kill-'));
      try {
        const child = spawn(process.execPath, [join(here, 'fixtures/block-writer.ts'), join(dir, 'db')], { stdio: ['ignore', 'pipe', 'inherit'] });
        let printed = 0;
        child.stdout!.on('data', (d: Buffer) => {
          const lines = d.toString().trim().split('\n');
          printed = Math.max(printed, Number(lines[lines.length - 1]));
        });
        const exited = new Promise((r) => child.once('exit', r));
        const started = Date.now();
        while (printed < 3 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, delayMs));
        child.kill('SIGKILL');
        await exited;
        assert.ok(printed >= 3, 'the writer committed blocks before the kill');

        const store = await ChainStore.open(join(dir, 'db'));
        try {
          const head = (await store.head())!;
          assert.ok(head.height >= printed, `head ${head.height} is behind the last reported commit ${printed}`);
          for (let key = 0; key < WRITER_KEYS; key++) {
            assert.equal(readU64be((await store.getState(k(0x6b, key)))!), head.height, `state key ${key} belongs to the head's batch`);
          }
          for (let h = 1; h <= head.height; h++) assert.equal(readU64be((await store.getBlock(h))!), h);
          assert.equal(await store.getBlock(head.height + 1), undefined);
        } finally {
          await store.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
