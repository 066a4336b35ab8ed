// The SM83 toolchain for contracts: assembler, disassembler and the opcode table they share.
export { assemble, assembleProgram, ROM_SIZE, SECTION_TYPES, type AssembleOptions, type AssembledProgram, type SectionType } from './assembler.ts';
export { disassemble, disassembleLines, decodeAt, formatInstruction, type DisassembledLine, type DisassembleOptions } from './disassembler.ts';
export { AssemblyError, type SourceLocation } from './errors.ts';
export { ABI_INCLUDE_DIR } from './source.ts';
export { BASE_OPCODES, CB_OPCODES, CB_PREFIX, ILLEGAL_OPCODES, INSTRUCTIONS, type Instruction, type Operand, type ValueKind } from './table.ts';
