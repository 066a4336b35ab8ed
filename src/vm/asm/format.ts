// Number spellings shared by the disassembler and the assembler's messages: RGBDS-style `$2A`.
export function hex(value: number, digits: number): string {
  return '$' + value.toString(16).toUpperCase().padStart(digits, '0');
}
