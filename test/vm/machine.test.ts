import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { sha256 } from '../../src/chain/hash.ts';
import { assemble } from '../../src/vm/asm/index.ts';
import { FAILURE_REASONS, MAX_CONTRACT_CODE_BYTES, MAX_INPUT_BYTES, runContract, type ContractResult } from '../../src/vm/index.ts';
import { contract, hostCall, MemoryHost } from './support/contracts.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const text = (s: string) => new TextEncoder().encode(s);
const GAS = 1_000_000;

function call(code: Uint8Array, input: Uint8Array = new Uint8Array(), host = new MemoryHost(), gasLimit = GAS): ContractResult {
  return runContract({ code, input, gasLimit, host });
}

function failure(result: ContractResult): { reason: string; gasUsed: number } {
  assert.equal(result.ok, false, 'expected the call to fail');
  return { reason: result.ok ? '' : result.reason, gasUsed: result.gasUsed };
}

function success(result: ContractResult) {
  if (!result.ok) assert.fail(`call failed: ${result.reason}: ${result.detail}`);
  return result;
}

// Keeps a one-byte counter under "count", returns its new value.
const COUNTER = contract(`
main:
${hostCall('HC_STORAGE_GET', 'key', '5', 'WORK_RAM_START', '1')}
    ld a, [WORK_RAM_START]   ; still 0 when the key was not found
    inc a
    ld [WORK_RAM_START], a
    ld [OUTPUT_START], a
${hostCall('HC_STORAGE_SET', 'key', '5', 'WORK_RAM_START', '1')}
${hostCall('HC_RETURN', '1')}
key: db "count"
`);

// Copies the input to the output: on entry HL = input, DE = output, BC = input length.
const ECHO = contract(`
main:
    ld a, c
    ldh [LOW(OUTPUT_LENGTH)], a
    ld a, b
    ldh [LOW(OUTPUT_LENGTH) + 1], a
.loop:
    ld a, b
    or c
    jr z, .done
    ld a, [hl+]
    ld [de], a
    inc de
    dec bc
    jr .loop
.done:
    halt
`);

