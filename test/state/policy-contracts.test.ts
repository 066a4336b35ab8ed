// The default policy contracts (genesis/contracts/): their bytes are the assembled source, their
// input layouts are pinned by golden vectors, they answer as their TypeScript references do on
// random inputs (fast-check; the seed is printed on failure), and their gas is known.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { sha256 } from '../../src/chain/hash.ts';
import { toHex } from '../../src/chain/bytes.ts';
import { assemble } from '../../src/vm/asm/index.ts';
import { runContract, type ContractResult } from '../../src/vm/index.ts';
import {
  AUTHORIZE_INPUT_BYTES, decodeAuthorizeOutput, decodeEscalateOutput, decodeOlaOutput, encodeAuthorizeInput, encodeEscalateInput, encodeOlaInput,
  MalformedOutput, MAX_DENIAL_BYTES, OLA_INPUT_BYTES, type AuthorizeInput, type EscalateInput, type OlaEvaluateInput,
} from '../../src/state/policy-abi.ts';
import { POLICY_SLOTS, type PolicySlot } from '../../src/chain/policy-slots.ts';
import { DEFAULT_POLICY_CODE } from '../../src/state/policy-calls.ts';
import { authorizeReference, escalateReference, olaEvaluateReference } from '../../genesis/contracts/reference.ts';

const contractsDir = new URL('../../genesis/contracts/', import.meta.url);
const GAS = 100_000;
const host = { storageGet: () => undefined, record: () => undefined };

function run(slot: PolicySlot, input: Uint8Array): ContractResult {
  return runContract({ code: DEFAULT_POLICY_CODE[slot], input, gasLimit: GAS, host });
}

function output(slot: PolicySlot, input: Uint8Array): Uint8Array {
  const result = run(slot, input);
  assert.ok(result.ok, result.ok ? '' : `${result.reason}: ${result.detail}`);
  return result.output;
}

const T = 1_700_000_000_000;
const ACCOUNT = new Uint8Array(32).fill(0xaa);
const DEVICE = new Uint8Array(32).fill(0xdd);
const member: AuthorizeInput = {
  action: 'acknowledge', status: 1, severity: 1, standing: 'responder', triggered: false, keepsStanding: false, onCall: false,
  timeMs: T, alertCreatedMs: T - 60_000, account: ACCOUNT,
};

