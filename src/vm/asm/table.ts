// The SM83 instruction set as data: the one table behind the assembler, the disassembler and the
// tests. It is generated from the opcode's octal fields (x = bits 7-6, y = bits 5-3, z = bits 2-0),
// the same regular structure the hardware decodes, so each rule appears once.

import { ILLEGAL_OPCODES } from '../cpu.ts';

// How an operand is encoded after the opcode.
export type ValueKind =
  | 'n8' // unsigned byte (-128..255 accepted)
  | 'n16' // word, little-endian
  | 'e8' // signed byte: add sp, e8
  | 'rel8' // jr target address, stored as a signed offset from the next instruction
  | 'mem16' // [n16]
  | 'memHigh' // ldh [n8]: an address in $FF00-$FFFF, stored as its low byte
  | 'spOffset'; // ld hl, sp+e8

export type Operand =
  // A register, condition or register-indirect form, written exactly like this (lowercase).
  | { readonly type: 'literal'; readonly text: string }
  | { readonly type: 'value'; readonly kind: ValueKind }
  // A number baked into the opcode itself: bit index (bit/res/set) or rst vector.
  | { readonly type: 'fixed'; readonly kind: 'bit' | 'vector'; readonly value: number };

export interface Instruction {
  readonly opcode: number; // the byte after 0xCB when prefixed
  readonly prefixed: boolean;
  readonly mnemonic: string; // lowercase
  readonly operands: readonly Operand[];
  readonly size: number; // bytes, prefix and operands included
  readonly cycles: readonly number[]; // M-cycles; [taken, not taken] for conditional branches
}

export const CB_PREFIX = 0xcb;

// Opcodes that no instruction decodes to: the CPU's list, which traps on them.
export { ILLEGAL_OPCODES };

// Words the assembler reads as operands rather than symbols.
export const REGISTER_NAMES: ReadonlySet<string> = new Set(['a', 'b', 'c', 'd', 'e', 'h', 'l', 'af', 'bc', 'de', 'hl', 'sp', 'nz', 'z', 'nc']);

const R8 = ['b', 'c', 'd', 'e', 'h', 'l', '[hl]', 'a'];
const R16 = ['bc', 'de', 'hl', 'sp'];
const R16_STACK = ['bc', 'de', 'hl', 'af'];
const R16_MEMORY = ['[bc]', '[de]', '[hl+]', '[hl-]'];
const CONDITIONS = ['nz', 'z', 'nc', 'c'];
const ALU = ['add', 'adc', 'sub', 'sbc', 'and', 'xor', 'or', 'cp'];
const ACCUMULATOR_OPS = ['rlca', 'rrca', 'rla', 'rra', 'daa', 'cpl', 'scf', 'ccf'];
const ROTATIONS = ['rlc', 'rrc', 'rl', 'rr', 'sla', 'sra', 'swap', 'srl'];

const lit = (text: string): Operand => ({ type: 'literal', text });
const val = (kind: ValueKind): Operand => ({ type: 'value', kind });
const VALUE_SIZE: Readonly<Record<ValueKind, number>> = { n8: 1, n16: 2, e8: 1, rel8: 1, mem16: 2, memHigh: 1, spOffset: 1 };

export function operandBytes(operand: Operand): number {
  return operand.type === 'value' ? VALUE_SIZE[operand.kind] : 0;
}

function make(opcode: number, prefixed: boolean, mnemonic: string, operands: Operand[], cycles: number[]): Instruction {
  const size = (prefixed ? 2 : 1) + operands.reduce((sum, operand) => sum + operandBytes(operand), 0);
  return { opcode, prefixed, mnemonic, operands, size, cycles };
}

// Register-indirect [hl] costs one extra M-cycle per memory access.
const r8Cycles = (register: string, base: number, withHl: number): number[] => [register === '[hl]' ? withHl : base];

