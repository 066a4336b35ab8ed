// Turns a mnemonic and its operand tokens into a table entry and, once symbols are known, bytes.
import { AssemblyError, type SourceLocation } from './errors.ts';
import { hex } from './format.ts';
import { isOp, keyword, tokensToText, type Token } from './lexer.ts';
import { CB_PREFIX, INSTRUCTIONS_BY_MNEMONIC, REGISTER_NAMES, type Instruction, type Operand, type ValueKind } from './table.ts';

export type SourceOperand =
  | { readonly shape: 'literal'; readonly text: string }
  | { readonly shape: 'expression'; readonly tokens: readonly Token[] }
  | { readonly shape: 'memory'; readonly tokens: readonly Token[]; readonly parenthesized: boolean }
  | { readonly shape: 'spOffset'; readonly tokens: readonly Token[] };

// Evaluates an operand expression; undefined while a symbol is not known yet.
export type ValueOf = (tokens: readonly Token[]) => number | undefined;

// Register-indirect spellings, keyed by their tokens' text; $FF00+c is written out as 65280+c.
const INDIRECT: Readonly<Record<string, string>> = {
  hl: '[hl]', bc: '[bc]', de: '[de]', c: '[c]', '65280+c': '[c]',
  'hl+': '[hl+]', hli: '[hl+]', 'hl-': '[hl-]', hld: '[hl-]',
};

const ALU_MNEMONICS = new Set(['add', 'adc', 'sub', 'sbc', 'and', 'xor', 'or', 'cp']);

function closingIndex(tokens: readonly Token[]): number {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isOp(tokens[i], '(') || isOp(tokens[i], '[')) depth++;
    if ((isOp(tokens[i], ')') || isOp(tokens[i], ']')) && --depth === 0) return i;
  }
  return -1;
}

// Brackets, or parentheses around a whole operand as in Z80 syntax, mean memory.
export function classifyOperand(tokens: readonly Token[]): SourceOperand {
  const first = keyword(tokens[0]);
  if (tokens.length === 1 && first !== undefined && REGISTER_NAMES.has(first)) return { shape: 'literal', text: first };
  const parenthesized = isOp(tokens[0], '(');
  if ((parenthesized || isOp(tokens[0], '[')) && closingIndex(tokens) === tokens.length - 1) {
    const inner = tokens.slice(1, -1);
    const key = inner.map((token) => (token.kind === 'number' ? String(token.value) : (keyword(token) ?? tokensToText([token])))).join('');
    const indirect = INDIRECT[key];
    if (indirect !== undefined) return { shape: 'literal', text: indirect };
    return { shape: 'memory', tokens: inner, parenthesized };
  }
  if (first === 'sp' && (isOp(tokens[1], '+') || isOp(tokens[1], '-'))) return { shape: 'spOffset', tokens: tokens.slice(1) };
  return { shape: 'expression', tokens };
}

// Accepted spellings that are not in the table: ldi/ldd, ldhl, ld [c], one-operand ALU ops, jp [hl], bare stop.
function canonicalize(mnemonic: string, operands: readonly SourceOperand[]): { mnemonic: string; operands: readonly SourceOperand[] } {
  const literal = (text: string): SourceOperand => ({ shape: 'literal', text });
  if (mnemonic === 'ldi' || mnemonic === 'ldd') {
    const indirect = mnemonic === 'ldi' ? '[hl+]' : '[hl-]';
    return { mnemonic: 'ld', operands: operands.map((operand) => (operand.shape === 'literal' && operand.text === '[hl]' ? literal(indirect) : operand)) };
  }
  if (mnemonic === 'ldhl' && operands.length === 2 && operands[0].shape === 'literal' && operands[0].text === 'sp' && operands[1].shape === 'expression') {
    return { mnemonic: 'ld', operands: [literal('hl'), { shape: 'spOffset', tokens: operands[1].tokens }] };
  }
  if (mnemonic === 'ld' && operands.some((operand) => operand.shape === 'literal' && operand.text === '[c]')) return { mnemonic: 'ldh', operands };
  if (ALU_MNEMONICS.has(mnemonic) && operands.length === 1) return { mnemonic, operands: [literal('a'), ...operands] };
  if (mnemonic === 'jp' && operands.length === 1 && operands[0].shape === 'literal' && operands[0].text === '[hl]') return { mnemonic, operands: [literal('hl')] };
  if (mnemonic === 'stop' && operands.length === 0) return { mnemonic, operands: [{ shape: 'expression', tokens: [{ kind: 'number', value: 0 }] }] };
  return { mnemonic, operands };
}

function fits(expected: Operand, actual: SourceOperand): boolean {
  if (expected.type === 'literal') return actual.shape === 'literal' && actual.text === expected.text;
  if (expected.type === 'fixed') return actual.shape === 'expression';
  switch (expected.kind) {
    case 'mem16':
    case 'memHigh':
      return actual.shape === 'memory';
    case 'spOffset':
      return actual.shape === 'spOffset';
    default:
      return actual.shape === 'expression';
  }
}

