// Never sign twice: the last height, round and step this validator signed, and the bytes it
// signed there, kept durably in one small JSON file (the data directory's signer state), with a
// lock file beside it so that two processes holding one validator key cannot both sign.
//
// The host calls `await signer.checkAndRecord({height, round, step, signBytes})` before a
// signature leaves the process (before it signs, or at the latest before it sends). It resolves
// once the new state is on disk: written to `<path>.tmp`, fsynced, renamed over `<path>`, and the
// directory fsynced. A crash at any point of that leaves either the old file or the new one,
// never half of one (Tendermint issue 3089: a state file truncated by a crash kept a validator
// from starting); a `.tmp` left by a crash is a write that never took effect and is removed on
// open. It refuses, with a DoubleSignError naming both messages:
//   - anything at a lower (height, round, step) than the last signed one, the step order being
//     proposal < prevote < precommit;
//   - different bytes at the same (height, round, step).
// The identical bytes at the same (height, round, step) are allowed again (a restarted node
// re-sending its own vote; Ed25519 signatures are deterministic, so the signature is the same).
// Only the last signed message is kept, as in CometBFT's priv_validator_state.json: re-signing an
// older own message (a prevote after the precommit of the round) is refused; rebroadcast the
// signed message kept by the host instead.
//
// File format (one line of JSON, then a newline; unknown keys or wrong types are refused):
//   {"version":1,"height":12,"round":0,"step":"precommit","sign_bytes_sha256":"<64 hex>","sign_bytes":"<hex>"}
// No file means a fresh signer (nothing signed yet). A file that does not parse, or whose fields
// are not exactly these, makes `open` throw a SignerStateError: it is never reset silently,
// because a reset signer could sign again at a height it already signed.
//
// Lock file `<path>.lock`, created atomically with link(2) from a temp file, so it never exists
// half written:
//   {"pid":1234,"hostname":"node-a","boot_id":"<linux boot id>","start_ticks":"<starttime from /proc/<pid>/stat>"}
// (boot_id and start_ticks are null where /proc does not give them). `open` refuses while the
// holder is alive: same host and boot, and a process with that pid and start time exists (a reused
// pid has another start time). A holder from an earlier boot of this host (same hostname, other
// boot id) or a dead pid is stale: the lock is taken over. Our own pid (a container restarted
// as pid 1) counts as stale unless this process holds the lock in this module.
// Limitations: a lock written on another host (another hostname, e.g. a data directory on NFS
// shared by two machines) cannot be checked and is refused until an operator removes it; two
// machines with the same hostname sharing the directory look like a reboot to each other. Keep the
// data directory on a local disk. Taking over a stale lock renames it away and re-links, which is
// safe against one other process starting at the same moment but not against several.
import { link, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { fsyncDir, isErrno } from './durable-files.ts';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fromHex, toHex } from '../chain/bytes.ts';
import { sha256 } from '../chain/hash.ts';

export type SignStep = 'proposal' | 'prevote' | 'precommit';

/** The steps in signing order within a round. */
export const SIGN_STEPS: readonly SignStep[] = ['proposal', 'prevote', 'precommit'];

/** Sign bytes are a vote's or a proposal's canonical fields (the block by its hash), a few hundred bytes; more is a bug. */
export const MAX_SIGN_BYTES = 64 * 1024;

export const SIGNER_STATE_VERSION = 1;

export interface SignRequest {
  readonly height: number;
  readonly round: number;
  readonly step: SignStep;
  /** Exactly the bytes that are (or were) signed. */
  readonly signBytes: Uint8Array;
}

/** The last message signed. */
export interface SignedRecord {
  readonly height: number;
  readonly round: number;
  readonly step: SignStep;
  readonly signBytes: Uint8Array;
  /** SHA-256 of signBytes, lowercase hex. */
  readonly signBytesSha256: string;
}

