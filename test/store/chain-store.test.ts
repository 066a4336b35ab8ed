// ChainStore against a real LevelDB in a temp dir: what commitBlock and commitGenesis write (the
// chain state verbatim, begin-block receipts included) is all there after reopening, state ranges
// come out in numeric order, and a SIGKILL in the middle of a stream of commits leaves the database
// at a whole block, never half of one.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { compareBytes, concatBytes, readU64be, toHex, u64be, utf8 } from '../../src/chain/bytes.ts';
import { sha256 } from '../../src/chain/hash.ts';
import { ChainStore, type BlockWrite } from '../../src/store/chain-store.ts';
import { prefixEnd, prefixRange, type StateRange } from '../../src/store/state-source.ts';
import {
  beginBlockReceiptAt, blockHashAt, CHAIN_STATE_LENGTH, chainStateAt, expectedBlock, expectedCommit, heightOfChainState, markerKey,
  rollingKey, stateKey, stateValue, txHashAt, txLocationAt, TXS,
} from './fixtures/block-writer.ts';

const here = dirname(fileURLToPath(import.meta.url));
const WRITER = join(here, 'fixtures/block-writer.ts');

const b = (...bytes: number[]): Uint8Array => Uint8Array.from(bytes);
const text = (s: string): Uint8Array => utf8.encode(s);
const hex = (v: Uint8Array | undefined): string | undefined => (v === undefined ? undefined : toHex(v));

type StateWrites = BlockWrite['state'];
function writes(...entries: [Uint8Array, Uint8Array | null][]): StateWrites {
  return new Map(entries.map(([key, value]) => [toHex(key), { key, value }]));
}

// The store keeps the chain state as opaque bytes; these stand-ins carry the height, a time and a
// root so that the bytes of different heights (and times) differ.
const chainStateOf = (height: number, timeMs = 1000 * height): Uint8Array =>
  concatBytes(u64be(height), u64be(timeMs), sha256(text('root'), u64be(height)));
const blockHashOf = (height: number): Uint8Array => sha256(text('block'), u64be(height));

function assertChainState(actual: Uint8Array | undefined, expected: Uint8Array, what = 'the chain state'): void {
  assert.ok(actual, `${what} is there`);
  assert.equal(toHex(actual), toHex(expected), `${what}, byte for byte`);
}

async function collect(store: ChainStore, range: StateRange): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for await (const [key, value] of store.stateRange(range)) out.push([toHex(key), toHex(value)]);
  return out;
}

