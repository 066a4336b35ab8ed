// SignerState: the exact boundaries of "never sign twice" (lower height, round or step refused; the
// same bytes at the same HRS allowed again; different bytes refused, both named), the state file's
// format and its refusal of anything corrupt, the lock against a second process, and crashes: a
// real child process killed with SIGKILL while it records, at random points and paused at each
// stage of a write, always leaves the state before or after the message in progress, never
// half a file, and a conflicting sign after the restart is refused.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toHex, utf8 } from '../../src/chain/bytes.ts';
import { sha256 } from '../../src/chain/hash.ts';
import {
  DoubleSignError, MAX_SIGN_BYTES, SignerState, SignerStateError, compareHrs, decodeSignerState, encodeSignerState, type SignRequest, type SignStep,
} from '../../src/node/signer-state.ts';
import { spawnFixture } from './fixtures/child.ts';
import { conflictingBytesAt, formatHrs, nextHrs, signBytesAt, type Hrs } from './fixtures/signer-writer.ts';

const here = dirname(fileURLToPath(import.meta.url));
const WRITER = join(here, 'fixtures/signer-writer.ts');

const bytes = (s: string): Uint8Array => utf8.encode(s);
const req = (height: number, round: number, step: SignStep, signBytes: Uint8Array | string): SignRequest =>
  ({ height, round, step, signBytes: typeof signBytes === 'string' ? bytes(signBytes) : signBytes });
const hashOf = (s: Uint8Array | string): string => toHex(sha256(typeof s === 'string' ? bytes(s) : s));

function isDoubleSign(kind: 'lower' | 'conflict', ...mustName: string[]) {
  return (e: unknown): boolean => {
    assert.ok(e instanceof DoubleSignError, `a DoubleSignError, got ${String(e)}`);
    assert.equal(e.kind, kind);
    for (const text of mustName) assert.ok(e.message.includes(text), `the message names ${JSON.stringify(text)}: ${e.message}`);
    return true;
  };
}