/** Where a write of the state file is (for crash tests: a hook may pause there to be killed). */
export type SignerWriteStage = 'temp-written' | 'temp-synced' | 'renamed' | 'dir-synced';

export interface SignerStateOptions {
  /** Called (and awaited) at each stage of every state write. For tests. */
  readonly onWriteStage?: (stage: SignerWriteStage) => void | Promise<void>;
}

/** -1, 0 or 1 as (height, round, step) a is below, equal to or above b. */
export function compareHrs(a: { height: number; round: number; step: SignStep }, b: { height: number; round: number; step: SignStep }): number {
  if (a.height !== b.height) return a.height < b.height ? -1 : 1;
  if (a.round !== b.round) return a.round < b.round ? -1 : 1;
  const sa = SIGN_STEPS.indexOf(a.step);
  const sb = SIGN_STEPS.indexOf(b.step);
  return sa === sb ? 0 : sa < sb ? -1 : 1;
}

const describeMessage = (m: { height: number; round: number; step: SignStep }, hash: string): string =>
  `${m.step} at height ${m.height} round ${m.round} (sign bytes sha256 ${hash})`;

/** A request to sign that could be a double sign. Nothing was recorded; the message must not be signed or sent. */
export class DoubleSignError extends Error {
  readonly kind: 'lower' | 'conflict';
  readonly previous: SignedRecord;
  readonly attempted: { height: number; round: number; step: SignStep; signBytesSha256: string };

  constructor(kind: 'lower' | 'conflict', previous: SignedRecord, attempted: DoubleSignError['attempted']) {
    super(
      `refusing to sign ${describeMessage(attempted, attempted.signBytesSha256)}: this validator already signed ` +
      `${describeMessage(previous, previous.signBytesSha256)}` +
      (kind === 'lower' ? ', which is at a higher height/round/step' : ', a different message at the same height/round/step'),
    );
    this.name = 'DoubleSignError';
    this.kind = kind;
    this.previous = previous;
    this.attempted = attempted;
  }
}

/** The signer state cannot be used: corrupt file, lock held by another process, or an earlier write failed. */
export class SignerStateError extends Error {
  readonly code: 'corrupt' | 'locked' | 'failed' | 'closed' | 'io';

  constructor(code: SignerStateError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SignerStateError';
    this.code = code;
  }
}

/** Paths of locks held by this process (a lock holding our own pid is ours only if it is in here). */
const heldLocks = new Set<string>();

function validateRequest(req: SignRequest): void {
  if (!Number.isSafeInteger(req.height) || req.height < 0) throw new RangeError(`height must be a non-negative safe integer, got ${req.height}`);
  if (!Number.isSafeInteger(req.round) || req.round < 0) throw new RangeError(`round must be a non-negative safe integer, got ${req.round}`);
  if (!SIGN_STEPS.includes(req.step)) throw new RangeError(`step must be one of ${SIGN_STEPS.join(', ')}, got ${String(req.step)}`);
  if (!(req.signBytes instanceof Uint8Array)) throw new TypeError('signBytes must be a Uint8Array');
  if (req.signBytes.length > MAX_SIGN_BYTES) throw new RangeError(`sign bytes of ${req.signBytes.length} bytes exceed the limit of ${MAX_SIGN_BYTES}`);
}

export function encodeSignerState(r: SignedRecord): string {
  return JSON.stringify({
    version: SIGNER_STATE_VERSION,
    height: r.height,
    round: r.round,
    step: r.step,
    sign_bytes_sha256: r.signBytesSha256,
    sign_bytes: toHex(r.signBytes),
  }) + '\n';
}

const KEYS = ['version', 'height', 'round', 'step', 'sign_bytes_sha256', 'sign_bytes'];

