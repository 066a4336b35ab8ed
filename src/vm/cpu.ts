// The SM83 (GameBoy CPU) interpreter. One hot loop keeps the registers in locals and dispatches on
// the opcode with a dense switch, which V8 compiles to a jump table. Memory is one flat 64 KiB
// array: reads never branch; a write checks one page flag and hands flagged pages (read-only
// memory, I/O) to the bus callback. Gas is M-cycles, checked once per instruction.

/** Why `run` returned. */
export const STOP = {
  /** The cycle budget given to `run` was used up (the last instruction may overshoot it). */
  cycleLimit: 0,
  halt: 1,
  illegalOpcode: 2,
  stopInstruction: 3,
  /** The bus callback refused a write; the bus knows why. */
  bus: 4,
} as const;
export type StopCode = (typeof STOP)[keyof typeof STOP];

/** Opcodes the SM83 does not define; executing one traps. */
export const ILLEGAL_OPCODES: readonly number[] = [0xd3, 0xdb, 0xdd, 0xe3, 0xe4, 0xeb, 0xec, 0xed, 0xf4, 0xfc, 0xfd];

/**
 * Called for a write to a page whose flag in `writePages` is non-zero. `cycles` is the total
 * M-cycle count including the current instruction. Returns extra M-cycles to charge (0 for a
 * plain write), or -1 to stop the CPU after the current instruction.
 */
export type BusWrite = (address: number, value: number, cycles: number) => number;

const refuseAllWrites: BusWrite = () => -1;

export class Cpu {
  a = 0;
  f = 0;
  b = 0;
  c = 0;
  d = 0;
  e = 0;
  h = 0;
  l = 0;
  sp = 0;
  pc = 0;
  /** Interrupt master enable: kept for fidelity only, as there are no interrupts. */
  ime = 0;
  /** EI was the last instruction: ime becomes 1 after the next one. */
  imePending = 0;
  /** M-cycles executed so far, plus whatever the bus charged. */
  cycles = 0;
  readonly memory: Uint8Array;
  /** One flag per 256-byte page: 0 = plain RAM, anything else = writes go to `bus`. */
  readonly writePages: Uint8Array;
  bus: BusWrite;

  constructor(memory: Uint8Array = new Uint8Array(0x10000), writePages: Uint8Array = new Uint8Array(0x100), bus: BusWrite = refuseAllWrites) {
    if (memory.length !== 0x10000 || writePages.length !== 0x100) throw new RangeError('memory must be 64 KiB with 256 page flags');
    this.memory = memory;
    this.writePages = writePages;
    this.bus = bus;
  }
}

// M-cycles per base opcode; a conditional branch lists its not-taken count and adds the rest when
// taken. HALT and STOP cost 3, as the SingleStepTests vectors record; illegal opcodes cost the
// fetch. 0xCB is counted by CB_CYCLES.
const CYCLES = Uint8Array.from([
  1, 3, 2, 2, 1, 1, 2, 1, 5, 2, 2, 2, 1, 1, 2, 1,
  3, 3, 2, 2, 1, 1, 2, 1, 3, 2, 2, 2, 1, 1, 2, 1,
  2, 3, 2, 2, 1, 1, 2, 1, 2, 2, 2, 2, 1, 1, 2, 1,
  2, 3, 2, 2, 3, 3, 3, 1, 2, 2, 2, 2, 1, 1, 2, 1,
  1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1,
  1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1,
  1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1,
  2, 2, 2, 2, 2, 2, 3, 2, 1, 1, 1, 1, 1, 1, 2, 1,
  1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1,
  1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1,
  1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1,
  1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1,
  2, 3, 3, 4, 3, 4, 2, 4, 2, 4, 3, 0, 3, 6, 2, 4,
  2, 3, 3, 1, 3, 4, 2, 4, 2, 4, 3, 1, 3, 1, 2, 4,
  3, 3, 2, 1, 1, 4, 2, 4, 4, 1, 4, 1, 1, 1, 2, 4,
  3, 3, 2, 1, 1, 4, 2, 4, 3, 2, 4, 1, 1, 1, 2, 4,
]);

// M-cycles per CB-prefixed opcode, prefix included: 2 on a register, 4 on (HL), 3 for BIT n,(HL).
const CB_CYCLES = Uint8Array.from({ length: 256 }, (_, op) => ((op & 7) !== 6 ? 2 : (op & 0xc0) === 0x40 ? 3 : 4));

