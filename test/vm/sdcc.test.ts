// The C example contract, built with SDCC as genesis/examples/counter-c/README.md says, run on the machine.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toHex } from '../../src/chain/bytes.ts';
import { assemble, disassemble } from '../../src/vm/asm/index.ts';
import { runContract, type ContractResult } from '../../src/vm/index.ts';
import { MemoryHost } from './support/contracts.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const exampleDir = path.join(repoRoot, 'genesis/examples/counter-c');
const GAS = 100_000;
const COUNT_KEY = toHex(new TextEncoder().encode('count'));

function step(dir: string, command: string, ...args: string[]): void {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}${result.error?.message ?? ''}`);
}

// The README's recipe, step by step.
function buildCounter(dir: string): Uint8Array {
  step(dir, 'sdasgb', '-plosgff', '-o', 'crt0.rel', path.join(exampleDir, 'crt0.s'));
  step(dir, 'sdcc', '-msm83', '-c', '-o', 'counter.rel', path.join(exampleDir, 'counter.c'));
  step(dir, 'sdcc', '-msm83', '--no-std-crt0', '--code-loc', '0x0000', '--data-loc', '0xC000', '-o', 'counter.ihx', 'crt0.rel', 'counter.rel');
  step(dir, 'makebin', '-p', 'counter.ihx', 'counter.bin');
  return new Uint8Array(readFileSync(path.join(dir, 'counter.bin')));
}

function succeeded(result: ContractResult): Extract<ContractResult, { ok: true }> {
  assert.ok(result.ok, result.ok ? '' : `${result.reason}: ${result.detail}`);
  return result;
}

describe('vm: C contract compiled by SDCC', function () {
  let dir: string;
  let code: Uint8Array;

  before(function () {
    if (spawnSync('sdcc', ['--version']).error !== undefined) this.skip(); // SDCC is not installed: apt-get install sdcc
    dir = mkdtempSync(path.join(os.tmpdir(), 'ackchain-sdcc-'));
    code = buildCounter(dir);
  });

  after(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('counts 1, 2, then by the input byte, keeping the count in storage', () => {
    const host = new MemoryHost();
    const call = (input: number[]) => succeeded(runContract({ code, input: Uint8Array.from(input), gasLimit: GAS, host }));

    const first = call([]);
    assert.deepEqual([...first.output], [1, 0]);
    assert.deepEqual(first.storageWrites.map(({ key, value }) => [toHex(key), [...(value ?? [])]]), [[COUNT_KEY, [1, 0]]]);
    assert.deepEqual(first.events.map(({ type, data }) => [type, [...data]]), [['counter', [1, 0]]]);
    host.apply(first);

    const second = call([]);
    assert.deepEqual([...second.output], [2, 0]);
    host.apply(second);

    const third = call([250]);
    assert.deepEqual([...third.output], [252, 0]);
    host.apply(third);
    assert.deepEqual([...call([10]).output], [6, 1]);
  });

  it('aborts instead of wrapping past 65535', () => {
    const host = new MemoryHost();
    host.storage.set(COUNT_KEY, Uint8Array.from([0xff, 0xff]));
    const result = runContract({ code, input: new Uint8Array(), gasLimit: GAS, host });
    assert.equal(result.ok, false);
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