function decodeBase(opcode: number): Instruction | undefined {
  const x = opcode >> 6;
  const y = (opcode >> 3) & 7;
  const z = opcode & 7;
  const p = y >> 1;
  const q = y & 1;
  const op = (mnemonic: string, operands: Operand[], cycles: number[]): Instruction => make(opcode, false, mnemonic, operands, cycles);
  if (ILLEGAL_OPCODES.includes(opcode) || opcode === CB_PREFIX) return undefined;
  if (x === 1) {
    if (opcode === 0x76) return op('halt', [], [1]);
    const cycles = R8[y] === '[hl]' || R8[z] === '[hl]' ? 2 : 1;
    return op('ld', [lit(R8[y]), lit(R8[z])], [cycles]);
  }
  if (x === 2) return op(ALU[y], [lit('a'), lit(R8[z])], r8Cycles(R8[z], 1, 2));
  if (x === 0) {
    switch (z) {
      case 0:
        if (y === 0) return op('nop', [], [1]);
        if (y === 1) return op('ld', [val('mem16'), lit('sp')], [5]);
        if (y === 2) return op('stop', [val('n8')], [1]);
        if (y === 3) return op('jr', [val('rel8')], [3]);
        return op('jr', [lit(CONDITIONS[y - 4]), val('rel8')], [3, 2]);
      case 1:
        return q === 0 ? op('ld', [lit(R16[p]), val('n16')], [3]) : op('add', [lit('hl'), lit(R16[p])], [2]);
      case 2:
        return q === 0 ? op('ld', [lit(R16_MEMORY[p]), lit('a')], [2]) : op('ld', [lit('a'), lit(R16_MEMORY[p])], [2]);
      case 3:
        return op(q === 0 ? 'inc' : 'dec', [lit(R16[p])], [2]);
      case 4:
      case 5:
        return op(z === 4 ? 'inc' : 'dec', [lit(R8[y])], r8Cycles(R8[y], 1, 3));
      case 6:
        return op('ld', [lit(R8[y]), val('n8')], r8Cycles(R8[y], 2, 3));
      default:
        return op(ACCUMULATOR_OPS[y], [], [1]);
    }
  }
  switch (z) {
    case 0:
      if (y < 4) return op('ret', [lit(CONDITIONS[y])], [5, 2]);
      if (y === 4) return op('ldh', [val('memHigh'), lit('a')], [3]);
      if (y === 5) return op('add', [lit('sp'), val('e8')], [4]);
      if (y === 6) return op('ldh', [lit('a'), val('memHigh')], [3]);
      return op('ld', [lit('hl'), val('spOffset')], [3]);
    case 1:
      if (q === 0) return op('pop', [lit(R16_STACK[p])], [3]);
      return [op('ret', [], [4]), op('reti', [], [4]), op('jp', [lit('hl')], [1]), op('ld', [lit('sp'), lit('hl')], [2])][p];
    case 2:
      if (y < 4) return op('jp', [lit(CONDITIONS[y]), val('n16')], [4, 3]);
      if (y === 4) return op('ldh', [lit('[c]'), lit('a')], [2]);
      if (y === 5) return op('ld', [val('mem16'), lit('a')], [4]);
      if (y === 6) return op('ldh', [lit('a'), lit('[c]')], [2]);
      return op('ld', [lit('a'), val('mem16')], [4]);
    case 3:
      if (y === 0) return op('jp', [val('n16')], [4]);
      return op(y === 6 ? 'di' : 'ei', [], [1]);
    case 4:
      return op('call', [lit(CONDITIONS[y]), val('n16')], [6, 3]);
    case 5:
      return q === 0 ? op('push', [lit(R16_STACK[p])], [4]) : op('call', [val('n16')], [6]);
    case 6:
      return op(ALU[y], [lit('a'), val('n8')], [2]);
    default:
      return op('rst', [{ type: 'fixed', kind: 'vector', value: y * 8 }], [4]);
  }
}

function decodePrefixed(opcode: number): Instruction {
  const x = opcode >> 6;
  const y = (opcode >> 3) & 7;
  const target = R8[opcode & 7];
  const op = (mnemonic: string, operands: Operand[], cycles: number[]): Instruction => make(opcode, true, mnemonic, operands, cycles);
  if (x === 0) return op(ROTATIONS[y], [lit(target)], r8Cycles(target, 2, 4));
  const bit: Operand = { type: 'fixed', kind: 'bit', value: y };
  // bit only reads [hl]; res and set read and write it back.
  if (x === 1) return op('bit', [bit, lit(target)], r8Cycles(target, 2, 3));
  return op(x === 2 ? 'res' : 'set', [bit, lit(target)], r8Cycles(target, 2, 4));
}

const range256 = Array.from({ length: 256 }, (_, i) => i);

// Indexed by opcode byte; undefined for illegal opcodes and the 0xCB prefix.
export const BASE_OPCODES: readonly (Instruction | undefined)[] = range256.map(decodeBase);
export const CB_OPCODES: readonly Instruction[] = range256.map(decodePrefixed);

export const INSTRUCTIONS: readonly Instruction[] = [
  ...BASE_OPCODES.filter((instruction): instruction is Instruction => instruction !== undefined),
  ...CB_OPCODES,
];

export const INSTRUCTIONS_BY_MNEMONIC: ReadonlyMap<string, readonly Instruction[]> = Map.groupBy(INSTRUCTIONS, (instruction) => instruction.mnemonic);