describe('contract machine', () => {
  it('keeps a counter in storage across calls', () => {
    const host = new MemoryHost();
    const first = success(call(COUNTER, undefined, host));
    assert.deepEqual([...first.output], [1]);
    assert.deepEqual(first.storageWrites, [{ key: text('count'), value: Uint8Array.of(1) }]);
    host.apply(first);
    const second = success(call(COUNTER, undefined, host));
    assert.deepEqual([...second.output], [2]);
    assert.deepEqual(second.storageWrites, [{ key: text('count'), value: Uint8Array.of(2) }]);
  });

  it('echoes its input to its output', () => {
    const result = success(call(ECHO, text('hello, contract')));
    assert.equal(new TextDecoder().decode(result.output), 'hello, contract');
    assert.deepEqual(result.events, []);
  });

  it('emits events with the input as data', () => {
    const emitter = contract(`
main:
    ld a, c
    ldh [LOW(ARG3)], a
    ld a, b
    ldh [LOW(ARG3) + 1], a
${hostCall('HC_EMIT_EVENT', 'type', '9', 'INPUT_START')}
${hostCall('HC_EMIT_EVENT', 'type', '9', 'INPUT_START + 1')}
    halt
type: db "alert.ack"
`);
    const result = success(call(emitter, Uint8Array.of(1, 2, 3)));
    assert.deepEqual(result.events, [{ type: 'alert.ack', data: Uint8Array.of(1, 2, 3) }, { type: 'alert.ack', data: Uint8Array.of(2, 3, 0) }]);
    assert.deepEqual(result.output, new Uint8Array());
  });

  it('runs out of gas in an endless loop, using exactly the limit', () => {
    const loop = contract('main:\n    jr main\n');
    for (const gasLimit of [0, 1, 2, 3, 1000, 12345]) {
      assert.deepEqual(failure(call(loop, undefined, undefined, gasLimit)), { reason: 'out_of_gas', gasUsed: gasLimit });
    }
  });

  it('succeeds with a gas limit of exactly the gas used, and runs out one below it', () => {
    for (const [code, input] of [[ECHO, text('gas')], [COUNTER, new Uint8Array()]] as const) {
      const { gasUsed } = success(call(code, input));
      assert.equal(success(call(code, input, undefined, gasUsed)).gasUsed, gasUsed);
      assert.deepEqual(failure(call(code, input, undefined, gasUsed - 1)), { reason: 'out_of_gas', gasUsed: gasUsed - 1 });
    }
  });

  it('charges M-cycles plus host-call prices', () => {
    // LD A,7 (2); LDH [ARG0],A (3); XOR A (1); LDH [ARG0+1],A (3); LD A,HC_RETURN (2); LDH [HOST_CALL],A (3)
    const result = success(call(contract(`main:\n${hostCall('HC_RETURN', '0')}`)));
    assert.equal(result.gasUsed, 2 + 3 + 2 + 3 + 2 + 3);
    const get = success(call(contract(`main:\n${hostCall('HC_STORAGE_GET', 'main', '1', 'WORK_RAM_START', '0')}\n    halt`)));
    assert.equal(get.gasUsed, 4 * 10 + 5 + 200 + 3);
  });

  it('traps writes to code and input', () => {
    assert.equal(failure(call(contract('main:\n    ld a, 1\n    ld [$0100], a\n    halt\n'))).reason, 'rom_write');
    assert.equal(failure(call(contract('main:\n    ld hl, $7fff\n    ld [hl], 0\n    halt\n'))).reason, 'rom_write');
    assert.equal(failure(call(contract('main:\n    ld [INPUT_START + 5], a\n    halt\n'), text('input'))).reason, 'input_write');
  });

  it('sets up the registers and memory the ABI promises', () => {
    const probe = contract(`
main:
    ld [OUTPUT_START], sp
    ld a, b
    ld [OUTPUT_START + 2], a
    ld a, c
    ld [OUTPUT_START + 3], a
    ld a, d
    ld [OUTPUT_START + 4], a
    ld a, e
    ld [OUTPUT_START + 5], a
    ld a, h
    ld [OUTPUT_START + 6], a
    ld a, l
    ld [OUTPUT_START + 7], a
    ldh a, [LOW(INPUT_LENGTH)]
    ld [OUTPUT_START + 8], a
    ldh a, [LOW(INPUT_LENGTH) + 1]
    ld [OUTPUT_START + 9], a
    ld a, [WORK_RAM_START + 100]
    ld [OUTPUT_START + 10], a
    ld a, $5a
    ldh [$fe], a               ; high RAM is writable
    ldh a, [$fe]
    ld [OUTPUT_START + 11], a
${hostCall('HC_RETURN', '12')}
`);
    const input = new Uint8Array(0x123).fill(9);
    assert.deepEqual([...success(call(probe, input)).output], [0x00, 0xff, 0x01, 0x23, 0xa0, 0x00, 0x80, 0x00, 0x23, 0x01, 0, 0x5a]);
  });

  it('reads records, reporting not found and too-small buffers', () => {
    const reader = contract(`
main:
${hostCall('HC_RECORD_GET', '2', 'WORK_RAM_START', '4')}
    ldh a, [LOW(STATUS)]
    ld [de], a
    inc de
    ldh a, [LOW(RESULT)]
    ld [de], a
    inc de
    ldh a, [LOW(RESULT) + 1]
    ld [de], a
    inc de
    ld hl, WORK_RAM_START
    ld b, 4
.copy:
    ld a, [hl+]
    ld [de], a
    inc de
    dec b
    jr nz, .copy
${hostCall('HC_RETURN', '7')}
`);
    const host = new MemoryHost();
    assert.deepEqual([...success(call(reader, undefined, host)).output], [1, 0, 0, 0, 0, 0, 0]);
    host.records.set(2, Uint8Array.of(7, 8, 9));
    assert.deepEqual([...success(call(reader, undefined, host)).output], [0, 3, 0, 7, 8, 9, 0]);
    host.records.set(2, new Uint8Array(300).fill(1));
    assert.deepEqual([...success(call(reader, undefined, host)).output], [2, 44, 1, 0, 0, 0, 0]);
  });

  it('sees its own storage writes and deletes within a call', () => {
    const code = contract(`
main:
${hostCall('HC_STORAGE_SET', 'key', '1', 'value', '2')}
${hostCall('HC_STORAGE_GET', 'key', '1', 'OUTPUT_START', '2')}
${hostCall('HC_STORAGE_DELETE', 'key', '1')}
${hostCall('HC_STORAGE_GET', 'key', '1', 'OUTPUT_START + 2', '2')}
    ldh a, [LOW(STATUS)]
    ld [OUTPUT_START + 2], a
${hostCall('HC_RETURN', '3')}
key: db "k"
value: db 4, 5
`);
    const host = new MemoryHost();
    host.storage.set('6b', Uint8Array.of(1));
    const result = success(call(code, undefined, host));
    assert.deepEqual([...result.output], [4, 5, 1]);
    assert.deepEqual(result.storageWrites, [{ key: text('k'), value: undefined }]);
  });

  it('hashes a memory range with SHA-256', () => {
    const hasher = contract(`
main:
    ld a, c
    ldh [LOW(ARG1)], a
    ld a, b
    ldh [LOW(ARG1) + 1], a
    ld a, e
    ldh [LOW(ARG2)], a
    ld a, d
    ldh [LOW(ARG2) + 1], a
${hostCall('HC_SHA256', 'INPUT_START')}
${hostCall('HC_RETURN', '32')}
`);
    const input = text('abc');
    assert.deepEqual(success(call(hasher, input)).output, sha256(input));
  });

  it('fails an aborted call with its message and drops its writes and events', () => {
    const code = contract(`
main:
${hostCall('HC_STORAGE_SET', 'msg', '1', 'msg', '1')}
${hostCall('HC_EMIT_EVENT', 'msg', '4', 'msg', '0')}
${hostCall('HC_ABORT', 'msg', '4')}
msg: db "nope"
`);
    const result = call(code);
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.reason === 'aborted' && result.detail.includes('nope'));
    assert.deepEqual(Object.keys(result).sort(), ['detail', 'gasUsed', 'ok', 'reason']);
  });

  it('fails bad host calls and bad I/O writes', () => {
    const cases: [string, string][] = [
      ['main:\n    ld a, 99\n    ldh [LOW(HOST_CALL)], a\n', 'bad_host_call'],
      [`main:\n${hostCall('HC_STORAGE_GET', 'main', '0', 'WORK_RAM_START', '1')}`, 'bad_host_call'], // empty key
      [`main:\n${hostCall('HC_STORAGE_GET', 'main', '65', 'WORK_RAM_START', '1')}`, 'bad_host_call'], // key too long
      [`main:\n${hostCall('HC_STORAGE_GET', 'main', '1', '$0100', '1')}`, 'bad_host_call'], // buffer in code
      [`main:\n${hostCall('HC_RECORD_GET', '0', '$DFFF', '2')}`, 'bad_host_call'], // buffer runs into the guard page
      [`main:\n${hostCall('HC_SHA256', '$FFF0', '$20', 'WORK_RAM_START')}`, 'bad_host_call'], // runs past $FFFF
      [`main:\n${hostCall('HC_EMIT_EVENT', 'main', '2', 'main', '0')}`, 'bad_host_call'], // type is not [A-Za-z0-9._-]
      ['main:\n    ldh [LOW(RESULT)], a\n', 'bad_io_write'],
      ['main:\n    ldh [$7f], a\n', 'bad_io_write'],
    ];
    for (const [source, reason] of cases) assert.equal(failure(call(contract(source))).reason, reason, source);
  });

  it('traps illegal opcodes, STOP and stack overflow', () => {
    assert.equal(failure(call(contract('main:\n    nop\n    db $d3\n'))).reason, 'illegal_opcode');
    assert.equal(failure(call(contract('main:\n    db $10, $00\n'))).reason, 'stop_instruction');
    assert.equal(failure(call(contract('main:\n    push af\n    jr main\n'))).reason, 'stack_overflow');
  });

  it('fails a result longer than the output region', () => {
    assert.equal(failure(call(contract(`main:\n${hostCall('HC_RETURN', '$2001')}`))).reason, 'bad_result');
    assert.equal(success(call(contract(`main:\n${hostCall('HC_RETURN', '$2000')}`))).output.length, 0x2000);
  });

  it('rejects oversized code and input without running them', () => {
    assert.deepEqual(failure(call(new Uint8Array(MAX_CONTRACT_CODE_BYTES + 1))), { reason: 'code_too_large', gasUsed: 0 });
    assert.deepEqual(failure(call(ECHO, new Uint8Array(MAX_INPUT_BYTES + 1))), { reason: 'input_too_large', gasUsed: 0 });
    assert.throws(() => call(ECHO, undefined, undefined, -1), RangeError);
  });

  it('is deterministic and never spends more than its gas limit on random code', () => {
    // Random bytes, mixed with host calls (LD A,n; LDH [HOST_CALL],A) so those paths are hit too.
    const chunk = fc.oneof(fc.integer({ min: 0, max: 255 }).map((b) => [b]), fc.integer({ min: 0, max: 9 }).map((n) => [0x3e, n, 0xe0, 0x10]));
    fc.assert(fc.property(
      fc.array(chunk, { maxLength: 200 }).map((chunks) => Uint8Array.from(chunks.flat())),
      fc.uint8Array({ maxLength: 64 }),
      fc.integer({ min: 0, max: 50_000 }),
      (code, input, gasLimit) => {
        const host = new MemoryHost();
        host.records.set(0, Uint8Array.of(1, 2, 3));
        const first = call(code, input, host, gasLimit);
        assert.deepEqual(call(code, input, host, gasLimit), first);
        assert.ok(first.gasUsed >= 0 && first.gasUsed <= gasLimit);
        if (!first.ok) assert.ok(FAILURE_REASONS.includes(first.reason));
        else assert.ok(first.output.length <= 0x2000);
      },
    ), { numRuns: 300 });
  });
});

