// The disassembler's listing is assembler input for the same bytes.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assemble, disassemble, disassembleLines, INSTRUCTIONS } from '../../src/vm/asm/index.ts';

// One valid instruction with arbitrary operand bytes.
const instructionBytes = fc
  .tuple(fc.constantFrom(...INSTRUCTIONS), fc.integer({ min: 0, max: 0xffff }))
  .map(([instruction, operand]) => [...(instruction.prefixed ? [0xcb, instruction.opcode] : [instruction.opcode]), operand & 0xff, operand >> 8].slice(0, instruction.size));

describe('vm/asm disassembler', () => {
  it('round-trips random instruction sequences through disassemble and assemble', () => {
    fc.assert(
      fc.property(fc.array(instructionBytes, { maxLength: 64 }), (instructions) => {
        const code = Uint8Array.from(instructions.flat());
        assert.deepEqual(assemble(disassemble(code)), code);
        assert.equal(disassembleLines(code).length, instructions.length);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips arbitrary bytes, illegal opcodes and truncated instructions included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), (code) => {
        assert.deepEqual(assemble(disassemble(code)), code);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes only the requested range', () => {
    const code = Uint8Array.from([0x00, 0x3e, 0x01, 0x76, 0xc9]);
    assert.deepEqual(disassembleLines(code, { start: 1, end: 4 }).map(({ address, text }) => [address, text]), [[1, 'ld a, $01'], [3, 'halt']]);
  });

  it('lists address, bytes and mnemonic on each line', () => {
    const code = Uint8Array.from([0x3e, 0x2a, 0xd3, 0xcb, 0x7c, 0x18, 0xfe, 0xf8, 0xff, 0xe0, 0x80, 0x3e]);
    assert.equal(
      disassemble(code),
      [
        '    ld a, $2A               ; $0000: 3E 2A',
        '    db $D3                  ; $0002: D3',
        '    bit 7, h                ; $0003: CB 7C',
        '    jr $0005                ; $0005: 18 FE',
        '    ld hl, sp-1             ; $0007: F8 FF',
        '    ldh [$FF80], a          ; $0009: E0 80',
        '    db $3E                  ; $000B: 3E',
        '',
      ].join('\n'),
    );
  });
});
