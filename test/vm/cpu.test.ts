import assert from 'node:assert/strict';
import { Cpu, ILLEGAL_OPCODES, run, STOP } from '../../src/vm/cpu.ts';

function cpuWith(code: number[], at = 0x0100): Cpu {
  const cpu = new Cpu();
  cpu.memory.set(code, at);
  cpu.pc = at;
  cpu.sp = 0xfffe;
  return cpu;
}

describe('SM83 CPU', () => {
  it('traps on each of the 11 illegal opcodes, with pc at the opcode', () => {
    assert.equal(ILLEGAL_OPCODES.length, 11);
    for (const op of ILLEGAL_OPCODES) {
      const cpu = cpuWith([0x00, op]);
      assert.equal(run(cpu, 1000), STOP.illegalOpcode, `opcode ${op.toString(16)}`);
      assert.equal(cpu.pc, 0x0101);
      assert.equal(cpu.cycles, 2);
    }
  });

  it('traps on STOP', () => {
    const cpu = cpuWith([0x3c, 0x10, 0x00, 0x3c]);
    assert.equal(run(cpu, 1000), STOP.stopInstruction);
    assert.equal(cpu.a, 1);
    assert.equal(cpu.pc, 0x0102);
  });

  it('returns on HALT with pc past it', () => {
    const cpu = cpuWith([0x3c, 0x76, 0x3c]);
    assert.equal(run(cpu, 1000), STOP.halt);
    assert.equal(cpu.a, 1);
    assert.equal(cpu.pc, 0x0102);
    assert.equal(cpu.cycles, 1 + 3);
  });

  it('stops exactly when the cycle budget is reached, and resumes where it stopped', () => {
    const cpu = cpuWith(new Array(100).fill(0x00)); // NOPs, 1 M-cycle each
    assert.equal(run(cpu, 10), STOP.cycleLimit);
    assert.equal(cpu.cycles, 10);
    assert.equal(cpu.pc, 0x010a);
    assert.equal(run(cpu, 5), STOP.cycleLimit);
    assert.equal(cpu.cycles, 15);
  });

  it('charges a whole instruction even when it crosses the budget', () => {
    const cpu = cpuWith([0x00, 0xcd, 0x00, 0x02]); // NOP; CALL $0200 (6 M-cycles)
    assert.equal(run(cpu, 2), STOP.cycleLimit);
    assert.equal(cpu.cycles, 7);
    assert.equal(cpu.pc, 0x0200);
  });

  it('counts taken and not-taken branches differently', () => {
    const notTaken = cpuWith([0xaf, 0x20, 0x05]); // XOR A (Z set); JR NZ,+5
    run(notTaken, 2);
    assert.equal(notTaken.cycles, 1 + 2);
    const taken = cpuWith([0xb7, 0x28, 0x05]); // OR A with A=0 sets Z too; JR Z,+5
    run(taken, 2);
    assert.equal(taken.cycles, 1 + 3);
    assert.equal(taken.pc, 0x0108);
  });

  it('enables interrupts one instruction after EI', () => {
    const cpu = cpuWith([0xfb, 0x00, 0x00]);
    run(cpu, 1);
    assert.deepEqual([cpu.ime, cpu.imePending], [0, 1]);
    run(cpu, 1);
    assert.deepEqual([cpu.ime, cpu.imePending], [1, 0]);
    const inOneRun = cpuWith([0xfb, 0x00, 0xf3, 0x76]); // EI; NOP; DI; HALT
    run(inOneRun, 1000);
    assert.deepEqual([inOneRun.ime, inOneRun.imePending], [0, 0]);
  });

  it('sends writes to flagged pages to the bus, which may charge cycles or stop the CPU', () => {
    const pages = new Uint8Array(0x100);
    pages[0x80] = 1;
    const seen: [number, number, number][] = [];
    const cpu = new Cpu(new Uint8Array(0x10000), pages, (address, value, cycles) => {
      seen.push([address, value, cycles]);
      return value === 2 ? -1 : 100;
    });
    // LD A,1; LD ($8000),A; INC A; LD ($8001),A; INC A; HALT
    cpu.memory.set([0x3e, 0x01, 0xea, 0x00, 0x80, 0x3c, 0xea, 0x01, 0x80, 0x3c, 0x76]);
    assert.equal(run(cpu, 1000), STOP.bus);
    assert.deepEqual(seen, [[0x8000, 1, 6], [0x8001, 2, 6 + 100 + 5]]);
    assert.equal(cpu.memory[0x8000], 0, 'the bus decides whether a flagged write lands');
    assert.equal(cpu.pc, 9, 'stops after the instruction whose write was refused');
    assert.equal(cpu.cycles, 111);
  });

  it('is deterministic: the same program and state give the same final state', () => {
    const program: number[] = [];
    let seed = 12345;
    for (let i = 0; i < 4096; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      program.push(seed >>> 16 & 0xff);
    }
    const snapshot = (cpu: Cpu) => ({ regs: [cpu.a, cpu.f, cpu.b, cpu.c, cpu.d, cpu.e, cpu.h, cpu.l, cpu.sp, cpu.pc, cpu.cycles], memory: Buffer.from(cpu.memory).toString('base64') });
    const runOnce = () => {
      const cpu = new Cpu();
      cpu.memory.set(program);
      const stop = run(cpu, 100_000);
      return { stop, ...snapshot(cpu) };
    };
    assert.deepEqual(runOnce(), runOnce());
  });
});
