// The contract machine: lays out a call's memory, runs the CPU on it with a gas limit, serves host
// calls through the I/O page, and turns however the run ended into a ContractResult.
import { Cpu, run, STOP } from './cpu.ts';
import { HOST_CALL_GAS, HostCalls, type ContractHost } from './host-calls.ts';
import {
  INPUT_START, IO, IO_START, isWritableIo, MAX_CONTRACT_CODE_BYTES, MAX_INPUT_BYTES, MAX_OUTPUT_BYTES, OUTPUT_START, PAGE, STACK_TOP,
  WRITE_PAGES,
} from './memory-map.ts';
import { ContractTrap, type ContractResult } from './result.ts';

export interface ContractCall {
  code: Uint8Array;
  input: Uint8Array;
  /** M-cycles plus host-call prices the call may spend; a non-negative safe integer. */
  gasLimit: number;
  host: ContractHost;
}

/**
 * Runs one contract call. Storage writes and events are buffered in the result and never reach
 * the host, so the caller applies them only when `ok` is true. Deterministic: the same call with
 * the same host answers gives the same result on every node.
 */
export function runContract(call: ContractCall): ContractResult {
  const { code, input, gasLimit, host } = call;
  if (!Number.isSafeInteger(gasLimit) || gasLimit < 0) throw new RangeError(`gasLimit must be a non-negative safe integer, got ${gasLimit}`);
  if (code.length > MAX_CONTRACT_CODE_BYTES) return failed('code_too_large', `code is ${code.length} bytes, at most ${MAX_CONTRACT_CODE_BYTES} allowed`, 0);
  if (input.length > MAX_INPUT_BYTES) return failed('input_too_large', `input is ${input.length} bytes, at most ${MAX_INPUT_BYTES} allowed`, 0);

  const memory = takeMemory();
  try {
    return execute(memory, code, input, gasLimit, host);
  } finally {
    if (recycledMemories.length < MAX_RECYCLED_MEMORIES) recycledMemories.push(memory);
  }
}

// Allocating a fresh 64 KiB array costs more than the whole of a small call; zeroing one is cheap.
// A buffer leaves the pool while its call runs, so a call started from a host callback gets its own.
const recycledMemories: Uint8Array[] = [];
const MAX_RECYCLED_MEMORIES = 4;

function takeMemory(): Uint8Array {
  const memory = recycledMemories.pop();
  if (memory === undefined) return new Uint8Array(0x10000);
  memory.fill(0);
  return memory;
}

function execute(memory: Uint8Array, code: Uint8Array, input: Uint8Array, gasLimit: number, host: ContractHost): ContractResult {
  memory.set(code);
  memory.set(input, INPUT_START);
  memory[IO.inputLength] = input.length & 0xff;
  memory[IO.inputLength + 1] = input.length >>> 8;

  const hostCalls = new HostCalls(memory, host);
  let trap: ContractTrap | undefined;
  let returned = false;
  const bus = (address: number, value: number, cycles: number): number => {
    if (trap !== undefined || returned) return -1;
    try {
      return write(address, value, cycles);
    } catch (e) {
      if (!(e instanceof ContractTrap)) throw e;
      trap = e;
      return -1;
    }
  };
  // A write to a flagged page: read-only memory traps, the I/O page holds registers and high RAM.
  const write = (address: number, value: number, cycles: number): number => {
    switch (WRITE_PAGES[address >>> 8]) {
      case PAGE.code: throw new ContractTrap('rom_write', `write to code at ${hex(address)}`);
      case PAGE.input: throw new ContractTrap('input_write', `write to input at ${hex(address)}`);
      case PAGE.stackGuard: throw new ContractTrap('stack_overflow', `write to the stack guard page at ${hex(address)}`);
    }
    if (address >= IO_START + 0x80) {
      memory[address] = value;
      return 0;
    }
    if (!isWritableIo(address)) throw new ContractTrap('bad_io_write', `write to I/O register ${hex(address)}`);
    memory[address] = value;
    if (address !== IO.hostCall) return 0;
    if (!hostCalls.isKnown(value)) throw new ContractTrap('bad_host_call', `unknown host call ${value}`);
    const price = HOST_CALL_GAS[value];
    if (cycles + price > gasLimit) throw new ContractTrap('out_of_gas', `host call ${value} costs ${price}`);
    returned = hostCalls.perform(value);
    return returned ? -1 : price;
  };

  const cpu = new Cpu(memory, WRITE_PAGES, bus);
  cpu.b = input.length >>> 8;
  cpu.c = input.length & 0xff;
  cpu.d = OUTPUT_START >>> 8;
  cpu.h = INPUT_START >>> 8;
  cpu.sp = STACK_TOP;
  const stop = run(cpu, gasLimit + 1);

  if (cpu.cycles > gasLimit || trap?.reason === 'out_of_gas') return failed('out_of_gas', `gas limit ${gasLimit} reached`, gasLimit);
  const gasUsed = cpu.cycles;
  switch (stop) {
    case STOP.illegalOpcode: return failed('illegal_opcode', `illegal opcode ${hex(memory[cpu.pc], 2)} at ${hex(cpu.pc)}`, gasUsed);
    case STOP.stopInstruction: return failed('stop_instruction', `STOP at ${hex((cpu.pc - 1) & 0xffff)}`, gasUsed);
    case STOP.bus: if (trap !== undefined) return failed(trap.reason, trap.message, gasUsed);
  }
  // Reached by HALT or by the return host call.
  const length = memory[IO.outputLength] | (memory[IO.outputLength + 1] << 8);
  if (length > MAX_OUTPUT_BYTES) return failed('bad_result', `output length ${length} exceeds ${MAX_OUTPUT_BYTES}`, gasUsed);
  return {
    ok: true,
    output: memory.slice(OUTPUT_START, OUTPUT_START + length),
    events: hostCalls.events,
    storageWrites: hostCalls.storageWrites(),
    gasUsed,
  };
}

function failed(reason: ContractTrap['reason'], detail: string, gasUsed: number): ContractResult {
  return { ok: false, reason, detail, gasUsed };
}

function hex(n: number, digits = 4): string {
  return '0x' + n.toString(16).padStart(digits, '0');
}