// 8-bit ALU helpers return (result << 8) | flags so the hot loop keeps A and F in locals.
function add8(a: number, v: number, carry: number): number {
  const r = a + v + carry;
  return ((r & 0xff) << 8) | ((r & 0xff) === 0 ? 0x80 : 0) | ((a & 0xf) + (v & 0xf) + carry > 0xf ? 0x20 : 0) | (r > 0xff ? 0x10 : 0);
}

function sub8(a: number, v: number, carry: number): number {
  const r = a - v - carry;
  return ((r & 0xff) << 8) | ((r & 0xff) === 0 ? 0xc0 : 0x40) | ((a & 0xf) - (v & 0xf) - carry < 0 ? 0x20 : 0) | (r < 0 ? 0x10 : 0);
}

/** A CB-prefixed operation on value `v`: returns (result << 8) | flags. */
function prefixed(op: number, v: number, f: number): number {
  const bit = (op >>> 3) & 7;
  switch (op >>> 6) {
    case 0: {
      let r: number;
      let carry: number;
      switch (bit) {
        case 0: carry = v >>> 7; r = ((v << 1) | carry) & 0xff; break; // RLC
        case 1: carry = v & 1; r = (v >>> 1) | (carry << 7); break; // RRC
        case 2: carry = v >>> 7; r = ((v << 1) | ((f >>> 4) & 1)) & 0xff; break; // RL
        case 3: carry = v & 1; r = (v >>> 1) | ((f & 0x10) << 3); break; // RR
        case 4: carry = v >>> 7; r = (v << 1) & 0xff; break; // SLA
        case 5: carry = v & 1; r = (v >>> 1) | (v & 0x80); break; // SRA
        case 6: carry = 0; r = ((v & 0xf) << 4) | (v >>> 4); break; // SWAP
        default: carry = v & 1; r = v >>> 1; // SRL
      }
      return (r << 8) | (r === 0 ? 0x80 : 0) | (carry << 4);
    }
    case 1: return (v << 8) | (f & 0x10) | 0x20 | (((v >>> bit) & 1) === 0 ? 0x80 : 0); // BIT
    case 2: return ((v & ~(1 << bit)) << 8) | f; // RES
    default: return ((v | (1 << bit)) << 8) | f; // SET
  }
}

/**
 * Runs until HALT, a trap, a refused write, or until at least `maxCycles` M-cycles have been
 * spent in this call (checked before each instruction, so `maxCycles = 1` executes exactly one).
 * The state is written back to `cpu` on return; pc points past HALT and STOP, and at an illegal
 * opcode.
 */