export interface SelectedInstruction {
  readonly instruction: Instruction;
  readonly operands: readonly SourceOperand[];
}

const describe = (operands: readonly SourceOperand[]): string =>
  operands
    .map((operand) => {
      if (operand.shape === 'literal') return operand.text;
      const text = tokensToText(operand.tokens);
      if (operand.shape === 'memory') return `[${text}]`;
      return operand.shape === 'spOffset' ? `sp ${text}` : text;
    })
    .join(', ');

// Picks the table entry for a source line. Before symbols are known, a bit index or rst vector may
// be undefined; any candidate will do then, since they all have the same size.
export function selectInstruction(
  mnemonicText: string,
  operandTokens: readonly (readonly Token[])[],
  location: SourceLocation,
  valueOf: ValueOf,
): SelectedInstruction {
  const fail = (reason: string): never => {
    throw new AssemblyError(location, reason);
  };
  const { mnemonic, operands } = canonicalize(mnemonicText.toLowerCase(), operandTokens.map(classifyOperand));
  const forms = INSTRUCTIONS_BY_MNEMONIC.get(mnemonic) ?? fail(`unknown mnemonic '${mnemonicText}'`);
  const shapeMatches = (candidates: readonly SourceOperand[]): Instruction[] =>
    forms.filter((form) => form.operands.length === candidates.length && form.operands.every((expected, i) => fits(expected, candidates[i])));
  let chosen = operands;
  let matches = shapeMatches(chosen);
  if (matches.length === 0) {
    // A parenthesized operand that fits no memory form is an ordinary expression: ld b, (X + 1).
    chosen = operands.map((operand) => (operand.shape === 'memory' && operand.parenthesized ? { shape: 'expression', tokens: [{ kind: 'op', text: '(' }, ...operand.tokens, { kind: 'op', text: ')' }] } : operand));
    matches = shapeMatches(chosen);
  }
  if (matches.length === 0) return fail(`invalid operands for '${mnemonic}': ${describe(operands)}`);
  const fixedIndex = matches[0].operands.findIndex((operand) => operand.type === 'fixed');
  if (fixedIndex < 0) return { instruction: matches[0], operands: chosen };
  const operand = chosen[fixedIndex];
  const value = operand.shape === 'expression' ? valueOf(operand.tokens) : undefined;
  if (value === undefined) return { instruction: matches[0], operands: chosen };
  const exact = matches.find((form) => {
    const expected = form.operands[fixedIndex];
    return expected.type === 'fixed' && expected.value === value;
  });
  if (exact !== undefined) return { instruction: exact, operands: chosen };
  const fixed = matches[0].operands[fixedIndex];
  return fail(fixed.type === 'fixed' && fixed.kind === 'bit' ? `bit number ${value} is not 0-7` : `rst vector ${hex(value, 2)} is not one of $00, $08, ..., $38`);
}

function checkRange(value: number, min: number, max: number, what: string, location: SourceLocation): number {
  if (value < min || value > max) throw new AssemblyError(location, `${what} ${value} (${value < 0 ? '-' + hex(-value, 2) : hex(value, 2)}) out of range ${min}..${max}`);
  return value;
}

function encodeValue(kind: ValueKind, value: number, nextAddress: number, location: SourceLocation): number[] {
  switch (kind) {
    case 'n8':
      return [checkRange(value, -128, 255, '8-bit value', location) & 0xff];
    case 'n16':
    case 'mem16': {
      const word = checkRange(value, -32768, 65535, '16-bit value', location) & 0xffff;
      return [word & 0xff, word >> 8];
    }
    case 'e8':
    case 'spOffset':
      return [checkRange(value, -128, 127, 'signed 8-bit value', location) & 0xff];
    case 'rel8': {
      // The CPU's program counter wraps at 16 bits, so the offset does too.
      const offset = ((value - nextAddress) << 16) >> 16;
      if (offset < -128 || offset > 127) throw new AssemblyError(location, `jump target ${hex(value & 0xffff, 4)} out of jr range (offset ${offset})`);
      return [offset & 0xff];
    }
    case 'memHigh':
      // RGBDS wants $FF00-$FFFF; the bare low byte is accepted too.
      if ((value >= 0xff00 && value <= 0xffff) || (value >= 0 && value <= 0xff)) return [value & 0xff];
      throw new AssemblyError(location, `ldh address ${hex(value, 4)} is not in $FF00-$FFFF`);
  }
}

// The instruction's bytes; every symbol must be known by now.
export function encodeInstruction(selected: SelectedInstruction, address: number, location: SourceLocation, valueOf: (tokens: readonly Token[]) => number): number[] {
  const { instruction, operands } = selected;
  const bytes = instruction.prefixed ? [CB_PREFIX, instruction.opcode] : [instruction.opcode];
  instruction.operands.forEach((expected, i) => {
    const operand = operands[i];
    if (expected.type === 'value' && operand.shape !== 'literal') {
      bytes.push(...encodeValue(expected.kind, valueOf(operand.tokens), address + instruction.size, location));
    }
  });
  return bytes;
}
