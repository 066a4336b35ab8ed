// SM83 assembler in the spirit of RGBDS, producing a flat contract image loaded at $0000.
// Two passes over the same lines: the first sizes everything and defines the labels, the second
// emits bytes with every symbol known. Instruction sizes never depend on operand values.
import { AssemblyError, type SourceLocation } from './errors.ts';
import { encodeInstruction, selectInstruction } from './encoder.ts';
import { evaluate } from './expression.ts';
import { hex } from './format.ts';
import { isOp, keyword, splitArguments, type Token } from './lexer.ts';
import { ABI_INCLUDE_DIR, loadSource, readUtf8File, type ReadFile, type SourceLine } from './source.ts';
import { REGISTER_NAMES } from './table.ts';

export { AssemblyError } from './errors.ts';

export interface AssembleOptions {
  readonly filename?: string; // used in error messages and to resolve includes
  readonly readFile?: ReadFile; // how includes are read; defaults to the file system
  readonly includePaths?: readonly string[]; // searched for includes after the including file's directory, before ABI_INCLUDE_DIR
}

export interface AssembledProgram {
  readonly image: Uint8Array;
  readonly symbols: ReadonlyMap<string, number>; // labels and constants, local labels as Global.local
}

export const ROM_SIZE = 0x8000;

// Memory kinds a section can live in, with the GameBoy's address ranges. Only ROM0 holds bytes;
// the others just place labels, reserving space with ds.
export const SECTION_TYPES = {
  ROM0: { start: 0x0000, end: 0x7fff },
  VRAM: { start: 0x8000, end: 0x9fff },
  SRAM: { start: 0xa000, end: 0xbfff },
  WRAM0: { start: 0xc000, end: 0xcfff },
  WRAMX: { start: 0xd000, end: 0xdfff },
  HRAM: { start: 0xff80, end: 0xfffe },
} as const;

export type SectionType = keyof typeof SECTION_TYPES;

const isSectionType = (name: string): name is SectionType => Object.hasOwn(SECTION_TYPES, name);

type SymbolEntry =
  | { readonly kind: 'label'; readonly value: number; readonly location: SourceLocation }
  | {
      readonly kind: 'constant';
      readonly tokens: readonly Token[];
      readonly scope: string | undefined;
      readonly pc: number;
      readonly location: SourceLocation;
      value?: number;
      evaluating?: boolean;
    };

export function assemble(source: string, options: AssembleOptions = {}): Uint8Array {
  return assembleProgram(source, options).image;
}

export function assembleProgram(source: string, options: AssembleOptions = {}): AssembledProgram {
  const lines = loadSource(source, options.filename ?? '<source>', {
    readFile: options.readFile ?? readUtf8File, includePaths: [...(options.includePaths ?? []), ABI_INCLUDE_DIR],
  });
  const symbols = new Map<string, SymbolEntry>();
  runPass(lines, symbols, 1);
  const image = runPass(lines, symbols, 2);
  const values = new Map<string, number>();
  for (const [name, entry] of symbols) {
    if (entry.value !== undefined) values.set(name, entry.value);
  }
  return { image, symbols: values };
}