describe('store/chain-store: ChainStore on LevelDB', () => {
  let dir: string;
  let path: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ackchain-store-')); path = join(dir, 'db'); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts empty', async () => {
    const store = await ChainStore.open(path);
    try {
      assert.equal(await store.chainState(), undefined);
      assert.equal(await store.genesis(), undefined);
      assert.equal(await store.getBlock(0), undefined);
      assert.equal(await store.getBlock(1), undefined);
      assert.equal(await store.getBeginBlockReceipt(0), undefined);
      assert.equal(await store.getBeginBlockReceipt(1), undefined);
      assert.equal(await store.heightOfBlock(new Uint8Array(32)), undefined);
      assert.deepEqual(await store.getStates([]), []);
      assert.deepEqual(await collect(store, { gte: new Uint8Array(0), lt: b(0xff) }), []);
    } finally {
      await store.close();
    }
  });

  it('commitGenesis keeps the genesis verbatim, its state and the height-0 chain state', async () => {
    const genesis = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff);
    let store = await ChainStore.open(path);
    await store.commitGenesis(genesis, writes([text('team/a'), b(1)], [text('team/b'), b(2)]), chainStateOf(0, 1_700_000_000_000));
    await store.close();
    store = await ChainStore.open(path);
    try {
      assert.equal(hex(await store.genesis()), toHex(genesis));
      assertChainState(await store.chainState(), chainStateOf(0, 1_700_000_000_000));
      assert.deepEqual((await store.getStates([text('team/a'), text('team/b'), text('team/c')])).map(hex), ['01', '02', undefined]);
      assert.equal(await store.getBlock(0), undefined, 'genesis is not a block');
      assert.equal(await store.getBeginBlockReceipt(0), undefined, 'genesis has no begin-block receipt');
    } finally {
      await store.close();
    }
  });

  it('commitBlock writes block, hash index, commit, txs, begin-block receipt, state puts and deletes, and chain state, all there after reopening', async () => {
    let store = await ChainStore.open(path);
    await store.commitGenesis(b(0x67), writes([text('a'), b(0xa0)], [text('b'), b(0xb0)], [text('c'), b(0xc0)]), chainStateOf(0));
    const blocks: BlockWrite[] = [1, 2, 3].map((h) => ({
      height: h,
      blockHash: blockHashOf(h),
      block: concatBytes(text('block'), u64be(h)),
      commit: concatBytes(text('commit'), u64be(h)),
      txs: [0, 1].map((j) => ({ hash: sha256(u64be(h), u64be(j)), location: concatBytes(u64be(h), u64be(j)) })),
      beginBlockReceipt: concatBytes(text('begin'), u64be(h)),
      state: [
        writes([text('a'), b(0xa1)], [text('b'), null], [text('d'), b(0xd1)]),
        writes([text('d'), null], [text('e'), b(0xe2)], [text('never'), null]),
        writes([text('a'), b(0xa3)], [text('d'), b(0xd3)]),
      ][h - 1],
      chainState: chainStateOf(h),
    }));
    for (const block of blocks) {
      await store.commitBlock(block);
      assertChainState(await store.chainState(), block.chainState, `the chain state right after block ${block.height}`);
    }
    await store.close();

    store = await ChainStore.open(path);
    try {
      assertChainState(await store.chainState(), chainStateOf(3));
      for (const block of blocks) {
        const h = block.height;
        assert.equal(hex(await store.getBlock(h)), toHex(block.block), `block ${h}`);
        assert.equal(await store.heightOfBlock(block.blockHash), h);
        assert.equal(hex(await store.getCommit(h)), toHex(block.commit));
        assert.equal(hex(await store.getBeginBlockReceipt(h)), toHex(block.beginBlockReceipt), `begin-block receipt ${h}`);
        for (const tx of block.txs) assert.equal(hex(await store.getTxLocation(tx.hash)), toHex(tx.location));
      }
      assert.equal(await store.getBlock(4), undefined);
      assert.equal(await store.getCommit(4), undefined);
      assert.equal(await store.getBeginBlockReceipt(4), undefined);
      assert.equal(await store.heightOfBlock(blockHashOf(4)), undefined);
      assert.equal(await store.getTxLocation(sha256(u64be(4), u64be(0))), undefined);
      // a: put, overwritten twice; b: deleted in block 1; c: untouched since genesis;
      // d: put, deleted, put again; e: put in block 2; never: deleted without existing.
      const keys = ['a', 'b', 'c', 'd', 'e', 'never'].map(text);
      assert.deepEqual((await store.getStates(keys)).map(hex), ['a3', undefined, 'c0', 'd3', 'e2', undefined]);
      assert.equal(hex(await store.getState(text('a'))), 'a3');
      assert.equal(await store.getState(text('b')), undefined);
      assert.deepEqual(await collect(store, { gte: new Uint8Array(0), lt: b(0xff) }),
        [['61', 'a3'], ['63', 'c0'], ['64', 'd3'], ['65', 'e2']], 'the state holds nothing else: blocks, receipts, txs and meta live under other prefixes');
    } finally {
      await store.close();
    }
  });

  it('keeps a block at a large height, and a chain state with large numbers, intact', async () => {
    const store = await ChainStore.open(path);
    try {
      const height = 2 ** 40;
      const chainState = chainStateOf(height, Number.MAX_SAFE_INTEGER);
      await store.commitBlock({
        height, blockHash: blockHashOf(height), block: b(1), commit: b(2), txs: [], beginBlockReceipt: b(3), state: new Map(), chainState,
      });
      assertChainState(await store.chainState(), chainState);
      assert.deepEqual([readU64be(chainState, 0), readU64be(chainState, 8)], [height, Number.MAX_SAFE_INTEGER]);
      assert.equal(hex(await store.getBlock(height)), '01');
      assert.equal(hex(await store.getCommit(height)), '02');
      assert.equal(hex(await store.getBeginBlockReceipt(height)), '03');
      assert.equal(await store.heightOfBlock(blockHashOf(height)), height);
      assert.equal(await store.getBlock(height - 1), undefined);
      assert.equal(await store.getBeginBlockReceipt(height + 1), undefined);
    } finally {
      await store.close();
    }
  });

  it('getBeginBlockReceipt returns exactly the receipt commitBlock wrote for a height, and undefined for a height never committed', async () => {
    const store = await ChainStore.open(path);
    try {
      // Receipts of odd sizes and bytes, an empty one included (a receipt with only default fields
      // encodes to nothing); heights 3, 4 and 6 are never committed.
      const receipts = new Map<number, Uint8Array>([
        [1, Uint8Array.from({ length: 2000 }, (_, i) => (i * 31 + 7) & 0xff)],
        [2, new Uint8Array(0)],
        [5, b(0x00, 0xff, 0x00)],
      ]);
      for (const [h, beginBlockReceipt] of receipts) {
        await store.commitBlock({
          height: h, blockHash: blockHashOf(h), block: u64be(h), commit: u64be(h), txs: [], beginBlockReceipt, state: new Map(), chainState: chainStateOf(h),
        });
      }
      for (const [h, receipt] of receipts) {
        const got = await store.getBeginBlockReceipt(h);
        assert.ok(got !== undefined, `receipt ${h} is there`);
        assert.equal(toHex(got), toHex(receipt), `receipt ${h}, byte for byte`);
      }
      for (const h of [0, 3, 4, 6, 2 ** 40]) assert.equal(await store.getBeginBlockReceipt(h), undefined, `no receipt at height ${h}`);
      assertChainState(await store.chainState(), chainStateOf(5));
    } finally {
      await store.close();
    }
  });

  it('ranges over state forwards, backwards and limited, with fixed-width big-endian numbers in numeric order', async () => {
    const store = await ChainStore.open(path);
    try {
      const numbers = [0, 1, 2, 127, 128, 255, 256, 65535, 65536, 70000, 2 ** 32, 2 ** 40, Number.MAX_SAFE_INTEGER];
      const shuffled = [...numbers].sort((x, y) => (x * 7919) % 13 - (y * 7919) % 13);
      const key = (n: number) => concatBytes(text('n/'), u64be(n));
      await store.commitGenesis(b(0), writes(
        ...shuffled.map((n) => [key(n), u64be(n)] as [Uint8Array, Uint8Array]),
        [text('m'), b(1)], [text('n'), b(2)], [text('n0'), b(3)], [text('o/'), b(4)],
      ), chainStateOf(0));
      const read = async (range: StateRange): Promise<number[]> => {
        const out: number[] = [];
        for await (const [k, v] of store.stateRange(range)) {
          assert.equal(toHex(k), toHex(key(readU64be(v))), 'keys come back without the store prefix');
          out.push(readU64be(v));
        }
        return out;
      };
      const all = prefixRange(text('n/'));
      assert.deepEqual(await read(all), numbers);
      assert.deepEqual(await read({ ...all, reverse: true }), [...numbers].reverse());
      assert.deepEqual(await read({ ...all, limit: 3 }), numbers.slice(0, 3));
      assert.deepEqual(await read({ ...all, reverse: true, limit: 2 }), numbers.slice(-2).reverse());
      assert.deepEqual(await read({ ...all, limit: 0 }), []);
      // gte is inclusive and lt exclusive.
      assert.deepEqual(await read({ gte: key(128), lt: key(65536) }), [128, 255, 256, 65535]);
      assert.deepEqual(await read({ gte: key(129), lt: key(65535), reverse: true }), [256, 255]);
      assert.deepEqual(await read({ gte: key(5), lt: key(5) }), []);
      assert.equal(toHex(prefixEnd(text('n/'))), toHex(text('n0')));
    } finally {
      await store.close();
    }
  });

  it('ranges return exactly the sorted keys in [gte, lt) for random numbers (property)', async () => {
    const store = await ChainStore.open(path);
    let run = 0;
    try {
      await fc.assert(fc.asyncProperty(
        fc.uniqueArray(fc.maxSafeNat(), { maxLength: 30 }), fc.maxSafeNat(), fc.maxSafeNat(), fc.boolean(), fc.option(fc.nat({ max: 10 })),
        async (numbers, x, y, reverse, limit) => {
          const prefix = concatBytes(text('p'), u64be(run++));
          const key = (n: number) => concatBytes(prefix, u64be(n));
          await store.commitGenesis(b(0), writes(...numbers.map((n) => [key(n), u64be(n)] as [Uint8Array, Uint8Array])), chainStateOf(0));
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          let expected = numbers.filter((n) => n >= lo && n < hi).sort((m, n) => m - n);
          if (reverse) expected.reverse();
          if (limit !== null) expected = expected.slice(0, limit);
          const got: number[] = [];
          for await (const [, v] of store.stateRange({ gte: key(lo), lt: key(hi), reverse, ...(limit === null ? {} : { limit }) })) got.push(readU64be(v));
          assert.deepEqual(got, expected);
        }), { numRuns: 40 });
    } finally {
      await store.close();
    }
  });

  it('orders u64be keys as their numbers (property)', () => {
    fc.assert(fc.property(fc.maxSafeNat(), fc.maxSafeNat(), (x, y) => {
      assert.equal(Math.sign(compareBytes(u64be(x), u64be(y))), Math.sign(x - y));
      assert.equal(readU64be(u64be(x)), x);
    }), { numRuns: 300 });
  });

  it('refuses to open a database another store holds, or a path that is not a directory, with a reason', async () => {
    const store = await ChainStore.open(path);
    try {
      await assert.rejects(ChainStore.open(path), new RegExp(`the database at ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by another process: a node is probably running from this home; stop it first`));
    } finally {
      await store.close();
    }
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    await assert.rejects(ChainStore.open(join(file, 'db')), /cannot open the database/);
  });
});