function isStateError(code: SignerStateError['code'], ...mustName: (string | RegExp)[]) {
  return (e: unknown): boolean => {
    assert.ok(e instanceof SignerStateError, `a SignerStateError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    for (const m of mustName) assert.ok(typeof m === 'string' ? e.message.includes(m) : m.test(e.message), `the message has ${String(m)}: ${e.message}`);
    return true;
  };
}

describe('node/signer-state: never sign twice', () => {
  let dir: string;
  let path: string;
  const open: SignerState[] = [];
  const openSigner = async (p = path, options = {}): Promise<SignerState> => {
    const s = await SignerState.open(p, options);
    open.push(s);
    return s;
  };
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ackchain-signer-')); path = join(dir, 'data', 'signer_state.json'); });
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts fresh without a file, and writes exactly the documented format', async () => {
    const signer = await openSigner();
    assert.equal(signer.last, undefined);
    assert.equal(existsSync(path), false, 'opening writes no state');
    assert.equal(await signer.checkAndRecord(req(1, 0, 'proposal', 'p1')), 'recorded');
    assert.equal(readFileSync(path, 'utf8'),
      `{"version":1,"height":1,"round":0,"step":"proposal","sign_bytes_sha256":"${hashOf('p1')}","sign_bytes":"${toHex(bytes('p1'))}"}\n`);
    assert.deepEqual(signer.last, { height: 1, round: 0, step: 'proposal', signBytes: bytes('p1'), signBytesSha256: hashOf('p1') });
  });

  it('orders height, then round, then proposal < prevote < precommit', () => {
    const m = (height: number, round: number, step: SignStep) => ({ height, round, step });
    assert.equal(compareHrs(m(5, 2, 'prevote'), m(5, 2, 'prevote')), 0);
    assert.equal(compareHrs(m(5, 2, 'proposal'), m(5, 2, 'prevote')), -1);
    assert.equal(compareHrs(m(5, 2, 'precommit'), m(5, 2, 'prevote')), 1);
    assert.equal(compareHrs(m(5, 1, 'precommit'), m(5, 2, 'proposal')), -1);
    assert.equal(compareHrs(m(4, 9, 'precommit'), m(5, 0, 'proposal')), -1);
    assert.equal(compareHrs(m(6, 0, 'proposal'), m(5, 9, 'precommit')), 1);
  });

  it('at (5, 2, prevote): refuses a lower height, round or step, and different bytes at the same HRS naming both; allows the same bytes and the next step, round and height', async () => {
    let writes = 0;
    const signer = await openSigner(path, { onWriteStage: (s: string) => { if (s === 'dir-synced') writes++; } });
    assert.equal(await signer.checkAndRecord(req(5, 2, 'prevote', 'vote A')), 'recorded');
    const file = readFileSync(path, 'utf8');
    const previous = `prevote at height 5 round 2 (sign bytes sha256 ${hashOf('vote A')})`;
    await assert.rejects(signer.checkAndRecord(req(4, 9, 'precommit', 'x')), isDoubleSign('lower', previous, `precommit at height 4 round 9 (sign bytes sha256 ${hashOf('x')})`));
    await assert.rejects(signer.checkAndRecord(req(5, 1, 'precommit', 'x')), isDoubleSign('lower', previous, 'precommit at height 5 round 1'));
    await assert.rejects(signer.checkAndRecord(req(5, 2, 'proposal', 'x')), isDoubleSign('lower', previous, 'proposal at height 5 round 2'));
    await assert.rejects(signer.checkAndRecord(req(5, 1, 'prevote', 'vote A')), isDoubleSign('lower'), 'a lower round is refused even with the same bytes');
    await assert.rejects(signer.checkAndRecord(req(5, 2, 'prevote', 'vote B')),
      isDoubleSign('conflict', previous, `prevote at height 5 round 2 (sign bytes sha256 ${hashOf('vote B')})`, 'a different message at the same height/round/step'));
    await assert.rejects(signer.checkAndRecord(req(5, 2, 'prevote', 'vote A\0')), isDoubleSign('conflict'), 'one byte more is a different message');
    assert.equal(readFileSync(path, 'utf8'), file, 'refusals write nothing');
    assert.equal(writes, 1);

    assert.equal(signer.check(req(5, 2, 'prevote', 'vote A')), 'identical');
    assert.equal(await signer.checkAndRecord(req(5, 2, 'prevote', 'vote A')), 'identical', 'the same bytes again: a restart resending its vote');
    assert.equal(writes, 1, 'the identical message is not written again');
    assert.equal(await signer.checkAndRecord(req(5, 2, 'precommit', 'commit A')), 'recorded', 'the next step');
    assert.equal(await signer.checkAndRecord(req(5, 3, 'proposal', 'proposal 3')), 'recorded', 'the next round');
    assert.equal(await signer.checkAndRecord(req(5, 3, 'precommit', 'nil')), 'recorded', 'a step may be skipped (no prevote signed)');
    assert.equal(await signer.checkAndRecord(req(6, 0, 'prevote', 'h6')), 'recorded', 'the next height');
    await assert.rejects(signer.checkAndRecord(req(5, 3, 'precommit', 'nil')), isDoubleSign('lower'), 'only the last message can be re-signed');
    assert.equal(writes, 5);
  });

  it('keeps its decision across a reopen: a conflicting sign is refused, the identical one allowed', async () => {
    let signer = await openSigner();
    await signer.checkAndRecord(req(7, 1, 'precommit', 'block X'));
    await signer.close();
    signer = await openSigner();
    assert.deepEqual({ ...signer.last, signBytes: undefined }, { height: 7, round: 1, step: 'precommit', signBytes: undefined, signBytesSha256: hashOf('block X') });
    await assert.rejects(signer.checkAndRecord(req(7, 1, 'precommit', 'block Y')), isDoubleSign('conflict', hashOf('block X'), hashOf('block Y')));
    assert.equal(await signer.checkAndRecord(req(7, 1, 'precommit', 'block X')), 'identical');
  });

  it('serialises concurrent calls: of two different messages at one HRS exactly one is recorded', async () => {
    const signer = await openSigner();
    const results = await Promise.allSettled([signer.checkAndRecord(req(3, 0, 'prevote', 'A')), signer.checkAndRecord(req(3, 0, 'prevote', 'B'))]);
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected']);
    assert.ok((results[1] as PromiseRejectedResult).reason instanceof DoubleSignError);
    assert.equal(signer.last!.signBytesSha256, hashOf('A'));
    // Ascending messages issued together are all recorded, in order.
    await Promise.all([signer.checkAndRecord(req(3, 0, 'precommit', 'c')), signer.checkAndRecord(req(3, 1, 'proposal', 'p')), signer.checkAndRecord(req(4, 0, 'prevote', 'v'))]);
    assert.equal(decodeSignerState(readFileSync(path, 'utf8')).height, 4);
  });

  it('copies the sign bytes: a caller reusing its buffer cannot change what was recorded', async () => {
    const signer = await openSigner();
    const buffer = bytes('vote 1');
    const pending = signer.checkAndRecord(req(2, 0, 'prevote', buffer));
    buffer[0] = 0;
    await pending;
    assert.equal(signer.last!.signBytesSha256, hashOf('vote 1'));
  });

  it('validates requests: heights and rounds are non-negative integers, steps are named, sign bytes up to 64 KiB (exactly the limit allowed, one more refused)', async () => {
    const signer = await openSigner();
    await assert.rejects(signer.checkAndRecord(req(-1, 0, 'prevote', 'x')), RangeError);
    await assert.rejects(signer.checkAndRecord(req(1.5, 0, 'prevote', 'x')), RangeError);
    await assert.rejects(signer.checkAndRecord(req(1, -1, 'prevote', 'x')), RangeError);
    await assert.rejects(signer.checkAndRecord(req(1, 0, 'propose' as SignStep, 'x')), /step must be one of proposal, prevote, precommit/);
    await assert.rejects(signer.checkAndRecord({ height: 1, round: 0, step: 'prevote', signBytes: 'x' as unknown as Uint8Array }), TypeError);
    await assert.rejects(signer.checkAndRecord(req(1, 0, 'prevote', new Uint8Array(MAX_SIGN_BYTES + 1))), /65537 bytes exceed the limit of 65536/);
    assert.equal(existsSync(path), false);
    assert.equal(await signer.checkAndRecord(req(1, 0, 'prevote', new Uint8Array(MAX_SIGN_BYTES).fill(7))), 'recorded');
    await signer.close();
    const reopened = await openSigner();
    assert.equal(reopened.last!.signBytes.length, MAX_SIGN_BYTES);
    assert.equal(await reopened.checkAndRecord(req(1, 0, 'prevote', new Uint8Array(MAX_SIGN_BYTES).fill(7))), 'identical');
  });

  describe('a corrupt state file refuses to start, unchanged, never reset', () => {
    const valid = encodeSignerState({ height: 9, round: 0, step: 'prevote', signBytes: bytes('v'), signBytesSha256: hashOf('v') });
    const good = JSON.parse(valid) as Record<string, unknown>;
    const cases: [string, string, RegExp][] = [
      ['an empty file', '', /not JSON/],
      ['half of a valid file', valid.slice(0, valid.length >> 1), /not JSON/],
      ['bad JSON', '{"version":1,', /not JSON/],
      ['an array', '[]', /not a JSON object/],
      ['null', 'null', /not a JSON object/],
      ['a height as a string', JSON.stringify({ ...good, height: '9' }), /height must be a non-negative safe integer, got "9"/],
      ['a negative round', JSON.stringify({ ...good, round: -1 }), /round must be a non-negative safe integer/],
      ['a fractional height', JSON.stringify({ ...good, height: 9.5 }), /height must be/],
      ['an unknown step', JSON.stringify({ ...good, step: 'commit' }), /step must be one of/],
      ['a missing field', JSON.stringify({ ...good, sign_bytes: undefined }), /missing sign_bytes/],
      ['an unknown field', JSON.stringify({ ...good, extra: 1 }), /unknown field "extra"/],
      ['another version', JSON.stringify({ ...good, version: 2 }), /version 2, expected 1/],
      ['a hash that is not of the bytes', JSON.stringify({ ...good, sign_bytes_sha256: hashOf('w') }), /not the SHA-256 of sign_bytes/],
      ['uppercase hex', JSON.stringify({ ...good, sign_bytes: '76'.toUpperCase() + 'AB' }), /sign_bytes must be lowercase hex/],
      ['odd hex', JSON.stringify({ ...good, sign_bytes: '7' }), /sign_bytes must be lowercase hex/],
    ];
    for (const [what, text, why] of cases) {
      it(`${what}`, async () => {
        writeFileSync(join(dir, 'state.json'), text);
        const p = join(dir, 'state.json');
        await assert.rejects(SignerState.open(p), isStateError('corrupt', p, 'refusing to start', why));
        assert.equal(readFileSync(p, 'utf8'), text, 'the file is left as it was');
        assert.equal(existsSync(`${p}.lock`), false, 'the lock is released');
        writeFileSync(p, valid);
        assert.equal((await openSigner(p)).last!.height, 9, 'once repaired it opens');
      });
    }
  });

  it('a .tmp left by a crash before its rename is ignored and removed: the old state stands (or a fresh one)', async () => {
    let signer = await openSigner();
    await signer.checkAndRecord(req(4, 0, 'precommit', 'old'));
    await signer.close();
    writeFileSync(`${path}.tmp`, '{"version":1,"height":5,"ro');
    signer = await openSigner();
    assert.equal(signer.last!.height, 4);
    assert.equal(existsSync(`${path}.tmp`), false);
    await signer.close();
    rmSync(path);
    writeFileSync(`${path}.tmp`, '');
    assert.equal((await openSigner()).last, undefined);
  });

  it('a failed write refuses every later call until reopened (the old state is still on disk)', async () => {
    let fail = false;
    const signer = await openSigner(path, { onWriteStage: (stage: string) => { if (fail && stage === 'temp-synced') throw new Error('EIO: simulated'); } });
    await signer.checkAndRecord(req(1, 0, 'prevote', 'a'));
    fail = true;
    await assert.rejects(signer.checkAndRecord(req(1, 0, 'precommit', 'b')), isStateError('failed', 'EIO: simulated', 'do not sign'));
    fail = false;
    await assert.rejects(signer.checkAndRecord(req(2, 0, 'prevote', 'c')), isStateError('failed', 'restart'));
    await assert.rejects(signer.checkAndRecord(req(1, 0, 'prevote', 'a')), isStateError('failed'));
    await signer.close();
    const reopened = await openSigner();
    assert.equal(reopened.last!.signBytesSha256, hashOf('a'));
  });

  it('close releases the lock; calls after it are refused', async () => {
    const signer = await openSigner();
    assert.ok(existsSync(`${path}.lock`));
    const pending = signer.checkAndRecord(req(1, 0, 'prevote', 'a'));
    await signer.close();
    assert.equal(await pending, 'recorded', 'a call made before close completes');
    assert.equal(existsSync(`${path}.lock`), false);
    await assert.rejects(signer.checkAndRecord(req(2, 0, 'prevote', 'b')), isStateError('closed'));
  });

  describe('the lock file', () => {
    const lockOf = (o: Record<string, unknown>) => JSON.stringify(o) + '\n';
    const bootId = (): string | null => { try { return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(); } catch { return null; } };
    const deadPid = async (): Promise<number> => {
      const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
      await new Promise((r) => child.once('close', r));
      return child.pid!;
    };
    const writeLock = (o: Record<string, unknown>) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.lock`, lockOf(o));
    };

    it('a second opener in the same process is refused while the first holds it', async () => {
      const first = await openSigner();
      await assert.rejects(SignerState.open(path), isStateError('locked', 'another process is signing with this validator key', `pid ${process.pid}`, 'which is running'));
      await first.close();
      await openSigner();
    });

    it('a lock of a dead pid on this host is taken over', async () => {
      writeLock({ pid: await deadPid(), hostname: hostname(), boot_id: bootId(), start_ticks: null });
      const signer = await openSigner();
      assert.equal(JSON.parse(readFileSync(`${path}.lock`, 'utf8')).pid, process.pid);
      await signer.checkAndRecord(req(1, 0, 'prevote', 'a'));
    });

    it('a lock of our own pid not held here (a container restarted as the same pid) is taken over', async () => {
      writeLock({ pid: process.pid, hostname: hostname(), boot_id: bootId(), start_ticks: '1' });
      await openSigner();
    });

    it('a lock of a live pid is refused, unless the pid was reused (other start time) or is from an earlier boot', async () => {
      const live = process.ppid;
      writeLock({ pid: live, hostname: hostname(), boot_id: bootId(), start_ticks: null });
      await assert.rejects(SignerState.open(path), isStateError('locked', 'another process is signing with this validator key', `pid ${live} on host ${hostname()}`));
      if (existsSync(`/proc/${live}/stat`)) {
        writeLock({ pid: live, hostname: hostname(), boot_id: bootId(), start_ticks: '1' });
        await (await SignerState.open(path)).close();
      }
      if (bootId() !== null) {
        writeLock({ pid: live, hostname: hostname(), boot_id: '00000000-0000-0000-0000-000000000000', start_ticks: null });
        await openSigner();
      }
    });

    it('a lock written on another host is refused, saying it cannot be checked (NFS)', async () => {
      writeLock({ pid: 1, hostname: 'some-other-host', boot_id: null, start_ticks: null });
      await assert.rejects(SignerState.open(path), isStateError('locked', 'another process is signing with this validator key', 'on host some-other-host', 'cannot be checked', `remove ${path}.lock`));
    });

    it('an unreadable lock is refused', async () => {
      writeLock({});
      writeFileSync(`${path}.lock`, 'garbage');
      await assert.rejects(SignerState.open(path), isStateError('locked', 'another process is signing with this validator key', 'an unreadable lock'));
    });
  });
});