function runPass(lines: readonly SourceLine[], symbols: Map<string, SymbolEntry>, pass: 1 | 2): Uint8Array {
  const rom = new Uint8Array(ROM_SIZE);
  const written = new Uint8Array(ROM_SIZE);
  let romEnd = 0;
  let section: SectionType = 'ROM0';
  let address = 0;
  const sectionEnds = new Map<SectionType, number>();
  let scope: string | undefined; // the last global label, which .local labels belong to
  let location: SourceLocation = { file: '<source>', line: 0 };
  let unknownSymbol = '';

  function fail(reason: string, where: SourceLocation = location): never {
    throw new AssemblyError(where, reason);
  }

  const qualify = (name: string, within: string | undefined, where: SourceLocation): string => {
    if (!name.startsWith('.')) return name;
    return (within ?? fail(`local label '${name}' has no global label before it`, where)) + name;
  };

  function resolve(name: string, within: string | undefined, where: SourceLocation): number | undefined {
    const entry = symbols.get(qualify(name, within, where));
    if (entry === undefined) {
      if (pass === 2) fail(`undefined symbol '${name}'`, where);
      unknownSymbol = name;
      return undefined;
    }
    if (entry.kind === 'label') return entry.value;
    if (entry.value !== undefined) return entry.value;
    if (entry.evaluating) fail(`constant '${name}' is defined in terms of itself`, entry.location);
    entry.evaluating = true;
    try {
      entry.value = evaluate(entry.tokens, { location: entry.location, pc: entry.pc, resolve: (inner) => resolve(inner, entry.scope, entry.location) });
    } finally {
      entry.evaluating = false;
    }
    return entry.value;
  }

  const valueOf = (tokens: readonly Token[]): number | undefined => evaluate(tokens, { location, pc: address, resolve: (name) => resolve(name, scope, location) });

  // Values that decide sizes and addresses must be known on the first pass.
  const knownValue = (tokens: readonly Token[], what: string): number =>
    valueOf(tokens) ?? fail(`${what} uses '${unknownSymbol}', which must be defined before this line`);

  const requiredValue = (tokens: readonly Token[]): number => valueOf(tokens) ?? fail(`undefined symbol '${unknownSymbol}'`);

  function define(name: string, entry: SymbolEntry): void {
    if (REGISTER_NAMES.has(name.toLowerCase())) fail(`'${name}' is a register name and cannot be a symbol`);
    if (pass === 2) return;
    const previous = symbols.get(name);
    if (previous !== undefined) fail(`symbol '${name}' is already defined at ${previous.location.file}:${previous.location.line}`);
    symbols.set(name, entry);
  }

  function defineLabel(name: string): void {
    const qualified = qualify(name, scope, location);
    define(qualified, { kind: 'label', value: address, location });
    if (!name.includes('.')) scope = name;
  }

  // Moves the cursor over `size` bytes, writing them on the second pass when given.
  function advance(size: number, bytes?: () => readonly number[]): void {
    const { start, end } = SECTION_TYPES[section];
    if (address + size - 1 > end) fail(`${section} section overflows past ${hex(end, 4)} (at ${hex(address, 4)}, ${size} bytes)`);
    if (bytes !== undefined && section !== 'ROM0') fail(`${section} is uninitialized memory: only labels and ds belong there`);
    if (pass === 2 && bytes !== undefined) {
      const data = bytes();
      data.forEach((byte, i) => {
        if (written[address + i]) fail(`output overlaps earlier code at ${hex(address + i, 4)}`);
        written[address + i] = 1;
        rom[address + i] = byte;
      });
      romEnd = Math.max(romEnd, address + size);
    }
    address += size;
    sectionEnds.set(section, Math.max(sectionEnds.get(section) ?? start, address));
  }

  function moveTo(tokens: readonly Token[], what: string): void {
    const { start, end } = SECTION_TYPES[section];
    address = knownValue(tokens, what);
    if (address < start || address > end) fail(`${section} address ${hex(address, 4)} is outside ${hex(start, 4)}-${hex(end, 4)}`);
  }

  function startSection(args: Token[][]): void {
    const [name, placement] = args;
    if (args.length !== 2 || name.length !== 1 || name[0].kind !== 'string') fail('expected SECTION "name", TYPE or SECTION "name", TYPE[address]');
    const typeName = keyword(placement[0])?.toUpperCase() ?? '';
    if (!isSectionType(typeName)) fail(`unknown section type '${typeName}'; expected one of ${Object.keys(SECTION_TYPES).join(', ')}`);
    sectionEnds.set(section, Math.max(sectionEnds.get(section) ?? 0, address));
    section = typeName;
    if (placement.length === 1) {
      // A floating section goes after everything already placed in memory of its type.
      address = sectionEnds.get(section) ?? SECTION_TYPES[section].start;
      return;
    }
    if (!isOp(placement[1], '[') || !isOp(placement.at(-1), ']')) fail(`expected ${typeName}[address]`);
    moveTo(placement.slice(2, -1), 'a section address');
  }

  function emitData(args: Token[][], unitSize: 1 | 2): void {
    if (args.length === 0) fail(`${unitSize === 1 ? 'db' : 'dw'} needs at least one value`);
    for (const item of args) {
      const text = item.length === 1 && item[0].kind === 'string' ? item[0].value : undefined;
      const values = (): number[] => (text !== undefined ? [...text].map((ch) => ch.codePointAt(0) ?? 0) : [requiredValue(item)]);
      const count = text?.length ?? 1;
      advance(count * unitSize, () =>
        values().flatMap((value) => {
          if (unitSize === 1) {
            if (value < -128 || value > 255) fail(`db value ${value} does not fit in a byte`);
            return [value & 0xff];
          }
          if (value < -32768 || value > 65535) fail(`dw value ${value} does not fit in a word`);
          return [value & 0xff, (value >> 8) & 0xff];
        }),
      );
    }
  }

  function reserve(args: Token[][]): void {
    if (args.length < 1 || args.length > 2) fail('expected ds count or ds count, fill');
    const count = knownValue(args[0], 'ds');
    if (count < 0 || count > ROM_SIZE) fail(`ds count ${count} is not 0-${ROM_SIZE}`);
    const fill = (): number => {
      if (args.length === 1) return 0;
      const value = requiredValue(args[1]);
      if (value < -128 || value > 255) fail(`ds fill value ${value} does not fit in a byte`);
      return value & 0xff;
    };
    // In RAM, ds only reserves space; in ROM it writes the fill byte.
    if (section === 'ROM0') advance(count, () => new Array<number>(count).fill(fill()));
    else advance(count);
  }

  function statement(tokens: readonly Token[]): void {
    const head = tokens[0];
    if (head.kind !== 'ident') fail('expected a label, directive or instruction');
    const word = head.text.toLowerCase();
    const args = splitArguments(tokens.slice(1));
    switch (word) {
      case 'section':
        return startSection(args);
      case 'org':
        if (args.length !== 1) fail('expected org address');
        return moveTo(args[0], 'org');
      case 'db':
        return emitData(args, 1);
      case 'dw':
        return emitData(args, 2);
      case 'ds':
        return reserve(args);
      case 'include':
        return fail('include must stand alone on its line');
      default: {
        const selected = selectInstruction(head.text, args, location, pass === 1 ? valueOf : requiredValue);
        const at = address;
        advance(selected.instruction.size, () => encodeInstruction(selected, at, location, requiredValue));
      }
    }
  }

  for (const line of lines) {
    location = line.location;
    let tokens = line.tokens;
    if (tokens.length === 0) continue;
    const first = tokens[0];
    if (first.kind === 'ident' && (isOp(tokens[1], ':') || isOp(tokens[1], '::'))) {
      defineLabel(first.text);
      tokens = tokens.slice(2);
    } else if (first.kind === 'ident' && first.text.startsWith('.') && keyword(tokens[1]) !== 'equ') {
      defineLabel(first.text); // local labels may omit the colon
      tokens = tokens.slice(1);
    }
    if (keyword(tokens[0]) === 'def') tokens = tokens.slice(1);
    const name = tokens[0];
    if (name?.kind === 'ident' && keyword(tokens[1]) === 'equ') {
      if (tokens.length === 2) fail(`constant '${name.text}' needs a value`);
      define(qualify(name.text, scope, location), { kind: 'constant', tokens: tokens.slice(2), scope, pc: address, location });
      continue;
    }
    if (tokens.length > 0) statement(tokens);
  }
  if (pass === 2) {
    // Unused constants are checked too, and get their values for the symbol table.
    for (const [name, entry] of symbols) if (entry.kind === 'constant') resolve(name, undefined, entry.location);
  }
  return rom.slice(0, romEnd);
}
