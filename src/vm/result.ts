// What a contract call produces, and the fixed set of ways it can fail.

export interface ContractEvent {
  /** 1-32 characters from [A-Za-z0-9._-]. */
  type: string;
  data: Uint8Array;
}

/** One key's final value after the call; `value` undefined means the key was deleted. */
export interface StorageWrite {
  key: Uint8Array;
  value: Uint8Array | undefined;
}

export const FAILURE_REASONS = [
  'out_of_gas',
  'illegal_opcode',
  'stop_instruction',
  'rom_write',
  'input_write',
  'stack_overflow',
  'bad_io_write',
  'bad_host_call',
  'bad_result',
  'aborted',
  'code_too_large',
  'input_too_large',
] as const;
export type ContractFailureReason = (typeof FAILURE_REASONS)[number];

export interface ContractSuccess {
  ok: true;
  output: Uint8Array;
  /** In emission order. */
  events: ContractEvent[];
  /** Sorted by key; the caller applies them only because the call succeeded. */
  storageWrites: StorageWrite[];
  gasUsed: number;
}

export interface ContractFailure {
  ok: false;
  reason: ContractFailureReason;
  /** Human-readable, and as deterministic as the reason. */
  detail: string;
  gasUsed: number;
}

export type ContractResult = ContractSuccess | ContractFailure;

/** Thrown inside the machine to end a call with a failure; never escapes runContract. */
export class ContractTrap extends Error {
  readonly reason: ContractFailureReason;

  constructor(reason: ContractFailureReason, detail: string) {
    super(detail);
    this.reason = reason;
  }
}
