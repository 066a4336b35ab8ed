// The contract machine's fixed memory map, in the spirit of the GameBoy's: code where the
// cartridge ROM is, the call's input where VRAM is, its output in cartridge RAM, work RAM where it
// is on the GameBoy, a stack above it behind a guard page, and host calls through I/O registers.

export const CODE_START = 0x0000;
/** Contract code is at most the 32 KiB ROM area. */
export const MAX_CONTRACT_CODE_BYTES = 0x8000;
export const INPUT_START = 0x8000;
export const MAX_INPUT_BYTES = 0x2000;
export const OUTPUT_START = 0xa000;
export const MAX_OUTPUT_BYTES = 0x2000;
export const WORK_RAM_START = 0xc000;
export const WORK_RAM_END = 0xe000;
/** Writes here trap as stack_overflow: it lies just below the stack. */
export const STACK_GUARD_START = 0xe000;
export const STACK_START = 0xe100;
/** SP on entry; the first push writes 0xFEFF. */
export const STACK_TOP = 0xff00;
export const IO_START = 0xff00;
export const HIGH_RAM_START = 0xff80;

/** I/O registers; 16-bit registers are little-endian (low byte at the lower address). */
export const IO = {
  arg0: 0xff00,
  arg1: 0xff02,
  arg2: 0xff04,
  arg3: 0xff06,
  /** Written by the host call: a length or value, see each call. */
  result: 0xff08,
  /** Written by the host call: 0 ok, 1 not found, 2 buffer too small. */
  status: 0xff0a,
  /** The input's length, set on entry. */
  inputLength: 0xff0c,
  /** How many bytes of the output region HALT returns; initially 0. */
  outputLength: 0xff0e,
  /** Writing a call number here performs that host call. */
  hostCall: 0xff10,
} as const;

/** Page flags handed to the CPU: 0 is plain RAM, the rest divert writes to the machine. */
export const PAGE = { ram: 0, code: 1, input: 2, stackGuard: 3, io: 4 } as const;

/** The page flags of the map, shared by every call (never written). */
export const WRITE_PAGES: Uint8Array = (() => {
  const pages = new Uint8Array(0x100);
  for (let p = 0x00; p < 0x80; p++) pages[p] = PAGE.code;
  for (let p = 0x80; p < 0xa0; p++) pages[p] = PAGE.input;
  pages[STACK_GUARD_START >>> 8] = PAGE.stackGuard;
  pages[IO_START >>> 8] = PAGE.io;
  return pages;
})();

/** I/O addresses a contract may write; everything else in 0xFF00-0xFF7F traps. */
export function isWritableIo(address: number): boolean {
  return (address >= IO.arg0 && address < IO.result) || address === IO.outputLength || address === IO.outputLength + 1 || address === IO.hostCall;
}

/** True when [start, start + length) lies within one RAM region a contract may write. */
export function isWritableRange(start: number, length: number): boolean {
  const end = start + length;
  if (length === 0) return start <= 0xffff;
  return (start >= OUTPUT_START && end <= WORK_RAM_END) || (start >= STACK_START && end <= STACK_TOP) || (start >= HIGH_RAM_START && end <= 0x10000);
}

/** True when [start, start + length) does not run past the end of the address space. */
export function isReadableRange(start: number, length: number): boolean {
  return start + length <= 0x10000;
}