// ---- crashes: a real child process killed with SIGKILL ----

function parseHrs(words: string[]): Hrs {
  return { height: Number(words[0]), round: Number(words[1]), step: words[2] as SignStep };
}

/** The last "signed" line, or undefined. */
function lastSigned(lines: string[]): Hrs | undefined {
  const signed = lines.filter((l) => l.startsWith('signed '));
  return signed.length === 0 ? undefined : parseHrs(signed[signed.length - 1].split(' ').slice(1));
}

describe('node/signer-state: SIGKILL while recording', function () {
  this.timeout(60_000);
  let dir: string;
  let path: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ackchain-signer-kill-')); path = join(dir, 'signer_state.json'); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Reopens the state after a kill and checks it is `expected` exactly, and that a conflict at its HRS is refused; returns it. */
  async function assertState(expected: Hrs | undefined, what: string): Promise<void> {
    const signer = await SignerState.open(path);
    try {
      if (expected === undefined) {
        assert.equal(signer.last, undefined, what);
        return;
      }
      const last = signer.last;
      assert.ok(last, `a state (${what})`);
      assert.equal(formatHrs(last), formatHrs(expected), what);
      assert.equal(toHex(last.signBytes), toHex(signBytesAt(expected)), `the bytes of ${formatHrs(expected)}, whole`);
      await assert.rejects(signer.checkAndRecord({ ...expected, signBytes: conflictingBytesAt(expected) }), DoubleSignError, 'a conflicting sign after the restart');
      assert.equal(await signer.checkAndRecord({ ...expected, signBytes: signBytesAt(expected) }), 'identical');
    } finally {
      await signer.close();
    }
  }

  it('killed after 1, 2, 5, 17, 60 and a random number of recorded messages, restarting on the same state each time: always the last reported message or the one after it', async () => {
    const counts = [1, 2, 5, 17, 60, 1 + Math.floor(Math.random() * 150)];
    let expectedStart: Hrs | undefined;
    const log: string[] = [];
    for (const n of counts) {
      const child = spawnFixture(WRITER, [path, 'sign']);
      const opened = await child.waitFor((l) => l.startsWith('open '), 'open');
      assert.equal(opened, expectedStart === undefined ? 'open fresh' : `open ${formatHrs(expectedStart)}`, 'the child resumes from the state the parent checked');
      await child.waitFor((_, i) => child.lines.slice(0, i + 1).filter((l) => l.startsWith('signed ')).length >= n, `${n} signed`);
      await child.kill();
      const reported = lastSigned(child.lines)!;
      // Each message is the successor of the one before: nothing skipped or repeated.
      const signed = child.lines.filter((l) => l.startsWith('signed ')).map((l) => parseHrs(l.split(' ').slice(1)));
      signed.forEach((m, i) => assert.equal(formatHrs(m), formatHrs(nextHrs(i === 0 ? expectedStart : signed[i - 1]))));
      const signer = await SignerState.open(path);
      const found = signer.last!;
      await signer.close();
      const inProgress = nextHrs(reported);
      assert.ok(formatHrs(found) === formatHrs(reported) || formatHrs(found) === formatHrs(inProgress),
        `after the kill the state is ${formatHrs(found)}: neither the last reported ${formatHrs(reported)} nor the one in progress ${formatHrs(inProgress)}`);
      await assertState(found, `killed after ${signed.length} reports`);
      log.push(`${signed.length} reported, state ${formatHrs(found) === formatHrs(reported) ? 'reported' : 'in progress'}`);
      expectedStart = found;
    }
    assert.equal(log.length, counts.length);
  });

  // Before the rename the old state stands (and the message in progress was never released: another
  // message for that HRS may be signed); from the rename on, the new one.
  const stages: [string, 'old' | 'new'][] = [['temp-written', 'old'], ['temp-synced', 'old'], ['renamed', 'new'], ['dir-synced', 'new']];
  for (const [stage, outcome] of stages) {
    it(`killed paused at "${stage}" of the 4th write: the ${outcome} state, and signing goes on from it`, async () => {
      const child = spawnFixture(WRITER, [path, 'sign', stage, '4']);
      const paused = await child.waitFor((l) => l.startsWith('paused '), 'paused');
      await child.kill();
      const inProgress = parseHrs(paused.split(' ').slice(2));
      const reported = lastSigned(child.lines)!;
      assert.equal(child.lines.filter((l) => l.startsWith('signed ')).length, 3);
      assert.equal(formatHrs(inProgress), formatHrs(nextHrs(reported)));
      assert.equal(existsSync(`${path}.tmp`), outcome === 'old', 'the temp file is there until the rename');
      const expected = outcome === 'old' ? reported : inProgress;
      await assertState(expected, `killed at ${stage}`);
      assert.equal(existsSync(`${path}.tmp`), false, 'open removed the unfinished temp file');
      if (outcome === 'old') {
        // The message in progress never left: a different one at its HRS is not a double sign.
        const signer = await SignerState.open(path);
        assert.equal(await signer.checkAndRecord({ ...inProgress, signBytes: conflictingBytesAt(inProgress) }), 'recorded');
        await signer.close();
        rmSync(path);
        const restore = await SignerState.open(path);
        await restore.checkAndRecord({ ...reported, signBytes: signBytesAt(reported) });
        await restore.close();
      }
      const next = spawnFixture(WRITER, [path, 'sign']);
      assert.equal(await next.waitFor((l) => l.startsWith('open '), 'open'), `open ${formatHrs(expected)}`);
      await next.waitFor((l) => l === `signed ${formatHrs(nextHrs(expected))}`, 'the next message');
      await next.kill();
    });
  }

  it('a second process cannot open the signer state while the first runs, and can once it is killed', async () => {
    const holder = spawnFixture(WRITER, [path, 'hold']);
    await holder.waitFor((l) => l === 'ready', 'ready');
    await assert.rejects(SignerState.open(path), isStateError('locked', 'another process is signing with this validator key', `pid ${holder.child.pid} on host`));
    const second = spawnFixture(WRITER, [path, 'sign']);
    const refused = await second.waitFor((l) => l.startsWith('error '), 'error');
    assert.match(refused, /^error another process is signing with this validator key: .* held by pid \d+/);
    assert.deepEqual(await second.exited, { code: 3, signal: null });
    assert.equal(existsSync(path), false, 'the refused process signed nothing');
    await holder.kill();
    // The killed holder's lock is stale (its pid is gone): the next process takes it over.
    const signer = await SignerState.open(path);
    try {
      const third = spawnFixture(WRITER, [path, 'sign']);
      await third.waitFor((l) => l.startsWith('error '), 'error');
      assert.deepEqual(await third.exited, { code: 3, signal: null });
      assert.match(third.lines.join('\n'), new RegExp(`held by pid ${process.pid}`));
    } finally {
      await signer.close();
    }
    const fourth = spawnFixture(WRITER, [path, 'sign']);
    await fourth.waitFor((l) => l === 'signed 1 0 proposal', 'signed');
    await fourth.kill();
  });
});
