// The opcode table against the gbdev table, and every opcode through the assembler and back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assemble, BASE_OPCODES, CB_OPCODES, decodeAt, formatInstruction, ILLEGAL_OPCODES, INSTRUCTIONS } from '../../src/vm/asm/index.ts';
import type { Instruction, Operand } from '../../src/vm/asm/index.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

interface GbdevOperand { name: string; immediate: boolean; increment?: boolean; decrement?: boolean }
interface GbdevOpcode { mnemonic: string; bytes: number; cycles: number[]; operands: GbdevOperand[] }
interface GbdevTable { unprefixed: Record<string, GbdevOpcode>; cbprefixed: Record<string, GbdevOpcode> }

const gbdev = JSON.parse(readFileSync(path.resolve(repoRoot, 'test/vm/vectors/sm83/Opcodes.json'), 'utf8')) as GbdevTable;
const key = (opcode: number): string => '0x' + opcode.toString(16).toUpperCase().padStart(2, '0');

// Both tables rendered in one spelling, e.g. `LD [HL+],A` or `JR NZ,e8`.
function gbdevSignature(entry: GbdevOpcode): string {
  const operands = entry.operands.map((operand) => {
    const name = operand.name === 'a16' && operand.immediate ? 'n16' : operand.name;
    const suffix = operand.increment ? '+' : operand.decrement ? '-' : '';
    return operand.immediate ? name + suffix : `[${name}${suffix}]`;
  });
  return `${entry.mnemonic} ${operands.join(',')}`.trim();
}

function ourOperand(operand: Operand): string {
  if (operand.type === 'literal') return operand.text.toUpperCase();
  if (operand.type === 'fixed') return operand.kind === 'bit' ? String(operand.value) : '$' + operand.value.toString(16).toUpperCase().padStart(2, '0');
  const spelled = { n8: 'n8', n16: 'n16', e8: 'e8', rel8: 'e8', mem16: '[a16]', memHigh: '[a8]', spOffset: 'SP+,e8' } as const;
  return spelled[operand.kind];
}

const ourSignature = (instruction: Instruction): string =>
  `${instruction.mnemonic.toUpperCase()} ${instruction.operands.map(ourOperand).join(',')}`.trim();

describe('vm/asm opcode table', () => {
  it('has 244 base and 256 CB instructions', () => {
    assert.equal(INSTRUCTIONS.length, 244 + 256);
    assert.equal(ILLEGAL_OPCODES.length, 11);
  });

  it('matches the gbdev Opcodes.json in mnemonic, operands, size and M-cycles', () => {
    for (let opcode = 0; opcode < 256; opcode++) {
      const expectedBase = gbdev.unprefixed[key(opcode)];
      const base = BASE_OPCODES[opcode];
      if (expectedBase.mnemonic.startsWith('ILLEGAL') || expectedBase.mnemonic === 'PREFIX') {
        assert.equal(base, undefined, key(opcode));
      } else {
        assert.ok(base, key(opcode));
        assert.equal(ourSignature(base), gbdevSignature(expectedBase), key(opcode));
        assert.equal(base.size, expectedBase.bytes, key(opcode));
        assert.deepEqual(base.cycles, expectedBase.cycles.map((t) => t / 4), key(opcode));
      }
      const expectedCb = gbdev.cbprefixed[key(opcode)];
      const cb = CB_OPCODES[opcode];
      assert.equal(ourSignature(cb), gbdevSignature(expectedCb), `CB ${key(opcode)}`);
      assert.equal(cb.size, expectedCb.bytes, `CB ${key(opcode)}`);
      assert.deepEqual(cb.cycles, expectedCb.cycles.map((t) => t / 4), `CB ${key(opcode)}`);
    }
  });

  it('assembles every instruction to its own encoding and decodes it back', () => {
    const address = 0x100;
    for (const instruction of INSTRUCTIONS) {
      const bytes = [...(instruction.prefixed ? [0xcb, instruction.opcode] : [instruction.opcode]), 0x12, 0x34].slice(0, instruction.size);
      const text = formatInstruction(instruction, bytes, address);
      const image = assemble(`org ${address}\n  ${text}\n`);
      assert.deepEqual([...image.subarray(address)], bytes, text);
      assert.equal(decodeAt(Uint8Array.from(bytes), 0), instruction, text);
    }
  });
});