describe('state: default policy contracts', () => {
  it('ship as the bytes their assembly source assembles to, at pinned addresses', () => {
    const addresses: Record<string, string> = {};
    for (const slot of POLICY_SLOTS) {
      const file = fileURLToPath(new URL(`${slot}.asm`, contractsDir));
      assert.deepEqual(assemble(readFileSync(file, 'utf8'), { filename: file }), DEFAULT_POLICY_CODE[slot], `${slot}.bin is not what ${slot}.asm assembles to: run ackchain contract assemble`);
      addresses[slot] = toHex(sha256(DEFAULT_POLICY_CODE[slot]));
    }
    // The default contracts are chain rules: changing one changes these, and every node must agree.
    assert.deepEqual(addresses, {
      authorize: '82560cc187dcddcc6cf2453763af815449288ab68f6e4602a7d7de19714b6178',
      escalate: 'c3dfd0d84721e70a0b2906a6ad9d76530b1ebb3d8d4c9a8befa42a330c94c089',
      'ola-evaluate': '1574d41b49292e1a8632b1c5df35a8408922fee3fe2dc048adbca3547bf09ec4',
    });
  });

  describe('input layouts (golden vectors)', () => {
    it('authorize: 104 bytes, little-endian times, flags in byte 5', () => {
      const input = encodeAuthorizeInput({
        ...member, action: 'resolve', status: 2, severity: 3, standing: 'none', triggered: true, keepsStanding: true, onCall: true,
        device: { key: DEVICE, expiresAtMs: T + 86_400_000, revokedAtMs: 0 },
      });
      assert.equal(input.length, AUTHORIZE_INPUT_BYTES);
      assert.equal(toHex(input),
        '0102020300' + '0f' + '0000' + '0068e5cf8b010000' + 'a07de4cf8b010000' + '00c40bd58b010000' + '0000000000000000' + 'aa'.repeat(32) + 'dd'.repeat(32));
      const admin = encodeAuthorizeInput({ ...member, action: 'snooze', standing: 'admin' });
      assert.equal(toHex(admin.subarray(0, 8)), '0104010102000000');
      assert.equal(toHex(admin.subarray(72)), '00'.repeat(32), 'no device: zeros');
      assert.equal(encodeAuthorizeInput({ ...member, action: 'note', standing: 'integration' })[4], 3);
    });

    it('ola-evaluate: 32 bytes', () => {
      const input = encodeOlaInput({ target: 'resolve', moment: 'deadline', severity: 2, timeMs: T, dueMs: T - 1, alertCreatedMs: T - 600_000 });
      assert.equal(input.length, OLA_INPUT_BYTES);
      assert.equal(toHex(input), '0102020200000000' + '0068e5cf8b010000' + 'ff67e5cf8b010000' + '4040dccf8b010000');
    });

    it('escalate: 24 bytes and 8 per level', () => {
      const input = encodeEscalateInput({ levels: [{ delayMs: 60_000, targets: 2 }, { delayMs: 86_400_000, targets: 10 }], level: 1, round: 0, repeats: 9, severity: 1, timeMs: T, alertCreatedMs: T - 1 });
      assert.equal(toHex(input), '0102010009010000' + '0068e5cf8b010000' + 'ff67e5cf8b010000' + '60ea000002000000' + '005c26050a000000');
    });
  });

  describe('authorize', () => {
    const decide = (i: AuthorizeInput) => decodeAuthorizeOutput(output('authorize', encodeAuthorizeInput(i)));

    it('lets members acknowledge, note and snooze, and nobody else', () => {
      for (const action of ['acknowledge', 'note', 'snooze'] as const) {
        assert.deepEqual(decide({ ...member, action }), { allowed: true });
        assert.deepEqual(decide({ ...member, action, standing: 'admin' }), { allowed: true });
        assert.deepEqual(decide({ ...member, action, standing: 'integration' }), { allowed: false, reason: 'not a member' });
        assert.deepEqual(decide({ ...member, action, standing: 'none', triggered: true, keepsStanding: true }), { allowed: false, reason: 'not a member' });
      }
    });

    it('lets the team and, until the team acknowledges, the triggering account that keeps its standing resolve', () => {
      const resolve = { ...member, action: 'resolve' as const };
      assert.deepEqual(decide({ ...resolve, standing: 'integration' }), { allowed: true });
      assert.deepEqual(decide({ ...resolve, standing: 'none', triggered: true, keepsStanding: true }), { allowed: true });
      assert.deepEqual(decide({ ...resolve, standing: 'none' }), { allowed: false, reason: 'not a member or integration of the team, and not the account that triggered it' });
      assert.deepEqual(decide({ ...resolve, standing: 'none', triggered: true, keepsStanding: true, status: 2 }), { allowed: false, reason: 'the team has acknowledged it' });
      assert.deepEqual(decide({ ...resolve, standing: 'none', triggered: true }), { allowed: false, reason: 'it no longer holds the standing it triggered with' });
    });

    it('refuses a revoked device, and a device at or past its expiry (one millisecond before is fine)', () => {
      const device = { key: DEVICE, expiresAtMs: T + 1, revokedAtMs: 0 };
      assert.deepEqual(decide({ ...member, device }), { allowed: true });
      assert.deepEqual(decide({ ...member, device: { ...device, expiresAtMs: T } }), { allowed: false, reason: 'the device has expired' });
      assert.deepEqual(decide({ ...member, device: { ...device, revokedAtMs: 1 } }), { allowed: false, reason: 'the device is revoked' });
      assert.deepEqual(decide({ ...member, device: { ...device, revokedAtMs: 2 ** 56 } }), { allowed: false, reason: 'the device is revoked' }, 'a revocation time in the top byte');
    });

    it('aborts on an input layout it does not know', () => {
      const input = encodeAuthorizeInput(member);
      input[0] = 2;
      const result = run('authorize', input);
      assert.equal(result.ok, false);
      assert.deepEqual(result.ok ? undefined : [result.reason, result.detail], ['aborted', 'contract aborted: unknown input layout version']);
    });

    it('costs a known amount of gas (docs/benchmarks.md)', () => {
      assert.equal(run('authorize', encodeAuthorizeInput(member)).gasUsed, 47);
      assert.equal(run('authorize', encodeAuthorizeInput({ ...member, standing: 'none' })).gasUsed, 181, 'a denial copies its reason');
      assert.equal(run('authorize', encodeAuthorizeInput({ ...member, device: { key: DEVICE, expiresAtMs: T + 1, revokedAtMs: 0 } })).gasUsed, 234);
    });
  });

  describe('ola-evaluate', () => {
    const judge = (timeMs: number, dueMs: number) => decodeOlaOutput(output('ola-evaluate', encodeOlaInput({ target: 'acknowledge', moment: 'answered', severity: 1, timeMs, dueMs, alertCreatedMs: 0 })));

    it('meets a target answered at the due time exactly, and breaches it one millisecond later', () => {
      assert.deepEqual(judge(T, T), { met: true, byMs: 0 });
      assert.deepEqual(judge(T + 1, T), { met: false, byMs: 1 });
      assert.deepEqual(judge(T - 90_000, T), { met: true, byMs: 90_000 });
      assert.deepEqual(judge(Number.MAX_SAFE_INTEGER, 0), { met: false, byMs: Number.MAX_SAFE_INTEGER });
    });

    it('costs a known amount of gas', () => {
      const gas = (timeMs: number) => run('ola-evaluate', encodeOlaInput({ target: 'acknowledge', moment: 'answered', severity: 1, timeMs, dueMs: T, alertCreatedMs: 0 })).gasUsed;
      assert.equal(gas(T), 233);
      assert.equal(gas(T + 1), 319, 'a breach negates the amount');
    });
  });

  describe('escalate', () => {
    const levels = [{ delayMs: 60_000, targets: 1 }, { delayMs: 120_000, targets: 3 }];
    const base: EscalateInput = { levels, level: 0, round: 0, repeats: 1, severity: 1, timeMs: T, alertCreatedMs: T - 60_000 };
    const step = (i: EscalateInput) => decodeEscalateOutput(output('escalate', encodeEscalateInput(i)), { levels: i.levels, minDelayMs: 60_000, maxDelayMs: 86_400_000 });

    it('walks the levels, repeats from the first, and stops after the last repeat', () => {
      assert.deepEqual(step(base), { level: 1, round: 0, targetMask: 0b111, delayMs: 120_000 });
      assert.deepEqual(step({ ...base, level: 1 }), { level: 0, round: 1, targetMask: 0b1, delayMs: 60_000 });
      assert.deepEqual(step({ ...base, level: 0, round: 1 }), { level: 1, round: 1, targetMask: 0b111, delayMs: 0 });
    });

    it('handles the largest policy: 10 levels of 10 targets, 9 repeats', () => {
      const big = { ...base, levels: Array.from({ length: 10 }, (_, n) => ({ delayMs: 86_400_000 - n, targets: 10 })), repeats: 9 };
      assert.deepEqual(step({ ...big, level: 8, round: 9 }), { level: 9, round: 9, targetMask: 0x3ff, delayMs: 0 });
      assert.deepEqual(step({ ...big, level: 9, round: 8 }), { level: 0, round: 9, targetMask: 0x3ff, delayMs: 86_400_000 });
    });

    it('costs a known amount of gas', () => {
      assert.equal(run('escalate', encodeEscalateInput(base)).gasUsed, 185);
      const big = { ...base, levels: Array.from({ length: 10 }, () => ({ delayMs: 60_000, targets: 10 })), level: 8, round: 9, repeats: 9 };
      assert.equal(run('escalate', encodeEscalateInput(big)).gasUsed, 199);
    });
  });

  describe('agree with their references on random inputs (property)', () => {
    const time = fc.oneof(fc.constant(0), fc.constant(T), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });

    it('authorize', () => {
      const arb = fc.record({
        action: fc.constantFrom('acknowledge', 'resolve', 'note', 'snooze'),
        status: fc.integer({ min: 1, max: 3 }), severity: fc.integer({ min: 1, max: 4 }),
        standing: fc.constantFrom('none', 'responder', 'admin', 'integration'),
        triggered: fc.boolean(), keepsStanding: fc.boolean(), onCall: fc.boolean(), timeMs: time, alertCreatedMs: time, account: bytes32,
        device: fc.option(fc.record({ key: bytes32, expiresAtMs: time, revokedAtMs: fc.oneof(fc.constant(0), time) }), { nil: undefined }),
      }) as fc.Arbitrary<AuthorizeInput>;
      // Expiry exactly at the block time, the edge the rule turns on.
      const atEdge = arb.map((i) => (i.device ? { ...i, device: { ...i.device, expiresAtMs: i.timeMs + (i.timeMs % 3) - 1 } } : i)).filter((i) => !i.device || i.device.expiresAtMs >= 0);
      fc.assert(fc.property(fc.oneof(arb, atEdge), (i) => {
        assert.deepEqual(decodeAuthorizeOutput(output('authorize', encodeAuthorizeInput(i))), authorizeReference(i));
      }), { numRuns: 2000 });
    });

    it('ola-evaluate', () => {
      const arb = fc.record({
        target: fc.constantFrom('acknowledge', 'resolve'), moment: fc.constantFrom('answered', 'deadline'), severity: fc.integer({ min: 1, max: 4 }),
        timeMs: time, dueMs: time, alertCreatedMs: time,
      }) as fc.Arbitrary<OlaEvaluateInput>;
      const atEdge = arb.chain((i) => fc.integer({ min: -1, max: 1 }).map((d) => ({ ...i, dueMs: Math.max(0, i.timeMs + d) })));
      fc.assert(fc.property(fc.oneof(arb, atEdge), (i) => {
        assert.deepEqual(decodeOlaOutput(output('ola-evaluate', encodeOlaInput(i))), olaEvaluateReference(i));
      }), { numRuns: 2000 });
    });

    it('escalate', () => {
      const arb = fc.integer({ min: 1, max: 10 }).chain((n) => fc.record({
        levels: fc.array(fc.record({ delayMs: fc.integer({ min: 60_000, max: 86_400_000 }), targets: fc.integer({ min: 1, max: 10 }) }), { minLength: n, maxLength: n }),
        level: fc.integer({ min: 0, max: n - 1 }), repeats: fc.integer({ min: 0, max: 9 }), severity: fc.integer({ min: 1, max: 4 }), timeMs: time, alertCreatedMs: time,
      }).chain((r) => fc.integer({ min: 0, max: r.repeats }).map((round) => ({ ...r, round })))) as fc.Arbitrary<EscalateInput>;
      fc.assert(fc.property(arb, (i) => {
        const bounds = { levels: i.levels, minDelayMs: 60_000, maxDelayMs: 86_400_000 };
        assert.deepEqual(decodeEscalateOutput(output('escalate', encodeEscalateInput(i)), bounds), escalateReference(i));
      }), { numRuns: 2000 });
    });
  });

  describe('outputs the application refuses as malformed', () => {
    const malformed = (f: () => unknown, message: string) => assert.throws(f, (e: Error) => e instanceof MalformedOutput && e.message === message);

    it('authorize', () => {
      malformed(() => decodeAuthorizeOutput(new Uint8Array()), 'the output is empty; expected 1 (allowed) or 0 and a reason (denied)');
      malformed(() => decodeAuthorizeOutput(new Uint8Array([1, 0])), '"allowed" is one byte; the output has 2');
      malformed(() => decodeAuthorizeOutput(new Uint8Array([2])), 'the first byte is 2; expected 1 (allowed) or 0 (denied)');
      malformed(() => decodeAuthorizeOutput(new Uint8Array([0])), `a denial's reason is 1 to ${MAX_DENIAL_BYTES} bytes; it has 0`);
      assert.deepEqual(decodeAuthorizeOutput(new Uint8Array([0, ...new Uint8Array(MAX_DENIAL_BYTES).fill(0x41)])), { allowed: false, reason: 'A'.repeat(MAX_DENIAL_BYTES) });
      malformed(() => decodeAuthorizeOutput(new Uint8Array([0, ...new Uint8Array(MAX_DENIAL_BYTES + 1).fill(0x41)])), `a denial's reason is 1 to ${MAX_DENIAL_BYTES} bytes; it has ${MAX_DENIAL_BYTES + 1}`);
      malformed(() => decodeAuthorizeOutput(new Uint8Array([0, 0x41, 0x0a])), "a denial's reason is printable ASCII");
      malformed(() => decodeAuthorizeOutput(new Uint8Array([0, 0x1f])), "a denial's reason is printable ASCII");
      malformed(() => decodeAuthorizeOutput(new Uint8Array([0, 0x7f])), "a denial's reason is printable ASCII");
      assert.deepEqual(decodeAuthorizeOutput(new Uint8Array([0, 0x20, 0x7e])), { allowed: false, reason: ' ~' });
    });

    it('ola-evaluate', () => {
      malformed(() => decodeOlaOutput(new Uint8Array(8)), 'the output is 8 bytes; expected 9 (outcome, then a 64-bit amount)');
      malformed(() => decodeOlaOutput(new Uint8Array(9)), 'the outcome is 0; expected 1 (met) or 2 (breached)');
      const big = new Uint8Array(9);
      big[0] = 1;
      new DataView(big.buffer).setBigUint64(1, 2n ** 53n - 1n, true);
      assert.deepEqual(decodeOlaOutput(big), { met: true, byMs: Number.MAX_SAFE_INTEGER });
      new DataView(big.buffer).setBigUint64(1, 2n ** 53n, true);
      malformed(() => decodeOlaOutput(big), 'the amount is above 2^53 - 1 ms');
    });

    it('escalate', () => {
      const bounds = { levels: [{ targets: 2 }, { targets: 3 }], minDelayMs: 60_000, maxDelayMs: 86_400_000 };
      const out = (level: number, mask: number, delay: number) => {
        const b = new Uint8Array(8);
        const v = new DataView(b.buffer);
        b[0] = level;
        v.setUint16(2, mask, true);
        v.setUint32(4, delay, true);
        return b;
      };
      assert.deepEqual(decodeEscalateOutput(out(1, 0b111, 86_400_000), bounds), { level: 1, round: 0, targetMask: 7, delayMs: 86_400_000 });
      assert.deepEqual(decodeEscalateOutput(out(1, 0, 60_000), bounds), { level: 1, round: 0, targetMask: 0, delayMs: 60_000 });
      malformed(() => decodeEscalateOutput(new Uint8Array(7), bounds), 'the output is 7 bytes; expected 8 (level, round, target mask, delay)');
      malformed(() => decodeEscalateOutput(out(2, 1, 0), bounds), 'level 2 (0-based) is not one of the policy\'s 2');
      malformed(() => decodeEscalateOutput(out(1, 0b1000, 0), bounds), "the target mask 1000 names targets the level's 3 do not have");
      malformed(() => decodeEscalateOutput(out(0, 1, 59_999), bounds), 'the delay is 59999 ms; expected 0 (no further step) or 60000 to 86400000');
      malformed(() => decodeEscalateOutput(out(0, 1, 86_400_001), bounds), 'the delay is 86400001 ms; expected 0 (no further step) or 60000 to 86400000');
    });
  });
});