export function run(cpu: Cpu, maxCycles: number): StopCode {
  const m = cpu.memory;
  const wp = cpu.writePages;
  const bus = cpu.bus;
  const base = cpu.cycles;
  let a = cpu.a, f = cpu.f, b = cpu.b, c = cpu.c, d = cpu.d, e = cpu.e, h = cpu.h, l = cpu.l;
  let sp = cpu.sp, pc = cpu.pc, ime = cpu.ime, imePending = cpu.imePending;
  let cyc = 0;
  let stop: StopCode = STOP.cycleLimit;
  // The loop leaves its fast path only when cyc reaches stopAt: the budget, a pending EI, or -1
  // once something asked to stop.
  let stopAt = imePending !== 0 && maxCycles > 1 ? 1 : maxCycles;
  let eiAt = 0;
  let t = 0, u = 0, w = 0;
  // Every memory write is spelled out inline as
  //   w = address; if (wp[w >>> 8] === 0) m[w] = value; else <ask the bus>
  // because a helper function could not update the local cycle count and stop state.
  loop: for (;;) {
    if (cyc >= stopAt) {
      if (stop !== STOP.cycleLimit) break;
      if (imePending !== 0 && cyc > eiAt) { ime = 1; imePending = 0; }
      stopAt = maxCycles;
      if (cyc >= maxCycles) break;
    }
    const op = m[pc];
    pc = (pc + 1) & 0xffff;
    cyc += CYCLES[op];
    switch (op) {
      case 0x00: break;
      case 0x01: c = m[pc]; b = m[(pc + 1) & 0xffff]; pc = (pc + 2) & 0xffff; break;
      case 0x02: w = (b << 8) | c; if (wp[w >>> 8] === 0) m[w] = a; else if ((w = bus(w, a, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x03: c = (c + 1) & 0xff; if (c === 0) b = (b + 1) & 0xff; break;
      case 0x04: b = (b + 1) & 0xff; f = (f & 0x10) | (b === 0 ? 0x80 : 0) | ((b & 0xf) === 0 ? 0x20 : 0); break;
      case 0x05: b = (b - 1) & 0xff; f = (f & 0x10) | 0x40 | (b === 0 ? 0x80 : 0) | ((b & 0xf) === 0xf ? 0x20 : 0); break;
      case 0x06: b = m[pc]; pc = (pc + 1) & 0xffff; break;
      case 0x07: a = ((a << 1) | (a >>> 7)) & 0xff; f = (a & 1) << 4; break;
      case 0x08: t = m[pc] | (m[(pc + 1) & 0xffff] << 8); pc = (pc + 2) & 0xffff; w = t; if (wp[w >>> 8] === 0) m[w] = sp & 0xff; else if ((w = bus(w, sp & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; w = (t + 1) & 0xffff; if (wp[w >>> 8] === 0) m[w] = sp >>> 8; else if ((w = bus(w, sp >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x09: t = (h << 8) | l; u = (b << 8) | c; f = (f & 0x80) | ((t & 0xfff) + (u & 0xfff) > 0xfff ? 0x20 : 0) | (t + u > 0xffff ? 0x10 : 0); t = (t + u) & 0xffff; h = t >>> 8; l = t & 0xff; break;
      case 0x0a: a = m[(b << 8) | c]; break;
      case 0x0b: c = (c - 1) & 0xff; if (c === 0xff) b = (b - 1) & 0xff; break;
      case 0x0c: c = (c + 1) & 0xff; f = (f & 0x10) | (c === 0 ? 0x80 : 0) | ((c & 0xf) === 0 ? 0x20 : 0); break;
      case 0x0d: c = (c - 1) & 0xff; f = (f & 0x10) | 0x40 | (c === 0 ? 0x80 : 0) | ((c & 0xf) === 0xf ? 0x20 : 0); break;
      case 0x0e: c = m[pc]; pc = (pc + 1) & 0xffff; break;
      case 0x0f: f = (a & 1) << 4; a = (a >>> 1) | ((a & 1) << 7); break;
      case 0x10: stop = STOP.stopInstruction; break loop;
      case 0x11: e = m[pc]; d = m[(pc + 1) & 0xffff]; pc = (pc + 2) & 0xffff; break;
      case 0x12: w = (d << 8) | e; if (wp[w >>> 8] === 0) m[w] = a; else if ((w = bus(w, a, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x13: e = (e + 1) & 0xff; if (e === 0) d = (d + 1) & 0xff; break;
      case 0x14: d = (d + 1) & 0xff; f = (f & 0x10) | (d === 0 ? 0x80 : 0) | ((d & 0xf) === 0 ? 0x20 : 0); break;
      case 0x15: d = (d - 1) & 0xff; f = (f & 0x10) | 0x40 | (d === 0 ? 0x80 : 0) | ((d & 0xf) === 0xf ? 0x20 : 0); break;
      case 0x16: d = m[pc]; pc = (pc + 1) & 0xffff; break;
      case 0x17: t = a >>> 7; a = ((a << 1) | ((f >>> 4) & 1)) & 0xff; f = t << 4; break;
      case 0x18: pc = (pc + 1 + ((m[pc] << 24) >> 24)) & 0xffff; break;
      case 0x19: t = (h << 8) | l; u = (d << 8) | e; f = (f & 0x80) | ((t & 0xfff) + (u & 0xfff) > 0xfff ? 0x20 : 0) | (t + u > 0xffff ? 0x10 : 0); t = (t + u) & 0xffff; h = t >>> 8; l = t & 0xff; break;
      case 0x1a: a = m[(d << 8) | e]; break;
      case 0x1b: e = (e - 1) & 0xff; if (e === 0xff) d = (d - 1) & 0xff; break;
      case 0x1c: e = (e + 1) & 0xff; f = (f & 0x10) | (e === 0 ? 0x80 : 0) | ((e & 0xf) === 0 ? 0x20 : 0); break;
      case 0x1d: e = (e - 1) & 0xff; f = (f & 0x10) | 0x40 | (e === 0 ? 0x80 : 0) | ((e & 0xf) === 0xf ? 0x20 : 0); break;
      case 0x1e: e = m[pc]; pc = (pc + 1) & 0xffff; break;
      case 0x1f: t = a & 1; a = (a >>> 1) | ((f & 0x10) << 3); f = t << 4; break;
      case 0x20: if ((f & 0x80) === 0) { pc = (pc + 1 + ((m[pc] << 24) >> 24)) & 0xffff; cyc += 1; } else pc = (pc + 1) & 0xffff; break;
      case 0x21: l = m[pc]; h = m[(pc + 1) & 0xffff]; pc = (pc + 2) & 0xffff; break;
      case 0x22: t = (h << 8) | l; w = t; if (wp[w >>> 8] === 0) m[w] = a; else if ((w = bus(w, a, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; t = (t + 1) & 0xffff; h = t >>> 8; l = t & 0xff; break;
      case 0x23: l = (l + 1) & 0xff; if (l === 0) h = (h + 1) & 0xff; break;
      case 0x24: h = (h + 1) & 0xff; f = (f & 0x10) | (h === 0 ? 0x80 : 0) | ((h & 0xf) === 0 ? 0x20 : 0); break;
      case 0x25: h = (h - 1) & 0xff; f = (f & 0x10) | 0x40 | (h === 0 ? 0x80 : 0) | ((h & 0xf) === 0xf ? 0x20 : 0); break;
      case 0x26: h = m[pc]; pc = (pc + 1) & 0xffff; break;
      case 0x27: // DAA: correct A to packed BCD after an addition (N clear) or a subtraction (N set)
        u = 0;
        t = 0;
        if ((f & 0x40) === 0) {
          if ((f & 0x20) !== 0 || (a & 0xf) > 9) u = 0x06;
          if ((f & 0x10) !== 0 || a > 0x99) { u |= 0x60; t = 0x10; }
          a = (a + u) & 0xff;
        } else {
          if ((f & 0x20) !== 0) u = 0x06;
          if ((f & 0x10) !== 0) { u |= 0x60; t = 0x10; }
          a = (a - u) & 0xff;
        }
        f = (a === 0 ? 0x80 : 0) | (f & 0x40) | t;
        break;
      case 0x28: if ((f & 0x80) !== 0) { pc = (pc + 1 + ((m[pc] << 24) >> 24)) & 0xffff; cyc += 1; } else pc = (pc + 1) & 0xffff; break;
      case 0x29: t = (h << 8) | l; u = (h << 8) | l; f = (f & 0x80) | ((t & 0xfff) + (u & 0xfff) > 0xfff ? 0x20 : 0) | (t + u > 0xffff ? 0x10 : 0); t = (t + u) & 0xffff; h = t >>> 8; l = t & 0xff; break;
      case 0x2a: t = (h << 8) | l; a = m[t]; t = (t + 1) & 0xffff; h = t >>> 8; l = t & 0xff; break;
      case 0x2b: l = (l - 1) & 0xff; if (l === 0xff) h = (h - 1) & 0xff; break;
      case 0x2c: l = (l + 1) & 0xff; f = (f & 0x10) | (l === 0 ? 0x80 : 0) | ((l & 0xf) === 0 ? 0x20 : 0); break;
      case 0x2d: l = (l - 1) & 0xff; f = (f & 0x10) | 0x40 | (l === 0 ? 0x80 : 0) | ((l & 0xf) === 0xf ? 0x20 : 0); break;
      case 0x2e: l = m[pc]; pc = (pc + 1) & 0xffff; break;
      case 0x2f: a ^= 0xff; f |= 0x60; break;
      case 0x30: if ((f & 0x10) === 0) { pc = (pc + 1 + ((m[pc] << 24) >> 24)) & 0xffff; cyc += 1; } else pc = (pc + 1) & 0xffff; break;
      case 0x31: sp = m[pc] | (m[(pc + 1) & 0xffff] << 8); pc = (pc + 2) & 0xffff; break;
      case 0x32: t = (h << 8) | l; w = t; if (wp[w >>> 8] === 0) m[w] = a; else if ((w = bus(w, a, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; t = (t - 1) & 0xffff; h = t >>> 8; l = t & 0xff; break;
      case 0x33: sp = (sp + 1) & 0xffff; break;
      case 0x34: t = (h << 8) | l; u = (m[t] + 1) & 0xff; f = (f & 0x10) | (u === 0 ? 0x80 : 0) | ((u & 0xf) === 0 ? 0x20 : 0); w = t; if (wp[w >>> 8] === 0) m[w] = u; else if ((w = bus(w, u, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x35: t = (h << 8) | l; u = (m[t] - 1) & 0xff; f = (f & 0x10) | 0x40 | (u === 0 ? 0x80 : 0) | ((u & 0xf) === 0xf ? 0x20 : 0); w = t; if (wp[w >>> 8] === 0) m[w] = u; else if ((w = bus(w, u, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x36: u = m[pc]; pc = (pc + 1) & 0xffff; w = (h << 8) | l; if (wp[w >>> 8] === 0) m[w] = u; else if ((w = bus(w, u, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x37: f = (f & 0x80) | 0x10; break;
      case 0x38: if ((f & 0x10) !== 0) { pc = (pc + 1 + ((m[pc] << 24) >> 24)) & 0xffff; cyc += 1; } else pc = (pc + 1) & 0xffff; break;
      case 0x39: t = (h << 8) | l; f = (f & 0x80) | ((t & 0xfff) + (sp & 0xfff) > 0xfff ? 0x20 : 0) | (t + sp > 0xffff ? 0x10 : 0); t = (t + sp) & 0xffff; h = t >>> 8; l = t & 0xff; break;
      case 0x3a: t = (h << 8) | l; a = m[t]; t = (t - 1) & 0xffff; h = t >>> 8; l = t & 0xff; break;
      case 0x3b: sp = (sp - 1) & 0xffff; break;
      case 0x3c: a = (a + 1) & 0xff; f = (f & 0x10) | (a === 0 ? 0x80 : 0) | ((a & 0xf) === 0 ? 0x20 : 0); break;
      case 0x3d: a = (a - 1) & 0xff; f = (f & 0x10) | 0x40 | (a === 0 ? 0x80 : 0) | ((a & 0xf) === 0xf ? 0x20 : 0); break;
      case 0x3e: a = m[pc]; pc = (pc + 1) & 0xffff; break;
      case 0x3f: f = (f & 0x80) | ((f & 0x10) ^ 0x10); break;
      case 0x40: break;
      case 0x41: b = c; break;
      case 0x42: b = d; break;
      case 0x43: b = e; break;
      case 0x44: b = h; break;
      case 0x45: b = l; break;
      case 0x46: b = m[(h << 8) | l]; break;
      case 0x47: b = a; break;
      case 0x48: c = b; break;
      case 0x49: break;
      case 0x4a: c = d; break;
      case 0x4b: c = e; break;
      case 0x4c: c = h; break;
      case 0x4d: c = l; break;
      case 0x4e: c = m[(h << 8) | l]; break;
      case 0x4f: c = a; break;
      case 0x50: d = b; break;
      case 0x51: d = c; break;
      case 0x52: break;
      case 0x53: d = e; break;
      case 0x54: d = h; break;
      case 0x55: d = l; break;
      case 0x56: d = m[(h << 8) | l]; break;
      case 0x57: d = a; break;
      case 0x58: e = b; break;
      case 0x59: e = c; break;
      case 0x5a: e = d; break;
      case 0x5b: break;
      case 0x5c: e = h; break;
      case 0x5d: e = l; break;
      case 0x5e: e = m[(h << 8) | l]; break;
      case 0x5f: e = a; break;
      case 0x60: h = b; break;
      case 0x61: h = c; break;
      case 0x62: h = d; break;
      case 0x63: h = e; break;
      case 0x64: break;
      case 0x65: h = l; break;
      case 0x66: h = m[(h << 8) | l]; break;
      case 0x67: h = a; break;
      case 0x68: l = b; break;
      case 0x69: l = c; break;
      case 0x6a: l = d; break;
      case 0x6b: l = e; break;
      case 0x6c: l = h; break;
      case 0x6d: break;
      case 0x6e: l = m[(h << 8) | l]; break;
      case 0x6f: l = a; break;
      case 0x70: w = (h << 8) | l; if (wp[w >>> 8] === 0) m[w] = b; else if ((w = bus(w, b, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x71: w = (h << 8) | l; if (wp[w >>> 8] === 0) m[w] = c; else if ((w = bus(w, c, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x72: w = (h << 8) | l; if (wp[w >>> 8] === 0) m[w] = d; else if ((w = bus(w, d, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x73: w = (h << 8) | l; if (wp[w >>> 8] === 0) m[w] = e; else if ((w = bus(w, e, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x74: w = (h << 8) | l; if (wp[w >>> 8] === 0) m[w] = h; else if ((w = bus(w, h, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x75: w = (h << 8) | l; if (wp[w >>> 8] === 0) m[w] = l; else if ((w = bus(w, l, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x76: stop = STOP.halt; break loop;
      case 0x77: w = (h << 8) | l; if (wp[w >>> 8] === 0) m[w] = a; else if ((w = bus(w, a, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0x78: a = b; break;
      case 0x79: a = c; break;
      case 0x7a: a = d; break;
      case 0x7b: a = e; break;
      case 0x7c: a = h; break;
      case 0x7d: a = l; break;
      case 0x7e: a = m[(h << 8) | l]; break;
      case 0x7f: break;
      case 0x80: t = add8(a, b, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x81: t = add8(a, c, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x82: t = add8(a, d, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x83: t = add8(a, e, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x84: t = add8(a, h, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x85: t = add8(a, l, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x86: t = add8(a, m[(h << 8) | l], 0); a = t >>> 8; f = t & 0xff; break;
      case 0x87: t = add8(a, a, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x88: t = add8(a, b, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x89: t = add8(a, c, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x8a: t = add8(a, d, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x8b: t = add8(a, e, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x8c: t = add8(a, h, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x8d: t = add8(a, l, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x8e: t = add8(a, m[(h << 8) | l], (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x8f: t = add8(a, a, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x90: t = sub8(a, b, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x91: t = sub8(a, c, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x92: t = sub8(a, d, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x93: t = sub8(a, e, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x94: t = sub8(a, h, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x95: t = sub8(a, l, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x96: t = sub8(a, m[(h << 8) | l], 0); a = t >>> 8; f = t & 0xff; break;
      case 0x97: t = sub8(a, a, 0); a = t >>> 8; f = t & 0xff; break;
      case 0x98: t = sub8(a, b, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x99: t = sub8(a, c, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x9a: t = sub8(a, d, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x9b: t = sub8(a, e, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x9c: t = sub8(a, h, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x9d: t = sub8(a, l, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x9e: t = sub8(a, m[(h << 8) | l], (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0x9f: t = sub8(a, a, (f >>> 4) & 1); a = t >>> 8; f = t & 0xff; break;
      case 0xa0: a &= b; f = a === 0 ? 0xa0 : 0x20; break;
      case 0xa1: a &= c; f = a === 0 ? 0xa0 : 0x20; break;
      case 0xa2: a &= d; f = a === 0 ? 0xa0 : 0x20; break;
      case 0xa3: a &= e; f = a === 0 ? 0xa0 : 0x20; break;
      case 0xa4: a &= h; f = a === 0 ? 0xa0 : 0x20; break;
      case 0xa5: a &= l; f = a === 0 ? 0xa0 : 0x20; break;
      case 0xa6: a &= m[(h << 8) | l]; f = a === 0 ? 0xa0 : 0x20; break;
      case 0xa7: a &= a; f = a === 0 ? 0xa0 : 0x20; break;
      case 0xa8: a ^= b; f = a === 0 ? 0x80 : 0; break;
      case 0xa9: a ^= c; f = a === 0 ? 0x80 : 0; break;
      case 0xaa: a ^= d; f = a === 0 ? 0x80 : 0; break;
      case 0xab: a ^= e; f = a === 0 ? 0x80 : 0; break;
      case 0xac: a ^= h; f = a === 0 ? 0x80 : 0; break;
      case 0xad: a ^= l; f = a === 0 ? 0x80 : 0; break;
      case 0xae: a ^= m[(h << 8) | l]; f = a === 0 ? 0x80 : 0; break;
      case 0xaf: a ^= a; f = a === 0 ? 0x80 : 0; break;
      case 0xb0: a |= b; f = a === 0 ? 0x80 : 0; break;
      case 0xb1: a |= c; f = a === 0 ? 0x80 : 0; break;
      case 0xb2: a |= d; f = a === 0 ? 0x80 : 0; break;
      case 0xb3: a |= e; f = a === 0 ? 0x80 : 0; break;
      case 0xb4: a |= h; f = a === 0 ? 0x80 : 0; break;
      case 0xb5: a |= l; f = a === 0 ? 0x80 : 0; break;
      case 0xb6: a |= m[(h << 8) | l]; f = a === 0 ? 0x80 : 0; break;
      case 0xb7: a |= a; f = a === 0 ? 0x80 : 0; break;
      case 0xb8: f = sub8(a, b, 0) & 0xff; break;
      case 0xb9: f = sub8(a, c, 0) & 0xff; break;
      case 0xba: f = sub8(a, d, 0) & 0xff; break;
      case 0xbb: f = sub8(a, e, 0) & 0xff; break;
      case 0xbc: f = sub8(a, h, 0) & 0xff; break;
      case 0xbd: f = sub8(a, l, 0) & 0xff; break;
      case 0xbe: f = sub8(a, m[(h << 8) | l], 0) & 0xff; break;
      case 0xbf: f = sub8(a, a, 0) & 0xff; break;
      case 0xc0: if ((f & 0x80) === 0) { pc = m[sp] | (m[(sp + 1) & 0xffff] << 8); sp = (sp + 2) & 0xffff; cyc += 3; } break;
      case 0xc1: c = m[sp]; b = m[(sp + 1) & 0xffff]; sp = (sp + 2) & 0xffff; break;
      case 0xc2: if ((f & 0x80) === 0) { pc = m[pc] | (m[(pc + 1) & 0xffff] << 8); cyc += 1; } else pc = (pc + 2) & 0xffff; break;
      case 0xc3: pc = m[pc] | (m[(pc + 1) & 0xffff] << 8); break;
      case 0xc4: if ((f & 0x80) === 0) { t = m[pc] | (m[(pc + 1) & 0xffff] << 8); pc = (pc + 2) & 0xffff; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = t; cyc += 3; } else pc = (pc + 2) & 0xffff; break;
      case 0xc5: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = b; else if ((w = bus(w, b, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = c; else if ((w = bus(w, c, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0xc6: t = add8(a, m[pc], 0); pc = (pc + 1) & 0xffff; a = t >>> 8; f = t & 0xff; break;
      case 0xc7: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = 0x00; break;
      case 0xc8: if ((f & 0x80) !== 0) { pc = m[sp] | (m[(sp + 1) & 0xffff] << 8); sp = (sp + 2) & 0xffff; cyc += 3; } break;
      case 0xc9: pc = m[sp] | (m[(sp + 1) & 0xffff] << 8); sp = (sp + 2) & 0xffff; break;
      case 0xca: if ((f & 0x80) !== 0) { pc = m[pc] | (m[(pc + 1) & 0xffff] << 8); cyc += 1; } else pc = (pc + 2) & 0xffff; break;
      case 0xcb:
        u = m[pc];
        pc = (pc + 1) & 0xffff;
        cyc += CB_CYCLES[u];
        switch (u & 7) {
          case 0: t = b; break;
          case 1: t = c; break;
          case 2: t = d; break;
          case 3: t = e; break;
          case 4: t = h; break;
          case 5: t = l; break;
          case 6: t = m[(h << 8) | l]; break;
          default: t = a;
        }
        t = prefixed(u, t, f);
        f = t & 0xff;
        if ((u & 0xc0) !== 0x40) { // BIT only tests
          t >>>= 8;
          switch (u & 7) {
            case 0: b = t; break;
            case 1: c = t; break;
            case 2: d = t; break;
            case 3: e = t; break;
            case 4: h = t; break;
            case 5: l = t; break;
            case 6: w = (h << 8) | l; if (wp[w >>> 8] === 0) m[w] = t; else if ((w = bus(w, t, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
            default: a = t;
          }
        }
        break;
      case 0xcc: if ((f & 0x80) !== 0) { t = m[pc] | (m[(pc + 1) & 0xffff] << 8); pc = (pc + 2) & 0xffff; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = t; cyc += 3; } else pc = (pc + 2) & 0xffff; break;
      case 0xcd: t = m[pc] | (m[(pc + 1) & 0xffff] << 8); pc = (pc + 2) & 0xffff; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = t; break;
      case 0xce: t = add8(a, m[pc], (f >>> 4) & 1); pc = (pc + 1) & 0xffff; a = t >>> 8; f = t & 0xff; break;
      case 0xcf: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = 0x08; break;
      case 0xd0: if ((f & 0x10) === 0) { pc = m[sp] | (m[(sp + 1) & 0xffff] << 8); sp = (sp + 2) & 0xffff; cyc += 3; } break;
      case 0xd1: e = m[sp]; d = m[(sp + 1) & 0xffff]; sp = (sp + 2) & 0xffff; break;
      case 0xd2: if ((f & 0x10) === 0) { pc = m[pc] | (m[(pc + 1) & 0xffff] << 8); cyc += 1; } else pc = (pc + 2) & 0xffff; break;
      case 0xd3: case 0xdb: case 0xdd: case 0xe3: case 0xe4: case 0xeb: case 0xec: case 0xed: case 0xf4: case 0xfc: case 0xfd:
        pc = (pc - 1) & 0xffff;
        stop = STOP.illegalOpcode;
        break loop;
      case 0xd4: if ((f & 0x10) === 0) { t = m[pc] | (m[(pc + 1) & 0xffff] << 8); pc = (pc + 2) & 0xffff; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = t; cyc += 3; } else pc = (pc + 2) & 0xffff; break;
      case 0xd5: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = d; else if ((w = bus(w, d, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = e; else if ((w = bus(w, e, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0xd6: t = sub8(a, m[pc], 0); pc = (pc + 1) & 0xffff; a = t >>> 8; f = t & 0xff; break;
      case 0xd7: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = 0x10; break;
      case 0xd8: if ((f & 0x10) !== 0) { pc = m[sp] | (m[(sp + 1) & 0xffff] << 8); sp = (sp + 2) & 0xffff; cyc += 3; } break;
      case 0xd9: pc = m[sp] | (m[(sp + 1) & 0xffff] << 8); sp = (sp + 2) & 0xffff; ime = 1; imePending = 0; break;
      case 0xda: if ((f & 0x10) !== 0) { pc = m[pc] | (m[(pc + 1) & 0xffff] << 8); cyc += 1; } else pc = (pc + 2) & 0xffff; break;
      case 0xdc: if ((f & 0x10) !== 0) { t = m[pc] | (m[(pc + 1) & 0xffff] << 8); pc = (pc + 2) & 0xffff; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = t; cyc += 3; } else pc = (pc + 2) & 0xffff; break;
      case 0xde: t = sub8(a, m[pc], (f >>> 4) & 1); pc = (pc + 1) & 0xffff; a = t >>> 8; f = t & 0xff; break;
      case 0xdf: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = 0x18; break;
      case 0xe0: t = 0xff00 | m[pc]; pc = (pc + 1) & 0xffff; w = t; if (wp[w >>> 8] === 0) m[w] = a; else if ((w = bus(w, a, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0xe1: l = m[sp]; h = m[(sp + 1) & 0xffff]; sp = (sp + 2) & 0xffff; break;
      case 0xe2: w = 0xff00 | c; if (wp[w >>> 8] === 0) m[w] = a; else if ((w = bus(w, a, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0xe5: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = h; else if ((w = bus(w, h, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = l; else if ((w = bus(w, l, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0xe6: a &= m[pc]; pc = (pc + 1) & 0xffff; f = a === 0 ? 0xa0 : 0x20; break;
      case 0xe7: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = 0x20; break;
      case 0xe8: u = m[pc]; pc = (pc + 1) & 0xffff; f = ((sp & 0xf) + (u & 0xf) > 0xf ? 0x20 : 0) | ((sp & 0xff) + u > 0xff ? 0x10 : 0); sp = (sp + ((u << 24) >> 24)) & 0xffff; break;
      case 0xe9: pc = (h << 8) | l; break;
      case 0xea: t = m[pc] | (m[(pc + 1) & 0xffff] << 8); pc = (pc + 2) & 0xffff; w = t; if (wp[w >>> 8] === 0) m[w] = a; else if ((w = bus(w, a, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0xee: a ^= m[pc]; pc = (pc + 1) & 0xffff; f = a === 0 ? 0x80 : 0; break;
      case 0xef: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = 0x28; break;
      case 0xf0: a = m[0xff00 | m[pc]]; pc = (pc + 1) & 0xffff; break;
      case 0xf1: f = m[sp] & 0xf0; a = m[(sp + 1) & 0xffff]; sp = (sp + 2) & 0xffff; break;
      case 0xf2: a = m[0xff00 | c]; break;
      case 0xf3: ime = 0; imePending = 0; break;
      case 0xf5: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = a; else if ((w = bus(w, a, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = f; else if ((w = bus(w, f, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; break;
      case 0xf6: a |= m[pc]; pc = (pc + 1) & 0xffff; f = a === 0 ? 0x80 : 0; break;
      case 0xf7: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = 0x30; break;
      case 0xf8: u = m[pc]; pc = (pc + 1) & 0xffff; f = ((sp & 0xf) + (u & 0xf) > 0xf ? 0x20 : 0) | ((sp & 0xff) + u > 0xff ? 0x10 : 0); t = (sp + ((u << 24) >> 24)) & 0xffff; h = t >>> 8; l = t & 0xff; break;
      case 0xf9: sp = (h << 8) | l; break;
      case 0xfa: a = m[m[pc] | (m[(pc + 1) & 0xffff] << 8)]; pc = (pc + 2) & 0xffff; break;
      case 0xfb: // EI takes effect after the next instruction: stop there once to promote it
        imePending = 1;
        eiAt = cyc;
        if (stopAt > cyc + 1) stopAt = cyc + 1;
        break;
      case 0xfe: f = sub8(a, m[pc], 0) & 0xff; pc = (pc + 1) & 0xffff; break;
      case 0xff: sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc >>> 8; else if ((w = bus(w, pc >>> 8, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; sp = (sp - 1) & 0xffff; w = sp; if (wp[w >>> 8] === 0) m[w] = pc & 0xff; else if ((w = bus(w, pc & 0xff, base + cyc)) < 0) { stop = STOP.bus; stopAt = -1; } else cyc += w; pc = 0x38; break;
    }
  }
  cpu.a = a; cpu.f = f; cpu.b = b; cpu.c = c; cpu.d = d; cpu.e = e; cpu.h = h; cpu.l = l;
  cpu.sp = sp; cpu.pc = pc; cpu.ime = ime; cpu.imePending = imePending;
  cpu.cycles = base + cyc;
  return stop;
}
