// Reads a program into tokenized lines, expanding `include "file"` in place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AssemblyError, type SourceLocation } from './errors.ts';
import { keyword, tokenize, type Token } from './lexer.ts';

export interface SourceLine {
  readonly tokens: readonly Token[];
  readonly location: SourceLocation;
}

/** Reads a source file; undefined when there is no such file, so the next include directory is tried. */
export type ReadFile = (file: string) => string | undefined;

export const readUtf8File: ReadFile = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

/** The directory of the shipped abi.inc, searched last so that `include "abi.inc"` works from anywhere. */
export const ABI_INCLUDE_DIR = path.resolve(import.meta.dirname, '..');

export interface SourceReader {
  readonly readFile: ReadFile;
  /** Searched in order after the including file's own directory. */
  readonly includePaths: readonly string[];
}

/** Finds an include: absolute as written, else in the including file's directory, then in each include path. */
function readInclude(target: string, from: string, reader: SourceReader, location: SourceLocation): { file: string; text: string } {
  const candidates = path.isAbsolute(target) ? [target] : [path.dirname(from), ...reader.includePaths].map((dir) => path.join(dir, target));
  for (const file of candidates) {
    let text: string | undefined;
    try {
      text = reader.readFile(file);
    } catch (error) {
      throw new AssemblyError(location, `cannot include '${file}': ${(error as Error).message}`);
    }
    if (text !== undefined) return { file, text };
  }
  throw new AssemblyError(location, `cannot include '${target}': not found (tried ${candidates.join(', ')})`);
}

export function loadSource(source: string, file: string, reader: SourceReader, including: readonly string[] = []): SourceLine[] {
  const lines: SourceLine[] = [];
  source.split(/\r?\n/).forEach((lineText, index) => {
    const location = { file, line: index + 1 };
    const tokens = tokenize(lineText, location);
    if (keyword(tokens[0]) !== 'include') {
      lines.push({ tokens, location });
      return;
    }
    const target = tokens[1];
    if (tokens.length !== 2 || target.kind !== 'string') throw new AssemblyError(location, 'include takes one quoted file name: include "file.asm"');
    const included = readInclude(target.value, file, reader, location);
    if (including.includes(included.file) || included.file === file) throw new AssemblyError(location, `include cycle: '${included.file}' includes itself`);
    lines.push(...loadSource(included.text, included.file, reader, [...including, file]));
  });
  return lines;
}