describe('docs/vm.md', () => {
  it('has a worked example that runs as described', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs/vm.md'), 'utf8');
    const source = /```asm\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(source !== undefined, 'docs/vm.md has an asm block');
    const code = assemble(source, { filename: path.join(repoRoot, 'src/vm/worked-example.asm') });
    const host = new MemoryHost();
    const first = success(call(code, undefined, host));
    assert.deepEqual(first.output, Uint8Array.of(1));
    assert.deepEqual(first.events, [{ type: 'counter.incremented', data: Uint8Array.of(1) }]);
    host.apply(first);
    assert.deepEqual(success(call(code, undefined, host)).output, Uint8Array.of(2));
  });
});

describe('contract machine: host calls that would write into read-only memory', () => {
  // SHA-256 of "abc" into the input region, the code region, and then into work RAM.
  const hashInto = (destination: string) => contract(`
main:
${hostCall('HC_SHA256', 'msg', '3', destination)}
${hostCall('HC_RETURN', '0')}
msg: db "abc"
`);

  it('traps a hash whose destination is the read-only input or code, leaving the input as it was', () => {
    for (const destination of ['INPUT_START', 'INPUT_START + $1FE0', 'CODE_START', '$7FF0']) {
      const result = call(hashInto(destination), text('input stays'));
      assert.equal(result.ok, false, destination);
      assert.ok(!result.ok && result.reason === 'bad_host_call' && /is not 32 bytes of writable RAM/.test(result.detail), destination);
    }
    success(call(hashInto('WORK_RAM_START')));
  });

  it('traps a storage read whose buffer is the input region', () => {
    const code = contract(`
main:
${hostCall('HC_STORAGE_GET', 'key', '1', 'INPUT_START', '4')}
${hostCall('HC_RETURN', '0')}
key: db "k"
`);
    const host = new MemoryHost();
    host.storage.set('6b', Uint8Array.of(9, 9, 9, 9));
    const result = call(code, Uint8Array.of(1, 2, 3, 4), host);
    assert.ok(!result.ok && result.reason === 'bad_host_call' && /is not writable RAM/.test(result.detail));
  });

  it('checks a failing host call\'s price before its arguments: out of gas one cycle below the price, the call\'s own failure at exactly it', () => {
    const bad = hashInto('INPUT_START');
    const { gasUsed: before } = failure(call(bad));
    const price = 1000; // HC_SHA256
    assert.deepEqual(failure(call(bad, undefined, undefined, before + price)), { reason: 'bad_host_call', gasUsed: before });
    assert.deepEqual(failure(call(bad, undefined, undefined, before + price - 1)), { reason: 'out_of_gas', gasUsed: before + price - 1 });
  });
});
