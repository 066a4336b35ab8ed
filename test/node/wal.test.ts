// The consensus WAL: the segment format byte for byte (checked by a decoder written here, not the
// one in wal.ts), append/flush/replay, markHeight with the two newest heights kept, the record size
// limit at and beyond its bound, a torn tail truncated for every cut point of the last record (and
// zeros after it), corruption in the middle refused with the file left alone, and crashes: a real
// child process killed with SIGKILL after N reports and paused at each stage of markHeight, with
// the unflushed tail of the file cut at random (what a power loss may do) before reopening.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { concatBytes, toHex, u64be, utf8 } from '../../src/chain/bytes.ts';
import {
  DEFAULT_MAX_RECORD_BYTES, encodeWalRecord, RECORD_HEADER_BYTES, SEGMENT_PREAMBLE_BYTES, Wal, WAL_MAGIC, WalCorruptError, walSegmentName,
} from '../../src/node/wal.ts';
import { spawnFixture } from './fixtures/child.ts';
import { recordAt } from './fixtures/wal-writer.ts';

const here = dirname(fileURLToPath(import.meta.url));
const WRITER = join(here, 'fixtures/wal-writer.ts');

const text = (s: string): Uint8Array => utf8.encode(s);
const hexes = (records: Uint8Array[]): string[] => records.map(toHex);

async function replayAll(wal: Wal): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const r of wal.replay()) out.push(r);
  return out;
}

/** An independent decoder of a segment: [kind, payload] of each record; throws on anything off. */
function decodeSegment(bytes: Uint8Array): [number, Uint8Array][] {
  assert.equal(toHex(bytes.subarray(0, 8)), toHex(text('ACKWAL\0\x01')), 'the magic');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: [number, Uint8Array][] = [];
  for (let pos = 8; pos < bytes.length;) {
    const length = view.getUint32(pos);
    assert.equal(view.getUint32(pos + 4), crc32(bytes.subarray(pos, pos + 4)), `the length checksum at ${pos}`);
    const body = bytes.subarray(pos + 12, pos + 12 + length);
    assert.equal(body.length, length, `a whole record at ${pos}`);
    assert.equal(view.getUint32(pos + 8), crc32(body), `the body checksum at ${pos}`);
    out.push([body[0], body.subarray(1)]);
    pos += 12 + length;
  }
  return out;
}

function isCorrupt(file: string, offset: number, reason: RegExp) {
  return (e: unknown): boolean => {
    assert.ok(e instanceof WalCorruptError, `a WalCorruptError, got ${String(e)}`);
    assert.equal(e.file, file);
    assert.equal(e.offset, offset);
    assert.match(e.message, reason);
    assert.ok(e.message.includes(`${file} is corrupt at byte ${offset}`), e.message);
    return true;
  };
}

const segments = (dir: string): string[] => readdirSync(dir).sort();

