// C compiled by SDCC runs on the machine with src/vm/sdcc/ackchain.h and crt0.s, built as
// genesis/examples/counter-c/README.md says. Skipped where SDCC is not installed (Debian's `sdcc`
// package provides it).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toHex } from '../../src/chain/bytes.ts';
import { assemble, disassemble } from '../../src/vm/asm/index.ts';
import { runContract, type ContractResult, type ContractSuccess } from '../../src/vm/index.ts';
import { MemoryHost } from './support/contracts.ts';
import { buildC, repoRoot, skipWithoutSdcc } from '../support/sdcc.ts';

const GAS = 100_000;

function succeeded(result: ContractResult): ContractSuccess {
  assert.ok(result.ok, result.ok ? '' : `${result.reason}: ${result.detail}`);
  return result;
}

const COUNTER_C = `
#include "ackchain.h"
static const char key[] = "count";
static uint8_t value;
static uint16_t initialized = 0x1234;

void main(void) {
  ack_call(ACK_STORAGE_GET, (uint16_t)key, 5, (uint16_t)&value, 1);
  value++;
  ack_call(ACK_STORAGE_SET, (uint16_t)key, 5, (uint16_t)&value, 1);
  ACK_OUTPUT[0] = value;
  ACK_OUTPUT[1] = (uint8_t)(initialized >> 8);
  ACK_OUTPUT_LENGTH = 2;
}
`;

describe('SDCC contracts', function () {
  before(function () {
    skipWithoutSdcc(this, 'SDCC contracts');
  });

  it('runs a C counter compiled with sdcc -msm83', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ackchain-sdcc-src-'));
    try {
      writeFileSync(path.join(dir, 'counter.c'), COUNTER_C);
      const code = buildC(path.join(dir, 'counter.c'));
      const host = new MemoryHost();
      const first = succeeded(runContract({ code, input: new Uint8Array(), gasLimit: GAS, host }));
      assert.deepEqual([...first.output], [1, 0x12]);
      host.apply(first);
      const second = succeeded(runContract({ code, input: new Uint8Array(), gasLimit: GAS, host }));
      assert.deepEqual([...second.output], [2, 0x12]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('genesis/examples/counter-c', () => {
    const COUNT_KEY = toHex(new TextEncoder().encode('count'));
    let code: Uint8Array;
    before(() => {
      code = buildC(path.join(repoRoot, 'genesis/examples/counter-c/counter.c'));
    });

    it('counts 1, 2, then by the input byte, keeping the count in storage', () => {
      const host = new MemoryHost();
      const call = (input: number[]): ContractSuccess => {
        const result = succeeded(runContract({ code, input: Uint8Array.from(input), gasLimit: GAS, host }));
        host.apply(result);
        return result;
      };
      const first = call([]);
      assert.deepEqual([...first.output], [1, 0]);
      assert.deepEqual(first.storageWrites.map(({ key, value }) => [toHex(key), [...(value ?? [])]]), [[COUNT_KEY, [1, 0]]]);
      assert.deepEqual(first.events.map(({ type, data }) => [type, [...data]]), [['counter', [1, 0]]]);
      assert.deepEqual([...call([]).output], [2, 0]);
      assert.deepEqual([...call([250]).output], [252, 0]);
      assert.deepEqual([...call([10]).output], [6, 1]);
    });

    it('aborts instead of wrapping past 65535', () => {
      const host = new MemoryHost();
      host.storage.set(COUNT_KEY, Uint8Array.from([0xff, 0xff]));
      const result = runContract({ code, input: new Uint8Array(), gasLimit: GAS, host });
      assert.equal(!result.ok && result.reason, 'aborted');
      assert.match(!result.ok ? result.detail : '', /counter overflow/);
    });

    it('fails cleanly when out of gas', () => {
      const result = runContract({ code, input: new Uint8Array(), gasLimit: 50, host: new MemoryHost() });
      assert.equal(!result.ok && result.reason, 'out_of_gas');
    });

    it('disassembles to source the project assembler turns back into the same bytes', () => {
      assert.deepEqual(assemble(disassemble(code)), code);
    });
  });
});
