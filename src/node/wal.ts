// The consensus write-ahead log: the inputs fed to the Tendermint machine, as opaque byte records
// given by the caller, so that a restarted validator can replay its current height into a fresh
// machine (with every send suppressed) and resume where it stopped.
//
// `markHeight(h)` starts height h: a new segment file whose first record is a height marker;
// `append(record)` buffers a record in memory, `flush()` writes what is buffered and fsyncs it
// (the driver flushes before it acts on its own messages); `replay()` yields the records of the
// current height, the last marker on, in order. Only the two newest segments (the current height
// and the one before) are kept; older ones are deleted by markHeight and by open.
//
// Layout: a directory of segments named by height, `<height as 16 decimal digits>.wal`. A segment
// is created whole (header and marker written to `<name>.tmp`, fsynced, renamed, directory
// fsynced), so it exists with its marker or not at all; a `.tmp` left by a crash is deleted on
// open. Segment format:
//   magic    8 bytes  "ACKWAL" 0x00 0x01 (format version 1)
//   records, each:
//     u32be  body length (1 + payload length)
//     u32be  CRC-32 of the 4 length bytes (a damaged length is detected, not trusted)
//     u32be  CRC-32 of the body
//     body:  u8 kind (1 = record, 2 = height marker), then the payload
//            (the caller's bytes; for a marker, the height as u64be)
// The first record of a segment is its marker, with the height of its name; markers appear
// nowhere else.
//
// Opening checks the newest segment record by record. What a crash can leave after the last fsync
// (a torn tail) is truncated away, fsynced, and reported in `repaired`:
//   - the file ends inside a record (in its header, or in the body its checked length announces);
//   - a record's body fails its checksum and only zero bytes, or nothing, follow it;
//   - a record's header fails its checksum and only zero bytes, or nothing, follow the header
//     (a filesystem may grow a file in a crash without its data reaching the disk: zeros).
// In each case no whole record can follow, so nothing that was flushed is dropped. Any other
// damage (a bad record with non-zero bytes after it, a bad magic, a marker that does not match
// the name, an unknown kind, a length beyond the limit) is corruption in the middle: open throws a
// WalCorruptError naming the file and the offset, and changes nothing (beyond deleting unfinished
// `.tmp` segments). (A crash on
// a filesystem that persisted later blocks of an unflushed append but not earlier ones also ends
// up here: refusing is safer than guessing how much to drop.) Records are bounded:
// `maxRecordBytes` (default 8 MiB, two of the largest block) for appends and for reading alike.
import { mkdir, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fsyncDir, isErrno } from './durable-files.ts';
import { crc32 } from 'node:zlib';
import { concatBytes, readU64be, u64be } from '../chain/bytes.ts';

export const WAL_MAGIC = Uint8Array.from([0x41, 0x43, 0x4b, 0x57, 0x41, 0x4c, 0x00, 0x01]); // "ACKWAL" 0 1
export const RECORD_HEADER_BYTES = 12;
export const DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024;
/** Magic plus the height marker: the size of a segment with no records yet. */
export const SEGMENT_PREAMBLE_BYTES = WAL_MAGIC.length + RECORD_HEADER_BYTES + 1 + 8;

const KIND_RECORD = 1;
const KIND_MARKER = 2;
const SEGMENT_NAME = /^(\d{16})\.wal$/;
/** The file name of the segment of a height. */
export const walSegmentName = (height: number): string => `${String(height).padStart(16, '0')}.wal`;
const segmentName = walSegmentName;

/** Where markHeight is (for crash tests: a hook may pause there to be killed). */
export type WalStage = 'segment-written' | 'segment-renamed' | 'pruned';

export interface WalOptions {
  /** The largest payload append accepts and open reads. Default 8 MiB. */
  readonly maxRecordBytes?: number;
  /** Called (and awaited) at each stage of markHeight. For tests. */
  readonly onStage?: (stage: WalStage, height: number) => void | Promise<void>;
}

export class WalCorruptError extends Error {
  readonly file: string;
  readonly offset: number;

  constructor(file: string, offset: number, reason: string) {
    super(`write-ahead log ${file} is corrupt at byte ${offset}: ${reason}; refusing to open it (move the WAL directory aside to start without it; the node then resumes its height from peers)`);
    this.name = 'WalCorruptError';
    this.file = file;
    this.offset = offset;
  }
}

/** What open cut off the end of the newest segment. */
export interface WalRepair {
  readonly file: string;
  /** The segment's new length: the end of its last whole record. */
  readonly offset: number;
  readonly droppedBytes: number;
  readonly reason: string;
}

