// The contract VM's public entry: run a contract call, and the ABI constants docs/vm.md specifies.
export { runContract, type ContractCall } from './machine.ts';
export {
  HOST_CALL, HOST_CALL_GAS, HOST_STATUS, MAX_ABORT_MESSAGE_BYTES, MAX_EVENT_DATA_BYTES, MAX_EVENT_TYPE_BYTES, MAX_EVENTS, MAX_HASH_INPUT_BYTES,
  MAX_STORAGE_KEY_BYTES, MAX_STORAGE_VALUE_BYTES, type ContractHost, type HostCallNumber,
} from './host-calls.ts';
export {
  INPUT_START, IO, MAX_CONTRACT_CODE_BYTES, MAX_INPUT_BYTES, MAX_OUTPUT_BYTES, OUTPUT_START, STACK_START, STACK_TOP, WORK_RAM_START,
} from './memory-map.ts';
export {
  FAILURE_REASONS, type ContractEvent, type ContractFailure, type ContractFailureReason, type ContractResult, type ContractSuccess,
  type StorageWrite,
} from './result.ts';
export { Cpu, ILLEGAL_OPCODES, run, STOP, type BusWrite, type StopCode } from './cpu.ts';
