// Reads a program into tokenized lines, expanding `include "file"` in place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AssemblyError, type SourceLocation } from './errors.ts';
import { keyword, tokenize, type Token } from './lexer.ts';

export interface SourceLine {
  readonly tokens: readonly Token[];
  readonly location: SourceLocation;
}

export type ReadFile = (file: string) => string;

export const readUtf8File: ReadFile = (file) => readFileSync(file, 'utf8');

export function loadSource(source: string, file: string, readFile: ReadFile, including: readonly string[] = []): SourceLine[] {
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
    // Relative to the including file, as in C and RGBDS.
    const resolved = path.isAbsolute(target.value) ? target.value : path.join(path.dirname(file), target.value);
    if (including.includes(resolved) || resolved === file) throw new AssemblyError(location, `include cycle: '${resolved}' includes itself`);
    let included: string;
    try {
      included = readFile(resolved);
    } catch (error) {
      throw new AssemblyError(location, `cannot include '${resolved}': ${(error as Error).message}`);
    }
    lines.push(...loadSource(included, resolved, readFile, [...including, file]));
  });
  return lines;
}
