// Where a line of source came from, for error messages.
export interface SourceLocation {
  readonly file: string;
  readonly line: number; // 1-based
}

// Every assembler failure: the message reads `file.asm:12: unknown mnemonic 'lx'`.
export class AssemblyError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  constructor(location: SourceLocation, reason: string) {
    super(`${location.file}:${location.line}: ${reason}`);
    this.name = 'AssemblyError';
    this.file = location.file;
    this.line = location.line;
    this.reason = reason;
  }
}
