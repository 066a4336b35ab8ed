// Loads SingleStepTests `sm83` vector files and runs each vector through the interpreter: one
// instruction on a flat 64 KiB memory with no I/O mapping. Shared by the mocha suite and
// `npm run vectors:sm83`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cpu, run } from '../../../src/vm/cpu.ts';

export interface Sm83State {
  a: number; b: number; c: number; d: number; e: number; f: number; h: number; l: number;
  pc: number; sp: number;
  ime?: number;
  ei?: number;
  ram: [number, number][];
}

export interface Sm83Vector {
  name: string;
  initial: Sm83State;
  final: Sm83State;
  cycles: unknown[];
}

const REGISTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'h', 'l', 'pc', 'sp'] as const;

/** The vector files of a directory, in name order. */
export function vectorFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(dir, name));
}

export function loadVectors(file: string): Sm83Vector[] {
  return JSON.parse(readFileSync(file, 'utf8')) as Sm83Vector[];
}

/** Runs one vector and returns its mismatches, empty when it passes. */
export function runVector(vector: Sm83Vector, cpu: Cpu = new Cpu()): string[] {
  const { initial, final } = vector;
  const memory = cpu.memory;
  for (const [address] of initial.ram) memory[address] = 0;
  for (const [address] of final.ram) memory[address] = 0;
  for (const [address, value] of initial.ram) memory[address] = value;
  for (const r of REGISTERS) cpu[r] = initial[r];
  cpu.ime = initial.ime ?? 0;
  cpu.imePending = initial.ei ?? 0;
  cpu.cycles = 0;
  run(cpu, 1);

  const errors: string[] = [];
  for (const r of REGISTERS) {
    if (cpu[r] !== final[r]) errors.push(`${r} = ${hex(cpu[r])}, expected ${hex(final[r])}`);
  }
  if (cpu.ime !== (final.ime ?? 0)) errors.push(`ime = ${cpu.ime}, expected ${final.ime ?? 0}`);
  if (cpu.imePending !== (final.ei ?? 0)) errors.push(`ei = ${cpu.imePending}, expected ${final.ei ?? 0}`);
  for (const [address, value] of final.ram) {
    if (memory[address] !== value) errors.push(`[${hex(address)}] = ${hex(memory[address])}, expected ${hex(value)}`);
  }
  if (cpu.cycles !== vector.cycles.length) errors.push(`${cpu.cycles} M-cycles, expected ${vector.cycles.length}`);
  return errors;
}

export interface FileResult {
  file: string;
  passed: number;
  failures: { name: string; errors: string[] }[];
}

/** Runs every vector of one file on a shared CPU. */
export function runVectorFile(file: string): FileResult {
  const cpu = new Cpu();
  const result: FileResult = { file, passed: 0, failures: [] };
  for (const vector of loadVectors(file)) {
    const errors = runVector(vector, cpu);
    if (errors.length === 0) result.passed++;
    else result.failures.push({ name: vector.name, errors });
  }
  return result;
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}