describe('store/chain-store: SIGKILL while blocks are being committed', function () {
  this.timeout(60_000);
  const KEYS = 300;

  /**
   * Runs the writer (on a store whose chain state is at height `from`) until it has printed height `minHeight`,
   * waits `delayMs`, kills it; returns the last height it printed.
   */
  async function killWriter(path: string, from: number, minHeight: number, delayMs: number): Promise<number> {
    const child = spawn(process.execPath, [WRITER, path, String(KEYS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
    const printed = (): number => {
      const lines = out.split('\n').filter((l) => l !== '');
      return lines.length === 0 ? 0 : Number(lines[lines.length - 1]);
    };
    let ready!: () => void;
    const reached = new Promise<void>((resolve) => { ready = resolve; });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (printed() >= minHeight) ready();
    });
    child.once('exit', () => ready());
    const timer = setTimeout(() => ready(), 30_000);
    await reached;
    clearTimeout(timer);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    const killed = child.kill('SIGKILL');
    await closed;
    assert.ok(killed && child.signalCode === 'SIGKILL', `the writer was killed, not exited (${child.exitCode}): ${err}`);
    // Every line is a whole number, each one more than the last.
    const lines = out.split('\n').filter((l) => l !== '').map(Number);
    lines.forEach((h, i) => assert.equal(h, from + i + 1, `the writer printed heights ${from + 1}, ${from + 2}, ...`));
    assert.ok(printed() >= minHeight, `the writer committed ${printed()} blocks before the kill: ${err}`);
    return printed();
  }

  async function assertConsistent(path: string, printed: number): Promise<number> {
    const store = await ChainStore.open(path);
    try {
      const chainState = await store.chainState();
      assert.ok(chainState, 'a chain state');
      assert.equal(chainState.length, CHAIN_STATE_LENGTH, 'the chain state is whole');
      const H = heightOfChainState(chainState);
      assert.ok(H >= printed, `chain state at ${H} is behind the last height the writer reported committed (${printed})`);
      assert.ok(H <= printed + 1, `chain state at ${H} is ahead of anything the writer could have committed (${printed} + 1)`);
      assertChainState(chainState, chainStateAt(H), `the chain state of block ${H}`);
      // Every state key of the batch carries the chain state's height, whole.
      const values = await store.getStates(Array.from({ length: KEYS }, (_, i) => stateKey(i)));
      values.forEach((v, i) => assert.equal(hex(v), toHex(stateValue(H, i)), `state key ${i} is from block ${v && readU64be(v)}, the chain state is at ${H}`));
      // Markers of blocks 1..H and none later; the rolling key of block H only (deletes are atomic too).
      const markers: number[] = [];
      for await (const [, v] of store.stateRange(prefixRange(text('h')))) markers.push(readU64be(v));
      assert.deepEqual(markers, Array.from({ length: H }, (_, i) => i + 1));
      assert.equal(await store.getState(markerKey(H + 1)), undefined);
      const rolling: number[] = [];
      for await (const [, v] of store.stateRange(prefixRange(text('r')))) rolling.push(readU64be(v));
      assert.deepEqual(rolling, [H]);
      assert.equal(hex(await store.getState(rollingKey(H))), toHex(u64be(H)));
      // Every block up to H, with its hash index, commit, begin-block receipt and txs; nothing of block H + 1.
      for (let h = 1; h <= H; h++) {
        assert.equal(hex(await store.getBlock(h)), toHex(expectedBlock(h)), `block ${h}`);
        assert.equal(await store.heightOfBlock(blockHashAt(h)), h);
        assert.equal(hex(await store.getCommit(h)), toHex(expectedCommit(h)));
        assert.equal(hex(await store.getBeginBlockReceipt(h)), toHex(beginBlockReceiptAt(h)), `begin-block receipt ${h}`);
        for (let j = 0; j < TXS; j++) assert.equal(hex(await store.getTxLocation(txHashAt(h, j))), toHex(txLocationAt(h, j)));
      }
      assert.equal(await store.getBlock(H + 1), undefined);
      assert.equal(await store.getCommit(H + 1), undefined);
      assert.equal(await store.getBeginBlockReceipt(H + 1), undefined);
      assert.equal(await store.heightOfBlock(blockHashAt(H + 1)), undefined);
      for (let j = 0; j < TXS; j++) assert.equal(await store.getTxLocation(txHashAt(H + 1, j)), undefined);
      return H;
    } finally {
      await store.close();
    }
  }

  // Different kill points: right after a commit was reported, and a few ms into later batches.
  // Each test kills the writer four times, reopening and checking the store after every kill.
  const random = (n: number) => Math.floor(Math.random() * n);
  const runs: [string, number[]][] = [
    ['right after a reported commit', [0, 0, 0, 0]],
    ['1 to 5 ms later', [1, 2, 3 + random(3), 5]],
    ['at random within 30 ms', [random(30), random(30), random(30), random(30)]],
  ];
  for (const [when, delays] of runs) {
    it(`reopens at a whole block no older than the last reported one, killed ${when} (${delays.join(', ')} ms)`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ackchain-kill-'));
      const path = join(dir, 'db');
      try {
        let height = 0;
        for (const [i, delayMs] of delays.entries()) {
          // The writer resumes after the chain state it finds; let it commit a few blocks each time.
          const printed = await killWriter(path, height, height + 2 + i, delayMs);
          height = await assertConsistent(path, printed);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