/** Encodes one record (header and body) as it is written to a segment. */
export function encodeWalRecord(kind: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(RECORD_HEADER_BYTES + 1 + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 1 + payload.length);
  view.setUint32(4, crc32(out.subarray(0, 4)));
  out[RECORD_HEADER_BYTES] = kind;
  out.set(payload, RECORD_HEADER_BYTES + 1);
  view.setUint32(8, crc32(out.subarray(RECORD_HEADER_BYTES)));
  return out;
}

/** Reads a file at positions with a read-ahead window, so that small records cost no syscall each. */
class Reader {
  readonly #fh: FileHandle;
  #start = 0;
  #buffer = new Uint8Array(0);

  constructor(fh: FileHandle) {
    this.#fh = fh;
  }

  /** Up to n bytes at pos (fewer at the end of the file). */
  async read(pos: number, n: number): Promise<Uint8Array> {
    if (pos >= this.#start && pos + n <= this.#start + this.#buffer.length) {
      return this.#buffer.subarray(pos - this.#start, pos - this.#start + n);
    }
    const size = Math.max(n, 64 * 1024);
    const buffer = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await this.#fh.read(buffer, filled, size - filled, pos + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    this.#start = pos;
    this.#buffer = buffer.subarray(0, filled);
    return this.#buffer.subarray(0, Math.min(n, filled));
  }

  async allZero(from: number, to: number): Promise<boolean> {
    for (let pos = from; pos < to; pos += 64 * 1024) {
      const chunk = await this.read(pos, Math.min(64 * 1024, to - pos));
      for (const b of chunk) if (b !== 0) return false;
    }
    return true;
  }
}

type Scanned =
  | { readonly ok: true; readonly kind: number; readonly payload: Uint8Array; readonly end: number }
  | { readonly ok: false; readonly torn: boolean; readonly reason: string };

/** The record at pos of a file of `size` bytes: whole, torn (a crash's tail), or corrupt. */
async function scanRecord(reader: Reader, pos: number, size: number, maxBody: number): Promise<Scanned> {
  const rest = size - pos;
  if (rest < RECORD_HEADER_BYTES) return { ok: false, torn: true, reason: `the file ends inside a record header (${rest} of ${RECORD_HEADER_BYTES} bytes)` };
  const header = await reader.read(pos, RECORD_HEADER_BYTES);
  const view = new DataView(header.buffer, header.byteOffset, RECORD_HEADER_BYTES);
  const length = view.getUint32(0);
  const bodyCrc = view.getUint32(8);
  if (view.getUint32(4) !== crc32(header.subarray(0, 4))) {
    if (await reader.allZero(pos + RECORD_HEADER_BYTES, size)) return { ok: false, torn: true, reason: 'a damaged record header with nothing but zeros after it' };
    return { ok: false, torn: false, reason: 'the record length fails its checksum and more data follows it' };
  }
  if (length < 1 || length > maxBody) {
    return { ok: false, torn: false, reason: `a record of ${length - 1} bytes, beyond the limit of ${maxBody - 1} (maxRecordBytes)` };
  }
  const end = pos + RECORD_HEADER_BYTES + length;
  if (end > size) return { ok: false, torn: true, reason: `the file ends inside a record (${rest - RECORD_HEADER_BYTES} of ${length} body bytes)` };
  const body = await reader.read(pos + RECORD_HEADER_BYTES, length);
  if (crc32(body) !== bodyCrc) {
    if (await reader.allZero(end, size)) return { ok: false, torn: true, reason: 'the last record fails its checksum' };
    return { ok: false, torn: false, reason: 'a record fails its checksum and more data follows it' };
  }
  return { ok: true, kind: body[0], payload: body.subarray(1), end };
}


function checkHeight(height: number): void {
  if (!Number.isSafeInteger(height) || height < 0) throw new RangeError(`height must be a non-negative safe integer, got ${height}`);
}

export class Wal {
  readonly dir: string;
  readonly maxRecordBytes: number;
  /** What open truncated from a torn tail, if anything. */
  readonly repaired: WalRepair | undefined;
  readonly #onStage: NonNullable<WalOptions['onStage']>;
  #height: number | undefined;
  #fh: FileHandle | undefined;
  /** Bytes of the current segment on disk (written; fsynced once no flush is running). */
  #size: number;
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;
  /** Serialises flush, markHeight and close. */
  #queue: Promise<unknown> = Promise.resolve();
  #failure: Error | undefined;
  #closed = false;