describe('node/wal: the consensus write-ahead log', () => {
  let dir: string;
  const opened: Wal[] = [];
  const openWal = async (options = {}): Promise<Wal> => {
    const w = await Wal.open(dir, options);
    opened.push(w);
    return w;
  };
  beforeEach(() => { dir = join(mkdtempSync(join(tmpdir(), 'ackchain-wal-')), 'wal'); });
  afterEach(async () => {
    for (const w of opened.splice(0)) await w.close().catch(() => {});
    rmSync(dirname(dir), { recursive: true, force: true });
  });

  it('starts empty in a new directory: no height, nothing to replay, no append before markHeight', async () => {
    const wal = await openWal();
    assert.ok(existsSync(dir));
    assert.equal(wal.height, undefined);
    assert.equal(wal.segmentFile, undefined);
    assert.deepEqual(await replayAll(wal), []);
    assert.throws(() => wal.append(text('x')), /markHeight before the first append/);
    assert.equal(wal.repaired, undefined);
  });

  it('writes the documented format: magic, the height marker, then length | crc(length) | crc(body) | kind | payload', async () => {
    const wal = await openWal();
    await wal.markHeight(7);
    wal.append(text('first'));
    wal.append(new Uint8Array(0));
    wal.append(Uint8Array.from([0, 1, 2, 255]));
    await wal.flush();
    const bytes = new Uint8Array(readFileSync(join(dir, '0000000000000007.wal')));
    assert.equal(wal.segmentFile, join(dir, walSegmentName(7)));
    assert.equal(bytes.length, wal.size);
    assert.deepEqual(decodeSegment(bytes).map(([k, p]) => [k, toHex(p)]), [[2, toHex(u64be(7))], [1, toHex(text('first'))], [1, ''], [1, '000102ff']]);
    assert.equal(SEGMENT_PREAMBLE_BYTES, 8 + 12 + 1 + 8);
    assert.equal(toHex(bytes.subarray(0, SEGMENT_PREAMBLE_BYTES)), toHex(concatBytes(WAL_MAGIC, encodeWalRecord(2, u64be(7)))));
    // The first record's header, by hand: body length 6, crc32 of 00000006, crc32 of 01 "first".
    const h = new DataView(bytes.buffer, SEGMENT_PREAMBLE_BYTES, RECORD_HEADER_BYTES);
    assert.equal(h.getUint32(0), 6);
    assert.equal(h.getUint32(4), crc32(Uint8Array.from([0, 0, 0, 6])));
    assert.equal(h.getUint32(8), crc32(concatBytes(Uint8Array.of(1), text('first'))));
  });

  it('appends are buffered until flush; replay after reopening gives the flushed records in order', async () => {
    let wal = await openWal();
    await wal.markHeight(1);
    const records = Array.from({ length: 50 }, (_, i) => recordAt(1, i));
    for (const r of records.slice(0, 30)) wal.append(r);
    assert.equal(wal.size, SEGMENT_PREAMBLE_BYTES, 'nothing written before flush');
    assert.ok(wal.pendingBytes > 0);
    await wal.flush();
    assert.equal(wal.pendingBytes, 0);
    for (const r of records.slice(30)) wal.append(r);
    await assert.rejects(async () => { for await (const _ of wal.replay()) { /* */ } }, /unflushed appends/);
    // Abandoned without flush or close (a crash): the last 20 were never written.
    wal = await Wal.open(dir);
    assert.deepEqual(hexes(await replayAll(wal)), hexes(records.slice(0, 30)));
    for (const r of records.slice(30)) wal.append(r);
    await wal.close(); // close flushes
    wal = await openWal();
    assert.equal(wal.height, 1);
    assert.deepEqual(hexes(await replayAll(wal)), hexes(records));
    assert.deepEqual(hexes(await replayAll(wal)), hexes(records), 'replay can run again');
  });

  it('flushes in order when flush calls overlap and appends come in between', async () => {
    const wal = await openWal();
    await wal.markHeight(1);
    const all: Uint8Array[] = [];
    const flushes: Promise<void>[] = [];
    for (let i = 0; i < 40; i++) {
      all.push(recordAt(1, i));
      wal.append(all[i]);
      if (i % 3 === 0) flushes.push(wal.flush());
    }
    flushes.push(wal.flush());
    await Promise.all(flushes);
    await wal.close();
    assert.deepEqual(hexes(await replayAll(await openWal())), hexes(all));
  });

  it('bounds records: exactly maxRecordBytes is appended, one more is refused; the default is 8 MiB', async () => {
    let wal = await openWal({ maxRecordBytes: 100 });
    await wal.markHeight(1);
    wal.append(new Uint8Array(100).fill(1));
    assert.throws(() => wal.append(new Uint8Array(101)), (e: unknown) => e instanceof RangeError && /101 bytes exceeds the limit of 100/.test(e.message));
    await wal.close();
    wal = await openWal({ maxRecordBytes: 100 });
    assert.deepEqual(hexes(await replayAll(wal)), [toHex(new Uint8Array(100).fill(1))]);
    await wal.close();
    // A record beyond the limit of the reader is corruption, not a torn tail: refused.
    await assert.rejects(Wal.open(dir, { maxRecordBytes: 99 }), isCorrupt(join(dir, walSegmentName(1)), SEGMENT_PREAMBLE_BYTES, /a record of 100 bytes, beyond the limit of 99/));

    assert.equal(DEFAULT_MAX_RECORD_BYTES, 8 * 1024 * 1024);
    rmSync(dir, { recursive: true });
    wal = await openWal();
    await wal.markHeight(1);
    wal.append(new Uint8Array(DEFAULT_MAX_RECORD_BYTES).fill(9));
    assert.throws(() => wal.append(new Uint8Array(DEFAULT_MAX_RECORD_BYTES + 1)), RangeError);
    await wal.close();
    const records = await replayAll(await openWal());
    assert.equal(records.length, 1);
    assert.equal(records[0].length, DEFAULT_MAX_RECORD_BYTES);
    assert.ok(records[0].every((b) => b === 9));
    await assert.rejects(Wal.open(dir, { maxRecordBytes: 7 }), RangeError);
  });

  it('markHeight: heights only go up, pending records go to the old height, only the current and previous heights are kept', async () => {
    const wal = await openWal();
    await wal.markHeight(1);
    await assert.rejects(wal.markHeight(1), /already at height 1/);
    await assert.rejects(wal.markHeight(0), RangeError);
    await assert.rejects(wal.markHeight(2.5), RangeError);
    for (let h = 1; h <= 5; h++) {
      if (h > 1) await wal.markHeight(h);
      wal.append(text(`h${h} a`));
      wal.append(text(`h${h} b`));
    }
    await wal.markHeight(10); // a gap (block sync): 5 stays as the previous height
    assert.deepEqual(segments(dir), [walSegmentName(5), walSegmentName(10)]);
    const five = decodeSegment(new Uint8Array(readFileSync(join(dir, walSegmentName(5)))));
    assert.deepEqual(five.map(([k, p]) => [k, k === 1 ? utf8.decode(p) : toHex(p)]), [[2, toHex(u64be(5))], [1, 'h5 a'], [1, 'h5 b']], 'appends before markHeight were flushed into their height');
    wal.append(text('h10'));
    await wal.close();
    const reopened = await openWal();
    assert.equal(reopened.height, 10);
    assert.deepEqual((await replayAll(reopened)).map((r) => utf8.decode(r)), ['h10'], 'replay starts at the last height marker');
  });

  it('removes an unfinished segment (.tmp) on open, and prunes older segments a crash left behind', async () => {
    let wal = await openWal();
    await wal.markHeight(1);
    wal.append(text('one'));
    await wal.markHeight(2);
    await wal.markHeight(3);
    await wal.close();
    writeFileSync(join(dir, `${walSegmentName(4)}.tmp`), 'half');
    writeFileSync(join(dir, walSegmentName(1)), readFileSync(join(dir, walSegmentName(2)))); // an old segment not pruned
    writeFileSync(join(dir, 'unrelated.txt'), 'left alone');
    wal = await openWal();
    assert.equal(wal.height, 3);
    assert.deepEqual(segments(dir), [walSegmentName(2), walSegmentName(3), 'unrelated.txt']);
    await wal.close();
    rmSync(dir, { recursive: true });
    await openWal();
    writeFileSync(join(dir, `${walSegmentName(1)}.tmp`), '');
    assert.equal((await openWal()).height, undefined);
    assert.deepEqual(segments(dir), []);
  });

  describe('a torn tail is truncated; nothing flushed is lost', () => {
    const file = () => join(dir, walSegmentName(3));
    /** A segment of height 3 with records a, b, c; returns the offsets where b and c start and the file's size. */
    async function threeRecords(): Promise<{ b: number; c: number; size: number }> {
      const wal = await openWal();
      await wal.markHeight(3);
      wal.append(text('record a'));
      wal.append(text('record b, a bit longer'));
      await wal.flush();
      const c = wal.size;
      wal.append(text('the last record, c, which the crash tears'));
      await wal.close();
      return { b: SEGMENT_PREAMBLE_BYTES + RECORD_HEADER_BYTES + 9, c, size: statSync(file()).size };
    }

    it('cut at every byte of the last record (header and body): the records before it stay, the rest is truncated, and appending goes on', async () => {
      const { c, size } = await threeRecords();
      const whole = readFileSync(file());
      for (let cut = c; cut < size; cut++) {
        writeFileSync(file(), whole.subarray(0, cut));
        const wal = await Wal.open(dir);
        assert.deepEqual((await replayAll(wal)).map((r) => utf8.decode(r)), ['record a', 'record b, a bit longer'], `cut at ${cut}`);
        if (cut === c) assert.equal(wal.repaired, undefined, 'a cut at a record boundary is a whole file');
        else {
          assert.deepEqual(wal.repaired && { ...wal.repaired, reason: undefined }, { file: file(), offset: c, droppedBytes: cut - c, reason: undefined });
          assert.match(wal.repaired!.reason, cut - c < RECORD_HEADER_BYTES ? /ends inside a record header/ : /ends inside a record \(/);
        }
        assert.equal(statSync(file()).size, c, 'the torn bytes are gone from the file');
        wal.append(text('after the crash'));
        await wal.close();
        const again = await Wal.open(dir);
        assert.deepEqual((await replayAll(again)).map((r) => utf8.decode(r)), ['record a', 'record b, a bit longer', 'after the crash']);
        assert.equal(again.repaired, undefined);
        await again.close();
      }
    });

    it('zeros after the end, or in place of the unwritten part of the last record, are a torn tail too', async () => {
      const { c, size } = await threeRecords();
      const whole = new Uint8Array(readFileSync(file()));
      const variants: [string, Uint8Array, string[]][] = [
        ['4 KiB of zeros after the last record', concatBytes(whole, new Uint8Array(4096)), ['record a', 'record b, a bit longer', 'the last record, c, which the crash tears']],
        ['the last record zeroed', concatBytes(whole.subarray(0, c), new Uint8Array(size - c)), ['record a', 'record b, a bit longer']],
        ['the last record zeroed from its 5th byte (half a header), and more zeros', concatBytes(whole.subarray(0, c + 5), new Uint8Array(600)), ['record a', 'record b, a bit longer']],
        ['the last body zeroed from its 3rd byte', concatBytes(whole.subarray(0, c + RECORD_HEADER_BYTES + 3), new Uint8Array(size - c - RECORD_HEADER_BYTES - 3)), ['record a', 'record b, a bit longer']],
        ['the last body zeroed and more zeros', concatBytes(whole.subarray(0, c + RECORD_HEADER_BYTES + 3), new Uint8Array(5000)), ['record a', 'record b, a bit longer']],
        ['a flipped byte in the last body', Uint8Array.from(whole, (b, i) => (i === size - 1 ? b ^ 1 : b)), ['record a', 'record b, a bit longer']],
      ];
      for (const [what, bytes, expected] of variants) {
        writeFileSync(file(), bytes);
        const wal = await Wal.open(dir);
        assert.deepEqual((await replayAll(wal)).map((r) => utf8.decode(r)), expected, what);
        assert.ok(wal.repaired, what);
        assert.equal(statSync(file()).size, expected.length === 3 ? size : c, what);
        await wal.close();
      }
    });

    it('damage with data after it is corruption in the middle: refused, naming the file and offset, the file untouched', async () => {
      const { b, c, size } = await threeRecords();
      const whole = new Uint8Array(readFileSync(file()));
      const flip = (at: number, mask = 1) => Uint8Array.from(whole, (x, i) => (i === at ? x ^ mask : x));
      const cases: [string, Uint8Array, number, RegExp][] = [
        ['a flipped byte in the body of b', flip(b + RECORD_HEADER_BYTES + 4), b, /a record fails its checksum and more data follows it/],
        ['a flipped bit in the length of b that points past the end of the file', flip(b + 2, 0x10), b, /the record length fails its checksum and more data follows it/],
        ['a flipped bit in the length of c (the last record), pointing past the end', flip(c + 1, 0x01), c, /the record length fails its checksum/],
        ['b zeroed, with c after it', Uint8Array.from(whole, (x, i) => (i >= b && i < c ? 0 : x)), b, /the record length fails its checksum and more data follows it/],
        ['a flipped byte in the body checksum of b', flip(b + 9), b, /a record fails its checksum and more data follows it/],
        ['a bad magic', flip(3), 0, /bad magic/],
        ['a damaged height marker', flip(8 + RECORD_HEADER_BYTES + 5), 8, /the height marker is damaged/],
        ['a record of an unknown kind', concatBytes(whole, encodeWalRecord(7, text('?'))), size, /unknown record kind 7/],
        ['a height marker inside the segment', concatBytes(whole.subarray(0, c), encodeWalRecord(2, u64be(4)), whole.subarray(c)), c, /a height marker inside a segment/],
        ['a file shorter than the magic', whole.subarray(0, 5), 0, /bad magic/],
      ];
      for (const [what, bytes, offset, reason] of cases) {
        writeFileSync(file(), bytes);
        await assert.rejects(Wal.open(dir), isCorrupt(file(), offset, reason), what);
        assert.equal(toHex(readFileSync(file())), toHex(bytes), `${what}: the file is left as it was`);
      }
      // A segment whose marker names another height than its file name.
      writeFileSync(file(), whole);
      renameSync(file(), join(dir, walSegmentName(4)));
      await assert.rejects(Wal.open(dir), isCorrupt(join(dir, walSegmentName(4)), 8, /not the marker of height 4/));
    });
  });

  it('close flushes, and refuses use afterwards', async () => {
    const wal = await openWal();
    await wal.markHeight(2);
    wal.append(text('pending at close'));
    await wal.close();
    assert.throws(() => wal.append(text('late')), /closed/);
    await assert.rejects(wal.flush(), /closed/);
    assert.deepEqual((await replayAll(await openWal())).map((r) => utf8.decode(r)), ['pending at close']);
  });
});

// ---- crashes: a real child process killed with SIGKILL ----

interface Durable { height: number; records: number; size: number }

/** What the child last reported durable: the last "flushed" or "marked" line (or its resume). */
function lastDurable(lines: string[]): Durable | undefined {
  let d: Durable | undefined;
  for (const line of lines) {
    const w = line.split(' ');
    if (w[0] === 'flushed') d = { height: Number(w[1]), records: Number(w[2]), size: Number(w[3]) };
    else if (w[0] === 'marked') d = { height: Number(w[1]), records: 0, size: Number(w[2]) };
  }
  return d;
}

describe('node/wal: SIGKILL while appending and rotating', function () {
  this.timeout(120_000);
  const PER_FLUSH = 3;
  const PER_HEIGHT = 20;
  let root: string;
  let dir: string;
  beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'ackchain-wal-kill-')); dir = join(root, 'wal'); });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** Opens the WAL as the next node would and checks it against what the child reported durable. */
  async function assertRecovered(durable: Durable | undefined, what: string): Promise<{ height: number; records: number; repaired: number }> {
    const wal = await Wal.open(dir);
    try {
      const height = wal.height!;
      const records = await replayAll(wal);
      records.forEach((r, i) => assert.equal(toHex(r), toHex(recordAt(height, i)), `${what}: record ${i} of height ${height}`));
      if (durable !== undefined) {
        assert.ok(height === durable.height || height === durable.height + 1, `${what}: height ${height}, the child reported ${durable.height} durable`);
        if (height === durable.height) assert.ok(records.length >= durable.records, `${what}: ${records.length} records of height ${height}, ${durable.records} were flushed`);
      }
      assert.ok(records.length <= PER_HEIGHT, `${what}: no more than a height's records`);
      const files = segments(dir);
      assert.deepEqual(files, (height > 1 ? [height - 1, height] : [height]).map(walSegmentName), `${what}: the current and previous heights only`);
      return { height, records: records.length, repaired: wal.repaired?.droppedBytes ?? 0 };
    } finally {
      await wal.close();
    }
  }

  /**
   * A power loss keeps what was fsynced and may lose, or zero, anything after it: cut the newest
   * segment at a random point after the last reported durable byte, and sometimes add zeros.
   */
  function losePower(durable: Durable | undefined, zeros: boolean): string {
    const names = segments(dir).filter((n) => n.endsWith('.wal'));
    const newest = names[names.length - 1];
    const height = Number(newest.slice(0, 16));
    const file = join(dir, newest);
    const size = statSync(file).size;
    const from = durable !== undefined && durable.height === height ? durable.size : SEGMENT_PREAMBLE_BYTES;
    const cut = from + Math.floor(Math.random() * (size - from + 1));
    truncateSync(file, cut);
    const added = zeros ? 1 + Math.floor(Math.random() * 4096) : 0;
    if (added > 0) writeFileSync(file, new Uint8Array(added), { flag: 'a' });
    return `cut ${size - cut} of ${size - from} unflushed bytes of height ${height}, added ${added} zeros`;
  }

  it('killed after 1, 2, 4, 9, 15, 30, 45 and a random number of flushes, restarting on the same log, every other time with a power loss after the kill (zeros added in runs 1 and 5)', async () => {
    const counts = [1, 2, 4, 9, 15, 30, 45, 1 + Math.floor(Math.random() * 60)];
    let expected = 'resumed 0 0 0';
    let repairs = 0;
    for (const [run, n] of counts.entries()) {
      const child = spawnFixture(WRITER, [dir, String(PER_FLUSH), String(PER_HEIGHT)]);
      const resumed = await child.waitFor((l) => l.startsWith('resumed '), 'resumed');
      assert.equal(resumed, expected, 'the child replays exactly what the parent recovered');
      await child.waitFor((_, i) => child.lines.slice(0, i + 1).filter((l) => l.startsWith('flushed ')).length >= n, `${n} flushes`);
      await child.kill();
      assert.ok(!child.lines.some((l) => l.startsWith('error')), child.lines.join('\n'));
      const durable = lastDurable(child.lines);
      const loss = run % 2 === 1 ? losePower(durable, run % 4 === 1) : 'no power loss';
      const got = await assertRecovered(durable, `run ${run} (${n} flushes, ${loss})`);
      repairs += got.repaired > 0 ? 1 : 0;
      expected = `resumed ${got.height} ${got.records} 0`;
    }
    assert.ok(repairs >= 2, `the zeros of runs 1 and 5 were truncated (${repairs} repairs)`);
  });

  const stages: ['segment-written' | 'segment-renamed' | 'pruned', string][] = [
    ['segment-written', 'height 3 never began: height 2 with all its records'],
    ['segment-renamed', 'height 3 began, height 1 not yet pruned'],
    ['pruned', 'height 3 began, heights 2 and 3 kept'],
  ];
  for (const [stage, outcome] of stages) {
    it(`killed paused at "${stage}" of markHeight(3): ${outcome}; the next process goes on from there`, async () => {
      const child = spawnFixture(WRITER, [dir, String(PER_FLUSH), String(PER_HEIGHT), stage, '3']);
      await child.waitFor((l) => l === `paused ${stage} 3`, 'paused');
      await child.kill();
      const before = segments(dir);
      const expectedFiles = {
        'segment-written': [walSegmentName(1), walSegmentName(2), `${walSegmentName(3)}.tmp`],
        'segment-renamed': [walSegmentName(1), walSegmentName(2), walSegmentName(3)],
        pruned: [walSegmentName(2), walSegmentName(3)],
      }[stage];
      assert.deepEqual(before, expectedFiles, 'the files the kill left');
      const durable = lastDurable(child.lines);
      assert.deepEqual(durable, { height: 2, records: PER_HEIGHT, size: durable!.size });
      const got = await assertRecovered(durable, `paused at ${stage}`);
      assert.deepEqual({ height: got.height, records: got.records }, stage === 'segment-written' ? { height: 2, records: PER_HEIGHT } : { height: 3, records: 0 });
      const next = spawnFixture(WRITER, [dir, String(PER_FLUSH), String(PER_HEIGHT)]);
      assert.equal(await next.waitFor((l) => l.startsWith('resumed '), 'resumed'), `resumed ${got.height} ${got.records} 0`);
      await next.waitFor((l) => l.startsWith('flushed 3 '), 'a flush at height 3');
      await next.kill();
      await assertRecovered(lastDurable(next.lines), 'after the next process');
    });
  }
});
