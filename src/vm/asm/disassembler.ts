// SM83 disassembler. Each line is assembler input followed by its address and bytes as a comment,
// so a listing of code assembles back to the same bytes.
import { hex } from './format.ts';
import { BASE_OPCODES, CB_OPCODES, CB_PREFIX, type Instruction, type Operand } from './table.ts';

export interface DisassembledLine {
  readonly address: number;
  readonly bytes: Uint8Array;
  readonly text: string; // assembler syntax: `ld a, $2A`, or `db $D3` for what does not decode
}

export interface DisassembleOptions {
  readonly start?: number; // first offset to decode; defaults to 0
  readonly end?: number; // offset to stop at; defaults to code.length
}

const signed8 = (byte: number): number => (byte << 24) >> 24;
const signedText = (value: number): string => (value < 0 ? `-${-value}` : `${value}`);

// Formats one operand; `immediate` holds the instruction's operand bytes, little-endian.
function formatOperand(operand: Operand, immediate: readonly number[], nextAddress: number): string {
  if (operand.type === 'literal') return operand.text;
  if (operand.type === 'fixed') return operand.kind === 'bit' ? String(operand.value) : hex(operand.value, 2);
  const word = (immediate[0] ?? 0) | ((immediate[1] ?? 0) << 8);
  switch (operand.kind) {
    case 'n8':
      return hex(word, 2);
    case 'n16':
      return hex(word, 4);
    case 'mem16':
      return `[${hex(word, 4)}]`;
    case 'memHigh':
      return `[${hex(0xff00 | word, 4)}]`;
    case 'e8':
      return signedText(signed8(word));
    case 'spOffset': {
      const offset = signed8(word);
      return offset < 0 ? `sp${offset}` : `sp+${offset}`;
    }
    case 'rel8':
      return hex((nextAddress + signed8(word)) & 0xffff, 4);
  }
}

// The instruction at `address` in assembler syntax, given its bytes from the opcode on.
export function formatInstruction(instruction: Instruction, bytes: ArrayLike<number>, address: number): string {
  const immediate = Array.from(bytes).slice(instruction.prefixed ? 2 : 1, instruction.size);
  const operands = instruction.operands.map((operand) => formatOperand(operand, immediate, address + instruction.size));
  return operands.length === 0 ? instruction.mnemonic : `${instruction.mnemonic} ${operands.join(', ')}`;
}

// The instruction that starts at `offset`, or undefined for an illegal opcode or a truncated one.
export function decodeAt(code: Uint8Array, offset: number): Instruction | undefined {
  const opcode = code[offset];
  const instruction = opcode === CB_PREFIX ? (offset + 1 < code.length ? CB_OPCODES[code[offset + 1]] : undefined) : BASE_OPCODES[opcode];
  return instruction !== undefined && offset + instruction.size <= code.length ? instruction : undefined;
}

export function disassembleLines(code: Uint8Array, options: DisassembleOptions = {}): DisassembledLine[] {
  const lines: DisassembledLine[] = [];
  const end = Math.min(options.end ?? code.length, code.length);
  let offset = options.start ?? 0;
  const view = code.subarray(0, end);
  while (offset < end) {
    const instruction = decodeAt(view, offset);
    const size = instruction?.size ?? 1;
    const bytes = view.slice(offset, offset + size);
    const text = instruction === undefined ? `db ${hex(bytes[0], 2)}` : formatInstruction(instruction, bytes, offset);
    lines.push({ address: offset, bytes, text });
    offset += size;
  }
  return lines;
}

const COMMENT_COLUMN = 24;

export function disassemble(code: Uint8Array, options: DisassembleOptions = {}): string {
  return disassembleLines(code, options)
    .map(({ address, bytes, text }) => {
      const raw = Array.from(bytes, (byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      return `    ${text.padEnd(COMMENT_COLUMN)}; ${hex(address, 4)}: ${raw}\n`;
    })
    .join('');
}