  private constructor(dir: string, options: WalOptions, height: number | undefined, fh: FileHandle | undefined, size: number, repaired: WalRepair | undefined) {
    this.dir = dir;
    this.maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    this.#onStage = options.onStage ?? (() => {});
    this.#height = height;
    this.#fh = fh;
    this.#size = size;
    this.repaired = repaired;
  }

  /**
   * Opens (creating it if needed) the WAL in `dir`: deletes unfinished segments and all but the two
   * newest, checks the newest and truncates a torn tail. Throws WalCorruptError on other damage.
   */
  static async open(dir: string, options: WalOptions = {}): Promise<Wal> {
    const max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    if (!Number.isSafeInteger(max) || max < 8 || max > 2 ** 31) throw new RangeError(`maxRecordBytes must be an integer from 8 to 2^31, got ${max}`);
    const full = resolve(dir);
    await mkdir(full, { recursive: true });
    const names = await readdir(full);
    let removed = false;
    for (const name of names) {
      if (name.endsWith('.wal.tmp') && SEGMENT_NAME.test(name.slice(0, -4))) {
        await unlink(join(full, name)); // a markHeight cut short: never renamed, never in force
        removed = true;
      }
    }
    const heights = names.map((n) => SEGMENT_NAME.exec(n)).filter((m) => m !== null).map((m) => Number(m[1])).sort((a, b) => a - b);
    if (heights.length === 0) {
      if (removed) await fsyncDir(full);
      return new Wal(full, options, undefined, undefined, 0, undefined);
    }
    const height = heights[heights.length - 1];
    const file = join(full, segmentName(height));
    const fh = await open(file, 'r+');
    try {
      const { end, repaired } = await Wal.#check(fh, file, height, max + 1);
      for (const h of heights.slice(0, -2)) {
        await unlink(join(full, segmentName(h)));
        removed = true;
      }
      if (removed) await fsyncDir(full);
      return new Wal(full, options, height, fh, end, repaired);
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  /** Checks a segment; truncates a torn tail. Returns the end of its last whole record. */
  static async #check(fh: FileHandle, file: string, height: number, maxBody: number): Promise<{ end: number; repaired: WalRepair | undefined }> {
    const size = (await fh.stat()).size;
    const reader = new Reader(fh);
    const magic = await reader.read(0, WAL_MAGIC.length);
    if (magic.length < WAL_MAGIC.length || !magic.every((b, i) => b === WAL_MAGIC[i])) throw new WalCorruptError(file, 0, 'not a WAL segment of this format (bad magic)');
    const marker = await scanRecord(reader, WAL_MAGIC.length, size, maxBody);
    if (!marker.ok) throw new WalCorruptError(file, WAL_MAGIC.length, `the height marker is damaged: ${marker.reason}`);
    if (marker.kind !== KIND_MARKER || marker.payload.length !== 8 || readU64be(marker.payload) !== height) {
      throw new WalCorruptError(file, WAL_MAGIC.length, `the first record is not the marker of height ${height}`);
    }
    let pos = marker.end;
    while (pos < size) {
      const r = await scanRecord(reader, pos, size, maxBody);
      if (!r.ok) {
        if (!r.torn) throw new WalCorruptError(file, pos, r.reason);
        await fh.truncate(pos);
        await fh.sync();
        return { end: pos, repaired: { file, offset: pos, droppedBytes: size - pos, reason: r.reason } };
      }
      if (r.kind !== KIND_RECORD) throw new WalCorruptError(file, pos, r.kind === KIND_MARKER ? 'a height marker inside a segment' : `unknown record kind ${r.kind}`);
      pos = r.end;
    }
    return { end: pos, repaired: undefined };
  }

  /** The height of the last marker, or undefined before the first markHeight. */
  get height(): number | undefined { return this.#height; }

  /** The current segment's file, or undefined before the first markHeight. */
  get segmentFile(): string | undefined { return this.#height === undefined ? undefined : join(this.dir, segmentName(this.#height)); }

  /** Bytes of the current segment written by open and flush (what a crash cannot take back once flush resolved). */
  get size(): number { return this.#size; }

  /** Bytes appended and not yet flushed. */
  get pendingBytes(): number { return this.#pendingBytes; }

  #usable(): void {
    if (this.#closed) throw new Error(`write-ahead log ${this.dir} is closed`);
    if (this.#failure !== undefined) throw new Error(`an earlier write to the write-ahead log ${this.dir} failed (${this.#failure.message}); restart the node to reopen it`, { cause: this.#failure });
  }

  /** Buffers one record of the current height (after markHeight). Durable once a later flush resolves. */
  append(record: Uint8Array): void {
    this.#usable();
    if (!(record instanceof Uint8Array)) throw new TypeError('a WAL record must be a Uint8Array');
    if (record.length > this.maxRecordBytes) throw new RangeError(`a WAL record of ${record.length} bytes exceeds the limit of ${this.maxRecordBytes}`);
    if (this.#height === undefined) throw new Error('markHeight before the first append: a WAL record belongs to a height');
    const encoded = encodeWalRecord(KIND_RECORD, record);
    this.#pending.push(encoded);
    this.#pendingBytes += encoded.length;
  }

  #serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(op);
    this.#queue = run.catch(() => {});
    return run;
  }

  /** Writes and fsyncs every record appended so far. */
  flush(): Promise<void> {
    return this.#serial(() => this.#flush());
  }

  async #flush(): Promise<void> {
    this.#usable();
    if (this.#pending.length === 0) return;
    const data = concatBytes(...this.#pending);
    this.#pending = [];
    this.#pendingBytes = 0;
    try {
      let written = 0;
      while (written < data.length) {
        const { bytesWritten } = await this.#fh!.write(data, written, data.length - written, this.#size + written);
        written += bytesWritten;
      }
      await this.#fh!.sync();
    } catch (e) {
      this.#failure = e as Error; // what reached the disk is unknown (a failed fsync may have dropped it): stop
      throw e;
    }
    this.#size += data.length;
  }

  /**
   * Starts `height` (above the current one): flushes the current segment, creates the new one with
   * its marker, and deletes all segments but the new one and the one before it. Later appends and
   * replay belong to the new height.
   */
  markHeight(height: number): Promise<void> {
    return this.#serial(async () => {
      this.#usable();
      checkHeight(height);
      if (this.#height !== undefined && height <= this.#height) throw new RangeError(`cannot mark height ${height}: the write-ahead log is already at height ${this.#height}`);
      await this.#flush();
      try {
        await this.#startSegment(height);
      } catch (e) {
        this.#failure = e as Error;
        throw e;
      }
    });
  }

  async #startSegment(height: number): Promise<void> {
    const file = join(this.dir, segmentName(height));
    const temp = `${file}.tmp`;
    const preamble = concatBytes(WAL_MAGIC, encodeWalRecord(KIND_MARKER, u64be(height)));
    const tfh = await open(temp, 'w', 0o600);
    try {
      await tfh.writeFile(preamble);
      await tfh.sync();
    } finally {
      await tfh.close();
    }
    await this.#onStage('segment-written', height);
    await rename(temp, file);
    await fsyncDir(this.dir);
    await this.#onStage('segment-renamed', height);
    const fh = await open(file, 'r+');
    const old = this.#fh;
    this.#fh = fh;
    this.#height = height;
    this.#size = preamble.length;
    await old?.close();
    const heights = (await readdir(this.dir)).map((n) => SEGMENT_NAME.exec(n)).filter((m) => m !== null).map((m) => Number(m[1])).sort((a, b) => a - b);
    const keep = new Set(heights.filter((h) => h <= height).slice(-2));
    let removed = false;
    for (const h of heights) {
      if (!keep.has(h)) {
        await unlink(join(this.dir, segmentName(h))).catch((e) => { if (!isErrno(e, 'ENOENT')) throw e; });
        removed = true;
      }
    }
    if (removed) await fsyncDir(this.dir);
    await this.#onStage('pruned', height);
  }

  /**
   * The records of the current height, in order, as they are on disk (call it after open, before
   * appending: it refuses while appended records are not flushed). Nothing for a WAL with no height.
   */
  async *replay(): AsyncIterable<Uint8Array> {
    this.#usable();
    if (this.#pending.length > 0) throw new Error('replay with unflushed appends: replay right after open, before appending');
    const fh = this.#fh;
    if (fh === undefined) return;
    const file = join(this.dir, segmentName(this.#height!));
    const end = this.#size;
    const reader = new Reader(fh);
    let pos = SEGMENT_PREAMBLE_BYTES;
    while (pos < end) {
      const r = await scanRecord(reader, pos, end, this.maxRecordBytes + 1);
      if (!r.ok) throw new WalCorruptError(file, pos, r.reason);
      if (r.kind !== KIND_RECORD) throw new WalCorruptError(file, pos, `unexpected record kind ${r.kind}`);
      yield Uint8Array.from(r.payload);
      pos = r.end;
    }
  }

  /** Flushes what is appended and closes the segment. */
  close(): Promise<void> {
    return this.#serial(async () => {
      if (this.#closed) return;
      try {
        if (this.#failure === undefined) await this.#flush();
      } finally {
        this.#closed = true;
        await this.#fh?.close();
        this.#fh = undefined;
      }
    });
  }
}

