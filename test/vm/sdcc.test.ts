// C compiled by SDCC runs on the machine with src/vm/sdcc/ackchain.h and crt0.s. Skipped where
// SDCC is not installed (Debian's `sdcc` package provides it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runContract } from '../../src/vm/index.ts';
import { MemoryHost } from './support/contracts.ts';

const sdccDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/vm/sdcc');

function hasSdcc(): boolean {
  try {
    execFileSync('sdcc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
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

describe('SDCC contracts', () => {
  it('runs a C counter compiled with sdcc -msm83', function () {
    if (!hasSdcc()) this.skip();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ackchain-sdcc-'));
    try {
      const run = (file: string, args: string[]) => execFileSync(file, args, { cwd: dir, stdio: 'pipe' });
      writeFileSync(path.join(dir, 'counter.c'), COUNTER_C);
      run('sdasgb', ['-plosgff', '-o', 'crt0.rel', path.join(sdccDir, 'crt0.s')]);
      run('sdcc', ['-msm83', '-I', sdccDir, '-c', 'counter.c']);
      run('sdcc', ['-msm83', '--no-std-crt0', '--code-loc', '0x0100', '--data-loc', '0xC000', '-o', 'counter.ihx', 'crt0.rel', 'counter.rel']);
      run('makebin', ['-s', '32768', 'counter.ihx', 'counter.bin']);
      const code = readFileSync(path.join(dir, 'counter.bin'));
      const host = new MemoryHost();
      const first = runContract({ code, input: new Uint8Array(), gasLimit: 100_000, host });
      assert.ok(first.ok, !first.ok ? `${first.reason}: ${first.detail}` : '');
      assert.deepEqual([...first.output], [1, 0x12]);
      host.apply(first);
      const second = runContract({ code, input: new Uint8Array(), gasLimit: 100_000, host });
      assert.ok(second.ok);
      assert.deepEqual([...second.output], [2, 0x12]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