/** Parses a state file; throws a SignerStateError ('corrupt') on anything but exactly the format above. */
export function decodeSignerState(text: string, path = 'signer state'): SignedRecord {
  const corrupt = (why: string): never => {
    throw new SignerStateError('corrupt',
      `signer state ${path} is corrupt (${why}); refusing to start rather than reset it, which could sign twice. ` +
      'Restore it from a backup, or, only if you are sure which height this validator last signed, write a state for that height by hand.');
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return corrupt(`not JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return corrupt('not a JSON object');
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  const unknown = keys.filter((k) => !KEYS.includes(k));
  if (unknown.length > 0) return corrupt(`unknown field ${unknown.map((k) => JSON.stringify(k)).join(', ')}`);
  const missing = KEYS.filter((k) => !(k in o));
  if (missing.length > 0) return corrupt(`missing ${missing.join(', ')}`);
  if (o.version !== SIGNER_STATE_VERSION) return corrupt(`version ${JSON.stringify(o.version)}, expected ${SIGNER_STATE_VERSION}`);
  const nat = (k: string): number => {
    const v = o[k];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return corrupt(`${k} must be a non-negative safe integer, got ${JSON.stringify(v)}`);
    return v;
  };
  const height = nat('height');
  const round = nat('round');
  if (typeof o.step !== 'string' || !SIGN_STEPS.includes(o.step as SignStep)) return corrupt(`step must be one of ${SIGN_STEPS.join(', ')}, got ${JSON.stringify(o.step)}`);
  if (typeof o.sign_bytes_sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(o.sign_bytes_sha256)) return corrupt('sign_bytes_sha256 must be 64 lowercase hex digits');
  if (typeof o.sign_bytes !== 'string' || !/^(?:[0-9a-f]{2})*$/.test(o.sign_bytes)) return corrupt('sign_bytes must be lowercase hex');
  const signBytes = fromHex(o.sign_bytes);
  if (signBytes.length > MAX_SIGN_BYTES) return corrupt(`sign_bytes longer than ${MAX_SIGN_BYTES} bytes`);
  if (toHex(sha256(signBytes)) !== o.sign_bytes_sha256) return corrupt('sign_bytes_sha256 is not the SHA-256 of sign_bytes');
  return { height, round, step: o.step as SignStep, signBytes, signBytesSha256: o.sign_bytes_sha256 };
}


// ---- the lock ----

interface LockInfo {
  pid: number;
  hostname: string;
  boot_id: string | null;
  start_ticks: string | null;
}

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const bootId = (): string | null => readProc('/proc/sys/kernel/random/boot_id')?.trim() ?? null;

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot), or null. */
function startTicks(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === null) return null;
  // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

function ownLockInfo(): LockInfo {
  return { pid: process.pid, hostname: hostname(), boot_id: bootId(), start_ticks: startTicks(process.pid) };
}

function parseLock(text: string): LockInfo | null {
  try {
    const o = JSON.parse(text) as Partial<LockInfo>;
    if (typeof o.pid !== 'number' || !Number.isSafeInteger(o.pid) || o.pid <= 0 || typeof o.hostname !== 'string') return null;
    return { pid: o.pid, hostname: o.hostname, boot_id: typeof o.boot_id === 'string' ? o.boot_id : null, start_ticks: typeof o.start_ticks === 'string' ? o.start_ticks : null };
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return !isErrno(e, 'ESRCH'); // EPERM: it exists, owned by another user
  }
}

/** 'live' (refuse), 'stale' (take over), or 'unknown' (another host: refuse, the operator decides). */
function holderStatus(lockPath: string, holder: LockInfo): 'live' | 'stale' | 'unknown' {
  const me = ownLockInfo();
  if (holder.hostname !== me.hostname) return 'unknown';
  if (holder.boot_id !== null && me.boot_id !== null && holder.boot_id !== me.boot_id) return 'stale'; // an earlier boot of this host
  if (holder.pid === process.pid) return heldLocks.has(lockPath) ? 'live' : 'stale';
  if (!pidAlive(holder.pid)) return 'stale';
  if (holder.start_ticks !== null) {
    const now = startTicks(holder.pid);
    if (now !== null && now !== holder.start_ticks) return 'stale'; // the pid was reused
  }
  return 'live';
}

function lockedError(lockPath: string, holder: LockInfo | null, status: 'live' | 'unknown' | 'garbled'): SignerStateError {
  const who = holder === null ? 'an unreadable lock' : `pid ${holder.pid} on host ${holder.hostname}`;
  const why = status === 'live' ? 'which is running'
    : status === 'unknown' ? `which cannot be checked from host ${hostname()} (a data directory shared between machines is not supported)`
      : 'whose holder cannot be told';
  return new SignerStateError('locked',
    `another process is signing with this validator key: ${lockPath} is held by ${who}, ${why}. ` +
    `Stop it first; if you are sure no other process uses this key and data directory, remove ${lockPath}.`);
}

async function tryLink(lockPath: string, content: string): Promise<boolean> {
  const temp = `${lockPath}.${process.pid}.${randomBytes(6).toString('hex')}`;
  const fh = await open(temp, 'wx', 0o600);
  try {
    await fh.writeFile(content);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await link(temp, lockPath);
    return true;
  } catch (e) {
    if (isErrno(e, 'EEXIST')) return false;
    throw e;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

async function acquireLock(lockPath: string): Promise<string> {
  const content = JSON.stringify(ownLockInfo()) + '\n';
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryLink(lockPath, content)) {
      await fsyncDir(dirname(lockPath));
      heldLocks.add(lockPath);
      return content;
    }
    let text: string;
    try {
      text = await readFile(lockPath, 'utf8');
    } catch (e) {
      if (isErrno(e, 'ENOENT')) continue; // released meanwhile
      throw e;
    }
    const holder = parseLock(text);
    if (holder === null) throw lockedError(lockPath, null, 'garbled');
    const status = holderStatus(lockPath, holder);
    if (status !== 'stale') throw lockedError(lockPath, holder, status);
    // Stale: move it aside, and put it back if it turns out not to be the one we judged.
    const aside = `${lockPath}.stale.${process.pid}.${randomBytes(6).toString('hex')}`;
    try {
      await rename(lockPath, aside);
    } catch (e) {
      if (isErrno(e, 'ENOENT')) continue;
      throw e;
    }
    const moved = await readFile(aside, 'utf8');
    if (moved !== text) await link(aside, lockPath).catch(() => {});
    await unlink(aside);
  }
  throw new SignerStateError('locked', `another process is signing with this validator key: could not take ${lockPath} after several attempts (several processes starting at once?)`);
}

async function releaseLock(lockPath: string, content: string): Promise<void> {
  heldLocks.delete(lockPath);
  try {
    if ((await readFile(lockPath, 'utf8')) === content) await unlink(lockPath);
  } catch (e) {
    if (!isErrno(e, 'ENOENT')) throw e;
  }
}

// ---- the signer state ----

export class SignerState {
  readonly path: string;
  readonly lockPath: string;
  readonly #lockContent: string;
  readonly #options: SignerStateOptions;
  #last: SignedRecord | undefined;
  /** Serialises checkAndRecord: two concurrent calls must not both check against the same old state. */
  #queue: Promise<unknown> = Promise.resolve();
  #failure: Error | undefined;
  #closed = false;

  private constructor(path: string, lockContent: string, last: SignedRecord | undefined, options: SignerStateOptions) {
    this.path = path;
    this.lockPath = `${path}.lock`;
    this.#lockContent = lockContent;
    this.#last = last;
    this.#options = options;
  }

  /**
   * Takes the lock beside `path` and reads the state: none if the file does not exist. Throws a
   * SignerStateError if another live process holds the lock ('locked') or the file is corrupt
   * ('corrupt'); the lock is released again in that case.
   */
  static async open(path: string, options: SignerStateOptions = {}): Promise<SignerState> {
    const full = resolve(path);
    await mkdir(dirname(full), { recursive: true });
    const lockPath = `${full}.lock`;
    const lockContent = await acquireLock(lockPath);
    try {
      await unlink(`${full}.tmp`).catch((e) => { if (!isErrno(e, 'ENOENT')) throw e; });
      let text: string | undefined;
      try {
        text = await readFile(full, 'utf8');
      } catch (e) {
        if (!isErrno(e, 'ENOENT')) throw new SignerStateError('io', `cannot read signer state ${full}: ${(e as Error).message}`, { cause: e });
      }
      const last = text === undefined ? undefined : decodeSignerState(text, full);
      return new SignerState(full, lockContent, last, options);
    } catch (e) {
      await releaseLock(lockPath, lockContent);
      throw e;
    }
  }

  /** The last message signed, or undefined for a fresh signer. */
  get last(): SignedRecord | undefined { return this.#last; }

  /**
   * What checkAndRecord would do, without recording: 'new' (above the last signed HRS) or
   * 'identical' (the same bytes at the same HRS). Throws DoubleSignError otherwise.
   */
  check(req: SignRequest): 'new' | 'identical' {
    validateRequest(req);
    const last = this.#last;
    if (last === undefined) return 'new';
    const order = compareHrs(req, last);
    if (order > 0) return 'new';
    const hash = toHex(sha256(req.signBytes));
    const attempted = { height: req.height, round: req.round, step: req.step, signBytesSha256: hash };
    if (order < 0) throw new DoubleSignError('lower', last, attempted);
    if (hash !== last.signBytesSha256) throw new DoubleSignError('conflict', last, attempted);
    return 'identical';
  }

  /**
   * Checks `req` against the last signed message and, if it is above it, records it durably. Resolves
   * 'recorded' (now on disk) or 'identical' (already on record: sign and send again); rejects with a
   * DoubleSignError (nothing recorded: do not sign or send), or a SignerStateError if a write
   * failed, after which every call fails until the process restarts and reopens the state (the
   * file is then the old or the new state; either is safe as this message was never released).
   * Await it before the signature leaves the process.
   */
  checkAndRecord(req: SignRequest): Promise<'recorded' | 'identical'> {
    if (this.#closed) return Promise.reject(new SignerStateError('closed', `signer state ${this.path} is closed`));
    const signBytes = req.signBytes instanceof Uint8Array ? Uint8Array.from(req.signBytes) : req.signBytes; // a copy: the caller may reuse its buffer
    const request = { height: req.height, round: req.round, step: req.step, signBytes };
    const run = this.#queue.then(() => this.#checkAndRecord(request));
    this.#queue = run.catch(() => {});
    return run;
  }

  async #checkAndRecord(req: SignRequest): Promise<'recorded' | 'identical'> {
    if (this.#failure !== undefined) {
      throw new SignerStateError('failed', `an earlier write of signer state ${this.path} failed (${this.#failure.message}); restart the node to reopen it`, { cause: this.#failure });
    }
    if (this.check(req) === 'identical') return 'identical';
    const record: SignedRecord = { height: req.height, round: req.round, step: req.step, signBytes: req.signBytes, signBytesSha256: toHex(sha256(req.signBytes)) };
    try {
      await this.#write(encodeSignerState(record));
    } catch (e) {
      this.#failure = e as Error;
      throw new SignerStateError('failed', `cannot record the signer state in ${this.path}: ${(e as Error).message}; do not sign`, { cause: e });
    }
    this.#last = record;
    return 'recorded';
  }

  async #write(text: string): Promise<void> {
    const stage = this.#options.onWriteStage ?? (() => {});
    const temp = `${this.path}.tmp`;
    const fh = await open(temp, 'w', 0o600);
    try {
      await fh.writeFile(text);
      await stage('temp-written');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await stage('temp-synced');
    await rename(temp, this.path);
    await stage('renamed');
    await fsyncDir(dirname(this.path));
    await stage('dir-synced');
  }

  /** Waits for a write in progress and releases the lock. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#queue;
    await releaseLock(this.lockPath, this.#lockContent);
  }
}
